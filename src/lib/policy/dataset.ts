// Questions asked of a compiled dataset: which document a measure belongs to, which documents
// cover a region. Pure functions over the data, shared by the engine, the pages and the CLI.
import { isWithin } from '../regions/tree.ts';
import type { Dataset, Measure, PolicyDocument } from './types.ts';

const documentIndexes = new WeakMap<Dataset, Map<string, PolicyDocument>>();

function documentIndex(dataset: Dataset): Map<string, PolicyDocument> {
	let index = documentIndexes.get(dataset);
	if (!index) {
		index = new Map(dataset.documents.map((d) => [d.id, d]));
		documentIndexes.set(dataset, index);
	}
	return index;
}

export function findDocument(dataset: Dataset, id: string): PolicyDocument | undefined {
	return documentIndex(dataset).get(id);
}

export function documentOf(dataset: Dataset, measure: Measure): PolicyDocument {
	const document = findDocument(dataset, measure.documentId);
	if (!document)
		throw new Error(`measure ${measure.id} names unknown document ${measure.documentId}`);
	return document;
}

/**
 * The documents that may cover a region: those of its district, city and province, and for a
 * region named only down to a city, the documents of districts within it.
 */
export function documentsCovering(dataset: Dataset, region: string): PolicyDocument[] {
	return dataset.documents.filter(
		(d) => isWithin(region, d.jurisdiction.code) || isWithin(d.jurisdiction.code, region)
	);
}
