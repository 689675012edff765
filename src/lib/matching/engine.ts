// The one matching engine: evaluates each measure's eligibility tree against a Profile and
// explains every verdict per condition, in Chinese and English. The app and the `match` command
// both call `matchProfile`; there is no second implementation.
import type { Profile } from '../profile/profile.ts';
import { type Bilingual, type Condition, type Tier, TIER_LADDER, tierRank } from '../vocabulary.ts';
import { isWithin } from '../regions/tree.ts';
import { jurisdictionName } from '../policy/jurisdiction.ts';
import { documentOf } from '../policy/dataset.ts';
import type { Dataset, Measure, PolicyDocument } from '../policy/types.ts';
import { requirementText } from './requirements.ts';

export type Verdict = 'met' | 'unmet' | 'unknown';
export type Status = 'eligible' | 'maybe' | 'ineligible';

export type Reason = { verdict: Verdict; text: Bilingual };

export type MatchResult = {
	measureId: string;
	status: Status;
	/** One line per requirement, with its verdict for this profile. */
	reasons: Reason[];
	/** For an ineligible measure: the lowest ladder tier above the owner's that would unlock it. */
	unlockedBy?: Tier;
};

export type MatchOptions = {
	/** The year a hypothetical new certification would be obtained (usually this year). */
	year: number;
};

const STATUS: Record<Verdict, Status> = { met: 'eligible', unknown: 'maybe', unmet: 'ineligible' };

export function highestTier(profile: Profile): Tier | undefined {
	let best: number = -1;
	for (const { tier } of profile.certifications)
		best = Math.max(best, (TIER_LADDER as readonly string[]).indexOf(tier));
	return best < 0 ? undefined : TIER_LADDER[best];
}

/** The tiers above the owner's highest one, lowest first. */
export function tiersAbove(profile: Profile): Tier[] {
	const highest = highestTier(profile);
	return TIER_LADDER.filter((t) => highest === undefined || tierRank(t) > tierRank(highest));
}

function all(verdicts: Verdict[]): Verdict {
	if (verdicts.includes('unmet')) return 'unmet';
	return verdicts.includes('unknown') ? 'unknown' : 'met';
}

/** The highest ladder rank a profile holds, -1 for none; asked for once per measure, kept once. */
const ranks = new WeakMap<Profile, number>();
function highestRank(profile: Profile): number {
	let rank = ranks.get(profile);
	if (rank === undefined) {
		rank = -1;
		for (const { tier } of profile.certifications)
			rank = Math.max(rank, (TIER_LADDER as readonly string[]).indexOf(tier));
		ranks.set(profile, rank);
	}
	return rank;
}

// Written as plain loops with early exits: this runs for every measure of every match.
function verdictOf(condition: Condition, profile: Profile, document: PolicyDocument): Verdict {
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
		return highestRank(profile) >= tierRank(condition.tierAtLeast) ? 'met' : 'unmet';
	if ('holds' in condition) {
		for (const held of profile.certifications)
			if (condition.holds.includes(held.tier)) return 'met';
		return 'unmet';
	}
	if ('certifiedBetween' in condition) {
		const { tiers, from, to } = condition.certifiedBetween;
		let verdict: Verdict = 'unmet';
		for (const { tier, year } of profile.certifications) {
			if (!tiers.includes(tier)) continue;
			if (year === undefined) verdict = 'unknown';
			else if (year >= from && (to === undefined || year <= to)) return 'met';
		}
		return verdict;
	}
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
	const verdict = verdictOf(condition, profile, document);
	const text = requirementText(condition, document, profile.region);
	const needsYear = verdict === 'unknown' && 'certifiedBetween' in condition;
	return [
		{
			verdict,
			text: needsYear
				? { zh: `${text.zh}（请补充认定年份）`, en: `${text.en} (add the year obtained)` }
				: text
		}
	];
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

function jurisdictionReason(document: PolicyDocument, verdict: Verdict): Reason {
	const name = jurisdictionName(document);
	return {
		verdict,
		text:
			verdict === 'unknown'
				? {
						zh: `需确认注册地是否在${name.zh}（您只选到了上一级地区）`,
						en: `Confirm you are registered in ${name.en} (you chose only the wider area)`
					}
				: { zh: `注册地在${name.zh}`, en: `Registered in ${name.en}` }
	};
}

function withTier(profile: Profile, tier: Tier, year: number): Profile {
	return {
		...profile,
		certifications: [...profile.certifications.filter((c) => c.tier !== tier), { tier, year }]
	};
}

/** Profiles with one more ladder tier each, lowest first: what "the next tier" would change. */
function hypotheticalTiers(profile: Profile, year: number): [Tier, Profile][] {
	return tiersAbove(profile).map((tier) => [tier, withTier(profile, tier, year)]);
}

/**
 * One measure's verdict. Its reasons are sentences, composed only when read (matching thousands of
 * measures only needs the verdicts); toJSON writes them out for the `match` command.
 */
class Result implements MatchResult {
	unlockedBy?: Tier;
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
		const { measureId, status, reasons, unlockedBy } = this;
		return unlockedBy ? { measureId, status, reasons, unlockedBy } : { measureId, status, reasons };
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
	const verdict =
		where === 'unmet' ? where : all([where, verdictOf(measure.eligibility, profile, document)]);
	const result = new Result(measure.id, STATUS[verdict], () => {
		const place = jurisdictionReason(document, where);
		return where === 'unmet'
			? [place]
			: [place, ...reasonsFor(measure.eligibility, profile, document)];
	});
	if (verdict === 'unmet' && where !== 'unmet') {
		const unlock = above.find(
			([, raised]) => verdictOf(measure.eligibility, raised, document) !== 'unmet'
		);
		if (unlock) result.unlockedBy = unlock[0];
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
