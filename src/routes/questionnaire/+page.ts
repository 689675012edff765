import { loadDataset, loadRegionNames, loadRegionPinyin } from '$lib/policy/data';
import { unpackRegionTree } from '$lib/regions/packed';

export async function load() {
	const [dataset, regions] = await Promise.all([
		loadDataset(),
		Promise.all([loadRegionNames(), loadRegionPinyin()]).then(([names, pinyin]) =>
			unpackRegionTree(names, pinyin)
		)
	]);
	return { dataset, regions };
}
