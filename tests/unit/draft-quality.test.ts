// Measured against the reviewed records: every seed source is re-drafted from scratch and the
// draft compared with the record that reviewers wrote by hand. The figures follow the records as
// reviewers extend them (nothing here counts measures); README.md "Measured quality" reports them.
import { describe, expect, test } from 'vitest';
import { compareSeeds, numberingOf, totals } from '../../src/lib/server/draft/compare.ts';

const comparisons = compareSeeds();
const all = totals(comparisons);

describe('re-drafting the five seed sources', () => {
	test('compares every reviewed record', () => {
		expect(comparisons.map((c) => c.document)).toEqual([
			'changzhou-xinbei-2022',
			'chongqing-dazu-2022',
			'guangxi-2022',
			'shandong-2022',
			'zhengzhou-2022'
		]);
		console.info(
			'draft vs reviewed:',
			Object.fromEntries(
				Object.entries(all).map(([k, v]) => [
					k,
					`${v.found}/${v.total} (${(v.share * 100).toFixed(1)}%)`
				])
			)
		);
	});

	test('finds every numbered item with the right ref', () => {
		expect(
			comparisons.flatMap((c) => c.items.missing.map((ref) => `${c.document} ${ref}`))
		).toEqual([]);
		expect(all.items.share).toBe(1);
	});

	test('compares refs by the numbering the source writes, not a label a record added', () => {
		expect(numberingOf('目标(一)')).toBe('(一)');
		expect(numberingOf('二(四)11')).toBe('二(四)11');
		expect(numberingOf('（一）2')).toBe('(一)2');
		const labelled = comparisons.flatMap((c) => c.items.labelled);
		expect(labelled.every((ref) => numberingOf(ref) !== ref)).toBe(true);
	});

	test('finds every stated amount with the right value and kind', () => {
		expect(comparisons.flatMap((c) => c.amounts.missing)).toEqual([]);
		expect(all.amounts.total).toBeGreaterThan(0);
	});

	test('covers at least 90% of reviewed measures with a drafted quote', () => {
		expect(all.measures.share).toBeGreaterThanOrEqual(0.9);
	});

	test('names at least 90% of the reviewed contacts as written', () => {
		expect(all.contacts.share).toBeGreaterThanOrEqual(0.9);
	});
});
