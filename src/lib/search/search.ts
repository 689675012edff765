// Search over measures and documents, in Chinese, English and pinyin. Pinyin is precomputed at
// build time (see entries.ts) so that no pinyin library ships to phones.
//
// Stages keep it instant at 10,000 measures: every word of the query is first looked up as a plain
// substring of each entry's precomputed text (ranked by the field it is found in); then, for
// Chinese typed without spaces ("小巨人奖励"), as characters in order within one field; only when
// that finds too little does fuse.js look for near misses (typos, partial pinyin), and then only
// among the entries that share a pair of letters with the query (a bigram index built once).
// Fuzzy matching over every long source quote would cost hundreds of milliseconds.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Bilingual } from '../vocabulary.ts';

export type SearchEntry = {
	kind: 'measure' | 'document';
	id: string;
	documentId: string;
	title: Bilingual;
	summary: Bilingual;
	quote: string;
	contacts: string;
	/** Full pinyin of the title and contacts, lowercase, no spaces. */
	pinyin: string;
	/** Pinyin initials of the title, lowercase. */
	initials: string;
};

/** Named weights, highest first: where a word is found decides how high the entry ranks. */
const FIELDS = [
	{ weight: 8, text: (e: SearchEntry) => `${e.title.zh} ${e.title.en}`.toLowerCase() },
	{ weight: 4, text: (e: SearchEntry) => `${e.initials} ${e.pinyin}` },
	{ weight: 3, text: (e: SearchEntry) => `${e.summary.zh} ${e.summary.en}`.toLowerCase() },
	{ weight: 2, text: (e: SearchEntry) => e.contacts.toLowerCase() },
	{ weight: 1, text: (e: SearchEntry) => e.quote.toLowerCase() }
] as const;

const FUZZY: IFuseOptions<SearchEntry> = {
	keys: [
		{ name: 'title.zh', weight: 3 },
		{ name: 'title.en', weight: 2 },
		{ name: 'initials', weight: 2 },
		{ name: 'pinyin', weight: 1.5 }
	],
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: 0.3
};

/** Fewer exact hits than this and the fuzzy stage adds near misses. */
const ENOUGH = 5;

export type SearchIndex = { search(query: string, limit?: number): SearchEntry[] };

function bigrams(text: string): Set<string> {
	const pairs = new Set<string>();
	const compact = text.replace(/\s+/g, '');
	for (let i = 0; i < compact.length - 1; i++) pairs.add(compact.slice(i, i + 2));
	return pairs;
}

/** Whether the characters of `needle` appear in `text` in order (not necessarily together). */
function inOrder(needle: string, text: string): boolean {
	let at = 0;
	for (const ch of needle) {
		at = text.indexOf(ch, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

const CJK = /[\u3400-\u9fff]/;

/** At most this many candidates from the bigram index are handed to the fuzzy matcher. */
const FUZZY_CANDIDATES = 300;

export function createSearchIndex(entries: SearchEntry[]): SearchIndex {
	const texts = entries.map((entry) => FIELDS.map((field) => field.text(entry)));
	const short = entries.map((e, i) => `${texts[i][0]} ${e.pinyin} ${e.initials}`);
	const byBigram = new Map<string, number[]>();
	short.forEach((text, i) => {
		for (const pair of bigrams(text)) {
			const list = byBigram.get(pair);
			if (list) list.push(i);
			else byBigram.set(pair, [i]);
		}
	});

	function ranked(match: (text: string, word: string) => boolean, words: string[]) {
		const hits: { entry: SearchEntry; score: number }[] = [];
		for (let i = 0; i < entries.length; i++) {
			let score = 0;
			for (const word of words) {
				const field = texts[i].findIndex((text) => match(text, word));
				if (field < 0) {
					score = 0;
					break;
				}
				score += FIELDS[field].weight;
			}
			if (score > 0) hits.push({ entry: entries[i], score });
		}
		return hits.sort((a, b) => b.score - a.score).map((hit) => hit.entry);
	}

	function near(query: string, limit: number): SearchEntry[] {
		const counts = new Map<number, number>();
		for (const pair of bigrams(query))
			for (const i of byBigram.get(pair) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
		const candidates = [...counts]
			.sort((a, b) => b[1] - a[1])
			.slice(0, FUZZY_CANDIDATES)
			.map(([i]) => entries[i]);
		return new Fuse(candidates, FUZZY).search(query, { limit }).map((result) => result.item);
	}

	return {
		search(query, limit = 50) {
			const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
			if (!words.length) return [];
			let found = ranked((text, word) => text.includes(word), words);
			if (found.length < ENOUGH && words.some((word) => CJK.test(word)))
				found = [...new Set([...found, ...ranked((text, word) => inOrder(word, text), words)])];
			if (found.length >= ENOUGH) return found.slice(0, limit);
			const seen = new Set(found);
			const extra = near(words.join(' '), limit).filter((entry) => !seen.has(entry));
			return [...found, ...extra].slice(0, limit);
		}
	};
}
