// What search looks through: the documents and measures of a region's data, with the pinyin the
// build computed for them (the pinyin table ships apart, so no pinyin library reaches phones and
// the texts are not shipped twice); or, for provinces whose data is not loaded, the titles of a
// search shard (docs/packs.md).
import type { Dataset, PinyinIndex, PolicyDocument } from '../policy/types.ts';
import type { SearchShard } from '../policy/packs.ts';
import type { SearchEntry } from './search.ts';

const contactNames = (contacts: Dataset['measures'][number]['contacts']) =>
	contacts.map((c) => `${c.asWritten} ${c.fullName?.zh ?? ''}`).join(' ');

/** A document's region as search matches it, in both languages. */
function placeText(document: Pick<PolicyDocument, 'jurisdiction'>): string {
	const { name, place } = document.jurisdiction;
	return [place?.en ?? name.en, place?.zh ?? '', name.zh].join(' ');
}

type Texts = Pick<SearchEntry, 'kind' | 'id' | 'documentId' | 'title'> &
	Partial<Pick<SearchEntry, 'summary' | 'quote' | 'contacts'>>;

/** Entries with their places and pinyin; texts a source lacks are searched as empty. */
function withPlaceAndPinyin(
	documents: Pick<PolicyDocument, 'id' | 'jurisdiction'>[],
	pinyin: PinyinIndex,
	texts: Texts[]
): SearchEntry[] {
	const places = new Map(documents.map((doc) => [doc.id, placeText(doc)]));
	return texts.map((entry) => ({
		summary: { zh: '', en: '' },
		quote: '',
		contacts: '',
		...entry,
		place: places.get(entry.documentId) ?? '',
		pinyin: pinyin[entry.id]?.p ?? '',
		initials: pinyin[entry.id]?.i ?? ''
	}));
}

export function searchEntries(dataset: Dataset, pinyin: PinyinIndex): SearchEntry[] {
	return withPlaceAndPinyin(dataset.documents, pinyin, [
		...dataset.documents.map((doc) => ({
			kind: 'document' as const,
			id: doc.id,
			documentId: doc.id,
			title: doc.title,
			summary: doc.shortTitle,
			contacts: doc.issuer.zh
		})),
		...dataset.measures.map((measure) => ({
			kind: 'measure' as const,
			id: measure.id,
			documentId: measure.documentId,
			title: measure.title,
			summary: measure.summary,
			quote: measure.source.quote,
			contacts: contactNames(measure.contacts)
		}))
	]);
}

/**
 * Entries of a province whose data is not loaded: the titles of its documents and measures, their
 * places and pinyin, without summaries, quotes or contacts.
 */
export function shardEntries(shard: SearchShard): SearchEntry[] {
	return withPlaceAndPinyin(shard.documents, shard.pinyin, [
		...shard.documents.map((doc) => ({
			kind: 'document' as const,
			id: doc.id,
			documentId: doc.id,
			title: doc.title,
			summary: doc.shortTitle,
			contacts: doc.issuer
		})),
		...shard.measures.map((m) => ({ kind: 'measure' as const, ...m }))
	]);
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
