// Computes the pinyin of every title and department at build time.
import type { Dataset } from '../policy/types.ts';
import { pinyinSources, type PinyinIndex } from '../search/entries.ts';
import { pinyinSyllables as syllables } from './pinyin.ts';

export function buildPinyinIndex(dataset: Dataset): PinyinIndex {
	return Object.fromEntries(
		pinyinSources(dataset).map(({ id, title, extra }) => {
			const titleSyllables = syllables(title);
			return [
				id,
				{
					p: [...titleSyllables, ...syllables(extra)].join('').toLowerCase(),
					i: titleSyllables
						.map((s) => s[0])
						.join('')
						.toLowerCase()
				}
			];
		})
	);
}
