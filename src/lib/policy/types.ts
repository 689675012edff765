// Types of the policy data as phones receive it: what the app and the matching engine read. The
// record shapes come from the build-time schema (type-only: no validator ships to phones). The
// build compiles more than it ships (src/lib/server/policy/compile.ts keeps what only the data
// tools read); region packs carry exactly these shapes (src/lib/policy/packs.ts).
import type { Department, DocumentRecord, MeasureRecord } from '../server/policy/schema.ts';
import type { Bilingual } from '../vocabulary.ts';

export type Contact = Department;

export type Measure = Omit<MeasureRecord, 'contacts' | 'source' | 'unreviewed' | 'leadReason'> & {
	documentId: string;
	/** Key of the document section the clause belongs to. */
	section: string;
	contacts: Contact[];
	source: { quote: string };
};

export type Pool = Omit<DocumentRecord['pools'][number], 'contacts'> & { contacts: Contact[] };

export type PolicyDocument = Omit<
	DocumentRecord,
	| 'measures'
	| 'departments'
	| 'pools'
	| 'jurisdiction'
	| 'cleaning'
	| 'unreviewed'
	| 'exclusions'
	| 'originalFile'
	| 'leadRule'
> & {
	/** The document's cultivation pools, with their contacts resolved. */
	pools: Pool[];
	measureCount: number;
	jurisdiction: DocumentRecord['jurisdiction'] & {
		/**
		 * The region as GB/T 2260 names it, in Chinese and in English ("大足区", "Dazu District,
		 * Chongqing"), added by the build (src/lib/server/policy/seeds.ts); see jurisdiction.ts.
		 */
		place?: Bilingual;
	};
};

export type Dataset = {
	/**
	 * A digest of the data: saved checklists remember it to notice data updates. For the data of
	 * a region it is the version of its province's pack (docs/contracts.md).
	 */
	dataVersion: string;
	documents: PolicyDocument[];
	measures: Measure[];
};

export type QuoteContext = { before: string; quote: string; after: string };

/** Full pinyin and initials per document or measure id, computed at build time. */
export type PinyinIndex = Record<string, { p: string; i: string }>;
