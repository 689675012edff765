// Turns match results into the checklist an owner reads: what applies, what may apply, what the
// next tier would unlock, with totals that respect "从高、不重复" and never count unknowns as zero.
import { cashValue } from '../policy/amount.ts';
import { type BenefitType, CASH_BENEFIT_TYPES, type Tier } from '../vocabulary.ts';
import { type Contact, type Dataset, type Measure } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';
import { documentOf, documentsCovering } from '../policy/dataset.ts';
import { byRank, standingOf, topActions, type Standing } from './ranking.ts';
import {
	matchProfile,
	tiersAbove,
	type MatchOptions,
	type MatchResult
} from '../matching/engine.ts';

export type ChecklistItem = { measure: Measure; result: MatchResult; standing: Standing };

export type Totals = {
	/** Sum of stated cash amounts, counting only the highest of each exclusivity group. */
	statedWan: number;
	/** Some amount in the sum is a ceiling (最高 / 不超过): the sum is "up to". */
	ceiling: boolean;
	/** Measures left out because a higher one of their "从高、不重复" group counts. */
	excludedByExclusivity: number;
	/** Measures left out because the text gives them "分别" to different tiers: one is paid. */
	excludedAsAlternatives: number;
	/** Cash measures with no fixed amount: case by case, a rate, or not stated. */
	unquantified: number;
	/** Loans, guarantees and services: support that is worth something but is not money paid. */
	nonCash: number;
	/** Groups whose rule "only the highest is paid" shaped the sum. */
	exclusivityApplied: boolean;
};

export type TierStep = {
	tier: Tier;
	/** Measures this tier (and none lower) would move to eligible or maybe. */
	unlocked: ChecklistItem[];
	totals: Totals;
	/**
	 * What the tier surely adds to the money that already counts: the amounts it makes eligible
	 * less what they replace within the same group (郑州: provincial 50万 → little giant adds
	 * 150万, not 200万).
	 */
	gain: Sum;
	/** The same, counting also what the tier would leave to confirm ("maybe"). */
	possibleGain: Sum;
};

export type Checklist = {
	profile: Profile;
	covered: boolean;
	eligible: ChecklistItem[];
	maybe: ChecklistItem[];
	/** "先办这几件": the 3–5 actions to take first, from eligible and maybe (ranking.ts). */
	top: ChecklistItem[];
	/** The ladder above the owner's tier, lowest first; the first entry is "the next tier". */
	ladder: TierStep[];
	totals: Totals;
	maybeTotals: Totals;
};

/** Support that has a value but is not money paid out, counted apart from the sum. */
const NON_CASH_TYPES: readonly BenefitType[] = ['loan', 'guarantee', 'service'];

type GroupBest = { measure: Measure; value: number; members: number };

export function totalsOf(measures: Measure[]): Totals {
	const best = new Map<string, GroupBest>();
	let statedWan = 0;
	let ceiling = false;
	let unquantified = 0;
	let nonCash = 0;
	for (const measure of measures) {
		const value = cashValue(measure);
		if (value === null) {
			if (CASH_BENEFIT_TYPES.includes(measure.benefit.type)) unquantified++;
			else if (NON_CASH_TYPES.includes(measure.benefit.type)) nonCash++;
			continue;
		}
		const { exclusivityGroup, alternativeGroup } = measure.benefit;
		const group = exclusivityGroup ?? alternativeGroup;
		if (!group) {
			statedWan += value;
			ceiling ||= isCeiling(measure);
			continue;
		}
		const held = best.get(group);
		if (!held) best.set(group, { measure, value, members: 1 });
		else {
			held.members++;
			if (value > held.value) Object.assign(held, { measure, value });
		}
	}
	let excludedByExclusivity = 0;
	let excludedAsAlternatives = 0;
	for (const { measure, value, members } of best.values()) {
		statedWan += value;
		ceiling ||= isCeiling(measure);
		if (measure.benefit.exclusivityGroup) excludedByExclusivity += members - 1;
		else excludedAsAlternatives += members - 1;
	}
	return {
		statedWan,
		ceiling,
		excludedByExclusivity,
		excludedAsAlternatives,
		unquantified,
		nonCash,
		exclusivityApplied: excludedByExclusivity + excludedAsAlternatives > 0
	};
}

function isCeiling(measure: Measure): boolean {
	const { amount } = measure.benefit;
	return amount.kind === 'stated' && amount.upTo;
}

/**
 * The totals of `added` as they would add to `base`: a reward that only replaces a higher one of
 * its group already counted in `base` adds nothing to the sum.
 */
export function totalsBeyond(base: Measure[], added: Measure[]): Totals {
	const gain = gainOver(base, added);
	return { ...totalsOf(added), statedWan: gain.wan, ceiling: gain.ceiling };
}

/** A sum of stated money; `ceiling` when some part of it is an upper limit (最高). */
export type Sum = { wan: number; ceiling: boolean };

/** What adding `added` to `base` raises the sum by, under the same group rules. */
export function gainOver(base: Measure[], added: Measure[]): Sum {
	const before = totalsOf(base);
	const after = totalsOf([...base, ...added]);
	return {
		wan: after.statedWan - before.statedWan,
		ceiling: after.ceiling && after.statedWan > before.statedWan
	};
}

export function buildChecklist(
	dataset: Dataset,
	profile: Profile,
	options: MatchOptions
): Checklist {
	const measures = new Map(dataset.measures.map((m) => [m.id, m]));
	const itemsWhere = (keep: (result: MatchResult) => boolean) =>
		results
			.filter(keep)
			.map((result) => {
				const measure = measures.get(result.measureId)!;
				return {
					measure,
					result,
					standing: standingOf(measure, profile, documentOf(dataset, measure))
				};
			})
			.sort(byRank);

	const results = matchProfile(dataset, profile, options);
	const eligible = itemsWhere((r) => r.status === 'eligible');
	const maybe = itemsWhere((r) => r.status === 'maybe');
	const counted = eligible.map((i) => i.measure);
	const ladder = tiersAbove(profile).map((tier) => {
		const unlocked = itemsWhere((r) => r.unlockedBy === tier);
		// Money the tier would surely add: what it makes eligible, not what it leaves to confirm.
		const surely = unlocked.filter((i) => i.result.unlockedStatus === 'eligible');
		const unlockedMeasures = unlocked.map((i) => i.measure);
		return {
			tier,
			unlocked,
			totals: totalsOf(unlockedMeasures),
			gain: gainOver(
				counted,
				surely.map((i) => i.measure)
			),
			possibleGain: gainOver(counted, unlockedMeasures)
		};
	});

	return {
		profile,
		covered: documentsCovering(dataset, profile.region).length > 0,
		eligible,
		maybe,
		top: topActions([...eligible, ...maybe]),
		ladder,
		totals: totalsOf(counted),
		maybeTotals: totalsBeyond(
			counted,
			maybe.map((i) => i.measure)
		)
	};
}

/**
 * Nothing applies and nothing may apply (an uncovered region, or answers no measure fits): such a
 * result is shown with what Huiqi covers, never saved, shared or printed as a checklist.
 */
export function isEmpty(checklist: Checklist): boolean {
	return checklist.eligible.length === 0 && checklist.maybe.length === 0;
}

export type Group = { key: string; items: ChecklistItem[] };

/** Groups items by category, in the order of each category's first item (items come ranked). */
export function groupByCategory(items: ChecklistItem[]): Group[] {
	const groups = new Map<string, ChecklistItem[]>();
	for (const item of items)
		groups.set(item.measure.category, [...(groups.get(item.measure.category) ?? []), item]);
	return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}

/**
 * The office to call first: the measure's lead (a reviewed judgement in the record). A record
 * that names no lead gives all its contacts, to be read as "one of these".
 */
export function leadContacts(measure: Measure): Contact[] {
	const lead = measure.contacts.find((c) => c.key === measure.lead);
	return lead ? [lead] : measure.contacts;
}

export type OfficeGroup = {
	key: string;
	/** The lead office (several only where a record names no lead). */
	contacts: Contact[];
	items: ChecklistItem[];
};

/**
 * The visit sheet: each lead office with the measures to raise there, offices in the order of
 * their first item (items come ranked, so the office of the first action comes first). Offices
 * that are only co-responsible stay on each measure's own card.
 */
export function groupByLead(items: ChecklistItem[]): OfficeGroup[] {
	const groups = new Map<string, OfficeGroup>();
	for (const item of items) {
		const contacts = leadContacts(item.measure);
		const key = `${item.measure.documentId}/${contacts.map((c) => c.key).join('+')}`;
		const group = groups.get(key) ?? { key, contacts, items: [] };
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** All items, highest stated value first. */
export function sortByValue(items: ChecklistItem[]): ChecklistItem[] {
	return [...items].sort((a, b) => (cashValue(b.measure) ?? -1) - (cashValue(a.measure) ?? -1));
}
