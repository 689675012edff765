// Sentences and the words that make one worth a reviewer's look. An offer word (支持, 给予, 提供 …)
// marks a sentence that may grant an enterprise something; a target sentence (力争…达到100家)
// counts enterprises instead and is not a measure unless it also grants something.
import { OFFER_WORDS } from '../policy/offers.ts';

/**
 * The words data:coverage checks every record against (OFFER_WORDS), and more: a draft proposes a
 * measure for any sentence that may grant something, and the reviewer turns away what is not one.
 */
const DRAFT_OFFER_WORDS = [
	...OFFER_WORDS,
	'予以',
	'降低',
	'减轻',
	'享受',
	'开通',
	'绿色通道',
	'搭建',
	'服务',
	'对接',
	'培训',
	'辅导',
	'落实',
	'引导',
	'推动',
	'建立',
	'设立',
	'举办',
	'办好',
	'打造',
	'推广',
	'发布',
	'倾斜',
	'表彰',
	'解决',
	'贷款',
	'授信',
	'融资',
	'发放'
] as const;

/** "为…企业提供/解决…": the enterprise is the one something is done for. */
const FOR_ENTERPRISES =
	/为[^，,。；;]{0,16}企业[^，,。；;]{0,4}(?:提供|解决|实施|搭建|开展|开通|建立|定制|量身|引进|办理|减轻|降低)/;
const OFFER = new RegExp(`${DRAFT_OFFER_WORDS.join('|')}|${FOR_ENTERPRISES.source}`);
/** Words that grant something outright: a sentence with one is an offer even beside a target. */
const GRANT = new RegExp(
	`给予|予以|奖励|补助|补贴|资助|奖补|贴息|提供|扶持|优先|帮助|享受|免费|减免|支持|纳入|${FOR_ENTERPRISES.source}`
);
const COUNT =
	/\d+(?:\.\d+)?\s*(?:家|个|项|件|场|名|人|次|所|座|户|亿元|万元|万家|%|％)|(?:达到|超过|突破|不少于|累计|推广|新增)(?:家|个|项|年)/;
const TARGET_WORDS =
	/力争|争取|确保|达到|突破|超过|累计|新增|保有量|占比|比重|全覆盖|增长|培育认定/;
const STARTS_WITH_YEAR = /^(?:到|至|截至|力争到|力争至)\s*\d{0,4}\s*年/;

export function hasOfferWord(sentence: string): boolean {
	return OFFER.test(sentence);
}

/**
 * A goal or count to reach with nothing granted: every clause that carries an offer word is itself
 * a target clause (a count, 到2025年 …), as in "力争到2025年,推动各市累计培育入库企业1500家以上".
 */
export function isTarget(sentence: string): boolean {
	if (GRANT.test(sentence)) return false;
	const clauses = sentence.split(/[,，;；。]/).filter((c) => c.trim());
	const targetClause = (clause: string) =>
		COUNT.test(clause) ||
		STARTS_WITH_YEAR.test(clause.trim()) ||
		(TARGET_WORDS.test(clause) && !OFFER.test(clause));
	return clauses.some(targetClause) && !clauses.some((c) => !targetClause(c) && OFFER.test(c));
}

/** A sentence that only qualifies the offer before it (同一企业按照"从高、不重复"原则…). */
export function qualifiesPrevious(sentence: string): boolean {
	return /^(?:同一企业|同一项目|同一事项|上述|以上)|从高[、,，]?不重复|就高不重复|不重复享受/.test(
		sentence
	);
}

export type Sentence = { start: number; end: number };

const END = /[。！？!?]/;
/** Above the numbered body, a line this short without a clause mark is a title, signature or date. */
const SHORT_LINE = 25;
const LINE_END_BOUNDARY = /[。！？!?；;：:)）】」”]$/;

/**
 * Splits text[from, to) into sentences: at 。！？ and at a line end that closes a sentence or a
 * heading. A line that breaks mid-sentence (copied from a PDF) continues the sentence; with
 * `shortLinesEnd` (text above the numbered body) a short line ends one.
 */
export function sentencesIn(
	text: string,
	from: number,
	to: number,
	startsItem?: (at: number) => boolean,
	shortLinesEnd = false
): Sentence[] {
	const out: Sentence[] = [];
	let start = from;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e });
		start = end;
	};
	for (let i = from; i < to; i++) {
		const ch = text[i];
		if (END.test(ch)) {
			// Keep a closing quote or bracket that follows the full stop with the sentence.
			let end = i + 1;
			while (end < to && /[”’」』)）]/.test(text[end])) end++;
			push(end);
			i = end - 1;
		} else if (ch === '\n') {
			const before = text.slice(start, i).trimEnd();
			const line = before.slice(before.lastIndexOf('\n') + 1);
			const next = i + 1;
			if (
				!before ||
				LINE_END_BOUNDARY.test(before) ||
				(shortLinesEnd && line.length < SHORT_LINE && !/[，,、；;]/.test(line)) ||
				text[next] === '\n' ||
				startsItem?.(next)
			)
				push(i);
		}
	}
	push(to);
	return out;
}
