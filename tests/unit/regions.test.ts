import { describe, expect, test } from 'vitest';
import { regionLabel } from '../../src/lib/regions/names.ts';
import { unpackRegionTree } from '../../src/lib/regions/packed.ts';
import { searchRegions } from '../../src/lib/regions/search.ts';
import { isMunicipality, regionPath } from '../../src/lib/regions/tree.ts';
import {
	loadRegionTree,
	packedRegionNames,
	packedRegionPinyin
} from '../../src/lib/server/regions.ts';

const names = packedRegionNames();
const tree = unpackRegionTree(names, packedRegionPinyin());

describe('the region tree as shipped', () => {
	test('rebuilds exactly the GB/T 2260 tree of the maintained package', () => {
		expect(tree).toEqual(loadRegionTree());
		expect(tree.length).toBeGreaterThanOrEqual(31);
	});

	test('keeps municipality districts directly under the municipality', () => {
		expect(regionPath(tree, '500111').map((n) => n.name)).toEqual(['重庆市', '大足区']);
		expect(isMunicipality('500111')).toBe(true);
	});

	test('gives the full path of a district', () => {
		expect(regionPath(tree, '410105').map((n) => n.name)).toEqual(['河南省', '郑州市', '金水区']);
		expect(regionLabel(names, '410105')).toBe('河南省 郑州市 金水区');
		expect(regionLabel(names, '320411')).toBe('江苏省 常州市 新北区');
	});

	test('a code the list does not know is shown as the code', () => {
		expect(regionLabel(names, '999999')).toBe('999999');
	});
});

describe('region search', () => {
	test.each([
		['金水', '410105'],
		['jinshui', '410105'],
		['jsq', '410105'],
		['dazu', '500111'],
		['新北', '320411']
	])('%s finds %s', (query, code) => {
		expect(searchRegions(tree, query).map((hit) => hit.code)).toContain(code);
	});

	test('nonsense finds nothing', () => {
		expect(searchRegions(tree, 'zzzzqqq')).toEqual([]);
	});
});
