// Builds the search entries with their pinyin at build time.
import { pinyin } from 'pinyin-pro';
import type { Dataset } from '../policy/types.ts';
import type { SearchEntry } from '../search/search.ts';

function syllables(text: string): string[] {
	return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter(Boolean);
}

function pinyinFields(title: string, contacts: string) {
	const titleSyllables = syllables(title);
	return {
		pinyin: [...titleSyllables, ...syllables(contacts)].join('').toLowerCase(),
		initials: titleSyllables
			.map((s) => s[0])
			.join('')
			.toLowerCase()
	};
}

export function buildSearchEntries(dataset: Dataset): SearchEntry[] {
	const documents: SearchEntry[] = dataset.documents.map((doc) => ({
		kind: 'document',
		id: doc.id,
		documentId: doc.id,
		title: doc.title,
		summary: doc.shortTitle,
		quote: '',
		contacts: doc.issuer.zh,
		...pinyinFields(doc.shortTitle.zh, doc.issuer.zh)
	}));
	const measures: SearchEntry[] = dataset.measures.map((measure) => {
		const contacts = measure.contacts.map((c) => c.fullName?.zh ?? c.asWritten).join(' ');
		return {
			kind: 'measure',
			id: measure.id,
			documentId: measure.documentId,
			title: measure.title,
			summary: measure.summary,
			quote: measure.source.quote,
			contacts: `${measure.contacts.map((c) => c.asWritten).join(' ')} ${contacts}`,
			...pinyinFields(measure.title.zh, contacts)
		};
	});
	return [...documents, ...measures];
}
