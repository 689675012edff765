// What the service worker keeps, under a cache named after the build version (docs/service-worker.md).
// A new version gets a new cache; the old one is removed only once the new worker takes over.
import { build, files, prerendered, version } from '$service-worker';
import { cacheName } from '../lib/offline/cache-name';
import { packFile } from '../lib/policy/packs';
import { isPackResponse, successors } from './packs';

export const CACHE = cacheName(version);

/** The offline shell: any page not precached is rendered from it by the client router. */
export const FALLBACK = '/offline.html';

// Manifest screenshots are for install dialogs only. (Measure and document pages are not built
// as files: the shell renders them from their region's pack.)
const skipped = (path: string) => path.startsWith('/screenshots/');

export const PRECACHE = [...build, ...files, ...prerendered, FALLBACK].filter(
	(path, index, all) => !skipped(path) && all.indexOf(path) === index
);

/**
 * Files of this build that are not precached but may be kept once fetched online. Nothing else
 * is ever stored: the static host answers any address with the offline shell, so caching every
 * successful response would let crafted addresses grow the cache without end.
 */
const KEPT_WHEN_FETCHED = new Set(
	[...build, ...files, ...prerendered].filter((path) => !PRECACHE.includes(path))
);

/** Whether a response fetched online is kept: a file of this build, or a region pack's file. */
export function keptWhenFetched(pathname: string, response: Response): boolean {
	return (
		(response.ok && response.type === 'basic' && KEPT_WHEN_FETCHED.has(pathname)) ||
		isPackResponse(pathname, response)
	);
}

export async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await cache.addAll(PRECACHE);
}

/**
 * The region packs older versions kept, in this version: files whose content did not change are
 * copied, the others fetched. Fails whole (and the older version stays) when the network does.
 */
export async function carryOverPacks(): Promise<void> {
	const cache = await caches.open(CACHE);
	const older = (await caches.keys()).filter((key) => key !== CACHE);
	const kept = new Map<string, Response>();
	for (const key of older) {
		const old = await caches.open(key);
		for (const request of await old.keys()) {
			const path = new URL(request.url).pathname;
			const response = packFile(path) && (await old.match(request));
			if (response) kept.set(path, response);
		}
	}
	const fetchOnce = async (url: string) => {
		const existing = (await cache.match(url)) ?? kept.get(url)?.clone();
		if (existing) return existing;
		const response = await fetch(url);
		if (!isPackResponse(url, response)) throw new Error(`${url}: ${response.status}`);
		return response;
	};
	const wanted = await successors([...kept.keys()], async (url) => {
		const response = await fetchOnce(url);
		await cache.put(url, response.clone());
		return response.json();
	});
	for (const url of wanted)
		if (!(await cache.match(url))) await cache.put(url, await fetchOnce(url));
}

export async function removeOldCaches(): Promise<void> {
	for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
}
