/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { precache, removeOldCaches } from './cache';
import { isSkipWaiting } from './messaging';
import { handles, respond } from './request';

const sw = self as unknown as ServiceWorkerGlobalScope;

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(removeOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
	if (handles(event.request, sw.location.origin)) event.respondWith(respond(event.request));
});

sw.addEventListener('message', (event) => {
	if (isSkipWaiting(event.data)) sw.skipWaiting();
});
