// Serves the compiled policy data to the app as virtual modules, so the data is validated and
// precompiled at build time (a broken record stops the build) and ships as hashed chunks that
// pages import only when they need them. In dev it also serves the draft review page.
import type { Plugin } from 'vite';
import { policyData, SEEDS_DIR } from './policy/seeds.ts';
import { draftReviewMiddleware } from './draft/review-page.ts';
import { packedRegionEnglish, packedRegionNames, packedRegionPinyin } from './regions.ts';
import { buildPinyinIndex } from './search-entries.ts';
import { summarize } from '../policy/summary.ts';

const PREFIX = 'virtual:huiqi/';

const modules: Record<string, () => unknown> = {
	dataset: () => policyData().dataset,
	summary: () => summarize(policyData().dataset),
	quotes: () => Object.fromEntries(policyData().quoteContexts),
	pinyin: () => buildPinyinIndex(policyData().dataset),
	'region-pinyin': () => packedRegionPinyin(),
	'region-names': () => packedRegionNames(),
	'region-english': () => packedRegionEnglish()
};

export function policyDataPlugin(): Plugin {
	return {
		name: 'huiqi-policy-data',
		// The draft review page (/__draft) exists only in `npm run dev`: Vite calls configureServer
		// for the dev server alone, so the page is never built into the app or served by a preview.
		configureServer(server) {
			server.middlewares.use(draftReviewMiddleware(SEEDS_DIR));
		},
		resolveId(id) {
			if (id.startsWith(PREFIX) && id.slice(PREFIX.length) in modules) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return;
			const name = id.slice(PREFIX.length + 1);
			this.addWatchFile(SEEDS_DIR);
			// JSON.parse of a string literal parses faster than the equivalent object literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(modules[name]()))});`;
		}
	};
}
