// Computes the pinyin of every title and department at build time: for searching a region's data,
// a title's and its departments' pinyin; for searching across provinces (search shards,
// docs/packs.md), the title's alone, which is all those entries hold.
import type { Dataset } from '../policy/types.ts';
import type { PinyinIndex } from '../policy/types.ts';
import { pinyinSources } from '../search/entries.ts';
import { pinyinSyllables } from './pinyin.ts';

export type PinyinIndexes = { full: PinyinIndex; titles: PinyinIndex };

export function buildPinyinIndexes(dataset: Dataset): PinyinIndexes {
	// Titles and departments repeat across documents: each text is read once.
	const known = new Map<string, string[]>();
	const syllables = (text: string) => {
		let found = known.get(text);
		if (!found) known.set(text, (found = pinyinSyllables(text)));
		return found;
	};
	const full: PinyinIndex = {};
	const titles: PinyinIndex = {};
	for (const { id, title, extra } of pinyinSources(dataset)) {
		const titleSyllables = syllables(title);
		const i = titleSyllables
			.map((s) => s[0])
			.join('')
			.toLowerCase();
		const p = titleSyllables.join('').toLowerCase();
		titles[id] = { p, i };
		full[id] = { p: p + syllables(extra).join('').toLowerCase(), i };
	}
	return { full, titles };
}

/** A title's and its departments' pinyin per document and measure. */
export function buildPinyinIndex(dataset: Dataset): PinyinIndex {
	return buildPinyinIndexes(dataset).full;
}
