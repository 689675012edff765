// The Profile contract (docs/contracts.md): the questionnaire's answers. Validated by this one schema
// wherever a profile enters: the questionnaire, storage, shared links and the `match` command.
// zod/mini keeps the validator small on phones.
import * as z from 'zod/mini';
import {
	CERTIFICATIONS,
	EMPLOYEE_BANDS,
	INDUSTRIES,
	NEEDS,
	REGION_CODE,
	REVENUE_BANDS,
	SITUATIONS
} from '../vocabulary.ts';

// zod compiles fast validators with `new Function` unless told not to; under our Content Security
// Policy (no unsafe-eval) even its probe for that would be reported as a violation.
z.config({ jitless: true });

const uniqueBy = <T>(key: (item: T) => unknown, message: string) =>
	z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, message);

export const certificationSchema = z.strictObject({
	tier: z.enum(CERTIFICATIONS, 'unknown certification'),
	/** Year obtained; optional: some measures only ask whether it is held. */
	year: z.optional(z.int('year must be a whole number').check(z.minimum(1990), z.maximum(2100)))
});

export const profileSchema = z.strictObject({
	v: z.literal(1, 'unsupported profile version (expected v: 1)'),
	/** GB/T 2260 code, county/district level where known. */
	region: z.string().check(z.regex(REGION_CODE, 'region must be a six-digit GB/T 2260 code')),
	certifications: z.array(certificationSchema).check(
		z.maxLength(CERTIFICATIONS.length),
		uniqueBy((c: { tier: string }) => c.tier, 'each certification may appear once')
	),
	industry: z.enum(INDUSTRIES, 'unknown industry'),
	revenue: z.enum(REVENUE_BANDS, 'unknown revenue band'),
	employees: z.enum(EMPLOYEE_BANDS, 'unknown employee band'),
	needs: z.array(z.enum(NEEDS, 'unknown need')).check(
		z.maxLength(NEEDS.length),
		uniqueBy((n: string) => n, 'each need may appear once')
	),
	/**
	 * Situations some documents attach conditions to (see SITUATIONS). Absent: not asked, so a
	 * measure that depends on one is "maybe"; present: the listed ones apply, the others do not.
	 */
	situations: z.optional(
		z.array(z.enum(SITUATIONS, 'unknown situation')).check(
			z.maxLength(SITUATIONS.length),
			uniqueBy((s: string) => s, 'each situation may appear once')
		)
	)
});

export type Profile = z.infer<typeof profileSchema>;

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

/** Validates anything claiming to be a Profile; the error names the first field at fault. */
export function parseProfile(input: unknown): ProfileResult {
	const result = profileSchema.safeParse(input);
	if (result.success) return { ok: true, profile: result.data };
	const issue = result.error.issues[0];
	const where = issue.path.length ? issue.path.join('.') : 'profile';
	const what =
		issue.code === 'unrecognized_keys'
			? `unexpected field(s) ${issue.keys.join(', ')}`
			: issue.code === 'invalid_type' && issue.input === undefined
				? 'is missing'
				: issue.message === 'Invalid input'
					? `is invalid (${issue.code})`
					: issue.message;
	return { ok: false, error: `${where}: ${what}` };
}
