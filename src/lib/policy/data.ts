// The one door to the compiled data in the app: every page and component that needs policy data or
// region names imports it from here. Each piece is its own chunk, fetched only when a page needs it
// and precached for offline use; the summary is small enough to travel with the first page.
import summary from 'virtual:huiqi/summary';
import type { Dataset, QuoteContext } from './types.ts';
import type { PinyinIndex } from '../search/entries.ts';

export { summary };

export async function loadDataset(): Promise<Dataset> {
	return (await import('virtual:huiqi/dataset')).default;
}

export async function loadQuoteContexts(): Promise<Record<string, QuoteContext>> {
	return (await import('virtual:huiqi/quotes')).default;
}

export async function loadPinyinIndex(): Promise<PinyinIndex> {
	return (await import('virtual:huiqi/pinyin')).default;
}

/** The packed region names (src/lib/regions/names.ts reads them without building the tree). */
export async function loadRegionNames(): Promise<string> {
	return (await import('virtual:huiqi/region-names')).default;
}

/** The packed region pinyin, which with the names rebuilds the region tree. */
export async function loadRegionPinyin(): Promise<string> {
	return (await import('virtual:huiqi/region-pinyin')).default;
}

/** English region names in the order of the packed names; English screens only. */
export async function loadRegionEnglish(): Promise<string> {
	return (await import('virtual:huiqi/region-english')).default;
}
