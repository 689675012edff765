// What search looks through: every document and measure of the dataset, with the pinyin the
// build computed for it (the pinyin table ships apart, so no pinyin library reaches phones and the
// texts are not shipped twice).
import type { Dataset, PolicyDocument } from '../policy/types.ts';
import type { SearchEntry } from './search.ts';

/** Full pinyin and initials per document or measure id, computed at build time. */
export type PinyinIndex = Record<string, { p: string; i: string }>;

const contactNames = (contacts: Dataset['measures'][number]['contacts']) =>
	contacts.map((c) => `${c.asWritten} ${c.fullName?.zh ?? ''}`).join(' ');

/** A document's region as search matches it, in both languages. */
function placeText(document: PolicyDocument): string {
	const { name, place } = document.jurisdiction;
	return [place?.en ?? name.en, place?.zh ?? '', name.zh].join(' ');
}

export function searchEntries(dataset: Dataset, pinyin: PinyinIndex): SearchEntry[] {
	const places = new Map(dataset.documents.map((doc) => [doc.id, placeText(doc)]));
	const documents: SearchEntry[] = dataset.documents.map((doc) => ({
		kind: 'document',
		id: doc.id,
		documentId: doc.id,
		title: doc.title,
		summary: doc.shortTitle,
		quote: '',
		contacts: doc.issuer.zh,
		place: places.get(doc.id) ?? '',
		pinyin: pinyin[doc.id]?.p ?? '',
		initials: pinyin[doc.id]?.i ?? ''
	}));
	const measures: SearchEntry[] = dataset.measures.map((measure) => ({
		kind: 'measure',
		id: measure.id,
		documentId: measure.documentId,
		title: measure.title,
		summary: measure.summary,
		quote: measure.source.quote,
		contacts: contactNames(measure.contacts),
		place: places.get(measure.documentId) ?? '',
		pinyin: pinyin[measure.id]?.p ?? '',
		initials: pinyin[measure.id]?.i ?? ''
	}));
	return [...documents, ...measures];
}

/** The texts whose pinyin the index holds: a title, and the departments to contact. */
export function pinyinSources(dataset: Dataset): { id: string; title: string; extra: string }[] {
	return [
		...dataset.documents.map((d) => ({ id: d.id, title: d.shortTitle.zh, extra: d.issuer.zh })),
		...dataset.measures.map((m) => ({
			id: m.id,
			title: m.title.zh,
			extra: m.contacts.map((c) => c.fullName?.zh ?? c.asWritten).join(' ')
		}))
	];
}
