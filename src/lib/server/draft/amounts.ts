// Money a sentence grants, in 万元 (亿 and 元 converted): fixed, a ceiling (最高/不超过 … covers
// every figure of a 、 list that follows it), a floor (以上) or a rate with its cap. Figures that
// describe the enterprise (主营业务收入1000万元) are not grants: only clauses with a grant word count.
import type { DraftAmount } from './types.ts';
import { parseChineseNumeral } from '../../i18n/numerals.ts';

const GRANT =
	/给予|予以|奖励|补助|补贴|资助|奖补|贴息|扶持|支持|提高至|提高到|额度|担保|授信|补偿|资金/;
const MONEY = /(\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)\s*(亿|万)?\s*元/g;
const CEILING_BEFORE = /最高|不超过|不高于|最多|至多|上限|提高至|提高到|封顶/;
const RATE = /(\d+(?:\.\d+)?)\s*[%％]/;

function toWan(figure: string, unit: string | undefined): number | null {
	let value = /^\d/.test(figure) ? Number(figure) : chineseAmount(figure);
	if (value === null || !Number.isFinite(value) || value <= 0) return null;
	if (unit === '亿') value *= 10_000;
	else if (!unit) value /= 10_000;
	return Math.round(value * 10_000) / 10_000;
}

/** 五十 → 50, 两千 → 2000 (figures written in characters). */
function chineseAmount(figure: string): number | null {
	const [thousands, rest] = figure.includes('千') ? figure.split('千') : ['', figure];
	const head =
		thousands === '' ? 0 : ((thousands ? parseChineseNumeral(thousands) : 1) ?? 0) * 1000;
	const tail = rest ? parseChineseNumeral(rest) : 0;
	if (tail === null) return null;
	return head + tail || null;
}

/** The clauses of a sentence, split at commas and semicolons, with their offsets. */
function clauses(sentence: string): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	let start = 0;
	for (let i = 0; i <= sentence.length; i++) {
		if (i === sentence.length || /[,，;；。]/.test(sentence[i])) {
			out.push({ text: sentence.slice(start, i), start });
			start = i + 1;
		}
	}
	return out.filter((c) => c.text.trim());
}

export function amountsIn(sentence: string): DraftAmount[] {
	const out: DraftAmount[] = [];
	const all = clauses(sentence);
	all.forEach((clause, index) => {
		if (!GRANT.test(clause.text)) return;
		const rate = RATE.exec(clause.text);
		const money = [...clause.text.matchAll(MONEY)];
		if (rate && /按|比例|的/.test(clause.text.slice(0, rate.index))) {
			// A cap may follow in the next clause: 按投资额的10%给予补助,最高不超过100万元.
			const capClause = [clause, all[index + 1]].find(
				(c) => c && /最高|不超过|封顶|上限/.test(c.text) && c.text.match(MONEY)
			);
			const cap = capClause ? [...capClause.text.matchAll(MONEY)][0] : undefined;
			const wan = cap ? toWan(cap[1], cap[2]) : null;
			out.push({
				kind: 'rate',
				rate: Number(rate[1]),
				...(wan ? { wan } : {}),
				text: capClause && capClause !== clause ? `${clause.text},${capClause.text}` : clause.text
			});
			return;
		}
		for (const match of money) {
			const wan = toWan(match[1], match[2]);
			if (wan === null) continue;
			const before = clause.text.slice(0, match.index);
			const after = clause.text.slice(match.index! + match[0].length);
			const kind: DraftAmount['kind'] =
				CEILING_BEFORE.test(before) || /^(以内|以下|封顶)/.test(after)
					? 'max'
					: /^以上/.test(after)
						? 'min'
						: 'fixed';
			out.push({ wan, kind, text: clause.text.trim() });
		}
	});
	return out;
}
