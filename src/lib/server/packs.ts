// Splits the compiled data into region packs (docs/packs.md): one pack per province, stored as one
// part per jurisdiction with documents, a manifest per province, a search shard per province and
// a directory that finds any document's or measure's part. Every file is named after a digest of
// its content, so a phone refetches only what changed. Build-time only.
import { createHash } from 'node:crypto';
import { provinceOf } from '../regions/tree.ts';
import type { PinyinIndex } from '../policy/types.ts';
import type { Contact, QuoteContext } from '../policy/types.ts';
import {
	bucketOf,
	PACKS_PATH,
	type DirectoryBucket,
	type DocumentCard,
	type PackEntry,
	type PackIndex,
	type PartDocument,
	type PartEntry,
	type PartFile,
	type PartMeasure,
	type ProvinceManifest,
	type SearchShard,
	type WorkerPackIndex
} from '../policy/packs.ts';
import type { CompiledDataset, CompiledDocument, CompiledMeasure } from './policy/compile.ts';
import type { PinyinIndexes } from './search-entries.ts';

/** About this many ids per directory bucket: one small file finds any page's part. */
const IDS_PER_BUCKET = 512;

export type BuiltPacks = {
	/** Path under the build's root (no leading slash) → file text. */
	files: Map<string, string>;
	index: PackIndex;
	worker: WorkerPackIndex;
};

const digest = (text: string, length: number) =>
	createHash('sha256').update(text).digest('hex').slice(0, length);

/** Writes a JSON file under its content digest and returns its URL path. */
function emit(files: Map<string, string>, name: string, value: unknown): string {
	const text = JSON.stringify(value);
	const path = `${PACKS_PATH.slice(1)}${name}.${digest(text, 10)}.json`;
	files.set(path, text);
	return `/${path}`;
}

/** A document as phones receive it: without what only the data tools read. */
function partDocument(document: CompiledDocument, measures: CompiledMeasure[]): PartDocument {
	const {
		exclusions: _exclusions,
		originalFile: _originalFile,
		leadRule: _leadRule,
		pools,
		clauses,
		...shipped
	} = document;
	void [_exclusions, _originalFile, _leadRule];
	const departments = new Map<string, Contact>();
	for (const contact of [
		...pools.flatMap((p) => p.contacts),
		...measures.flatMap((m) => m.contacts)
	])
		departments.set(contact.key, contact);
	return {
		...shipped,
		clauses: clauses.map(({ anchor: _anchor, ...clause }) => clause),
		departments: [...departments.values()],
		pools: pools.map((pool) => ({ ...pool, contacts: pool.contacts.map((c) => c.key) }))
	};
}

function partMeasure(measure: CompiledMeasure): PartMeasure {
	const { leadReason: _leadReason, source, contacts, ...shipped } = measure;
	void _leadReason;
	return { ...shipped, source: { quote: source.quote }, contacts: contacts.map((c) => c.key) };
}

function card(document: CompiledDocument): DocumentCard {
	const { id, title, shortTitle, issuer, docNumber, jurisdiction, period, measureCount } = document;
	return {
		id,
		title,
		shortTitle,
		issuer,
		docNumber,
		jurisdiction,
		measureCount,
		period: { from: period.from, to: period.to },
		part: jurisdiction.code
	};
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildPacks(
	dataset: CompiledDataset,
	quoteContexts: Map<string, QuoteContext>,
	pinyin: PinyinIndexes
): BuiltPacks {
	const files = new Map<string, string>();
	const measuresOf = groupBy(dataset.measures, (m) => m.documentId);
	const partOf = new Map<string, string>();
	const packs: PackEntry[] = [];
	const worker: WorkerPackIndex = { manifests: {}, search: {}, directory: [] };
	const pinyinOf = (ids: string[], index: PinyinIndex = pinyin.full) =>
		Object.fromEntries(ids.flatMap((id) => (index[id] ? [[id, index[id]]] : [])));

	for (const [province, documents] of groupBy(dataset.documents, (d) =>
		provinceOf(d.jurisdiction.code)
	)) {
		const parts: PartEntry[] = [];
		for (const [code, partDocuments] of groupBy(documents, (d) => d.jurisdiction.code)) {
			const measures = partDocuments.flatMap((d) => measuresOf.get(d.id) ?? []);
			const file: PartFile = {
				code,
				documents: partDocuments.map((d) => partDocument(d, measuresOf.get(d.id) ?? [])),
				measures: measures.map(partMeasure),
				quotes: Object.fromEntries(
					measures.flatMap((m) => {
						const context = quoteContexts.get(m.id);
						return context ? [[m.id, context]] : [];
					})
				),
				pinyin: pinyinOf([...partDocuments.map((d) => d.id), ...measures.map((m) => m.id)])
			};
			for (const item of [...partDocuments, ...measures]) partOf.set(item.id, code);
			parts.push({
				code,
				file: emit(files, `${province}/${code}`, file),
				documents: partDocuments.length,
				measures: measures.length
			});
		}
		const content = { province, parts, documents: documents.map(card) };
		const manifest: ProvinceManifest = { ...content, version: digest(JSON.stringify(content), 12) };
		const measures = documents.flatMap((d) => measuresOf.get(d.id) ?? []);
		const shard: SearchShard = {
			province,
			documents: documents.map(({ id, title, shortTitle, issuer, jurisdiction }) => ({
				id,
				title,
				shortTitle,
				issuer: issuer.zh,
				jurisdiction
			})),
			measures: measures.map(({ id, documentId, title }) => ({ id, documentId, title })),
			// Titles only: search across provinces looks at nothing else.
			pinyin: pinyinOf([...documents.map((d) => d.id), ...measures.map((m) => m.id)], pinyin.titles)
		};
		const entry: PackEntry = {
			province,
			version: manifest.version,
			manifest: emit(files, `${province}/manifest`, manifest),
			search: emit(files, `${province}/search`, shard),
			documents: documents.length,
			measures: measures.length
		};
		packs.push(entry);
		worker.manifests[province] = entry.manifest;
		worker.search[province] = entry.search;
	}

	const bucketCount = Math.max(1, Math.ceil(partOf.size / IDS_PER_BUCKET));
	const buckets: DirectoryBucket[] = Array.from({ length: bucketCount }, () => ({}));
	for (const [id, code] of partOf) buckets[bucketOf(id, bucketCount)][id] = code;
	const directory = buckets.map((bucket, i) => emit(files, `ids/${i}`, bucket));
	worker.directory = directory;

	const index: PackIndex = {
		dataVersion: dataset.dataVersion,
		documents: dataset.documents.length,
		measures: dataset.measures.length,
		packs,
		directory
	};
	return { files, index, worker };
}
