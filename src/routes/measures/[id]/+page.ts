import type { PageLoad } from './$types';
import { error } from '@sveltejs/kit';
import { locate, orNeedsConnection } from '$lib/policy/data';
import { findDocument } from '$lib/policy/dataset';
import { datasetOf } from '$lib/policy/packs';

// A page per measure would be 100,000 pages at national size: the phone renders each from its
// region's pack instead, online or from the offline shell (docs/packs.md).
export const prerender = false;

export const load: PageLoad = async ({ params }) => {
	const found = await orNeedsConnection(locate(params.id));
	const measure = found?.part.measures.find((m) => m.id === params.id);
	if (!found || !measure) error(404, 'No such measure');
	const document = findDocument(datasetOf([found.part], found.version), measure.documentId)!;
	return { measure, document, context: found.part.quotes[measure.id] };
};
