import { loadRegionNames, loadRegionPinyin } from '$lib/policy/data';
import { unpackRegionTree } from '$lib/regions/packed';

// The region's policies are loaded once a region is chosen (RegionData, docs/packs.md).
export async function load() {
	const [names, pinyin] = await Promise.all([loadRegionNames(), loadRegionPinyin()]);
	return { regions: unpackRegionTree(names, pinyin) };
}
