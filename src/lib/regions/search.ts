// Finds regions by Chinese characters, full pinyin, pinyin initials or, once loaded, English
// ("jinshui", "js", "金水", "Jinshui District").
import type { RegionNode, RegionTree } from './tree.ts';

export type RegionHit = { code: string; path: RegionNode[] };

type Flat = { node: RegionNode; path: RegionNode[]; english: string };

/** Lowercase, without spaces or apostrophes: "Xi'an District" and "xian" compare alike. */
const compact = (text: string) => text.toLowerCase().replace(/[\s']+/g, '');

const flattened = new WeakMap<RegionTree, Flat[]>();

function flatten(tree: RegionTree): Flat[] {
	let flat = flattened.get(tree);
	if (!flat) {
		flat = [];
		const visit = (nodes: RegionNode[], parents: RegionNode[]) => {
			for (const node of nodes) {
				const path = [...parents, node];
				flat!.push({ node, path, english: node.en ? compact(node.en.full) : '' });
				if (node.children) visit(node.children, path);
			}
		};
		visit(tree, []);
		flattened.set(tree, flat);
	}
	return flat;
}

/** Regions whose name, pinyin or initials start with (or, for names, contain) the query. */
export function searchRegions(tree: RegionTree, query: string, limit = 20): RegionHit[] {
	const q = compact(query.slice(0, 50));
	if (!q) return [];
	const scored: { hit: Flat; score: number }[] = [];
	for (const hit of flatten(tree)) {
		const { name, pinyin, initials } = hit.node;
		const score =
			name === q || name.startsWith(q)
				? 0
				: pinyin.startsWith(q) ||
					  initials.startsWith(q) ||
					  (hit.english && hit.english.startsWith(q))
					? 1
					: name.includes(q)
						? 2
						: -1;
		if (score >= 0) scored.push({ hit, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.hit.path.length - b.hit.path.length)
		.slice(0, limit)
		.map(({ hit }) => ({ code: hit.node.code, path: hit.path }));
}
