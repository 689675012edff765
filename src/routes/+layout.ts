import type { LayoutLoad } from './$types';
import { loadMessages } from '$lib/i18n/i18n.svelte';

// Every page is prerendered at build time: the app is static files that a service worker can
// keep for offline use.
export const prerender = true;

/** The home page ships only its own messages; every other page waits for all of them. */
export const load: LayoutLoad = async ({ url }) => {
	if (url.pathname !== '/') await loadMessages();
};
