import type { PageLoad } from './$types';
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/policy/data';
import { findDocument } from '$lib/policy/dataset';

export async function entries() {
	const { documents } = await loadDataset();
	return documents.map(({ id }) => ({ id }));
}

export const load: PageLoad = async ({ params }) => {
	const dataset = await loadDataset();
	const document = findDocument(dataset, params.id);
	if (!document) error(404, 'No such document');
	const measures = dataset.measures.filter((m) => m.documentId === document.id);
	return { dataset, document, measures };
};
