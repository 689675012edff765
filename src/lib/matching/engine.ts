// The one matching engine: evaluates each measure's eligibility tree against a Profile and
// explains every verdict per condition, in Chinese and English. The app and the `match` command
// both call `matchProfile`; there is no second implementation.
import type { Profile } from '../profile/profile.ts';
import {
	type Bilingual,
	type Certification,
	type Condition,
	type Tier,
	type Verdict,
	IMPLIED_TIERS,
	TIER_LADDER,
	tierRank
} from '../vocabulary.ts';
import { isWithin } from '../regions/tree.ts';
import { documentOf } from '../policy/dataset.ts';
import type { Dataset, Measure, PolicyDocument } from '../policy/types.ts';
import { heldCertifications, type HeldCertifications } from './held.ts';
import { explainRequirement, jurisdictionSentence } from './reasons.ts';

export type { Verdict };
export type Status = 'eligible' | 'maybe' | 'ineligible';

export type Reason = { verdict: Verdict; text: Bilingual };

export type MatchResult = {
	measureId: string;
	status: Status;
	/** One line per requirement, with its verdict for this profile. */
	reasons: Reason[];
	/** For an ineligible measure: the lowest ladder tier above the owner's that would unlock it. */
	unlockedBy?: Tier;
	/** With unlockedBy: the status that tier would give (eligible, or maybe if more is open). */
	unlockedStatus?: Exclude<Status, 'ineligible'>;
};

export type MatchOptions = {
	/** The year a hypothetical new certification would be obtained (usually this year). */
	year: number;
};

const STATUS: Record<Verdict, Status> = { met: 'eligible', unknown: 'maybe', unmet: 'ineligible' };

/**
 * The owner's place on the national ladder, implied tiers included; a 单项冠军 counts only where
 * the owner holds nothing else, since it is a separate track.
 */
export function highestTier(profile: Profile): Tier | undefined {
	const held = heldCertifications(profile);
	const onLadder = TIER_LADDER.filter((tier) => tier !== 'champion' && held.has(tier));
	return onLadder.at(-1) ?? (held.has('champion') ? 'champion' : undefined);
}

/** The ladder tiers the owner could still reach, lowest first: what "the next tier" may mean. */
export function tiersAbove(profile: Profile): Tier[] {
	const held = heldCertifications(profile);
	const highest = highestTier(profile);
	const floor = highest === undefined || highest === 'champion' ? -1 : tierRank(highest);
	return TIER_LADDER.filter(
		(tier) => !held.has(tier) && (tier === 'champion' || tierRank(tier) > floor)
	);
}

/** Whether the owner holds a ladder tier at or above `tier` (a champion implies no other tier). */
function reachesTier(held: HeldCertifications, tier: Tier): boolean {
	if (tier === 'champion') return held.has('champion');
	for (let rank = tierRank(tier); rank < TIER_LADDER.length - 1; rank++)
		if (held.has(TIER_LADDER[rank])) return true;
	return false;
}

/**
 * Whether a held certification was obtained within from..to. An implied tier's year is unknown;
 * so is a year the owner left out. `earlier` is the verdict for a year before `from`.
 */
function obtainedWithin(
	held: HeldCertifications,
	tiers: readonly Certification[],
	from: number,
	to: number | undefined,
	earlier: Verdict
): Verdict {
	let verdict: Verdict = 'unmet';
	for (const tier of tiers) {
		const holding = held.get(tier);
		if (!holding) continue;
		const { year } = holding;
		if (year === undefined) verdict = 'unknown';
		else if (year >= from && (to === undefined || year <= to)) return 'met';
		else if (year < from && earlier === 'unknown') verdict = 'unknown';
	}
	return verdict;
}

// Written as plain loops with early exits: this runs for every measure of every match.
export function verdictOf(
	condition: Condition,
	profile: Profile,
	document: PolicyDocument
): Verdict {
	if ('all' in condition) {
		let verdict: Verdict = 'met';
		for (const part of condition.all) {
			const v = verdictOf(part, profile, document);
			if (v === 'unmet') return v;
			if (v === 'unknown') verdict = v;
		}
		return verdict;
	}
	if ('any' in condition) {
		let verdict: Verdict = 'unmet';
		for (const part of condition.any) {
			const v = verdictOf(part, profile, document);
			if (v === 'met') return v;
			if (v === 'unknown') verdict = v;
		}
		return verdict;
	}
	if ('not' in condition) {
		const inner = verdictOf(condition.not, profile, document);
		return inner === 'unknown' ? inner : inner === 'met' ? 'unmet' : 'met';
	}
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return scope ? verdictOf(scope.condition, profile, document) : 'unknown';
	}
	if ('tierAtLeast' in condition)
		return reachesTier(heldCertifications(profile), condition.tierAtLeast) ? 'met' : 'unmet';
	if ('holds' in condition) {
		const held = heldCertifications(profile);
		for (const certification of condition.holds) if (held.has(certification)) return 'met';
		return 'unmet';
	}
	if ('certifiedBetween' in condition) {
		const { tiers, from, to } = condition.certifiedBetween;
		return obtainedWithin(heldCertifications(profile), tiers, from, to, 'unmet');
	}
	if ('certifiedInPeriod' in condition) {
		const { tiers, from, to } = condition.certifiedInPeriod;
		return obtainedWithin(heldCertifications(profile), tiers, from, to, 'unknown');
	}
	if ('pool' in condition)
		// Nobody can be ruled out of a cultivation pool by their answers: the keeper decides.
		return heldCertifications(profile).has('cultivation_pool') ? 'met' : 'unknown';
	if ('region' in condition) {
		if (condition.region.some((area) => isWithin(profile.region, area))) return 'met';
		// An owner who named only the wider area may still be registered inside the named one.
		return condition.region.some((area) => isWithin(area, profile.region)) ? 'unknown' : 'unmet';
	}
	if ('industry' in condition)
		return condition.industry.includes(profile.industry) ? 'met' : 'unmet';
	if ('revenue' in condition) {
		if (profile.revenue === 'unknown') return 'unknown';
		return condition.revenue.includes(profile.revenue) ? 'met' : 'unmet';
	}
	if ('employees' in condition) {
		if (profile.employees === 'unknown') return 'unknown';
		return condition.employees.includes(profile.employees) ? 'met' : 'unmet';
	}
	if ('situation' in condition) {
		if (profile.situations === undefined) return 'unknown';
		return profile.situations.includes(condition.situation) ? 'met' : 'unmet';
	}
	return 'unknown';
}

/** Reasons follow the tree's top-level requirements; nested groups read as one sentence each. */
function reasonsFor(condition: Condition, profile: Profile, document: PolicyDocument): Reason[] {
	if ('all' in condition) return condition.all.flatMap((c) => reasonsFor(c, profile, document));
	// "Registered in the document's own area" is the jurisdiction line already.
	if ('region' in condition && condition.region.every((c) => c === document.jurisdiction.code))
		return [];
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		if (scope && ('all' in scope.condition || 'region' in scope.condition))
			return reasonsFor(scope.condition, profile, document);
	}
	const verdict = verdictOf(condition, profile, document);
	return [{ verdict, text: explainRequirement(condition, verdict, profile, document) }];
}

/**
 * Whether the owner's region lies in the document's jurisdiction. An owner who named only a city
 * may still be registered in a district that has its own document: that is for them to confirm.
 */
function jurisdictionVerdict(document: PolicyDocument, region: string): Verdict {
	const { code } = document.jurisdiction;
	if (isWithin(region, code)) return 'met';
	return isWithin(code, region) ? 'unknown' : 'unmet';
}

/**
 * Profiles with one more ladder tier each, lowest first: what "the next tier" would change. The
 * tier is obtained in `year`, so a window for certificates that has closed stays closed.
 */
function hypotheticalTiers(profile: Profile, year: number): [Tier, Profile][] {
	const held = heldCertifications(profile);
	return tiersAbove(profile).map((tier) => {
		// The lower tiers it requires and the owner lacks would be obtained by then too.
		const alongside = IMPLIED_TIERS[tier].filter((lower) => !held.has(lower));
		const added = [tier, ...alongside].map((t) => ({ tier: t, year }));
		return [tier, { ...profile, certifications: [...profile.certifications, ...added] }];
	});
}

/**
 * One measure's verdict. Its reasons are sentences, composed only when read (matching thousands of
 * measures only needs the verdicts); toJSON writes them out for the `match` command.
 */
class Result implements MatchResult {
	unlockedBy?: Tier;
	unlockedStatus?: Exclude<Status, 'ineligible'>;
	#explained: Reason[] | undefined;

	constructor(
		readonly measureId: string,
		readonly status: Status,
		private readonly explain: () => Reason[]
	) {}

	get reasons(): Reason[] {
		return (this.#explained ??= this.explain());
	}

	toJSON() {
		const { measureId, status, reasons, unlockedBy, unlockedStatus } = this;
		return unlockedBy
			? { measureId, status, reasons, unlockedBy, unlockedStatus }
			: { measureId, status, reasons };
	}
}

function matchOne(
	measure: Measure,
	document: PolicyDocument,
	profile: Profile,
	above: [Tier, Profile][],
	where: Verdict
): MatchResult {
	// Outside the jurisdiction nothing else matters; say only that.
	const eligibility = where === 'unmet' ? where : verdictOf(measure.eligibility, profile, document);
	const verdict: Verdict =
		eligibility === 'unmet' ? 'unmet' : where === 'unknown' ? 'unknown' : eligibility;
	const result = new Result(measure.id, STATUS[verdict], () => {
		const place = { verdict: where, text: jurisdictionSentence(document, where) };
		return where === 'unmet'
			? [place]
			: [place, ...reasonsFor(measure.eligibility, profile, document)];
	});
	if (verdict === 'unmet' && where !== 'unmet') {
		for (const [tier, raised] of above) {
			const raisedVerdict = verdictOf(measure.eligibility, raised, document);
			if (raisedVerdict === 'unmet') continue;
			result.unlockedBy = tier;
			result.unlockedStatus = raisedVerdict === 'met' ? 'eligible' : 'maybe';
			break;
		}
	}
	return result;
}

/** Matches a profile against every measure of the dataset, in dataset order. */
export function matchProfile(
	dataset: Dataset,
	profile: Profile,
	options: MatchOptions
): MatchResult[] {
	const above = hypotheticalTiers(profile, options.year);
	// Where the owner is registered is decided once per document, not once per measure.
	const places = new Map<PolicyDocument, Verdict>();
	return dataset.measures.map((measure) => {
		const document = documentOf(dataset, measure);
		let where = places.get(document);
		if (where === undefined)
			places.set(document, (where = jurisdictionVerdict(document, profile.region)));
		return matchOne(measure, document, profile, above, where);
	});
}
