// Serves the compiled policy data to the app, validated and precompiled at build time (a broken
// record stops the build): the region packs as hashed JSON files beside the app's code
// (docs/packs.md), their national index and the home page's summary as virtual modules, and the
// region tree as packed strings. The service worker learns the packs' addresses through a
// compile-time constant, __HUIQI_PACKS__. In dev it serves the packs from memory and the draft
// review page.
import type { Plugin } from 'vite';
import { policyData, SEEDS_DIR } from './policy/seeds.ts';
import { draftReviewMiddleware } from './draft/review-page.ts';
import {
	packedRegionEnglish,
	packedRegionNames,
	packedRegionPinyin,
	provinceNames
} from './regions.ts';
import { buildPinyinIndexes } from './search-entries.ts';
import { buildPacks, type BuiltPacks } from './packs.ts';
import { summarize } from '../policy/summary.ts';
import { FIRST_SCREEN, MESSAGES, type MessageKey } from '../i18n/messages.ts';
import { PACKS_PATH } from '../policy/packs.ts';

const PREFIX = 'virtual:huiqi/';

let built: BuiltPacks | undefined;

/** The packs of this checkout's data, built once per process. */
function packs(): BuiltPacks {
	if (!built) {
		const { dataset, quoteContexts } = policyData();
		built = buildPacks(dataset, quoteContexts, buildPinyinIndexes(dataset));
	}
	return built;
}

const modules: Record<string, () => unknown> = {
	summary: () => summarize(policyData().dataset, provinceNames()),
	packs: () => packs().index,
	'region-pinyin': () => packedRegionPinyin(),
	'region-names': () => packedRegionNames(),
	'region-english': () => packedRegionEnglish(),
	// The UI messages by language, the home page's Chinese ones apart (i18n.svelte.ts).
	'messages-zh-first': () => messagesIn('zh', (key) => FIRST_SCREEN.includes(key)),
	'messages-zh': () => messagesIn('zh', (key) => !FIRST_SCREEN.includes(key)),
	'messages-en': () => messagesIn('en', () => true)
};

function messagesIn(lang: 'zh' | 'en', wanted: (key: MessageKey) => boolean) {
	return Object.fromEntries(
		Object.entries(MESSAGES).flatMap(([key, text]) =>
			wanted(key as MessageKey) ? [[key, text[lang]]] : []
		)
	);
}

export function policyDataPlugin(): Plugin {
	return {
		name: 'huiqi-policy-data',
		config(_config, { command }) {
			// The worker is built and run from builds only; unit tests give it their own index.
			if (command !== 'build' || process.env.VITEST) return;
			return {
				define: { __HUIQI_PACKS__: JSON.stringify(packs().worker) },
				// Gzipping every pack file for the build's report takes minutes at national size;
				// the size budgets are tests (tests/e2e/budgets.spec.ts) and `npm run bench`.
				build: { reportCompressedSize: false }
			};
		},
		// The draft review page (/__draft) exists only in `npm run dev`: Vite calls configureServer
		// for the dev server alone, so the page is never built into the app or served by a preview.
		configureServer(server) {
			server.middlewares.use(draftReviewMiddleware(SEEDS_DIR));
			server.middlewares.use((request, response, next) => {
				const path = request.url?.split('?')[0] ?? '';
				const text = path.startsWith(PACKS_PATH) ? packs().files.get(path.slice(1)) : undefined;
				if (text === undefined) return next();
				response.setHeader('content-type', 'application/json');
				response.end(text);
			});
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
		},
		generateBundle() {
			// The packs are files of the app's client build, never of its server build.
			if (this.environment.config.consumer !== 'client') return;
			for (const [fileName, source] of packs().files)
				this.emitFile({ type: 'asset', fileName, source });
		}
	};
}
