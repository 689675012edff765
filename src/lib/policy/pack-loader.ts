// How the app fetches region packs (docs/packs.md): each file once per page life, a part expanded
// once, ids found in loaded parts, then through the directory, then (offline) among the parts the
// service worker keeps. Loaded on demand through the one door, data.ts, so that the first page
// carries none of it.
import { version } from '$app/environment';
import { cacheName } from '../offline/cache-name.ts';
import { provinceOf } from '../regions/tree.ts';
import {
	bucketOf,
	changedPacks,
	datasetOf,
	expandPart,
	packFile,
	partsCovering,
	type DirectoryBucket,
	type Part,
	type PartEntry,
	type PartFile,
	type ProvinceManifest,
	type SearchShard
} from './packs.ts';
import type { Dataset, PinyinIndex } from './types.ts';
import { loadPackIndex, PackUnavailableError } from './pack-index.ts';

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

/** The pack files the service worker keeps for this version, with their place in the packs. */
async function keptPackFiles(): Promise<{ path: string; folder: string; name: string }[]> {
	if (typeof caches === 'undefined') return [];
	const cache = await caches.open(cacheName(version));
	return (await cache.keys()).flatMap((request) => {
		const path = new URL(request.url).pathname;
		const file = packFile(path);
		return file ? [{ path, ...file }] : [];
	});
}

export async function provincesChangedBy(next: Record<string, string>): Promise<string[]> {
	const held = (await keptPackFiles()).filter((file) => file.name === 'manifest');
	const provinces = [...new Set(held.map((file) => file.folder))];
	return changedPacks(provinces, (await loadPackIndex()).packs, next);
}

/**
 * Offline, without the directory: looks through the parts the service worker keeps for this
 * version (those of the owner's region and of every region opened before).
 */
async function fromKeptParts(id: string) {
	// Parts only: named after their jurisdiction's code, in their province's folder.
	for (const { path, folder, name } of await keptPackFiles()) {
		if (!/^\d{6}$/.test(name)) continue;
		const part = await loadPart(folder, { file: path }).catch(() => undefined);
		if (part && loadedIds.get(id)?.part === part) return { part, province: folder };
	}
	throw new PackUnavailableError();
}

/** The titles of a province's documents and measures, for search across provinces. */
export async function loadSearchShard(province: string): Promise<SearchShard> {
	const entry = (await loadPackIndex()).packs.find((pack) => pack.province === province);
	if (!entry) throw new Error(`no pack for province ${province}`);
	return fetchJson<SearchShard>(entry.search, province);
}
