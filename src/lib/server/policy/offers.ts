// Every offer in a document, accounted for: each occurrence of an offer word (支持, 鼓励, 给予 …)
// in the source must lie inside a measure's quote, an exclusion's quote (with its reason), a
// numbered item excluded as a whole, or a heading. What is left is an offer the data has missed;
// `npm run -s data:coverage` lists it. seeds/README.md states the one inclusion rule.
import type { DocumentRecord } from './schema.ts';
import type { QuoteLocation, SourceIndex } from './provenance.ts';
import { clauseAt, clauseSpans, locateInItem } from './spans.ts';

/**
 * Words with which the documents offer something to enterprises. The list is the review rule's
 * net: wide enough that a missed offer cannot hide, so some hits are excluded with a reason.
 */
export const OFFER_WORDS = [
	'支持',
	'鼓励',
	'给予',
	'奖励',
	'补助',
	'补贴',
	'奖补',
	'资助',
	'扶持',
	'优先',
	'纳入',
	'推荐',
	'组织',
	'提供',
	'开展',
	'免费',
	'减免',
	'贴息',
	'帮助',
	'协助'
] as const;

const OFFER_PATTERN = new RegExp(OFFER_WORDS.join('|'), 'g');
const SENTENCE_END = /[。；！？!?;\n]/;

export type UnaccountedOffer = {
	/** The numbered item the sentence lies in, or null before the first one. */
	clause: string | null;
	/** The sentence, trimmed, as the source writes it. */
	sentence: string;
	/** The offer words in it that nothing accounts for. */
	words: string[];
};

type Span = { start: number; end: number };

function sentenceAround(text: string, position: number): Span {
	let start = position;
	while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
	let end = position;
	while (end < text.length && !SENTENCE_END.test(text[end])) end++;
	return { start, end: Math.min(text.length, end + 1) };
}

/** Offer words in the source that no measure, exclusion, excluded item or heading accounts for. */
export function unaccountedOffers(record: DocumentRecord, index: SourceIndex): UnaccountedOffer[] {
	const { text } = index;
	const spans = clauseSpans(record, index);
	const accounted: Span[] = [];
	const add = (location: QuoteLocation | null) => location && accounted.push(location);
	for (const measure of record.measures)
		add(locateInItem(index, spans, measure.clause, measure.source.quote));
	for (const exclusion of record.exclusions)
		add(locateInItem(index, spans, exclusion.clause, exclusion.quote));
	for (const section of record.sections) add(index.locate(section.heading));
	for (const clause of record.clauses) add(index.locate(clause.heading));

	const excludedItems = new Set(record.clauses.filter((c) => c.noMeasure).map((c) => c.ref));
	const isAccounted = (position: number, length: number) =>
		excludedItems.has(clauseAt(spans, position) ?? '') ||
		accounted.some((span) => span.start <= position && position + length <= span.end);

	const bySentence = new Map<number, UnaccountedOffer>();
	for (const match of text.matchAll(OFFER_PATTERN)) {
		const position = match.index;
		if (isAccounted(position, match[0].length)) continue;
		const sentence = sentenceAround(text, position);
		const entry = bySentence.get(sentence.start) ?? {
			clause: clauseAt(spans, position),
			sentence: text.slice(sentence.start, sentence.end).trim(),
			words: []
		};
		if (!entry.words.includes(match[0])) entry.words.push(match[0]);
		bySentence.set(sentence.start, entry);
	}
	return [...bySentence.values()];
}
