// Properties of the matching engine and the checklist totals that must hold for any valid Profile,
// checked with fast-check against the real dataset.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildChecklist, totalsOf, type Totals } from '../../src/lib/checklist/checklist.ts';
import {
	highestTier,
	matchProfile,
	tiersAbove,
	type MatchResult
} from '../../src/lib/matching/engine.ts';
import { cashValue } from '../../src/lib/policy/amount.ts';
import {
	type Certification,
	CERTIFICATIONS,
	type Condition,
	EMPLOYEE_BANDS,
	INDUSTRIES,
	NEEDS,
	REVENUE_BANDS,
	SITUATIONS,
	type Tier,
	TIER_LADDER,
	tierRank
} from '../../src/lib/vocabulary.ts';
import type { Measure, PolicyDocument } from '../../src/lib/policy/types.ts';
import { parseProfile, type Profile } from '../../src/lib/profile/profile.ts';
import { documentOf } from '../../src/lib/policy/dataset.ts';
import { heldCertifications } from '../../src/lib/matching/held.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { knownRegionCodes } from '../../src/lib/server/regions.ts';

const { dataset } = policyData();
const OPTIONS = { year: 2026 };
const RUNS = { numRuns: 200 };

// ——— arbitraries ———

/** Real GB/T 2260 codes inside the five jurisdictions, at district, city and province level. */
const COVERED = [
	'320411', // 常州新北区
	'320400', // 常州市 (district not chosen)
	'320000', // 江苏省
	'410100', // 郑州市
	'410105', // 郑州金水区
	'410102', // 郑州中原区
	'410122', // 中牟县
	'410000', // 河南省
	'450000', // 广西
	'450103', // 南宁青秀区
	'450200', // 柳州市
	'500111', // 重庆大足区
	'500000', // 重庆市
	'370000', // 山东省
	'370102', // 济南历下区
	'370200' // 青岛市
];
/** Right province, wrong city or district. */
const NEIGHBOURS = ['320102', '410305', '500112'];

/** Provinces with no document: 北京, 河北, 辽宁, 浙江, 广东, 四川, 陕西. */
const UNCOVERED_PROVINCES = ['11', '13', '21', '33', '44', '51', '61'];
const UNCOVERED = [...knownRegionCodes()].filter((code) =>
	UNCOVERED_PROVINCES.includes(code.slice(0, 2))
);

const yearArb = fc.integer({ min: 2015, max: 2026 });

const certificationArb = (tier: Certification) =>
	fc.record({ tier: fc.constant(tier), year: yearArb }, { requiredKeys: ['tier'] });

const certificationsArb = fc
	.shuffledSubarray([...CERTIFICATIONS])
	.chain((tiers) => fc.tuple(...tiers.map(certificationArb)));

const regionArb = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...COVERED) },
	{ weight: 1, arbitrary: fc.constantFrom(...NEIGHBOURS) },
	{ weight: 1, arbitrary: fc.constantFrom(...UNCOVERED) }
);

const needsArb = fc.shuffledSubarray([...NEEDS]);

function profileArb(region: fc.Arbitrary<string> = regionArb): fc.Arbitrary<Profile> {
	return fc.record(
		{
			v: fc.constant(1 as const),
			region,
			certifications: certificationsArb,
			industry: fc.constantFrom(...INDUSTRIES),
			revenue: fc.constantFrom(...REVENUE_BANDS),
			employees: fc.constantFrom(...EMPLOYEE_BANDS),
			needs: needsArb,
			situations: fc.shuffledSubarray([...SITUATIONS])
		},
		{ requiredKeys: ['v', 'region', 'certifications', 'industry', 'revenue', 'employees', 'needs'] }
	);
}

// ——— helpers ———

const TIER_PREDICATES = [
	'tierAtLeast',
	'holds',
	'certifiedBetween',
	'certifiedInPeriod',
	'pool'
] as const;

/** Whether a condition depends on certifications, resolving `scope` through the document. */
function mentionsTier(condition: Condition, document: PolicyDocument): boolean {
	if ('all' in condition) return condition.all.some((c) => mentionsTier(c, document));
	if ('any' in condition) return condition.any.some((c) => mentionsTier(c, document));
	if ('not' in condition) return mentionsTier(condition.not, document);
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return scope ? mentionsTier(scope.condition, document) : false;
	}
	return TIER_PREDICATES.some((p) => p in condition);
}

/** Whether a tier predicate appears under a `not` (the only place where more can mean less). */
function negatesTier(condition: Condition, document: PolicyDocument): boolean {
	if ('all' in condition) return condition.all.some((c) => negatesTier(c, document));
	if ('any' in condition) return condition.any.some((c) => negatesTier(c, document));
	if ('not' in condition) return mentionsTier(condition.not, document);
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return scope ? negatesTier(scope.condition, document) : false;
	}
	return false;
}

const measures = new Map(dataset.measures.map((m) => [m.id, m]));
const tierFree = new Set(
	dataset.measures
		.filter((m) => !mentionsTier(m.eligibility, documentOf(dataset, m)))
		.map((m) => m.id)
);
const monotone = new Set(
	dataset.measures
		.filter((m) => !negatesTier(m.eligibility, documentOf(dataset, m)))
		.map((m) => m.id)
);

const RANK = { ineligible: 0, maybe: 1, eligible: 2 } as const;

const idsWith = (results: MatchResult[], status: MatchResult['status']) =>
	results.filter((r) => r.status === status).map((r) => r.measureId);

const withCertification = (profile: Profile, tier: Tier, year?: number): Profile => ({
	...profile,
	certifications: [
		...profile.certifications.filter((c) => c.tier !== tier),
		year === undefined ? { tier } : { tier, year }
	]
});
/** A profile and the same profile raised by one ladder tier above its own, for monotonicity. */
const raisedArb = profileArb()
	.filter((p) => tiersAbove(p).length > 0)
	.chain((p) =>
		fc
			.record({
				tier: fc.constantFrom(...tiersAbove(p)),
				year: fc.option(yearArb, { nil: undefined })
			})
			.map(({ tier, year }) => ({ p, tier, raised: withCertification(p, tier, year) }))
	);

/** Each measure's verdict before and after. */
function verdictsBeforeAfter(p: Profile, raised: Profile) {
	const after = new Map(matchProfile(dataset, raised, OPTIONS).map((r) => [r.measureId, r.status]));
	return matchProfile(dataset, p, OPTIONS).map((r) => ({
		id: r.measureId,
		before: r.status,
		after: after.get(r.measureId)!
	}));
}

const plainSum = (items: Measure[]) => items.reduce((sum, m) => sum + (cashValue(m) ?? 0), 0);

function expectSaneTotals(totals: Totals, items: Measure[]) {
	const values = items.map(cashValue).filter((v): v is number => v !== null);
	expect(totals.statedWan).toBeGreaterThanOrEqual(0);
	expect(totals.statedWan).toBeLessThanOrEqual(plainSum(items));
	// "Only the highest is paid" still pays the highest.
	expect(totals.statedWan).toBeGreaterThanOrEqual(values.length ? Math.max(...values) : 0);
	expect(totals.excludedByExclusivity).toBeGreaterThanOrEqual(0);
	expect(totals.excludedAsAlternatives).toBeGreaterThanOrEqual(0);
	expect(totals.exclusivityApplied).toBe(
		totals.excludedByExclusivity + totals.excludedAsAlternatives > 0
	);
	if (!totals.exclusivityApplied) expect(totals.statedWan).toBe(plainSum(items));
	// And exactly: every ungrouped amount plus the highest of each "从高、不重复" group.
	const highest = new Map<string, number>();
	let ungrouped = 0;
	for (const m of items) {
		const value = cashValue(m);
		if (value === null) continue;
		const group = m.benefit.exclusivityGroup ?? m.benefit.alternativeGroup;
		if (group) highest.set(group, Math.max(highest.get(group) ?? 0, value));
		else ungrouped += value;
	}
	expect(totals.statedWan).toBe(ungrouped + [...highest.values()].reduce((a, b) => a + b, 0));
}

// ——— properties ———

describe('the profile arbitrary', () => {
	test('yields valid Profiles, covered and uncovered', () => {
		expect(UNCOVERED.length).toBeGreaterThan(100);
		expect(tierFree.size).toBeGreaterThan(0);
		fc.assert(
			fc.property(profileArb(), (profile) => {
				const parsed = parseProfile(profile);
				expect(parsed.ok ? null : parsed.error).toBeNull();
			}),
			RUNS
		);
	});
});

describe('matching properties', () => {
	test('(a) a higher ladder tier never turns eligible into ineligible a measure whose conditions name no tier', () => {
		fc.assert(
			fc.property(raisedArb, ({ p, raised }) => {
				for (const { id, before, after } of verdictsBeforeAfter(p, raised)) {
					if (!tierFree.has(id)) continue;
					// No tier in the tree: the verdict cannot depend on certifications at all.
					expect(after, id).toBe(before);
					if (before === 'eligible') expect(after).not.toBe('ineligible');
				}
			}),
			RUNS
		);
	});

	test('(a′) a higher ladder tier never lowers any verdict unless a tier predicate sits under `not`', () => {
		fc.assert(
			fc.property(raisedArb, ({ p, tier, raised }) => {
				// A champion is a track of its own: it raises the owner's place only from nothing.
				expect(highestTier(raised)).toBe(
					tier === 'champion' ? (highestTier(p) ?? 'champion') : tier
				);
				for (const { id, before, after } of verdictsBeforeAfter(p, raised)) {
					if (!monotone.has(id)) continue;
					expect(RANK[after], `${id}: ${before} → ${after}`).toBeGreaterThanOrEqual(RANK[before]);
				}
			}),
			RUNS
		);
	});

	test('(h) adding, without a year, a lower tier that a held tier already implies never changes any verdict', () => {
		const impliedArb = profileArb()
			.map((p) => ({ p, held: heldCertifications(p) }))
			.filter(({ p, held }) =>
				[...held].some(([tier, h]) => h.impliedBy && !p.certifications.some((c) => c.tier === tier))
			)
			.chain(({ p, held }) =>
				fc
					.constantFrom(...[...held].filter(([, h]) => h.impliedBy).map(([tier]) => tier as Tier))
					.map((tier) => ({ p, raised: withCertification(p, tier) }))
			);
		fc.assert(
			fc.property(impliedArb, ({ p, raised }) => {
				const before = matchProfile(dataset, p, OPTIONS);
				const after = matchProfile(dataset, raised, OPTIONS);
				for (const [i, result] of before.entries()) {
					expect(after[i].status, result.measureId).toBe(result.status);
					expect(after[i].unlockedBy, result.measureId).toBe(result.unlockedBy);
				}
			}),
			RUNS
		);
	});

	test('(b) a region outside every jurisdiction gets no eligible and no maybe measure', () => {
		fc.assert(
			fc.property(profileArb(fc.constantFrom(...UNCOVERED)), (profile) => {
				const results = matchProfile(dataset, profile, OPTIONS);
				expect(idsWith(results, 'eligible')).toEqual([]);
				expect(idsWith(results, 'maybe')).toEqual([]);
				expect(results.filter((r) => r.unlockedBy).map((r) => r.measureId)).toEqual([]);
				const checklist = buildChecklist(dataset, profile, OPTIONS);
				expect(checklist.covered).toBe(false);
				expect(checklist.totals.statedWan).toBe(0);
			}),
			RUNS
		);
	});

	test('(c) every profile gets a verdict for every measure, and a maybe always names what is unknown', () => {
		const ids = dataset.measures.map((m) => m.id);
		fc.assert(
			fc.property(profileArb(), (profile) => {
				const results = matchProfile(dataset, profile, OPTIONS);
				expect(results.map((r) => r.measureId)).toEqual(ids);
				// Collected, then asserted once: 200 profiles × every measure × every reason.
				const problems: string[] = [];
				for (const result of results) {
					const id = result.measureId;
					const verdicts = result.reasons.map((r) => r.verdict);
					if (!['eligible', 'maybe', 'ineligible'].includes(result.status))
						problems.push(`${id}: status ${result.status}`);
					if (!verdicts.length) problems.push(`${id}: no reason`);
					if (result.status === 'maybe' && !verdicts.includes('unknown'))
						problems.push(`${id}: maybe without an unknown reason`);
					// The reasons tell the whole story: eligible = all met; ineligible = something unmet.
					if (result.status === 'eligible' && verdicts.some((v) => v !== 'met'))
						problems.push(`${id}: eligible with ${verdicts.join(',')}`);
					if ((result.status === 'ineligible') !== verdicts.includes('unmet'))
						problems.push(`${id}: ${result.status} with ${verdicts.join(',')}`);
					for (const { text } of result.reasons) {
						if (!text.zh.trim() || !text.en.trim()) problems.push(`${id}: empty reason text`);
						if (text.zh.includes('您不符合')) problems.push(`${id}: says 您不符合`);
					}
				}
				expect(problems).toEqual([]);
			}),
			RUNS
		);
	});

	test('(d) needs never hide a measure: eligible (and maybe) ids are the same whatever the needs', () => {
		fc.assert(
			fc.property(profileArb(), needsArb, (profile, needs) => {
				const other = { ...profile, needs };
				const a = matchProfile(dataset, profile, OPTIONS);
				const b = matchProfile(dataset, other, OPTIONS);
				expect(idsWith(b, 'eligible')).toEqual(idsWith(a, 'eligible'));
				expect(idsWith(b, 'maybe')).toEqual(idsWith(a, 'maybe'));
				const listed = (p: Profile) => {
					const checklist = buildChecklist(dataset, p, OPTIONS);
					return {
						eligible: checklist.eligible.map((i) => i.measure.id).sort(),
						maybe: checklist.maybe.map((i) => i.measure.id).sort()
					};
				};
				expect(listed(other)).toEqual(listed(profile));
				expect(listed(profile).eligible).toEqual(idsWith(a, 'eligible').sort());
			}),
			RUNS
		);
	});

	test('(e) totals never exceed the plain sum of the cash amounts and are never negative', () => {
		fc.assert(
			fc.property(profileArb(), (profile) => {
				const checklist = buildChecklist(dataset, profile, OPTIONS);
				expectSaneTotals(
					checklist.totals,
					checklist.eligible.map((i) => i.measure)
				);
				// What "may apply" adds on top of what applies: never negative, never more than alone.
				const maybeAlone = totalsOf(checklist.maybe.map((i) => i.measure));
				expect(checklist.maybeTotals.statedWan).toBeGreaterThanOrEqual(0);
				expect(checklist.maybeTotals.statedWan).toBeLessThanOrEqual(maybeAlone.statedWan);
				for (const step of checklist.ladder)
					expectSaneTotals(
						step.totals,
						step.unlocked.map((i) => i.measure)
					);
			}),
			RUNS
		);
	});

	test('(f) unlockedBy names the lowest higher tier that actually lifts the measure out of ineligible', () => {
		fc.assert(
			fc.property(profileArb(), (profile) => {
				const results = matchProfile(dataset, profile, OPTIONS);
				const above = tiersAbove(profile);
				const lifted = new Map(
					above.map((tier) => [
						tier,
						new Map(
							matchProfile(dataset, withCertification(profile, tier, OPTIONS.year), OPTIONS).map(
								(r) => [r.measureId, r.status]
							)
						)
					])
				);
				for (const result of results) {
					if (!result.unlockedBy) continue;
					const id = result.measureId;
					expect(result.status, id).toBe('ineligible');
					expect(above, id).toContain(result.unlockedBy);
					expect(lifted.get(result.unlockedBy)!.get(id), id).not.toBe('ineligible');
					for (const lower of above.filter((t) => tierRank(t) < tierRank(result.unlockedBy!)))
						expect(lifted.get(lower)!.get(id), `${id} at ${lower}`).toBe('ineligible');
				}
			}),
			RUNS
		);
	});

	test('(g) naming only the city or province never rules out what a district inside it would get', () => {
		// docs/domain.md (Jurisdictions), engine.ts: an owner who named only a wider area may still be registered in the
		// district that has its own document; that is for them to confirm (maybe), not a refusal.
		const known = knownRegionCodes();
		const DISTRICTS = ['320411', '410105', '450103', '500111', '370102'];
		const wider = (code: string) =>
			[`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`].filter((c) => known.has(c));
		fc.assert(
			fc.property(profileArb(fc.constantFrom(...DISTRICTS)), (profile) => {
				const inDistrict = matchProfile(dataset, profile, OPTIONS);
				for (const region of wider(profile.region)) {
					const inArea = matchProfile(dataset, { ...profile, region }, OPTIONS);
					const ruledOut = inDistrict
						.filter((r, i) => r.status !== 'ineligible' && inArea[i].status === 'ineligible')
						.map(
							(r) => `${r.measureId} (${r.status} in ${profile.region}, ineligible in ${region})`
						);
					expect(ruledOut).toEqual([]);
				}
			}),
			RUNS
		);
	});
});

test('the dataset has measures of every kind the properties rely on', () => {
	// Guards against properties passing vacuously after a data change.
	expect([...tierFree].map((id) => measures.get(id)!.documentId)).toContain('shandong-2022');
	expect(dataset.measures.some((m) => m.benefit.exclusivityGroup)).toBe(true);
	expect(TIER_LADDER.length).toBe(6);
});
