import { describe, expect, test } from 'vitest';
import { searchEntries } from '../../src/lib/search/entries.ts';
import { createSearchIndex } from '../../src/lib/search/search.ts';
import { MAX_QUERY, queryWords } from '../../src/lib/search/query.ts';
import { documentsCovering } from '../../src/lib/policy/dataset.ts';
import { buildPinyinIndex } from '../../src/lib/server/search-entries.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';

const { dataset } = policyData();
const index = createSearchIndex(searchEntries(dataset, buildPinyinIndex(dataset)));
const ids = (query: string) => index.search(query).map((e) => e.id);

describe('search', () => {
	test('担保 finds the guarantee measures, those with it in the title first', () => {
		const found = index.search('担保');
		expect(found.map((e) => e.id)).toEqual(
			expect.arrayContaining(['dz-government-guarantee', 'gx-guarantee-ceiling-3000'])
		);
		expect(found[0].title.zh).toContain('担保');
	});

	test('Chinese typed without spaces matches characters in order', () => {
		expect(ids('小巨人奖励')).toContain('zz-new-little-giant-reward');
	});

	test('pinyin initials and full pinyin find a measure', () => {
		expect(ids('zkd')).toContain('zz-zhengke-loan');
		expect(ids('danbao')).toContain('dz-government-guarantee');
	});

	test('English words and a typo still find the guarantees', () => {
		expect(ids('guarantee').length).toBeGreaterThan(0);
		expect(ids('guarentee')).toEqual(expect.arrayContaining(ids('guarantee').slice(0, 1)));
	});

	test('several words must all be found', () => {
		const both = ids('融资 担保');
		expect(both.length).toBeGreaterThan(0);
		for (const id of both) expect(ids('融资')).toContain(id);
	});

	test('an empty query finds nothing and a nonsense one finds nothing', () => {
		expect(ids('   ')).toEqual([]);
		expect(ids('量子引力')).toEqual([]);
	});
});

describe('search that knows where the owner is', () => {
	const dazu = new Set(documentsCovering(dataset, '500111').map((d) => d.id));

	test('“dk” puts 贷款 (loans) first and says the initials stood for it', () => {
		const [first] = index.search('dk');
		expect(first.title.zh).toContain('贷款');
		expect(first).toMatchObject({ field: 'initials', word: '贷款' });
	});

	test('“danbao” and “guarantee” find the guarantees, saying how they matched', () => {
		const pinyin = index.search('danbao');
		expect(pinyin[0].title.zh).toContain('担保');
		expect(pinyin[0].field).toBe('pinyin');
		const english = index.search('guarantee');
		expect(english[0].title.zh).toContain('担保');
		expect(english[0].field).toBe('titleEn');
	});

	test('“Dazu District” finds the measures of the Dazu document by its place', () => {
		const found = index.search('Dazu District');
		expect(found.length).toBeGreaterThan(10);
		expect(found.every((hit) => hit.documentId === 'chongqing-dazu-2022')).toBe(true);
	});

	test('the region filter keeps only documents covering the region, and off it keeps all', () => {
		const everywhere = index.search('担保');
		const inDazu = index.search('担保', { documents: dazu });
		expect(new Set(everywhere.map((hit) => hit.documentId)).size).toBeGreaterThan(1);
		expect(inDazu.length).toBeGreaterThan(0);
		expect(inDazu.length).toBeLessThan(everywhere.length);
		for (const hit of inDazu) expect(dazu).toContain(hit.documentId);
	});

	test('a region keeps its city’s and province’s documents, as the engine does', () => {
		const jinshui = new Set(documentsCovering(dataset, '410105').map((d) => d.id));
		expect([...jinshui]).toEqual(['zhengzhou-2022']);
		const found = index.search('融资', { documents: jinshui });
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((hit) => hit.documentId === 'zhengzhou-2022')).toBe(true);
	});

	test('a pasted 10,000-character query is cut to its first words and answered at once', () => {
		const long = 'guarantee '.repeat(1000);
		expect(queryWords(long)).toEqual(['guarantee']);
		expect(queryWords('x'.repeat(10_000))[0]).toHaveLength(MAX_QUERY);
		const started = performance.now();
		index.search('abcdefghij'.repeat(1000));
		index.search('担保'.repeat(5000));
		expect(performance.now() - started).toBeLessThan(500);
		expect(ids(long)).toEqual(ids('guarantee'));
	});
});
