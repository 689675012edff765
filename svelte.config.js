import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * A build version derived from the inputs, not the clock: the same sources always build the same
 * version, so the service worker's cache changes only when the app or its data does.
 */
function contentVersion(paths) {
	const hash = createHash('sha256');
	const visit = (path) => {
		if (statSync(path).isDirectory())
			for (const name of readdirSync(path).sort()) visit(join(path, name));
		else hash.update(path).update(readFileSync(path));
	};
	for (const path of paths) visit(path);
	return hash.digest('hex').slice(0, 12);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Force runes mode for the project, except for libraries.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered; offline.html is the shell the service worker serves for pages
		// it has not cached, which the client router then renders from the precached data. Brotli
		// and gzip copies of every text file are made after the build, a few at a time
		// (src/lib/server/precompress.ts): the adapter's precompress starts them all at once.
		// HUIQI_BUILD_DIR (under builds/) builds elsewhere, with its own working folder beside it:
		// the national-data tests and the bench build apart from build/.
		adapter: adapter({
			pages: process.env.HUIQI_BUILD_DIR ?? 'build',
			assets: process.env.HUIQI_BUILD_DIR ?? 'build',
			strict: true,
			fallback: 'offline.html',
			precompress: false
		}),
		outDir: process.env.HUIQI_BUILD_DIR ? `${process.env.HUIQI_BUILD_DIR}.kit` : '.svelte-kit',
		output: { bundleStrategy: 'split' },
		// Each page's styles travel inside the page: the first paint waits for no stylesheet
		// request, so it comes before the scripts arrive (README, "The first screen").
		inlineStyleThreshold: Infinity,
		serviceWorker: { register: false },
		// A strict policy: scripts only from this origin or with a hash SvelteKit computes, no eval,
		// no request to any other origin. Style attributes (style:height…) need 'unsafe-inline'.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: {
			// HUIQI_SEEDS_DIR builds the app on other records (a generated national dataset).
			name: contentVersion([
				'src',
				process.env.HUIQI_SEEDS_DIR ?? 'seeds',
				'static',
				'package-lock.json',
				'svelte.config.js'
			])
		}
	}
};

export default config;
