// The closed vocabularies shared by the Profile contract (DESIGN.md), the policy records and the
// matching engine. Order matters: arrays run from lowest to highest where a ladder exists.

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

export function isLadderTier(value: string): value is Tier {
	return (TIER_LADDER as readonly string[]).includes(value);
}
