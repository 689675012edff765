// Matching and search at scale: a dataset of 10,000 realistic measures grown from the real ones
// (other regions, tiers, amounts and wording), timed in Node.
import type { Dataset, Measure, PolicyDocument } from '../../src/lib/policy/types.ts';
import { matchProfile } from '../../src/lib/matching/engine.ts';
import type { Profile } from '../../src/lib/profile/profile.ts';
import { TIER_LADDER } from '../../src/lib/vocabulary.ts';
import { searchEntries, type PinyinIndex } from '../../src/lib/search/entries.ts';
import { createSearchIndex } from '../../src/lib/search/search.ts';

/** A small deterministic generator, so two runs measure the same data. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const REGIONS = [
	'110000',
	'310000',
	'320000',
	'320500',
	'330100',
	'330106',
	'370200',
	'410100',
	'410105',
	'420100',
	'440300',
	'440305',
	'450000',
	'500000',
	'500111',
	'510100',
	'610100'
];

export function growDataset(base: Dataset, pinyin: PinyinIndex, size: number) {
	const next = random(20261122);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const documents: PolicyDocument[] = [];
	const measures: Measure[] = [];
	const index: PinyinIndex = { ...pinyin };
	while (measures.length < size) {
		const source = pick(base.documents);
		const code = pick(REGIONS);
		const document: PolicyDocument = {
			...source,
			id: `${source.id}-copy-${documents.length}`,
			jurisdiction: { code, name: { zh: `地区${code}`, en: `Region ${code}` } }
		};
		documents.push(document);
		for (const measure of base.measures.filter((m) => m.documentId === source.id)) {
			if (measures.length >= size) break;
			const id = `${measure.id}-${measures.length}`;
			const amount = measure.benefit.amount;
			measures.push({
				...measure,
				id,
				documentId: document.id,
				title: { zh: `${measure.title.zh}（${document.id.slice(-4)}）`, en: measure.title.en },
				benefit: {
					...measure.benefit,
					amount:
						amount.kind === 'stated'
							? { ...amount, wan: Math.round(amount.wan * (0.5 + next())) }
							: amount
				},
				eligibility:
					next() < 0.3
						? { all: [measure.eligibility, { tierAtLeast: pick(TIER_LADDER) }] }
						: measure.eligibility
			});
			index[id] = pinyin[measure.id];
		}
	}
	return { dataset: { dataVersion: 'bench', documents, measures }, pinyin: index };
}

function stats(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { medianMs: +at(0.5).toFixed(3), p95Ms: +at(0.95).toFixed(3), runs: samples.length };
}

function time(run: () => unknown, times: number): number[] {
	for (let i = 0; i < 3; i++) run(); // warm up the JIT
	return Array.from({ length: times }, () => {
		const start = performance.now();
		run();
		return performance.now() - start;
	});
}

export const PROFILE: Profile = {
	v: 1,
	region: '410105',
	certifications: [{ tier: 'srdi_provincial', year: 2023 }, { tier: 'high_tech' }],
	industry: 'manufacturing',
	revenue: '2000-10000',
	employees: '20-300',
	needs: ['finance', 'digital']
};

/** Queries by the name the bench prints; pasted pages of text must be answered as fast. */
export const QUERIES: Record<string, string> = {
	担保: '担保',
	数字化转型: '数字化转型',
	小巨人奖励: '小巨人奖励',
	zkd: 'zkd',
	dk: 'dk',
	danbao: 'danbao',
	guarantee: 'guarantee',
	training: 'training',
	'Dazu District': 'Dazu District',
	'融资 贷款': '融资 贷款',
	'10,000 Latin characters': 'abcdefghij'.repeat(1000),
	'10,000 Chinese characters': '专精特新小巨人奖励'.repeat(1112).slice(0, 10_000),
	'40,000 characters, words': 'loan guarantee subsidy '.repeat(1740).slice(0, 40_000)
};

export function benchScale(base: Dataset, pinyin: PinyinIndex, size = 10_000) {
	const grown = growDataset(base, pinyin, size);
	const match = stats(time(() => matchProfile(grown.dataset, PROFILE, { year: 2026 }), 60));
	const buildStart = performance.now();
	const index = createSearchIndex(searchEntries(grown.dataset, grown.pinyin));
	const indexBuildMs = +(performance.now() - buildStart).toFixed(1);
	const perQuery = Object.fromEntries(
		Object.entries(QUERIES).map(([name, query]) => [
			name,
			stats(time(() => index.search(query), 15))
		])
	);
	const all = Object.values(perQuery).flatMap((s) => [s.medianMs]);
	return {
		measures: grown.dataset.measures.length,
		documents: grown.dataset.documents.length,
		match,
		search: { indexBuildMs, perQuery, worstMedianMs: Math.max(...all) }
	};
}
