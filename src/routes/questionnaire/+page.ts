import { loadDataset } from '$lib/policy/data';
import { unpackRegionTree } from '$lib/regions/packed';

export async function load() {
	const [dataset, regions] = await Promise.all([
		loadDataset(),
		Promise.all([import('virtual:huiqi/region-names'), import('virtual:huiqi/region-pinyin')]).then(
			([names, pinyin]) => unpackRegionTree(names.default, pinyin.default)
		)
	]);
	return { dataset, regions };
}
