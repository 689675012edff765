// The few facts the home page shows about the data, small enough to ship with the page itself.
import type { Bilingual } from '../vocabulary.ts';
import type { Dataset, PolicyDocument } from './types.ts';

export type DocumentSummary = {
	id: string;
	shortTitle: Bilingual;
	jurisdiction: PolicyDocument['jurisdiction'];
	period: { from: number | null; to: number | null };
	measureCount: number;
};

export type DatasetSummary = {
	dataVersion: string;
	measureCount: number;
	documents: DocumentSummary[];
};

export function summarize(dataset: Dataset): DatasetSummary {
	return {
		dataVersion: dataset.dataVersion,
		measureCount: dataset.measures.length,
		documents: dataset.documents.map(({ id, shortTitle, jurisdiction, period, measureCount }) => ({
			id,
			shortTitle,
			jurisdiction,
			period: { from: period.from, to: period.to },
			measureCount
		}))
	};
}
