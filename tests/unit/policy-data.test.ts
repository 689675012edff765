// The real dataset: what reviewers and owners rely on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../src/lib/vocabulary.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';

const { dataset, coverage } = policyData();

// SHA-256 of the five files in shared/seeds: the copies must stay byte for byte.
const SOURCES = {
	'changzhou-xinbei-2022.txt': 'd119fcd32664d317eee6cafab09fb9c88da52bf9f6d8917f3be62f30c67f9019',
	'zhengzhou-2022.txt': '350f1e3dbdc62769e1a335c189bb9dec6b2708cdf7dbbb838082f935c10f6f6b',
	'guangxi-2022.txt': 'fe32656185a9d0989b167751a423bbe7d36ae4c6d77ff712c3b3986963095b4f',
	'chongqing-dazu-2022.txt': 'f10d6c7e6a88e1519b7e7a91e5c551f4028ec6e21c3983f9a6bd5a72809d1289',
	'shandong-2022.txt': 'defbf07152cc25e541dc20afa1a0e006f793d6c1385684670539b0ec6b9ed545'
};

describe('the source texts', () => {
	test.each(Object.entries(SOURCES))('%s is a byte-for-byte copy', (file, sha256) => {
		const digest = createHash('sha256')
			.update(readFileSync(`seeds/sources/${file}`))
			.digest('hex');
		expect(digest).toBe(sha256);
	});
});

describe('the compiled dataset', () => {
	test('covers all five documents with their jurisdictions', () => {
		expect(Object.fromEntries(dataset.documents.map((d) => [d.id, d.jurisdiction.code]))).toEqual({
			'changzhou-xinbei-2022': '320411',
			'chongqing-dazu-2022': '500111',
			'guangxi-2022': '450000',
			'shandong-2022': '370000',
			'zhengzhou-2022': '410100'
		});
	});

	test('every document has measures (per-document counts listed here)', () => {
		const counts = Object.fromEntries(coverage.map((c) => [c.documentId, c.measureCount]));
		console.info('measures per document:', counts);
		for (const count of Object.values(counts)) expect(count).toBeGreaterThanOrEqual(15);
		expect(dataset.measures.length).toBeGreaterThan(100);
	});

	test('every numbered item has a measure or a stated reason for having none', () => {
		const unexplained = coverage.flatMap((doc) =>
			doc.clauses
				.filter((c) => !c.measures.length && !c.noMeasure)
				.map((c) => `${doc.documentId} ${c.ref}`)
		);
		expect(unexplained).toEqual([]);
	});

	test('every measure has contacts, a category, eligibility and a quote', () => {
		for (const measure of dataset.measures) {
			expect(measure.contacts.length, measure.id).toBeGreaterThan(0);
			expect(CATEGORIES, measure.id).toContain(measure.category);
			expect(measure.eligibility, measure.id).toBeTypeOf('object');
			expect(measure.source.quote.trim().length, measure.id).toBeGreaterThan(4);
		}
	});

	test('measure ids are unique and URL-safe', () => {
		const ids = dataset.measures.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	test('Zhengzhou rewards carry the "从高、不重复" exclusivity group', () => {
		const rewards = dataset.measures.filter(
			(m) => m.documentId === 'zhengzhou-2022' && m.benefit.type === 'reward'
		);
		expect(rewards.length).toBeGreaterThanOrEqual(4);
		const groups = new Set(rewards.map((m) => m.benefit.exclusivityGroup));
		expect(groups.size).toBe(1);
		expect([...groups][0]).toBeTruthy();
	});

	test('Shandong keeps its blanked figures missing instead of guessing them', () => {
		const shandong = dataset.documents.find((d) => d.id === 'shandong-2022')!;
		expect(shandong.docNumber).toBe('鲁非公组发〔〕1号');
		expect(shandong.period.to).toBeNull();
		expect(shandong.defects.some((d) => d.kind === 'blanked_figures')).toBe(true);
		const amounts = dataset.measures
			.filter((m) => m.documentId === 'shandong-2022')
			.map((m) => m.benefit.amount.kind);
		expect(amounts).not.toContain('stated');
	});

	test('every defect listed in the seeds README is recorded', () => {
		const kinds = (id: string) =>
			dataset.documents.find((d) => d.id === id)!.defects.map((d) => d.kind);
		expect(kinds('zhengzhou-2022')).toEqual(
			expect.arrayContaining(['excerpt', 'lost_words', 'page_noise'])
		);
		expect(kinds('guangxi-2022')).toContain('page_noise');
		expect(kinds('chongqing-dazu-2022')).toEqual(
			expect.arrayContaining(['page_noise', 'lost_dashes'])
		);
		expect(kinds('shandong-2022')).toContain('blanked_figures');
	});

	test('a guarantee or loan ceiling is never typed as a grant', () => {
		for (const measure of dataset.measures)
			if (/担保/.test(measure.title.zh) && measure.benefit.amount.kind === 'stated')
				expect(['guarantee', 'loan'], measure.id).toContain(measure.benefit.type);
	});
});
