// The numbering shapes of Chinese official documents and how deep each one sits: 第一章 > 一、 >
// 第一条 > (一) > 1. > (1) > ①. A marker is recognised where it starts; items.ts decides where.
import { parseChineseNumeral } from '../../i18n/numerals.ts';

const MARKER_KINDS = [
	'chapter',
	'cn',
	'article',
	'paren_cn',
	'arabic',
	'paren_arabic',
	'circled'
] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** Outer levels first: a marker closes every open level of its rank or deeper. */
export const RANK: Record<MarkerKind, number> = Object.fromEntries(
	MARKER_KINDS.map((kind, rank) => [kind, rank])
) as Record<MarkerKind, number>;

export type Marker = {
	kind: MarkerKind;
	value: number;
	/** Characters the marker takes, including its punctuation and following spaces. */
	length: number;
	/** The marker as written, e.g. （一） or 1. */
	written: string;
};

const CN_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (as documents number their parts). */
function toChineseNumeral(value: number): string {
	const hundreds = Math.floor(value / 100);
	const tens = Math.floor((value % 100) / 10);
	const ones = value % 10;
	let out = hundreds ? `${CN_NAMES[hundreds]}百` : '';
	if (tens) out += `${tens === 1 && !hundreds ? '' : CN_NAMES[tens]}十`;
	else if (hundreds && ones) out += '零';
	return out + CN_NAMES[ones];
}

const CIRCLED = '\u2460-\u2473\u3251-\u325f\u32b1-\u32bf'; /* ①–⑳, ㉑–㉟, ㊱–㊿ */

const PATTERNS: [MarkerKind, RegExp][] = [
	['chapter', /第([零〇一二三四五六七八九十百两\d]{1,4})(?:章|部分|节) */y],
	['article', /第([零〇一二三四五六七八九十百两\d]{1,4})条 */y],
	['cn', /([一二三四五六七八九十百]{1,4}) *[、．.](?![\d一二三四五六七八九十]) */y],
	['paren_cn', /[(（] *([一二三四五六七八九十百]{1,4}) *[)）] *[、.．]? */y],
	['paren_arabic', /(?:[(（] *(\d{1,3}) *[)）]|(\d{1,3})[)）]) *[、.．]? */y],
	['arabic', /(\d{1,3}) *[.．、](?!\d) */y],
	['circled', new RegExp(`([${CIRCLED}]) *`, 'y')]
];

function circledValue(ch: string): number {
	const code = ch.codePointAt(0)!;
	if (code <= 0x2473) return code - 0x2460 + 1;
	if (code <= 0x325f) return code - 0x3251 + 21;
	return code - 0x32b1 + 36;
}

/** The numbering marker that starts at `at`, if one does. */
export function markerAt(text: string, at: number): Marker | null {
	for (const [kind, pattern] of PATTERNS) {
		pattern.lastIndex = at;
		const match = pattern.exec(text);
		if (!match) continue;
		const digits = match[1] ?? match[2];
		const value = kind === 'circled' ? circledValue(digits) : parseChineseNumeral(digits);
		if (!value || value > 300) continue;
		return { kind, value, length: match[0].length, written: match[0].trim() };
	}
	return null;
}

/** How a marker reads inside a ref: 三(一)2 is cn 三, paren_cn 一, arabic 2. */
export function refLabel(kind: MarkerKind, value: number): string {
	switch (kind) {
		case 'chapter':
			return `第${toChineseNumeral(value)}章`;
		case 'article':
			return `第${toChineseNumeral(value)}条`;
		case 'cn':
			return toChineseNumeral(value);
		case 'paren_cn':
			return `(${toChineseNumeral(value)})`;
		case 'arabic':
			return String(value);
		case 'paren_arabic':
			return `(${value})`;
		case 'circled':
			return String.fromCodePoint(
				value <= 20 ? 0x2460 + value - 1 : value <= 35 ? 0x3251 + value - 21 : 0x32b1 + value - 36
			);
	}
}
