import { loadDataset } from '$lib/policy/data';

export async function load() {
	const [dataset, regions] = await Promise.all([
		loadDataset(),
		import('virtual:huiqi/regions').then((m) => m.default)
	]);
	return { dataset, regions };
}
