// Page weight as a phone downloads it: gzip sizes of the built files behind what a page requests
// and what the service worker precaches. Used by the budget tests and by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * What a phone downloads, gzipped (the home page's transfer: as served, headers included):
 * checked by tests/e2e/budgets.spec.ts, reported by the bench.
 */
export const BUDGETS = { firstLoadJs: 60_000, precache: 400_000, homeTransfer: 50_000 };

export type Kind = 'code' | 'styles' | 'data' | 'pages' | 'images' | 'other';
export type Weight = { total: number; byKind: Record<Kind, number>; files: number };

/** The built file a URL path is served from (prerendered pages live at PATH.html). */
function fileFor(buildDir: string, pathname: string): string {
	for (const candidate of [pathname, `${pathname}.html`, join(pathname, 'index.html')]) {
		try {
			return readFileSync(join(buildDir, candidate)) && join(buildDir, candidate);
		} catch {
			// try the next way the path could be served
		}
	}
	throw new Error(`no built file for ${pathname}`);
}

export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

// The compiled policy data ships as region packs (JSON) and as JS modules that only parse JSON
// (see the Vite plugin).
function kindOf(file: string): Kind {
	if (file.endsWith('.json') && file.includes('/packs/')) return 'data';
	if (file.endsWith('.js'))
		return readFileSync(file, 'utf8').startsWith('var e=JSON.parse(') ? 'data' : 'code';
	if (file.endsWith('.css')) return 'styles';
	if (file.endsWith('.html')) return 'pages';
	if (/\.(png|svg|ico|webp)$/.test(file)) return 'images';
	return 'other';
}

export function weigh(buildDir: string, pathnames: string[]): Weight {
	const byKind: Record<Kind, number> = {
		code: 0,
		styles: 0,
		data: 0,
		pages: 0,
		images: 0,
		other: 0
	};
	const files = [...new Set(pathnames.map((p) => fileFor(buildDir, p)))];
	for (const file of files) byKind[kindOf(file)] += gzipSize(file);
	return { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind, files: files.length };
}

export type BuiltPack = {
	province: string;
	manifest: string;
	search: string;
	/** URL path of each part, by the code of its jurisdiction. */
	parts: Map<string, string>;
};

/** The region packs of a build, read from its files (docs/packs.md). */
export function builtPacks(buildDir: string): BuiltPack[] {
	const root = join(buildDir, '_app/immutable/packs');
	return readdirSync(root)
		.filter((folder) => /^\d{6}$/.test(folder))
		.map((province) => {
			const names = readdirSync(join(root, province));
			const path = (name: string) => `/_app/immutable/packs/${province}/${name}`;
			const manifest = names.find(
				(name) => name.startsWith('manifest.') && name.endsWith('.json')
			)!;
			const search = names.find((name) => name.startsWith('search.') && name.endsWith('.json'))!;
			const parts = JSON.parse(readFileSync(join(root, province, manifest), 'utf8')).parts as {
				code: string;
				file: string;
			}[];
			return {
				province,
				manifest: path(manifest),
				search: path(search),
				parts: new Map(parts.map((part) => [part.code, part.file]))
			};
		});
}

/** What an owner whose answers name a province keeps: its manifest and every part (worst case). */
export function wholePack(pack: BuiltPack): string[] {
	return [pack.manifest, ...pack.parts.values()];
}

/**
 * Every byte a first visit to `url` transfers until the network falls quiet, as Lighthouse counts
 * it: compressed bodies and headers, the page's own requests (not the service worker's), and the
 * manifest with its first icon.
 */
export async function transferred(page: Page, url: string): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	let total = 0;
	cdp.on('Network.loadingFinished', (event) => (total += event.encodedDataLength));
	await page.goto(url, { waitUntil: 'networkidle' });
	// Lighthouse also fetches the web app manifest and its first icon; a page load alone does not.
	await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
		if (!link) return;
		const manifest = (await (await fetch(link.href)).json()) as { icons?: { src: string }[] };
		const icon = manifest.icons?.[0];
		if (icon) await (await fetch(new URL(icon.src, link.href))).arrayBuffer();
	});
	await page.waitForLoadState('networkidle');
	await cdp.detach();
	return total;
}

/** Every URL path the service worker precached, read from the browser's cache. */
export async function precachedPaths(page: Page): Promise<string[]> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	return page.evaluate(async () => {
		const names = await caches.keys();
		const paths: string[] = [];
		for (const name of names)
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		return paths;
	});
}

/** The JavaScript a first visit to `url` loads, up to the network falling quiet. */
export async function firstLoadScripts(page: Page, url: string): Promise<string[]> {
	const scripts = new Set<string>();
	const listener = (request: { url(): string; resourceType(): string }) => {
		if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
	};
	page.on('request', listener);
	await page.goto(url, { waitUntil: 'networkidle' });
	page.off('request', listener);
	// The service worker script is fetched by the browser, not the page: count it too.
	return [...scripts, '/service-worker.js'];
}
