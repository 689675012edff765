// Rebuilds the region tree from the two packed strings the build ships (names, pinyin), which
// weigh less than the tree itself. A node's parent follows from its code: a county or district
// belongs to its city (same first four digits, ending in 00) where that city exists, and otherwise
// directly to its province, as in the four municipalities.
import { parseEnglishEntry } from './names.ts';
import type { RegionNode, RegionTree } from './tree.ts';

export function unpackRegionTree(names: string, pinyin: string): RegionTree {
	const entries = names.slice(1).split('|');
	const syllables = pinyin.split('|');
	const byCode = new Map<string, RegionNode>();
	const tree: RegionTree = [];
	entries.forEach((entry, index) => {
		const code = entry.slice(0, 6);
		const parts = syllables[index]?.split(' ').filter(Boolean) ?? [];
		const node: RegionNode = {
			code,
			name: entry.slice(6),
			pinyin: parts.join(''),
			initials: parts.map((s) => s[0]).join('')
		};
		byCode.set(code, node);
		const parent = code.endsWith('0000')
			? undefined
			: (!code.endsWith('00') && byCode.get(`${code.slice(0, 4)}00`)) ||
				byCode.get(`${code.slice(0, 2)}0000`);
		if (!parent) tree.push(node);
		else (parent.children ??= []).push(node);
	});
	return tree;
}

/**
 * The same tree with English names (loaded in English mode only), in the order the build packed
 * them: the tree order of the names.
 */
export function withEnglishNames(tree: RegionTree, english: string): RegionTree {
	const entries = english.split('|');
	let index = 0;
	const visit = (nodes: RegionNode[]): RegionNode[] =>
		nodes.map((node) => {
			const named: RegionNode = { ...node, en: parseEnglishEntry(entries[index++] ?? '') };
			if (node.children) named.children = visit(node.children);
			return named;
		});
	return visit(tree);
}
