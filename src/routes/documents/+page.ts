import { loadDataset } from '$lib/policy/data';

export async function load() {
	const { documents } = await loadDataset();
	return { documents };
}
