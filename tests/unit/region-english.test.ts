// English region names: derived at build time from pinyin and the standard English terms for each
// kind of division (src/lib/server/region-english.ts), shipped as one list read in English mode.
import { describe, expect, test } from 'vitest';
import { englishRegionLabel, placeLabel, regionLabel } from '../../src/lib/regions/names.ts';
import { unpackRegionTree, withEnglishNames } from '../../src/lib/regions/packed.ts';
import { searchRegions } from '../../src/lib/regions/search.ts';
import { nodeLabel, pathLabel, regionPath } from '../../src/lib/regions/tree.ts';
import { pinyinWord } from '../../src/lib/server/region-english.ts';
import {
	englishRegionNames,
	loadRegionTree,
	packedRegionEnglish,
	packedRegionNames,
	packedRegionPinyin
} from '../../src/lib/server/regions.ts';

const english = englishRegionNames();
const full = (code: string) => english.get(code)?.full;
const names = { zh: packedRegionNames(), en: packedRegionEnglish() };

describe('English names of each kind of division', () => {
	test.each([
		// provinces, municipalities, autonomous regions, special administrative regions
		['410000', 'Henan Province'],
		['610000', 'Shaanxi Province'],
		['140000', 'Shanxi Province'],
		['500000', 'Chongqing Municipality'],
		['450000', 'Guangxi Zhuang Autonomous Region'],
		['150000', 'Inner Mongolia Autonomous Region'],
		['540000', 'Xizang Autonomous Region'],
		['640000', 'Ningxia Hui Autonomous Region'],
		['650000', 'Xinjiang Uygur Autonomous Region'],
		['810000', 'Hong Kong Special Administrative Region'],
		['820000', 'Macao Special Administrative Region'],
		// prefecture level: cities, prefectures, leagues, autonomous prefectures
		['410100', 'Zhengzhou City'],
		['610100', "Xi'an City"],
		['150100', 'Hohhot City'],
		['542500', 'Ngari Prefecture'],
		['152900', 'Alxa League'],
		['422800', 'Enshi Tujia and Miao Autonomous Prefecture'],
		['632800', 'Haixi Mongol and Tibetan Autonomous Prefecture'],
		// county level: districts, counties, county-level cities, banners, autonomous ones
		['500111', 'Dazu District'],
		['410105', 'Jinshui District'],
		['410104', 'Guancheng Hui District'],
		['410184', 'Xinzheng City'],
		['500229', 'Chengkou County'],
		['500241', 'Xiushan Tujia and Miao Autonomous County'],
		['152921', 'Alxa Left Banner'],
		['150521', 'Horqin Left Middle Banner'],
		['150723', 'Oroqen Autonomous Banner'],
		['150724', 'Ewenki Autonomous Banner'],
		['429021', 'Shennongjia Forestry District'],
		['130406', 'Fengfeng Mining District'],
		// new areas and development zones
		['310115', 'Pudong New Area'],
		['120116', 'Binhai New Area'],
		['320571', 'Suzhou Industrial Park'],
		['410171', 'Zhengzhou Economic and Technological Development Zone'],
		['140471', 'Shanxi Changzhi High-tech Industrial Park'],
		['220173', 'Changchun High-tech Industrial Development Zone'],
		['371071', 'Weihai Torch High-tech Industrial Development Zone'],
		// names that look like compound divisions but are plain districts
		['441803', 'Qingxin District'],
		['230751', 'Jinlin District'],
		// Hong Kong and Macao name their own districts
		['810005', 'Yau Tsim Mong District'],
		['820007', 'Cotai']
	])('%s is %s', (code, name) => {
		expect(full(code)).toBe(name);
	});

	test('place names keep their own readings of characters with several', () => {
		expect(full('330382')).toBe('Yueqing City'); // 乐清, not Leqing
		expect(full('320116')).toBe('Luhe District'); // 六合, not Liuhe
		expect(full('310112')).toBe('Minhang District'); // 闵行, not Minxing
		expect(full('522701')).toBe('Duyun City'); // 都匀, not Douyun
		expect(full('371722')).toBe('Shan County'); // 单县, not Dan
	});

	test('an apostrophe separates syllables that would run together (Xi’an, Jing’an)', () => {
		expect(pinyinWord(['xi', 'an'])).toBe("Xi'an");
		expect(pinyinWord(['jing', 'an'])).toBe("Jing'an");
		expect(pinyinWord(['an', 'shan'])).toBe('Anshan');
		expect(full('310106')).toBe("Jing'an District");
	});

	test('every region has an English name in Latin letters only', () => {
		const codes = [...english.keys()];
		expect(codes.length).toBeGreaterThan(3000);
		for (const code of codes) expect(full(code), code).toMatch(/^[A-Za-zü' ,.()-]+$/);
	});

	test('a path names the region, then the wider regions it lies in', () => {
		expect(englishRegionLabel(names, '500111')).toBe('Dazu District, Chongqing');
		expect(englishRegionLabel(names, '410105')).toBe('Jinshui District, Zhengzhou, Henan');
		expect(englishRegionLabel(names, '450000')).toBe('Guangxi Zhuang Autonomous Region');
		// County-level cities directly under a province skip the grouping entry.
		expect(englishRegionLabel(names, '419001')).toBe('Jiyuan City, Henan');
		expect(regionLabel(names.zh, '419001')).toBe('河南省 济源市');
	});

	test('English screens name a place in English with its Chinese name beside it', () => {
		expect(placeLabel(names, '500111', 'en')).toBe('Dazu District, Chongqing (大足区)');
		expect(placeLabel(names, '500111', 'zh')).toBe('重庆市 大足区');
		// Before the English list has loaded, the Chinese name stands in rather than nothing.
		expect(placeLabel({ zh: names.zh }, '500111', 'en')).toBe('重庆市 大足区');
		expect(placeLabel(names, '999999', 'en')).toBe('999999');
	});
});

describe('the questionnaire’s tree in English mode', () => {
	const tree = withEnglishNames(unpackRegionTree(names.zh, packedRegionPinyin()), names.en);

	test('every node carries its English name, in the order the build packed them', () => {
		const path = regionPath(tree, '500111');
		expect(path.map((node) => nodeLabel(node, 'en'))).toEqual([
			'Chongqing Municipality (重庆市)',
			'Dazu District (大足区)'
		]);
		expect(pathLabel(path, 'en')).toBe('Dazu District, Chongqing (大足区)');
		expect(pathLabel(path, 'zh')).toBe('重庆市 大足区');
		expect(withEnglishNames(loadRegionTree(), names.en).length).toBe(tree.length);
	});

	test.each(['Dazu District', 'dazu district', 'dazu', '大足', 'dz'])(
		'searching “%s” finds Dazu District',
		(query) => {
			expect(searchRegions(tree, query, 12).map((hit) => hit.code)).toContain('500111');
		}
	);

	test("searching “Xi'an” finds Xi'an with or without the apostrophe", () => {
		for (const query of ["Xi'an City", 'xian'])
			expect(searchRegions(tree, query).map((hit) => hit.code)).toContain('610100');
	});
});
