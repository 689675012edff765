// Region packs (docs/packs.md): the data reaches phones as one pack per province, stored as one
// part per jurisdiction that has documents, so that a phone fetches and keeps only what covers its
// owner's region. This module holds the file formats the build writes
// (src/lib/server/packs.ts) and the pure questions the app asks of them; the fetching lives in
// data.ts, the one door to the data.
import { isWithin, provinceOf } from '../regions/tree.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { PinyinIndex } from './types.ts';
import type { Contact, Dataset, Measure, Pool, PolicyDocument, QuoteContext } from './types.ts';

/** Where the pack files are served: hashed names, cached for a year (docs/hosting.md). */
export const PACKS_PATH = '/_app/immutable/packs/';

const PACK_FILE = /^\/_app\/immutable\/packs\/(\d{6}|ids)\/(\w+)\.[0-9a-f]{10}\.json$/;

/**
 * A pack file's place by its path: its folder (a province's code, or `ids` for the directory)
 * and its name (a part's code, `manifest`, `search`, or a directory bucket's number).
 */
export function packFile(pathname: string): { folder: string; name: string } | undefined {
	const match = PACK_FILE.exec(pathname);
	return match ? { folder: match[1], name: match[2] } : undefined;
}

/**
 * The provinces a device holds packs of whose manifests differ in another version: the regions
 * whose data an update changes. `held` are the provinces kept, `next` the other version's manifest
 * addresses by province.
 */
export function changedPacks(
	held: string[],
	current: Pick<PackEntry, 'province' | 'manifest'>[],
	next: Record<string, string>
): string[] {
	return held.filter(
		(province) => current.find((pack) => pack.province === province)?.manifest !== next[province]
	);
}

/** A document as a part file carries it: its departments once, the pools naming them by key. */
export type PartDocument = Omit<PolicyDocument, 'pools'> & {
	departments: Contact[];
	pools: (Omit<Pool, 'contacts'> & { contacts: string[] })[];
};

/** A measure as a part file carries it: its contacts named by their department keys. */
export type PartMeasure = Omit<Measure, 'contacts'> & { contacts: string[] };

/** One jurisdiction's documents and measures: everything a page needs to show and match them. */
export type PartFile = {
	/** The GB/T 2260 code of the jurisdiction whose documents this part holds. */
	code: string;
	documents: PartDocument[];
	measures: PartMeasure[];
	/** The paragraph around each measure's quote, for the measure page. */
	quotes: Record<string, QuoteContext>;
	/** Pinyin of each document's and measure's title and contacts, for search. */
	pinyin: PinyinIndex;
};

/** What a list of documents shows without opening them. */
export type DocumentCard = Pick<
	PolicyDocument,
	'id' | 'title' | 'shortTitle' | 'issuer' | 'docNumber' | 'jurisdiction' | 'measureCount'
> & {
	period: { from: number | null; to: number | null };
	/** The part that holds the document. */
	part: string;
};

export type PartEntry = { code: string; file: string; documents: number; measures: number };

/** A province's pack: its version, its parts and a card per document. */
export type ProvinceManifest = {
	province: string;
	/** A digest of the pack's content: it changes exactly when the province's data does. */
	version: string;
	parts: PartEntry[];
	documents: DocumentCard[];
};

export type PackEntry = {
	province: string;
	version: string;
	manifest: string;
	/** The titles of the province's documents and measures, for search across provinces. */
	search: string;
	documents: number;
	measures: number;
};

/** The national index: every province's pack, and the directory that finds a page's part. */
export type PackIndex = {
	/** A digest of all the data, as the footer shows it. */
	dataVersion: string;
	documents: number;
	measures: number;
	packs: PackEntry[];
	/** Directory buckets: which part holds a document or measure id (bucketOf). */
	directory: string[];
};

/** What the service worker needs to carry a device's packs over to a new version. */
export type WorkerPackIndex = {
	manifests: Record<string, string>;
	search: Record<string, string>;
	directory: string[];
};

/** A directory bucket: document or measure id → the code of the part that holds it. */
export type DirectoryBucket = Record<string, string>;

/** The titles a province's search shard holds, for search across provinces. */
export type SearchShard = {
	province: string;
	documents: (Pick<DocumentCard, 'id' | 'title' | 'shortTitle' | 'jurisdiction'> & {
		issuer: string;
	})[];
	measures: { id: string; documentId: string; title: Bilingual }[];
	pinyin: PinyinIndex;
};

/** The directory bucket an id is listed in: FNV-1a over its UTF-16 code units. */
export function bucketOf(id: string, buckets: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % buckets;
}

/**
 * The parts whose documents may cover a region, as documentsCovering (dataset.ts) decides for
 * documents: those of its district, city and province, and for a region named only down to a
 * city, those of the districts within it.
 */
export function partsCovering(manifest: ProvinceManifest, region: string): PartEntry[] {
	if (provinceOf(region) !== manifest.province) return [];
	return manifest.parts.filter(
		(part) => isWithin(region, part.code) || isWithin(part.code, region)
	);
}

/** A part as the app uses it: contacts resolved to shared objects, as the compiled data has them. */
export type Part = { code: string; documents: PolicyDocument[]; measures: Measure[] } & Pick<
	PartFile,
	'quotes' | 'pinyin'
>;

export function expandPart(file: PartFile): Part {
	const departmentsOf = new Map<string, Map<string, Contact>>();
	const documents = file.documents.map(({ departments, pools, ...document }) => {
		const byKey = new Map(departments.map((d) => [d.key, d]));
		departmentsOf.set(document.id, byKey);
		return {
			...document,
			pools: pools.map((pool) => ({ ...pool, contacts: resolve(byKey, pool.contacts) }))
		};
	});
	const measures = file.measures.map((measure) => ({
		...measure,
		contacts: resolve(departmentsOf.get(measure.documentId) ?? new Map(), measure.contacts)
	}));
	return { code: file.code, documents, measures, quotes: file.quotes, pinyin: file.pinyin };
}

function resolve(byKey: Map<string, Contact>, keys: string[]): Contact[] {
	return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** The data of several parts as one dataset, under the version of the pack they come from. */
export function datasetOf(parts: Part[], version: string): Dataset {
	return {
		dataVersion: version,
		documents: parts.flatMap((part) => part.documents),
		measures: parts.flatMap((part) => part.measures)
	};
}
