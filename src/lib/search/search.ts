// Search over measures and documents, in Chinese, English and pinyin. Pinyin is precomputed at
// build time (see entries.ts) so that no pinyin library ships to phones.
//
// Stages keep it instant at 10,000 measures: a query is first trimmed to MAX_QUERY characters and
// MAX_WORDS words (a pasted page of text would otherwise take seconds, and is never handed to the
// fuzzy stage); every word is then looked
// up as a plain substring of each entry's precomputed fields (ranked by the field it is found in);
// then, for Chinese typed without spaces ("小巨人奖励"), as characters in order within one field;
// only when that finds too little does fuse.js look for near misses (typos, partial pinyin), and
// then only among the entries that share a pair of letters with the query (a bigram index built
// once). Fuzzy matching over every long source quote would cost hundreds of milliseconds.
//
// Ranking: the field a word is found in decides first; a whole word beats part of one; among
// matches by pinyin initials, the Chinese word those initials stand for in more entries comes
// first ("dk" is 贷款 far more often than 大科), and a query that is an entry's whole initials
// beats one that is part of them. Near misses always come after exact matches.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Bilingual } from '../vocabulary.ts';
import { MAX_QUERY, queryWords } from './query.ts';

export type SearchEntry = {
	kind: 'measure' | 'document';
	id: string;
	documentId: string;
	title: Bilingual;
	summary: Bilingual;
	quote: string;
	contacts: string;
	/** The document's region in both languages ("Dazu District, Chongqing 大足区 重庆市大足区"). */
	place: string;
	/** Full pinyin of the title and contacts, lowercase, no spaces. */
	pinyin: string;
	/** Pinyin initials of the title, lowercase, one per Chinese character of the title. */
	initials: string;
};

/** Where a query word was found: the screen says so when the result does not show it. */
export type MatchField =
	| 'title'
	| 'titleEn'
	| 'initials'
	| 'pinyin'
	| 'summary'
	| 'summaryEn'
	| 'place'
	| 'contacts'
	| 'quote'
	| 'near';

export type SearchHit = SearchEntry & {
	/** Where the first word of the query was found. */
	field: MatchField;
	/** How well it matched, comparable across indexes: higher first, near misses 0. */
	score: number;
	/** For a match by pinyin initials, the Chinese characters they stand for ("贷款"). */
	word?: string;
};

/** Named weights, highest first: where a word is found decides how high the entry ranks. */
const FIELDS: { field: MatchField; weight: number; text: (e: SearchEntry) => string }[] = [
	{ field: 'title', weight: 8, text: (e) => e.title.zh.toLowerCase() },
	{ field: 'titleEn', weight: 8, text: (e) => e.title.en.toLowerCase() },
	{ field: 'initials', weight: 4, text: (e) => e.initials },
	{ field: 'pinyin', weight: 4, text: (e) => e.pinyin },
	{ field: 'summary', weight: 3, text: (e) => e.summary.zh.toLowerCase() },
	{ field: 'summaryEn', weight: 3, text: (e) => e.summary.en.toLowerCase() },
	{ field: 'place', weight: 2, text: (e) => e.place.toLowerCase() },
	{ field: 'contacts', weight: 2, text: (e) => e.contacts.toLowerCase() },
	{ field: 'quote', weight: 1, text: (e) => e.quote.toLowerCase() }
];

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
export const ENOUGH = 5;

/** A found word that is a whole word (not inside a longer Latin one) ranks a little higher. */
const WHOLE_WORD = 0.5;

export type SearchOptions = {
	limit?: number;
	/** Only entries of these documents (the owner's region, see documentsCovering). */
	documents?: ReadonlySet<string>;
	/**
	 * Whether too few hits bring in near misses (default true). A caller searching several
	 * indexes asks for them only once all of them together found too few (national.ts).
	 */
	nearMisses?: boolean;
};

export type NearCandidate = { entry: SearchEntry; pairs: number };

export type SearchIndex = {
	search(query: string, options?: SearchOptions): SearchHit[];
	/** The fuzzy stage's candidates: entries sharing letter pairs with the query, most first. */
	nearCandidates(query: string, allowed?: (i: number) => boolean): NearCandidate[];
};

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
const LATIN_LETTER = /[a-z]/;

/** Whether the match of `word` at `at` in `text` is not part of a longer Latin word. */
function isWholeWord(text: string, word: string, at: number): boolean {
	return !LATIN_LETTER.test(text[at - 1] ?? '') && !LATIN_LETTER.test(text[at + word.length] ?? '');
}

/** The Chinese characters of a title that a run of its initials stands for. */
function charactersFor(title: string, at: number, length: number): string {
	return [...title]
		.filter((ch) => CJK.test(ch))
		.slice(at, at + length)
		.join('');
}

/** A near miss shares at least this share of the query's letter pairs. */
const NEAR_SHARED = 0.5;

/** At most this many candidates from the bigram index are handed to the fuzzy matcher. */
export const FUZZY_CANDIDATES = 50;

/** A typo is found within a word or two; a longer pattern only costs (fuse.js scans per letter). */
const FUZZY_PATTERN = 20;

/** Characters-in-order matching is for short Chinese phrases typed without spaces. */
const IN_ORDER_LONGEST = 16;

/** The fields of an entry joined in rank order; a separator no query contains keeps them apart. */
const SEPARATOR = '\u0001';

type Scored = { index: number; score: number; field: MatchField; word?: string; whole?: boolean };

export function createSearchIndex(entries: SearchEntry[]): SearchIndex {
	const texts = entries.map((entry) => FIELDS.map((field) => field.text(entry)));
	// One string per entry: a word missing from an entry costs one scan, not one per field.
	const joined = texts.map((fields) => fields.join(SEPARATOR));
	const starts = texts.map((fields) => {
		let offset = 0;
		return fields.map((text) => {
			const start = offset;
			offset += text.length + SEPARATOR.length;
			return start;
		});
	});
	const short = entries.map((e) => `${e.title.zh} ${e.title.en} ${e.pinyin} ${e.initials}`);
	const byBigram = new Map<string, number[]>();
	short.forEach((text, i) => {
		for (const pair of bigrams(text.toLowerCase())) {
			const list = byBigram.get(pair);
			if (list) list.push(i);
			else byBigram.set(pair, [i]);
		}
	});

	function exact(words: string[], allowed: (i: number) => boolean): Scored[] {
		const hits: Scored[] = [];
		for (let i = 0; i < entries.length; i++) {
			if (!allowed(i)) continue;
			let hit: Scored | undefined = { index: i, score: 0, field: 'title' };
			for (const [n, word] of words.entries()) {
				const found = joined[i].indexOf(word);
				if (found < 0) {
					hit = undefined;
					break;
				}
				// The first occurrence lies in the highest-ranked field that has the word.
				let field = starts[i].length - 1;
				while (starts[i][field] > found) field--;
				const at = found - starts[i][field];
				const { field: name, weight } = FIELDS[field];
				hit.score += weight + (isWholeWord(texts[i][field], word, at) ? WHOLE_WORD : 0);
				if (n === 0) {
					hit.field = name;
					if (name === 'initials') {
						hit.word = charactersFor(entries[i].title.zh, at, word.length);
						hit.whole = word === entries[i].initials;
					}
				}
			}
			if (hit) hits.push(hit);
		}
		return hits;
	}

	function inOrderHits(words: string[], allowed: (i: number) => boolean): Scored[] {
		const hits: Scored[] = [];
		for (let i = 0; i < entries.length; i++) {
			if (!allowed(i)) continue;
			let score = 0;
			let first: MatchField = 'title';
			for (const [n, word] of words.entries()) {
				const field = texts[i].findIndex((text) => inOrder(word, text));
				if (field < 0) {
					score = 0;
					break;
				}
				score += FIELDS[field].weight;
				if (n === 0) first = FIELDS[field].field;
			}
			if (score > 0) hits.push({ index: i, score, field: first });
		}
		return hits;
	}

	/** Best first: score, then a whole-initials match, then how common the initials' word is. */
	function rank(hits: Scored[]): Scored[] {
		const frequency = new Map<string, number>();
		for (const hit of hits)
			if (hit.word) frequency.set(hit.word, (frequency.get(hit.word) ?? 0) + 1);
		const common = (hit: Scored) => (hit.word ? (frequency.get(hit.word) ?? 0) : 0);
		return hits.sort(
			(a, b) =>
				b.score - a.score ||
				Number(b.whole ?? false) - Number(a.whole ?? false) ||
				common(b) - common(a)
		);
	}

	function nearCandidates(query: string, allowed: (i: number) => boolean = () => true) {
		const counts = new Map<number, number>();
		const pairs = bigrams(nearPattern(query));
		for (const pair of pairs)
			for (const i of byBigram.get(pair) ?? [])
				if (allowed(i)) counts.set(i, (counts.get(i) ?? 0) + 1);
		// A word with a typo or two still shares most of its letter pairs; pinyin shares a few
		// with almost anything, and fuse.js would spend its time on those.
		const least = Math.ceil(pairs.size * NEAR_SHARED);
		return [...counts]
			.filter(([, shared]) => shared >= least)
			.sort((a, b) => b[1] - a[1])
			.slice(0, FUZZY_CANDIDATES)
			.map(([i, pairs]) => ({ entry: entries[i], pairs }));
	}

	const hitOf = ({ index, field, word, score }: Scored): SearchHit => ({
		...entries[index],
		field,
		score,
		...(word ? { word } : {})
	});

	return {
		search(query, { limit = 50, documents, nearMisses = true } = {}) {
			const words = queryWords(query);
			if (!words.length) return [];
			const allowed = documents ? (i: number) => documents.has(entries[i].documentId) : () => true;
			let found = rank(exact(words, allowed));
			if (
				found.length < ENOUGH &&
				words.some((word) => CJK.test(word)) &&
				words.every((word) => word.length <= IN_ORDER_LONGEST)
			) {
				const seen = new Set(found.map((hit) => hit.index));
				found = [
					...found,
					...rank(inOrderHits(words, allowed)).filter((hit) => !seen.has(hit.index))
				];
			}
			const hits = found.slice(0, limit).map(hitOf);
			if (!nearMisses || found.length >= ENOUGH) return hits;
			const candidates = nearCandidates(query, allowed).map((c) => c.entry);
			return withNearMisses(query, hits, candidates, limit);
		},
		nearCandidates
	};
}

/** The words the fuzzy stage looks for: a typo is found within a word or two. */
const nearPattern = (query: string) => queryWords(query).join(' ').slice(0, FUZZY_PATTERN);

/**
 * Exact hits followed by near misses among candidates (see nearCandidates). Near misses are for
 * typing; a pasted page of text (cut to MAX_QUERY) is searched exactly.
 */
export function withNearMisses(
	query: string,
	hits: SearchHit[],
	candidates: SearchEntry[],
	limit: number
): SearchHit[] {
	if (query.trim().length > MAX_QUERY) return hits;
	const seen = new Set(hits.map((hit) => hit.id));
	const extra = new Fuse(candidates, FUZZY)
		.search(nearPattern(query), { limit })
		.map((result) => result.item)
		.filter((entry) => !seen.has(entry.id))
		.map((entry): SearchHit => ({ ...entry, field: 'near', score: 0 }));
	return [...hits, ...extra].slice(0, limit);
}
