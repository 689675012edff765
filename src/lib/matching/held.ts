// What an owner holds once the national tiering rules are applied: the certifications ticked in the
// questionnaire, plus the lower tiers they imply (IMPLIED_TIERS). Owners tend to tick only their
// highest certificate; the same firm must get the same answer whichever boxes it ticked.
import type { Profile } from '../profile/profile.ts';
import { IMPLIED_TIERS, TIER_LADDER, type Certification, type Tier } from '../vocabulary.ts';

export type Holding = {
	/** The year obtained, where the owner gave it; an implied tier's year is never known. */
	year?: number;
	/** Set when the owner did not tick this tier: the held tier that implies it. */
	impliedBy?: Tier;
};

export type HeldCertifications = ReadonlyMap<Certification, Holding>;

const cache = new WeakMap<Profile, HeldCertifications>();

/** Asked for once per measure and condition, computed once per profile. */
export function heldCertifications(profile: Profile): HeldCertifications {
	let held = cache.get(profile) as Map<Certification, Holding> | undefined;
	if (held) return held;
	held = new Map();
	for (const { tier, year } of profile.certifications)
		held.set(tier, year === undefined ? {} : { year });
	// Highest first, so a tier implied by several is credited to the highest that implies it.
	for (const tier of [...TIER_LADDER].reverse()) {
		if (!held.has(tier) || held.get(tier)?.impliedBy) continue;
		for (const lower of IMPLIED_TIERS[tier])
			if (!held.has(lower)) held.set(lower, { impliedBy: tier });
	}
	cache.set(profile, held);
	return held;
}

/** The highest ticked tier that implies `tier`, if any: why the tier counts as held unticked. */
export function impliedBy(
	certifications: Profile['certifications'],
	tier: Certification
): Tier | undefined {
	return [...TIER_LADDER]
		.reverse()
		.find(
			(higher) =>
				IMPLIED_TIERS[higher].includes(tier as Tier) &&
				certifications.some((c) => c.tier === higher)
		);
}
