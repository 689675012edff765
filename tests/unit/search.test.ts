import { describe, expect, test } from 'vitest';
import { searchEntries } from '../../src/lib/search/entries.ts';
import { createSearchIndex } from '../../src/lib/search/search.ts';
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
