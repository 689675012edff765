// The service worker's cache for a version of the app (docs/service-worker.md): the worker stores
// this version's files and region packs there, and pages look in it for the packs kept offline.
export const cacheName = (version: string) => `huiqi-${version}`;
