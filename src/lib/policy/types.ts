// Types of the compiled policy dataset: what the app, the CLI and the matching engine read. The
// record shapes come from the build-time schema (type-only: no validator ships to phones).
import type { Department, DocumentRecord, MeasureRecord } from '../server/policy/schema.ts';
import type { Bilingual } from '../vocabulary.ts';

export type Contact = Department;

export type Measure = Omit<MeasureRecord, 'contacts' | 'source' | 'unreviewed'> & {
	documentId: string;
	/** Key of the document section the clause belongs to. */
	section: string;
	contacts: Contact[];
	source: { quote: string; file: string };
};

export type Pool = Omit<DocumentRecord['pools'][number], 'contacts'> & { contacts: Contact[] };

export type PolicyDocument = Omit<
	DocumentRecord,
	'measures' | 'departments' | 'pools' | 'jurisdiction' | 'cleaning' | 'unreviewed'
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
	/** A digest of the compiled data: saved checklists remember it to notice data updates. */
	dataVersion: string;
	documents: PolicyDocument[];
	measures: Measure[];
};

export type QuoteContext = { before: string; quote: string; after: string };
