// One canonical shape for the policy records in seeds/*.yaml, checked once at build time.
// Build-time only: nothing here ships to phones (the app receives the compiled dataset).
import { z } from 'zod';
import {
	BENEFIT_TYPES,
	EXCLUSION_KINDS,
	MEASURE_FORMS,
	CATEGORIES,
	CERTIFICATIONS,
	type Condition,
	DEFECT_KINDS,
	EMPLOYEE_BANDS,
	INDUSTRIES,
	REGION_CODE,
	REVENUE_BANDS,
	SITUATIONS,
	TIER_LADDER,
	URL_SAFE_ID
} from '../../vocabulary.ts';
import { CLEANING_STEPS } from '../draft/cleaning/names.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const bilingual = z.strictObject({ zh: nonEmpty, en: nonEmpty });

const urlSafeId = z
	.string()
	.regex(URL_SAFE_ID, 'use lowercase letters, digits and single hyphens (URL-safe)');

const regionCode = z.string().regex(REGION_CODE, 'a GB/T 2260 code has six digits');
const year = z.number().int().min(1990).max(2100);
const isoDateOrYear = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD');

const yearSpan = z.strictObject({
	tiers: z.array(z.enum(CERTIFICATIONS)).min(1),
	from: year,
	to: year.optional()
});

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z.strictObject({ all: z.array(conditionSchema).min(1) }),
		z.strictObject({ any: z.array(conditionSchema).min(1) }),
		z.strictObject({ not: conditionSchema }),
		z.strictObject({ scope: urlSafeId }),
		z.strictObject({ region: z.array(regionCode).min(1) }),
		z.strictObject({ tierAtLeast: z.enum(TIER_LADDER) }),
		z.strictObject({ holds: z.array(z.enum(CERTIFICATIONS)).min(1) }),
		z.strictObject({ certifiedBetween: yearSpan }),
		z.strictObject({ certifiedInPeriod: yearSpan }),
		z.strictObject({ pool: urlSafeId }),
		z.strictObject({ industry: z.array(z.enum(INDUSTRIES)).min(1) }),
		z.strictObject({ revenue: z.array(z.enum(REVENUE_BANDS)).min(1) }),
		z.strictObject({ employees: z.array(z.enum(EMPLOYEE_BANDS)).min(1) }),
		z.strictObject({ situation: z.enum(SITUATIONS) }),
		z.strictObject({ confirm: bilingual })
	])
);

export const amountSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('stated'),
		/** 万元. For "最高 X 万元" this is X with upTo: true. */
		wan: z.number().positive(),
		upTo: z.boolean(),
		/** The words of the source that state the amount, verbatim. */
		text: nonEmpty
	}),
	/** A share or rate with no ceiling stated, e.g. 按设备投资额的10%: shown, never summed. */
	z.strictObject({ kind: z.literal('rate'), text: nonEmpty }),
	z.strictObject({ kind: z.literal('case_by_case'), text: nonEmpty }),
	z.strictObject({ kind: z.literal('not_stated') })
]);

export const benefitSchema = z.strictObject({
	type: z.enum(BENEFIT_TYPES),
	amount: amountSchema,
	/** Names a set of measures of which only the highest is paid ("从高、不重复"). */
	exclusivityGroup: urlSafeId.optional(),
	/**
	 * Names rewards the text gives "分别" to different tiers: one enterprise receives one of them,
	 * so a total counts only the highest, although the text has no 从高、不重复 rule.
	 */
	alternativeGroup: urlSafeId.optional()
});

/** Why a sentence or numbered item with an offer word yields no measure (EXCLUSION_KINDS). */
const exclusionReason = z.strictObject({
	kind: z.enum(EXCLUSION_KINDS),
	zh: nonEmpty,
	en: nonEmpty
});

export const departmentSchema = z.strictObject({
	key: urlSafeId,
	/** Exactly as the source writes it, e.g. 区经发局. */
	asWritten: nonEmpty,
	/** The full official name where the abbreviation is unambiguous; otherwise omitted. */
	fullName: bilingual.optional(),
	/** English rendering of asWritten, for the English UI. */
	en: nonEmpty,
	/** Only where the source itself gives them. */
	phone: nonEmpty.optional(),
	address: nonEmpty.optional()
});

/**
 * What the draft tool (`npm run -s data:draft`) writes where it cannot know the words (English,
 * summaries): the build refuses a record that still holds it anywhere.
 */
export const PLACEHOLDER = '〔待填写 to be written〕';

/**
 * `unreviewed: [field, …]` names the fields of a drafted record or measure that no reviewer has
 * checked yet; the build refuses a record while any remain (seeds/README.md).
 */
function unreviewedOf<Shape extends Record<string, unknown>>(shape: Shape) {
	return z
		.array(
			z.enum(
				Object.keys(shape) as [Extract<keyof Shape, string>, ...Extract<keyof Shape, string>[]]
			)
		)
		.optional();
}

const measureFields = {
	id: urlSafeId,
	/** The clause reference as the document numbers it, e.g. 三(二)7 ; must be listed in clauses. */
	clause: nonEmpty,
	title: bilingual,
	summary: bilingual,
	category: z.enum(CATEGORIES),
	benefit: benefitSchema,
	eligibility: conditionSchema,
	nextStep: bilingual,
	/** Keys into the document's departments. */
	contacts: z.array(urlSafeId).min(1, 'every measure names at least one department to contact'),
	/** The one office to call first; one of contacts. Why: leadReason, else the document's leadRule. */
	lead: urlSafeId.optional(),
	leadReason: bilingual.optional(),
	/** concrete or general (MEASURE_FORMS): whether the text says what the enterprise gets. */
	form: z.enum(MEASURE_FORMS).optional(),
	source: z.strictObject({ quote: nonEmpty }),
	/** For owners: plain sentences about what is unclear or worth knowing. */
	notes: z.array(bilingual).default([]),
	/** For data reviewers: how the record reads the source (shown only behind "数据说明"). */
	reviewNotes: z.array(bilingual).default([])
};

export const measureSchema = z.strictObject({
	...measureFields,
	unreviewed: unreviewedOf(measureFields)
});

const documentFields = {
	id: urlSafeId,
	/** The byte-for-byte copy of the source text, relative to seeds/. */
	sourceFile: z
		.string()
		.regex(/^sources\/[a-z0-9-]+\.txt$/, 'a file in seeds/sources/ ending in .txt'),
	/** The file name the source had in shared/seeds, for the record. */
	originalFile: nonEmpty,
	/**
	 * The cleaning steps (CLEANING_STEPS, run in their fixed order) that turn the raw source into
	 * the text every quote points into. Omitted: quotes point into the raw text as it is.
	 */
	cleaning: z.array(z.enum(CLEANING_STEPS)).optional(),
	title: bilingual,
	shortTitle: bilingual,
	issuer: bilingual,
	/** Whom the document is for, in plain words an owner understands (no tier codes). */
	audience: bilingual.optional(),
	/** How this record picks each measure's lead office, where the text itself does not say. */
	leadRule: bilingual.optional(),
	/** As written in the source; a figure the source lacks stays missing. */
	docNumber: nonEmpty,
	/** Where a trustworthy reference supplies what the copy lacks; see note. */
	docNumberConfirmed: z.strictObject({ value: nonEmpty, note: bilingual }).optional(),
	dates: z.strictObject({
		issued: isoDateOrYear.nullable(),
		written: isoDateOrYear.optional(),
		published: isoDateOrYear.optional(),
		note: bilingual.optional()
	}),
	jurisdiction: z.strictObject({
		code: regionCode,
		name: bilingual
	}),
	/** Policy period in years; null where the source states none (or the figure is lost). */
	period: z.strictObject({
		from: year.nullable(),
		to: year.nullable(),
		quote: nonEmpty.optional(),
		note: bilingual.optional()
	}),
	/** Who the document's terms cover, in its own words. */
	scopes: z
		.array(
			z.strictObject({
				key: urlSafeId,
				term: nonEmpty,
				condition: conditionSchema,
				quote: nonEmpty.optional(),
				explanation: bilingual
			})
		)
		.min(1),
	/**
	 * The cultivation pools (培育库) the document keeps or names. Membership cannot be settled by
	 * the answers: an owner who did not say they are in a pool gets "maybe — confirm with" the
	 * pool's contacts. `tiered`: the pool holds enterprises at several tiers (储备一批、培育一批、
	 * 提升一批), so certified enterprises may be members too.
	 */
	pools: z
		.array(
			z.strictObject({
				key: urlSafeId,
				term: nonEmpty,
				name: bilingual,
				tiered: z.boolean(),
				contacts: z.array(urlSafeId).min(1),
				quote: nonEmpty.optional(),
				explanation: bilingual
			})
		)
		.default([]),
	defects: z.array(
		z.strictObject({
			kind: z.enum(DEFECT_KINDS),
			description: bilingual,
			/** Verbatim text showing the defect, where it can be shown. */
			example: nonEmpty.optional()
		})
	),
	sections: z.array(z.strictObject({ key: urlSafeId, heading: nonEmpty, title: bilingual })).min(1),
	/** Every numbered item of the document, so a reviewer sees which have no measure and why. */
	clauses: z
		.array(
			z.strictObject({
				ref: nonEmpty,
				section: urlSafeId,
				heading: nonEmpty,
				/**
				 * Verbatim words with which the item begins in the source, where the heading is the
				 * record's own summary rather than the source's words: locates the item's text.
				 */
				anchor: nonEmpty.optional(),
				/** Why the item yields no enterprise-facing measure (a target, internal organisation…). */
				noMeasure: z.union([exclusionReason, bilingual]).optional()
			})
		)
		.min(1),
	/**
	 * Sentences with an offer word that are not measures, each with its reason: what
	 * `npm run -s data:coverage` accepts as accounted for besides the measures' quotes.
	 */
	exclusions: z
		.array(
			z.strictObject({
				/** The numbered item the sentence lies in; omitted for text outside every item. */
				clause: nonEmpty.optional(),
				quote: nonEmpty,
				reason: exclusionReason
			})
		)
		.default([]),
	departments: z.array(departmentSchema).min(1),
	measures: z.array(measureSchema).min(1)
};

export const documentSchema = z.strictObject({
	...documentFields,
	unreviewed: unreviewedOf(documentFields)
});

export type DocumentRecord = z.infer<typeof documentSchema>;
export type MeasureRecord = z.infer<typeof measureSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Amount = z.infer<typeof amountSchema>;
