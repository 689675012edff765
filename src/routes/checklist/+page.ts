import { loadDataset } from '$lib/policy/data';

export async function load() {
	return { dataset: await loadDataset() };
}
