// The GB/T 2260 division tree as the app ships it, and the questions asked of it.
// Codes are 2+2+2 digits: province, city, county; a code ending in 00 names a whole area.
import { bilingualPlace, englishPath, type EnglishRegionName } from './names.ts';

export type RegionNode = {
	/** Six-digit GB/T 2260 code. */
	code: string;
	/** Official name. */
	name: string;
	/** Full pinyin, lowercase, no spaces (for search). */
	pinyin: string;
	/** Pinyin initials, lowercase (for search). */
	initials: string;
	/** English name, once the English names are loaded (English mode only). */
	en?: EnglishRegionName;
	/** Children: cities of a province, counties and districts of a city. */
	children?: RegionNode[];
};

export type RegionTree = RegionNode[];

/** The code prefix shared by a region and everything inside it. */
export function regionPrefix(code: string): string {
	if (code.endsWith('0000')) return code.slice(0, 2);
	if (code.endsWith('00')) return code.slice(0, 4);
	return code;
}

/** True when `code` lies within (or is) `area`. */
export function isWithin(code: string, area: string): boolean {
	return code.startsWith(regionPrefix(area));
}

/** Province → city → county nodes leading to a code, as far as the tree knows it. */
export function regionPath(tree: RegionTree, code: string): RegionNode[] {
	const path: RegionNode[] = [];
	let level: RegionNode[] | undefined = tree;
	while (level) {
		const next: RegionNode | undefined = level.find((node) => isWithin(code, node.code));
		if (!next) break;
		path.push(next);
		if (next.code === code) break;
		level = next.children;
	}
	return path;
}

/** The province a region belongs to, by code alone. */
export function provinceOf(code: string): string {
	return `${code.slice(0, 2)}0000`;
}

/** 北京, 天津, 上海, 重庆: their provincial-level certification is called 市级. */
export const MUNICIPALITIES = ['110000', '120000', '310000', '500000'] as const;

export function isMunicipality(code: string): boolean {
	return (MUNICIPALITIES as readonly string[]).includes(provinceOf(code));
}

/**
 * How a region is named in the questionnaire: "大足区" in Chinese; "Dazu District (大足区)" in
 * English once the English names are loaded (a dropdown already shows the wider regions).
 */
export function nodeLabel(node: RegionNode, lang: 'zh' | 'en'): string {
	return lang === 'en' && node.en ? bilingualPlace(node.en.full, node.name) : node.name;
}

/** A search hit's whole path: "重庆市 大足区", or "Dazu District, Chongqing (大足区)". */
export function pathLabel(path: RegionNode[], lang: 'zh' | 'en'): string {
	const own = path.at(-1);
	if (lang === 'en' && own?.en && path.every((node) => node.en))
		return bilingualPlace(englishPath(path.map((node) => node.en!)), own.name);
	return path.map((node) => node.name).join(' ');
}
