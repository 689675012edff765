// Runs while pages are prerendered: each page paints from its HTML and inline styles before any of
// its scripts is even requested (src/lib/server/first-paint.ts), so no module preload hints.
import type { Handle } from '@sveltejs/kit';
import { bootAfterFirstPaint } from '$lib/server/first-paint';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => bootAfterFirstPaint(html)
	});
