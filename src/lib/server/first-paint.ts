// The first screen in one round trip (README, "The first screen"): a prerendered page paints from
// its HTML and inline styles alone, and its scripts start loading once that first paint is on
// screen. SvelteKit's inline start-up script would otherwise fetch every module at once, and the
// first frame came only after them (traced with Lighthouse: the tagline painted after fifteen
// module requests had finished, and Lighthouse counts each of them into the largest paint). The
// start-up now waits for the page's first contentful paint, reported by a PerformanceObserver once
// the frame is on screen, with a fallback for a browser that never reports one. The page's
// Content-Security-Policy hash follows the script.
import { createHash } from 'node:crypto';

/** Runs `boot` once the first contentful paint is on screen (or after 3 s at the latest). */
const AFTER_FIRST_PAINT = `((boot) => {
						let booted = false;
						const go = () => booted || ((booted = true), boot());
						setTimeout(go, 3000);
						try {
							new PerformanceObserver((list, observer) => {
								if (!list.getEntriesByName('first-contentful-paint').length) return;
								observer.disconnect();
								setTimeout(go);
							}).observe({ type: 'paint', buffered: true });
						} catch {
							go();
						}
					})`;

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * Defers a prerendered page's start-up script until after its first contentful paint and gives
 * the page's policy the new script's hash in place of the old. Other scripts and pages (the
 * offline shell) stay as they are.
 */
export function bootAfterFirstPaint(html: string): string {
	const hashes = new Map<string, string>();
	const deferred = html.replace(INLINE_SCRIPT, (whole, script: string) => {
		const start = script.indexOf('Promise.all([');
		const end = script.lastIndexOf('});');
		// Only a page rendered ahead of time has something to paint first: the offline shell,
		// which renders every other page on the phone, starts at once.
		const hydrates = script.includes('node_ids:');
		if (!script.includes('kit.start(') || !hydrates || start < 0 || end < start) return whole;
		const changed = `${script.slice(0, start)}${AFTER_FIRST_PAINT}(() => {\n\t\t\t\t\t${script.slice(start, end + 3)}\n\t\t\t\t\t});${script.slice(end + 3)}`;
		hashes.set(`'sha256-${sha256(script)}'`, `'sha256-${sha256(changed)}'`);
		return `<script>${changed}</script>`;
	});
	return deferred.replace(/'sha256-[A-Za-z0-9+/=]+'/g, (hash) => hashes.get(hash) ?? hash);
}
