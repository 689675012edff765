// How requests are answered (docs/service-worker.md). Only same-origin GET requests are touched;
// everything else goes to the network untouched (the app makes no other requests, but extensions
// or links might).
import { CACHE, FALLBACK, keptWhenFetched } from './cache';

export function handles(request: Request, origin: string): boolean {
	return request.method === 'GET' && new URL(request.url).origin === origin;
}

/** Precached first (it is this version's own copy), then the network, then the offline shell. */
export async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const { pathname } = new URL(request.url);
	const cached =
		(await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(pathname));
	if (cached) return cached;
	try {
		const response = await fetch(request);
		// A file of this build or a region pack reached online is kept for offline use, under its
		// path alone, so that a query string cannot make copies of it.
		if (keptWhenFetched(pathname, response)) await cache.put(pathname, response.clone());
		return response;
	} catch (error) {
		if (request.mode === 'navigate') {
			const shell = await cache.match(FALLBACK);
			if (shell) return shell;
		}
		throw error;
	}
}
