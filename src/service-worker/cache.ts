// What the service worker keeps, under a cache named after the build version (docs/service-worker.md).
// A new version gets a new cache; the old one is removed only once the new worker takes over.
import { build, files, prerendered, version } from '$service-worker';

export const CACHE = `huiqi-${version}`;

/** The offline shell: any page not precached is rendered from it by the client router. */
export const FALLBACK = '/offline.html';

// Measure pages are not precached one by one (two hundred pages would outweigh the rest of the
// app); the shell renders them from the precached data instead. Manifest screenshots are for
// install dialogs only.
const skipped = (path: string) => path.startsWith('/measures/') || path.startsWith('/screenshots/');

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

export function keptWhenFetched(pathname: string): boolean {
	return KEPT_WHEN_FETCHED.has(pathname);
}

export async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await cache.addAll(PRECACHE);
}

export async function removeOldCaches(): Promise<void> {
	for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
}
