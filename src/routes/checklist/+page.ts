import { places } from '$lib/i18n/places.svelte';
import { loadDataset } from '$lib/policy/data';

// The checklist's code arrives with its data and the region names, not before the first paint:
// the prerendered page (the checklist loading, with "先办这几件" and how it was picked) needs none
// of them, so a phone paints it from the HTML and the styles alone; and once the checklist shows,
// its places are named from the start, never as bare codes.
export async function load() {
	const [dataset, { default: View }] = await Promise.all([
		loadDataset(),
		import('./ChecklistView.svelte'),
		places.ready()
	]);
	return { dataset, View };
}
