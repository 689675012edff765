// The service worker (docs/service-worker.md), type-checked on its own with the webworker
// library (tsconfig.json beside this file, run by `npm run check`).
import { carryOverPacks, precache, removeOldCaches } from './cache';
import { isSkipWaiting, isWhichPacks } from './messaging';
import { packManifests } from './packs';
import { handles, respond } from './request';

const sw = self as unknown as ServiceWorkerGlobalScope;

sw.addEventListener('install', (event) => {
	// The region packs the device holds come along, so the new version works offline as the
	// old one did (docs/service-worker.md).
	event.waitUntil(precache().then(carryOverPacks));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(removeOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
	if (handles(event.request, sw.location.origin)) event.respondWith(respond(event.request));
});

sw.addEventListener('message', (event) => {
	if (isSkipWaiting(event.data)) event.waitUntil(sw.skipWaiting());
	else if (isWhichPacks(event.data)) event.ports[0]?.postMessage(packManifests());
});
