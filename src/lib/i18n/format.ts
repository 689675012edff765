// Formats shared by every screen: dates and the documents' clause references. One function each,
// so a date or a clause reads the same wherever it appears.
import type { Lang } from './i18n.svelte.ts';
import { parseChineseNumeral } from './numerals.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Joins the parts of a date so that a line never breaks inside it (a no-break space, a word joiner). */
const NO_BREAK = { en: '\u00a0', zh: '\u2060' } as const;

/**
 * "2026年11月22日" or "22 Nov 2026", in local time. Dates from the data may be a year or a month
 * only ("2022", "2022-07"): they are shown to that precision.
 */
export function formatDate(value: Date | number | string, lang: Lang): string {
	let parts: number[];
	if (typeof value === 'string') parts = value.split('-').map(Number);
	else {
		const date = new Date(value);
		parts = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
	}
	const [year, month, day] = parts;
	const join = NO_BREAK[lang];
	if (lang === 'zh')
		return [`${year}年`, month && `${month}月`, day && `${day}日`].filter(Boolean).join(join);
	return [day, month && MONTHS[month - 1], year].filter(Boolean).join(join);
}

function roman(n: number): string {
	const table: [number, string][] = [
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [value, letters] of table)
		while (n >= value) {
			out += letters;
			n -= value;
		}
	return out;
}

/** Named parts that some documents number their clauses under. */
const NAMED_PARTS: Record<string, string> = { 目标: 'Targets' };

const REF = /^(目标)?([一二三四五六七八九十]+)?(?:[(（]([一二三四五六七八九十]+)[)）])?(\d+)?$/;

/**
 * A clause reference as an English reader can follow it, with the document's own numbering kept:
 * 二(四)11 → "Part II (4), item 11 (二(四)11)"; (一)2 → "Section (1), item 2 ((一)2)";
 * 目标(一) → "Targets (1) (目标(一))"; 7 → "Item 7". In Chinese the reference is as written.
 */
export function formatClause(ref: string, lang: Lang): string {
	if (lang === 'zh') return ref;
	const match = REF.exec(ref.trim());
	if (!match || !ref.trim()) return ref;
	const [, named, part, section, item] = match;
	const partNumber = part ? parseChineseNumeral(part) : undefined;
	const sectionNumber = section ? parseChineseNumeral(section) : undefined;
	if ((part && !partNumber) || (section && !sectionNumber)) return ref;
	const head = [named && NAMED_PARTS[named], partNumber && `Part ${roman(partNumber)}`]
		.filter(Boolean)
		.join(' ');
	const withSection = sectionNumber ? `${head || 'Section'} (${sectionNumber})` : head;
	const english = item
		? withSection
			? `${withSection}, item ${item}`
			: `Item ${item}`
		: withSection;
	return /^\d+$/.test(ref.trim()) ? english : `${english} (${ref})`;
}
