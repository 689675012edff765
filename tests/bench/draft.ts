// The draft tool against the reviewed records: each of the seed sources re-drafted from scratch
// (src/lib/server/draft/compare.ts) and how long drafting one document takes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSeeds, totals, type Comparison } from '../../src/lib/server/draft/compare.ts';
import { draftFromBytes } from '../../src/lib/server/draft/draft.ts';
import { SEEDS_DIR } from '../../src/lib/server/policy/seeds.ts';

const DRAFT_TARGETS = { items: 1, amounts: 1, measures: 0.9, contacts: 0.9 };

export function benchDraft() {
	const comparisons = compareSeeds();
	const timings = comparisons.map((c) => {
		const bytes = readFileSync(join(SEEDS_DIR, c.sourceFile));
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			draftFromBytes(bytes);
			runs.push(performance.now() - started);
		}
		return +runs.sort((a, b) => a - b)[2].toFixed(1);
	});
	return {
		targets: DRAFT_TARGETS,
		totals: totals(comparisons),
		documents: comparisons.map((c: Comparison, i) => ({
			document: c.document,
			draftMs: timings[i],
			items: `${c.items.found}/${c.items.total}`,
			measures: `${c.measures.found}/${c.measures.total} (drafted ${c.measures.drafted})`,
			amounts: `${c.amounts.found}/${c.amounts.total}`,
			contacts: `${c.contacts.found}/${c.contacts.total} (${c.contacts.exact} letter for letter)`,
			labelledRefs: c.items.labelled,
			missedMeasures: c.measures.missing,
			missedContacts: c.contacts.missing
		}))
	};
}

export function printDraftBench(result: ReturnType<typeof benchDraft>): void {
	console.log('\nDraft tool vs the reviewed records (each source re-drafted from scratch)');
	console.table(
		Object.fromEntries(
			result.documents.map((d) => [
				d.document,
				{
					items: d.items,
					measures: d.measures,
					amounts: d.amounts,
					contacts: d.contacts,
					'draft ms': d.draftMs
				}
			])
		)
	);
	for (const [key, value] of Object.entries(result.totals))
		console.log(
			`  ${key}: ${value.found}/${value.total} = ${(value.share * 100).toFixed(1)}% (target ≥ ${DRAFT_TARGETS[key as keyof typeof DRAFT_TARGETS] * 100}%)${value.share >= DRAFT_TARGETS[key as keyof typeof DRAFT_TARGETS] ? '' : '  ← below target'}`
		);
}
