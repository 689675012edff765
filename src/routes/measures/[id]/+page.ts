import type { PageLoad } from './$types';
import { error } from '@sveltejs/kit';
import { loadDataset, loadQuoteContexts } from '$lib/policy/data';
import { findDocument, findMeasure } from '$lib/policy/dataset';

export async function entries() {
	const { measures } = await loadDataset();
	return measures.map(({ id }) => ({ id }));
}

export const load: PageLoad = async ({ params }) => {
	const [dataset, contexts] = await Promise.all([loadDataset(), loadQuoteContexts()]);
	const measure = findMeasure(dataset, params.id);
	if (!measure) error(404, 'No such measure');
	const document = findDocument(dataset, measure.documentId)!;
	return { measure, document, context: contexts[measure.id] };
};
