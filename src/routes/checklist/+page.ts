import { loadDataset } from '$lib/policy/data';

// The checklist's code arrives with its data, not before the first paint: the prerendered page
// (the checklist loading, with "先办这几件" and its explanation) needs neither, so a phone paints
// it from the HTML and the styles alone.
export async function load() {
	const [dataset, { default: View }] = await Promise.all([
		loadDataset(),
		import('./ChecklistView.svelte')
	]);
	return { dataset, View };
}
