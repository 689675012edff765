// Fuzzy search over measures and documents, in Chinese, English and pinyin. Pinyin is
// precomputed at build time (search-entries.ts) so that no pinyin library ships to phones.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Bilingual } from '../policy/types.ts';

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

/** Named weights: a hit in the title counts most, then pinyin, summary, contacts and quote. */
const WEIGHTS = {
	'title.zh': 3,
	'title.en': 2,
	initials: 2,
	pinyin: 1.5,
	'summary.zh': 1,
	'summary.en': 1,
	contacts: 1,
	quote: 0.8
} as const;

const OPTIONS: IFuseOptions<SearchEntry> = {
	keys: Object.entries(WEIGHTS).map(([name, weight]) => ({ name, weight })),
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: 0.3,
	minMatchCharLength: 1,
	includeScore: true
};

export type SearchIndex = { search(query: string, limit?: number): SearchEntry[] };

export function createSearchIndex(entries: SearchEntry[]): SearchIndex {
	const fuse = new Fuse(entries, OPTIONS);
	return {
		search(query, limit = 50) {
			const words = query.trim().toLowerCase().replace(/\s+/g, ' ');
			if (!words) return [];
			return fuse.search(words, { limit }).map((result) => result.item);
		}
	};
}
