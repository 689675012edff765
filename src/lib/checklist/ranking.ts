// The order of the checklist and the few actions it puts first ("先办这几件"). The rule is
// written down in docs/ranking.md and tested as named scenarios in tests/unit/ranking.test.ts:
//   1. what applies before what may apply;
//   2. concrete offers (money, loans, certifications, named products and services: the record's
//      `form: concrete`) before general encouragement;
//   3. time-bound offers of money, finance or recognition (for a certificate obtained in a stated
//      period: newly-certified rewards) before open-ended ones, since their window closes;
//   4. the owner's chosen needs before the rest (a cash need matches every reward and subsidy,
//      whether or not it states an amount);
//   5. money, then loans, guarantees and investment, then recognitions, then anything else;
//   6. the higher stated amount first; then the documents' own order.
import { cashValue } from '../policy/amount.ts';
import type { Measure, PolicyDocument } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';
import { verdictOf, type MatchResult } from '../matching/engine.ts';
import {
	type BenefitType,
	CASH_BENEFIT_TYPES,
	type Category,
	type Condition,
	type Need
} from '../vocabulary.ts';

/** What kind of offer a measure is, in the order rule 5 ranks them. */
export const OFFER_KINDS = ['money', 'finance', 'recognition', 'other'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

const KIND_OF_BENEFIT: Partial<Record<BenefitType, OfferKind>> = {
	reward: 'money',
	subsidy: 'money',
	interest_subsidy: 'money',
	loan: 'finance',
	guarantee: 'finance',
	equity: 'finance',
	recommendation: 'recognition'
};

/** Where a measure stands for one owner: everything the rule looks at besides its status. */
export type Standing = {
	concrete: boolean;
	/** For a certificate obtained in a stated period, and the owner's certificate may fall in it. */
	timeBound: boolean;
	/** The first of the owner's needs the measure meets. */
	need?: Need;
	kind: OfferKind;
	/** The stated sum of money, where there is one. */
	value: number | null;
};

/** Which categories each need brings forward; `cash` brings every reward and subsidy. */
const NEED_CATEGORIES: Record<Exclude<Need, 'cash'>, Category[]> = {
	finance: ['finance'],
	listing: ['listing'],
	rnd: ['rnd'],
	digital: ['digital'],
	tech_upgrade: ['tech_upgrade'],
	talent: ['talent'],
	market: ['market'],
	ip_standards: ['ip_standards'],
	quality_brand: ['quality_brand'],
	land_energy: ['land_energy'],
	services: ['services', 'cultivation']
};

/** The first of `needs` the measure meets, if any. */
export function needMet(measure: Measure, needs: readonly Need[]): Need | undefined {
	return needs.find((need) =>
		need === 'cash'
			? CASH_BENEFIT_TYPES.includes(measure.benefit.type)
			: NEED_CATEGORIES[need].includes(measure.category)
	);
}

/**
 * Whether the measure is for a certificate obtained within a stated period (certifiedBetween,
 * certifiedInPeriod) that the owner's certificate meets or may meet. Conditions under `not` and
 * alternatives the owner's window cannot meet do not count.
 */
function timeBound(condition: Condition, profile: Profile, document: PolicyDocument): boolean {
	if ('all' in condition) return condition.all.some((c) => timeBound(c, profile, document));
	if ('any' in condition) return condition.any.some((c) => timeBound(c, profile, document));
	if ('certifiedBetween' in condition || 'certifiedInPeriod' in condition)
		return verdictOf(condition, profile, document) !== 'unmet';
	return false;
}

export function standingOf(measure: Measure, profile: Profile, document: PolicyDocument): Standing {
	return {
		concrete: measure.form !== 'general',
		timeBound: timeBound(measure.eligibility, profile, document),
		need: needMet(measure, profile.needs),
		kind: KIND_OF_BENEFIT[measure.benefit.type] ?? 'other',
		value: cashValue(measure)
	};
}

/** An item as the rule sees it: a ladder item counts with the status its tier would give. */
export type Rankable = { result: MatchResult; standing: Standing };

const statusRank = ({ result }: Rankable) =>
	(result.unlockedStatus ?? result.status) === 'eligible' ? 0 : 1;

/**
 * A window that closes on something of worth: a time-bound offer of money, finance or recognition.
 * A time-bound commendation or publicity does not outrank what the owner asked for.
 */
const closingWindow = (standing: Standing) => standing.timeBound && standing.kind !== 'other';

/** The rule's comparison: negative when `a` comes first. Ties keep the documents' order. */
export function byRank(a: Rankable, b: Rankable): number {
	const x = a.standing;
	const y = b.standing;
	return (
		statusRank(a) - statusRank(b) ||
		Number(y.concrete) - Number(x.concrete) ||
		Number(closingWindow(y)) - Number(closingWindow(x)) ||
		Number(y.need !== undefined) - Number(x.need !== undefined) ||
		OFFER_KINDS.indexOf(x.kind) - OFFER_KINDS.indexOf(y.kind) ||
		(y.value ?? -1) - (x.value ?? -1)
	);
}

/** "先办这几件" lists at least this many items where there are, and at most TOP_MAX. */
export const TOP_MIN = 3;
export const TOP_MAX = 5;

/**
 * Strong enough to be done first on its own merit: applies, is concrete, and is time-bound, meets
 * a need, or is money, finance or a recognition.
 */
function strong(item: Rankable): boolean {
	const { standing } = item;
	return (
		statusRank(item) === 0 &&
		standing.concrete &&
		(standing.timeBound || standing.need !== undefined || standing.kind !== 'other')
	);
}

/**
 * The actions to take first, from items in rank order: up to TOP_MAX strong ones; where fewer
 * than TOP_MIN are strong, the next concrete ones, then any, until there are TOP_MIN.
 */
export function topActions<Item extends Rankable>(ranked: readonly Item[]): Item[] {
	const top = ranked.filter(strong).slice(0, TOP_MAX);
	const fill = (keep: (item: Item) => boolean) => {
		for (const item of ranked)
			if (top.length < TOP_MIN && !top.includes(item) && keep(item)) top.push(item);
	};
	fill((item) => item.standing.concrete);
	fill(() => true);
	return top.sort(byRank);
}

/** Why an item is among the first, in a word (the page words each one, docs/ranking.md). */
export type TopReason =
	| 'confirm'
	| 'new-reward'
	| 'new'
	| 'need'
	| 'money'
	| 'finance'
	| 'recognition'
	| 'concrete'
	| 'general';

export function topReason(item: Rankable): TopReason {
	const { standing } = item;
	if (statusRank(item) !== 0) return 'confirm';
	if (standing.timeBound) return standing.kind === 'money' ? 'new-reward' : 'new';
	if (standing.need) return 'need';
	if (!standing.concrete) return 'general';
	return standing.kind === 'other' ? 'concrete' : standing.kind;
}
