// The one door to the compiled data in the app: every page and component that needs policy data or
// region names gets it from here. The home page's summary travels with the first page; the
// national index of region packs is a chunk precached for offline use; a region's documents and
// measures come from its province's pack, fetched when first needed and kept by the service worker
// from then on (docs/packs.md). A pack that cannot be fetched (offline, never opened) is a
// PackUnavailableError, which pages show as "needs a connection".
import summary from 'virtual:huiqi/summary';
import { error } from '@sveltejs/kit';
import { PackUnavailableError } from './pack-index.ts';
import type { Part, ProvinceManifest, SearchShard } from './packs.ts';
import type { Dataset, PinyinIndex } from './types.ts';

export { summary };
export { loadPackIndex, PackUnavailableError } from './pack-index.ts';

/**
 * For load functions: data that needs a connection becomes the error page's plain "needs a
 * connection" (status 503, naming the province where it is known).
 */
export async function orNeedsConnection<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (problem) {
		if (problem instanceof PackUnavailableError)
			error(503, { message: problem.message, province: problem.province });
		throw problem;
	}
}

// The packs' loading code is a chunk of its own (pack-loader.ts), fetched when a page first needs
// a region's data: the home page never does.
const loader = () => import('./pack-loader.ts');

/** A province's manifest; undefined when the province has no documents. */
export async function loadManifest(province: string): Promise<ProvinceManifest | undefined> {
	return (await loader()).loadManifest(province);
}

/**
 * The documents and measures that may cover a region (see partsCovering in packs.ts), as one
 * dataset under the version of the province's pack. A region no document covers gets an empty one.
 */
export async function loadRegionDataset(region: string): Promise<Dataset> {
	return (await loadRegionSearchData(region)).dataset;
}

/** A region's dataset with the pinyin search needs for it. */
export async function loadRegionSearchData(
	region: string
): Promise<{ dataset: Dataset; pinyin: PinyinIndex }> {
	return (await loader()).loadRegionSearchData(region);
}

/** The part holding a document or measure, with its pack's version; undefined: no such id. */
export async function locate(id: string): Promise<{ part: Part; version: string } | undefined> {
	return (await loader()).locate(id);
}

/**
 * The provinces whose packs this device keeps and another version changes, given that version's
 * manifest addresses by province (a waiting update's, src/lib/offline/offline.svelte.ts).
 */
export async function provincesChangedBy(next: Record<string, string>): Promise<string[]> {
	return (await loader()).provincesChangedBy(next);
}

/** The titles of a province's documents and measures, for search across provinces. */
export async function loadSearchShard(province: string): Promise<SearchShard> {
	return (await loader()).loadSearchShard(province);
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
