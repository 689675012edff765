// Region packs in the worker (docs/packs.md, docs/service-worker.md): which addresses are pack
// files, and how the packs a device holds are carried over to a new version. A pack file is kept
// once fetched (its name is a digest of its content, and only the host's real JSON files are
// kept), so the owner's region, every saved checklist's region and every region opened online
// stay on the device; a new version fetches the new files of exactly those packs before it takes
// over, reusing every file whose content did not change.
import { packFile, type ProvinceManifest, type WorkerPackIndex } from '../lib/policy/packs';

/** This build's packs, written in by the build (src/lib/server/vite-plugin-policy-data.ts). */
declare const __HUIQI_PACKS__: WorkerPackIndex;

/** This version's manifest addresses by province: a waiting version tells the page (messaging). */
export function packManifests(): Record<string, string> {
	return __HUIQI_PACKS__.manifests;
}

/** Whether a response is a pack file worth keeping: only real JSON, never the offline shell. */
export function isPackResponse(pathname: string, response: Response): boolean {
	return (
		packFile(pathname) !== undefined &&
		response.ok &&
		(response.headers.get('content-type') ?? '').includes('json')
	);
}

/**
 * The files of this version that replace the pack files an older version kept: the same
 * provinces' manifests and search shards, the same parts, the same directory buckets.
 * `manifest` reads a province's new manifest (fetching it).
 */
export async function successors(
	kept: string[],
	manifest: (url: string) => Promise<ProvinceManifest>,
	packs: WorkerPackIndex = __HUIQI_PACKS__
): Promise<string[]> {
	const parts = new Map<string, Set<string>>();
	const wanted = new Set<string>();
	for (const path of kept) {
		const file = packFile(path);
		if (!file) continue;
		if (file.folder === 'ids') {
			const bucket = packs.directory[Number(file.name)];
			if (bucket) wanted.add(bucket);
		} else if (file.name === 'search') {
			if (packs.search[file.folder]) wanted.add(packs.search[file.folder]);
		} else {
			const codes = parts.get(file.folder) ?? new Set<string>();
			if (file.name !== 'manifest') codes.add(file.name);
			parts.set(file.folder, codes);
		}
	}
	for (const [province, codes] of parts) {
		const url = packs.manifests[province];
		if (!url) continue;
		wanted.add(url);
		for (const part of (await manifest(url)).parts) if (codes.has(part.code)) wanted.add(part.file);
	}
	return [...wanted];
}
