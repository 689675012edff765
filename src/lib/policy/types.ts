// Types of the compiled policy dataset: what the app, the CLI and the matching engine read.
import type {
	Certification,
	EmployeeBand,
	Industry,
	RevenueBand,
	Situation,
	Tier
} from '../profile/vocabulary.ts';
import type { Department, DocumentRecord, MeasureRecord } from './schema.ts';

export type Bilingual = { zh: string; en: string };

/** Topic of a measure; the questionnaire's needs map onto these. */
export const CATEGORIES = [
	'cultivation',
	'rnd',
	'digital',
	'tech_upgrade',
	'ip_standards',
	'quality_brand',
	'market',
	'finance',
	'listing',
	'talent',
	'land_energy',
	'services'
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the enterprise receives. Only the money types count toward a checklist's total. */
export const BENEFIT_TYPES = [
	'reward',
	'subsidy',
	'interest_subsidy',
	'loan',
	'guarantee',
	'equity',
	'service',
	'priority',
	'recommendation',
	'training',
	'event',
	'green_channel',
	'reduced_inspection',
	'land',
	'energy',
	'other'
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export const CASH_BENEFIT_TYPES: readonly BenefitType[] = ['reward', 'subsidy', 'interest_subsidy'];

export const DEFECT_KINDS = [
	'excerpt',
	'lost_words',
	'blanked_figures',
	'lost_dashes',
	'page_noise',
	'missing_date'
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Eligibility as data: one engine evaluates these trees and explains each verdict. */
export type Condition =
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition }
	| { scope: string }
	| { region: string[] }
	| { tierAtLeast: Tier }
	| { holds: Certification[] }
	| { certifiedBetween: { tiers: Certification[]; from: number; to?: number } }
	| { industry: Industry[] }
	| { revenue: RevenueBand[] }
	| { employees: EmployeeBand[] }
	| { situation: Situation }
	| { confirm: Bilingual };

// The compiled dataset: records from seeds/ after validation, with references resolved.

export type Contact = Department;

export type Measure = Omit<MeasureRecord, 'contacts' | 'source'> & {
	documentId: string;
	/** Key of the document section the clause belongs to. */
	section: string;
	contacts: Contact[];
	source: { quote: string; file: string };
};

export type PolicyDocument = Omit<DocumentRecord, 'measures' | 'departments'> & {
	measureCount: number;
};

export type Dataset = {
	/** A digest of the compiled data: saved checklists remember it to notice data updates. */
	dataVersion: string;
	documents: PolicyDocument[];
	measures: Measure[];
};

export type QuoteContext = { before: string; quote: string; after: string };
