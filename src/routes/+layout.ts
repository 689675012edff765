// Every page is prerendered at build time: the app is static files that a service worker can
// keep for offline use.
export const prerender = true;
