import type { PageLoad } from './$types';
import { error } from '@sveltejs/kit';
import { locate, orNeedsConnection } from '$lib/policy/data';
import { findDocument } from '$lib/policy/dataset';
import { datasetOf } from '$lib/policy/packs';

// Rendered on the phone from its region's pack, like the measure pages (docs/packs.md).
export const prerender = false;

export const load: PageLoad = async ({ params }) => {
	const found = await orNeedsConnection(locate(params.id));
	const dataset = found && datasetOf([found.part], found.version);
	const document = dataset && findDocument(dataset, params.id);
	if (!dataset || !document) error(404, 'No such document');
	const measures = dataset.measures.filter((m) => m.documentId === document.id);
	return { dataset, document, measures };
};
