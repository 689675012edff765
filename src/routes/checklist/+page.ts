import type { PageLoad } from './$types';
import { browser } from '$app/environment';
import { invalidate } from '$app/navigation';
import { places } from '$lib/i18n/places.svelte';
import { loadRegionDataset, orNeedsConnection, summary } from '$lib/policy/data';
import { coveredPlaces } from '$lib/policy/summary';
import type { Dataset } from '$lib/policy/types';
import { lastProfile } from '$lib/questionnaire/last-profile';
import { decodeShare, payloadFromHash } from '$lib/share/codec';
import { checklistStore, isDamaged } from '$lib/storage/checklists';

const REGION = 'huiqi:checklist-region';
const NO_DATA: Dataset = { dataVersion: '', documents: [], measures: [] };

/**
 * The region of the checklist the address opens (docs/packs.md): a share link's, a saved
 * checklist's, or else the answers just given (kept as the last profile). Whatever cannot be
 * read here is left to the page, which says what is wrong with it.
 */
async function regionToOpen(url: URL): Promise<string | undefined> {
	const payload = payloadFromHash(url.hash);
	if (payload !== null) {
		const decoded = await decodeShare(payload);
		return decoded.ok ? decoded.value.profile.region : undefined;
	}
	const id = url.searchParams.get('id');
	if (id) {
		const record = await checklistStore.get(id).catch(() => undefined);
		return record && !isDamaged(record) ? record.profile.region : undefined;
	}
	return lastProfile()?.region;
}

async function regionDataset(url: URL): Promise<Dataset> {
	const region = browser ? await regionToOpen(url) : undefined;
	return region ? orNeedsConnection(loadRegionDataset(region)) : NO_DATA;
}

let listening = false;

// The checklist's code arrives with its region's data and the region names, not before the first
// paint: the prerendered page (the checklist loading, with "先办这几件" and how it was picked) needs
// none of them, so a phone paints it from the HTML and the styles alone; and once the checklist
// shows, its places are named from the start, never as bare codes.
export const load: PageLoad = async ({ url, depends }) => {
	depends(REGION);
	// A share link pasted over this one changes only the fragment: load this region's data too.
	if (browser && !listening) {
		listening = true;
		addEventListener('hashchange', () => void invalidate(REGION));
	}
	const [dataset, { default: View }] = await Promise.all([
		regionDataset(url),
		import('./ChecklistView.svelte'),
		places.ready()
	]);
	/** Where the data reaches, for a region it does not cover. */
	return { dataset, View, covered: coveredPlaces(summary) };
};
