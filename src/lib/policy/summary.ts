// The few facts the home page shows about the data, small enough to ship with the page itself:
// every document while they are few enough to list on a phone, else each province's counts.
import { provinceOf } from '../regions/tree.ts';
import { jurisdictionName } from './jurisdiction.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { Dataset, PolicyDocument } from './types.ts';

/** Up to this many documents, the home page and the documents page list each one at once. */
export const LISTED_DOCUMENTS = 12;

export type DocumentSummary = {
	id: string;
	shortTitle: Bilingual;
	jurisdiction: PolicyDocument['jurisdiction'];
	period: { from: number | null; to: number | null };
	measureCount: number;
};

export type ProvinceSummary = {
	code: string;
	name: Bilingual;
	documents: number;
	measures: number;
};

export type DatasetSummary = {
	dataVersion: string;
	measureCount: number;
	documentCount: number;
	/** Every document, when there are at most LISTED_DOCUMENTS. */
	documents?: DocumentSummary[];
	/** The provinces that have documents, with their counts. */
	provinces: ProvinceSummary[];
};

export function summarize(
	dataset: Dataset,
	provinceName: (code: string) => Bilingual
): DatasetSummary {
	const provinces = new Map<string, ProvinceSummary>();
	for (const document of dataset.documents) {
		const code = provinceOf(document.jurisdiction.code);
		const province = provinces.get(code) ?? {
			code,
			name: provinceName(code),
			documents: 0,
			measures: 0
		};
		province.documents += 1;
		province.measures += document.measureCount;
		provinces.set(code, province);
	}
	return {
		dataVersion: dataset.dataVersion,
		measureCount: dataset.measures.length,
		documentCount: dataset.documents.length,
		...(dataset.documents.length <= LISTED_DOCUMENTS
			? {
					documents: dataset.documents.map(
						({ id, shortTitle, jurisdiction, period, measureCount }) => ({
							id,
							shortTitle,
							jurisdiction,
							period: { from: period.from, to: period.to },
							measureCount
						})
					)
				}
			: {}),
		provinces: [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code))
	};
}

/**
 * Where the data reaches, as screens list it for a region it does not cover: each document's
 * jurisdiction while documents are listed, else each province that has documents.
 */
export function coveredPlaces(summary: DatasetSummary): Bilingual[] {
	return summary.documents
		? summary.documents.map((document) => jurisdictionName(document))
		: summary.provinces.map((province) => province.name);
}
