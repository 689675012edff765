// The compiled data as pages import it: each piece is its own chunk, fetched only when a page
// needs it and precached for offline use.
import type { Dataset, Measure, PolicyDocument, QuoteContext } from './types.ts';

export async function loadDataset(): Promise<Dataset> {
	return (await import('virtual:huiqi/dataset')).default;
}

export async function loadQuoteContexts(): Promise<Record<string, QuoteContext>> {
	return (await import('virtual:huiqi/quotes')).default;
}

export function findDocument(dataset: Dataset, id: string): PolicyDocument | undefined {
	return dataset.documents.find((d) => d.id === id);
}

export function findMeasure(dataset: Dataset, id: string): Measure | undefined {
	return dataset.measures.find((m) => m.id === id);
}
