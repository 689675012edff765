// The one door to the compiled data in the app: every page and component that needs policy data or
// region names gets it from here. The home page's summary travels with the first page; the
// national index of region packs is a chunk precached for offline use; a region's documents and
// measures come from its province's pack, fetched when first needed and kept by the service worker
// from then on (docs/packs.md). A pack that cannot be fetched (offline, never opened) is a
// PackUnavailableError, which pages show as "needs a connection".
import summary from 'virtual:huiqi/summary';
import { error } from '@sveltejs/kit';
import { version } from '$app/environment';
import { provinceOf } from '../regions/tree.ts';
import {
	bucketOf,
	datasetOf,
	expandPart,
	PACKS_PATH,
	partsCovering,
	type DirectoryBucket,
	type PackIndex,
	type Part,
	type PartEntry,
	type PartFile,
	type ProvinceManifest,
	type SearchShard
} from './packs.ts';
import type { Dataset } from './types.ts';
import type { PinyinIndex } from '../search/entries.ts';

export { summary };

/** A pack (or the directory that finds one) that could not be fetched: offline, not kept yet. */
export class PackUnavailableError extends Error {
	/** The province whose data is missing, where it is known. */
	constructor(readonly province?: string) {
		super(`The data of ${province ?? 'this page'} needs a connection`);
		this.name = 'PackUnavailableError';
	}
}

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

const fetched = new Map<string, Promise<unknown>>();

/** A pack file, fetched once per page life; a failed fetch is tried again next time. */
function fetchJson<T>(url: string, province?: string): Promise<T> {
	let pending = fetched.get(url) as Promise<T> | undefined;
	if (!pending) {
		pending = fetch(url)
			.then((response) => {
				const json = response.headers.get('content-type')?.includes('json');
				if (!response.ok || !json) throw new Error(`${url}: ${response.status}`);
				return response.json() as Promise<T>;
			})
			.catch(() => {
				fetched.delete(url);
				throw new PackUnavailableError(province);
			});
		fetched.set(url, pending);
	}
	return pending;
}

export async function loadPackIndex(): Promise<PackIndex> {
	return (await import('virtual:huiqi/packs')).default;
}

/** A province's manifest; undefined when the province has no documents. */
export async function loadManifest(province: string): Promise<ProvinceManifest | undefined> {
	const entry = (await loadPackIndex()).packs.find((pack) => pack.province === province);
	return entry && fetchJson<ProvinceManifest>(entry.manifest, province);
}

const parts = new Map<string, Promise<Part>>();
/** Which loaded part holds a document or measure id. */
const loadedIds = new Map<string, { part: Part; province: string }>();

function loadPart(province: string, entry: Pick<PartEntry, 'file'>): Promise<Part> {
	let pending = parts.get(entry.file);
	if (!pending) {
		pending = fetchJson<PartFile>(entry.file, province).then((file) => {
			const part = expandPart(file);
			for (const item of [...part.documents, ...part.measures])
				loadedIds.set(item.id, { part, province });
			return part;
		});
		pending.catch(() => parts.delete(entry.file));
		parts.set(entry.file, pending);
	}
	return pending;
}

/**
 * The documents and measures that may cover a region (see partsCovering), as one dataset under
 * the version of the province's pack. A region no document covers gets an empty dataset.
 */
export async function loadRegionDataset(region: string): Promise<Dataset> {
	return (await loadRegionSearchData(region)).dataset;
}

/** A region's dataset with the pinyin search needs for it. */
export async function loadRegionSearchData(
	region: string
): Promise<{ dataset: Dataset; pinyin: PinyinIndex }> {
	const province = provinceOf(region);
	const manifest = await loadManifest(province);
	if (!manifest) {
		const { dataVersion } = await loadPackIndex();
		return { dataset: { dataVersion, documents: [], measures: [] }, pinyin: {} };
	}
	const covering = await Promise.all(
		partsCovering(manifest, region).map((entry) => loadPart(province, entry))
	);
	return {
		dataset: datasetOf(covering, manifest.version),
		pinyin: Object.assign({}, ...covering.map((part) => part.pinyin))
	};
}

/** The part holding a document or measure, with its pack's version; undefined: no such id. */
export async function locate(id: string): Promise<{ part: Part; version: string } | undefined> {
	let found = loadedIds.get(id) ?? (await fromDirectory(id));
	if (found === null) found = await fromKeptParts(id);
	if (!found) return undefined;
	const manifest = await loadManifest(found.province);
	return { part: found.part, version: manifest?.version ?? '' };
}

/** Via the directory: null when the directory cannot be fetched. */
async function fromDirectory(id: string) {
	const { directory } = await loadPackIndex();
	let code: string | undefined;
	try {
		code = (await fetchJson<DirectoryBucket>(directory[bucketOf(id, directory.length)]))[id];
	} catch {
		return null;
	}
	if (!code) return undefined;
	const province = provinceOf(code);
	const entry = (await loadManifest(province))?.parts.find((part) => part.code === code);
	if (!entry) return undefined;
	return { part: await loadPart(province, entry), province };
}

/**
 * Offline, without the directory: looks through the parts the service worker keeps for this
 * version (those of the owner's region and of every region opened before).
 */
async function fromKeptParts(id: string) {
	const cache = typeof caches === 'undefined' ? undefined : await caches.open(`huiqi-${version}`);
	const kept = (await cache?.keys()) ?? [];
	const partFile = new RegExp(`^${PACKS_PATH}(\\d{6})/\\d{6}\\.[0-9a-f]+\\.json$`);
	for (const request of kept) {
		const path = new URL(request.url).pathname;
		const province = partFile.exec(path)?.[1];
		if (!province) continue;
		const part = await loadPart(province, { file: path }).catch(() => undefined);
		if (part && loadedIds.get(id)?.part === part) return { part, province };
	}
	throw new PackUnavailableError();
}

/** The titles of a province's documents and measures, for search across provinces. */
export async function loadSearchShard(province: string): Promise<SearchShard> {
	const entry = (await loadPackIndex()).packs.find((pack) => pack.province === province);
	if (!entry) throw new Error(`no pack for province ${province}`);
	return fetchJson<SearchShard>(entry.search, province);
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
