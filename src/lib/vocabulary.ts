// The closed vocabularies and shared shapes that the Profile contract, the policy records, the
// matching engine and the UI all speak (docs/contracts.md). Everything else imports from here and
// this module imports nothing, so dependencies run one way. Order matters: arrays run from lowest
// to highest where a ladder exists.

/** Text in both languages of the app: Chinese first, English for every screen. */
export type Bilingual = { zh: string; en: string };

/** The 梯度培育 ladder, low to high. */
export const TIER_LADDER = [
	'cultivation_pool',
	'innovative',
	'srdi_municipal',
	'srdi_provincial',
	'little_giant',
	'champion'
] as const;

/** Recognitions outside the ladder that measures mention. */
export const RECOGNITIONS = ['high_tech', 'gazelle', 'above_scale'] as const;

export const CERTIFICATIONS = [...TIER_LADDER, ...RECOGNITIONS] as const;

export const INDUSTRIES = [
	'manufacturing',
	'software_it',
	'services',
	'agriculture',
	'construction',
	'other'
] as const;

/** Annual revenue bands in 万元, low to high; `unknown` is always last. */
export const REVENUE_BANDS = [
	'<1000',
	'1000-2000',
	'2000-10000',
	'10000-40000',
	'>=40000',
	'unknown'
] as const;

/** Employee bands, low to high; `unknown` is always last. */
export const EMPLOYEE_BANDS = ['<20', '20-300', '300-1000', '>=1000', 'unknown'] as const;

export const NEEDS = [
	'cash',
	'finance',
	'listing',
	'rnd',
	'digital',
	'tech_upgrade',
	'talent',
	'market',
	'ip_standards',
	'quality_brand',
	'land_energy',
	'services'
] as const;

/**
 * Situations that some documents attach conditions to. The questionnaire asks about one only
 * where a covered document for the owner's region names it.
 */
export const SITUATIONS = [
	/** Moved its registration or headquarters into the jurisdiction (迁入/落户). */
	'relocated_in',
	/** In a listing pipeline: 上市后备 / 拟上市 / 辅导备案. */
	'listing_pipeline',
	/** Already listed on a stock exchange or quoted on 新三板 / a regional equity market. */
	'listed'
] as const;

export type Tier = (typeof TIER_LADDER)[number];
export type Recognition = (typeof RECOGNITIONS)[number];
export type Certification = (typeof CERTIFICATIONS)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type RevenueBand = (typeof REVENUE_BANDS)[number];
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];
export type Need = (typeof NEEDS)[number];
export type Situation = (typeof SITUATIONS)[number];

export function tierRank(tier: Tier): number {
	return TIER_LADDER.indexOf(tier);
}

/**
 * The lower tiers a tier requires under the national tiering rules (工信部《优质中小企业梯度培育
 * 管理暂行办法》, 2022; docs/domain.md): a "小巨人" is selected from provincial-level 专精特新中小
 * 企业, and those from 创新型中小企业. 制造业单项冠军 is a separate track and implies nothing; a
 * cultivation pool or a city-level list is a local matter that no national rule requires.
 */
export const IMPLIED_TIERS: Record<Tier, readonly Tier[]> = {
	cultivation_pool: [],
	innovative: [],
	srdi_municipal: [],
	srdi_provincial: ['innovative'],
	little_giant: ['srdi_provincial', 'innovative'],
	champion: []
};

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

/**
 * Whether a measure says what the enterprise gets: `concrete` = a stated amount, a named product,
 * list, certification, event or service; `general` = encouragement with no stated form. The
 * checklist puts concrete ones first.
 */
export const MEASURE_FORMS = ['concrete', 'general'] as const;
export type MeasureForm = (typeof MEASURE_FORMS)[number];

/**
 * Why a sentence that uses an offer word (支持, 鼓励, 给予 …) is not a measure: the one inclusion
 * rule of seeds/README.md. `target`: a goal or count to reach; `internal`: government-internal
 * work (planning, coordination, assessment); `third_party`: the beneficiary is not the enterprise
 * (institutes, parks, investors, local governments); `context`: preamble, guiding ideas or a
 * heading that offers nothing itself; `restated`: repeats an offer that another measure quotes;
 * `outside_text`: not part of the policy at all (a website's navigation, a mirror's header).
 */
export const EXCLUSION_KINDS = [
	'target',
	'internal',
	'third_party',
	'context',
	'restated',
	'outside_text'
] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

export const DEFECT_KINDS = [
	'excerpt',
	'lost_words',
	'blanked_figures',
	'lost_dashes',
	/** A bracket or other mark lost, no words: 渝府办发〔202223号. */
	'lost_punctuation',
	'page_noise',
	'missing_date',
	/** The copy was in traditional characters; the record's quotes read the simplified text. */
	'traditional_script',
	/** The copy lacks a particular other than the date (title, issuer, document number). */
	'missing_metadata'
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
	| { certifiedInPeriod: { tiers: Certification[]; from: number; to?: number } }
	| { pool: string }
	| { industry: Industry[] }
	| { revenue: RevenueBand[] }
	| { employees: EmployeeBand[] }
	| { situation: Situation }
	| { confirm: Bilingual };

/**
 * Identifiers of documents, measures, sections and scopes: lowercase letters, digits and single
 * hyphens, safe in a URL as they stand (docs/contracts.md).
 */
export const URL_SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A GB/T 2260 region code: six digits (province, city and county levels). */
export const REGION_CODE = /^\d{6}$/;

/** How one condition stands for one owner: met, not met, or not knowable from the answers. */
export type Verdict = 'met' | 'unmet' | 'unknown';
