// Turns match results into the checklist an owner reads: what applies, what may apply, what the
// next tier would unlock, with totals that respect "从高、不重复" and never count unknowns as zero.
import { cashValue } from '../policy/amount.ts';
import { CASH_BENEFIT_TYPES, type Category, type Need, type Tier } from '../vocabulary.ts';
import { type Contact, type Dataset, type Measure } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';
import { documentsCovering } from '../policy/dataset.ts';
import {
	matchProfile,
	tiersAbove,
	type MatchOptions,
	type MatchResult
} from '../matching/engine.ts';

export type ChecklistItem = { measure: Measure; result: MatchResult; needed: boolean };

export type Totals = {
	/** Sum of stated cash amounts, counting only the highest of each exclusivity group. */
	statedWan: number;
	/** Measures whose amounts were left out because a higher one of their group counts. */
	excludedByExclusivity: number;
	/** Cash measures with no fixed amount: case by case, a rate, or not stated. */
	unquantified: number;
	/** Loans, guarantees, services and other support that is not money to add up. */
	nonCash: number;
	/** Groups whose rule "only the highest is paid" shaped the sum. */
	exclusivityApplied: boolean;
};

export type TierStep = {
	tier: Tier;
	/** Measures this tier (and none lower) would move to eligible or maybe. */
	unlocked: ChecklistItem[];
	totals: Totals;
};

export type Checklist = {
	profile: Profile;
	covered: boolean;
	eligible: ChecklistItem[];
	maybe: ChecklistItem[];
	/** The ladder above the owner's tier, lowest first; the first entry is "the next tier". */
	ladder: TierStep[];
	totals: Totals;
	maybeTotals: Totals;
};

/** Which categories each need brings to the top; `cash` lifts any measure that pays money. */
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

export function meetsNeeds(measure: Measure, needs: readonly Need[]): boolean {
	return needs.some((need) =>
		need === 'cash' ? cashValue(measure) !== null : NEED_CATEGORIES[need].includes(measure.category)
	);
}

export function totalsOf(measures: Measure[]): Totals {
	const best = new Map<string, number>();
	let statedWan = 0;
	let unquantified = 0;
	let nonCash = 0;
	let groupedCount = 0;
	for (const measure of measures) {
		const value = cashValue(measure);
		const isCash = CASH_BENEFIT_TYPES.includes(measure.benefit.type);
		if (value === null) {
			if (isCash) unquantified++;
			else nonCash++;
			continue;
		}
		const group = measure.benefit.exclusivityGroup;
		if (!group) statedWan += value;
		else {
			groupedCount++;
			best.set(group, Math.max(best.get(group) ?? 0, value));
		}
	}
	for (const value of best.values()) statedWan += value;
	const excludedByExclusivity = groupedCount - best.size;
	return {
		statedWan,
		excludedByExclusivity,
		unquantified,
		nonCash,
		exclusivityApplied: excludedByExclusivity > 0
	};
}

/** Needs first, then by stated value (highest first), then in the documents' own order. */
export function byPriority(a: ChecklistItem, b: ChecklistItem): number {
	if (a.needed !== b.needed) return a.needed ? -1 : 1;
	return (cashValue(b.measure) ?? -1) - (cashValue(a.measure) ?? -1);
}

export function buildChecklist(
	dataset: Dataset,
	profile: Profile,
	options: MatchOptions
): Checklist {
	const measures = new Map(dataset.measures.map((m) => [m.id, m]));
	const itemsOf = (results: MatchResult[], status: MatchResult['status']) =>
		results
			.filter((r) => r.status === status)
			.map((result) => {
				const measure = measures.get(result.measureId)!;
				return { measure, result, needed: meetsNeeds(measure, profile.needs) };
			})
			.sort(byPriority);

	const results = matchProfile(dataset, profile, options);
	const eligible = itemsOf(results, 'eligible');
	const maybe = itemsOf(results, 'maybe');
	const ladder = tiersAbove(profile).map((tier) => {
		const unlocked = results
			.filter((r) => r.unlockedBy === tier)
			.map((result) => {
				const measure = measures.get(result.measureId)!;
				return { measure, result, needed: meetsNeeds(measure, profile.needs) };
			})
			.sort(byPriority);
		return { tier, unlocked, totals: totalsOf(unlocked.map((i) => i.measure)) };
	});

	return {
		profile,
		covered: documentsCovering(dataset, profile.region).length > 0,
		eligible,
		maybe,
		ladder,
		totals: totalsOf(eligible.map((i) => i.measure)),
		maybeTotals: totalsOf(maybe.map((i) => i.measure))
	};
}

export type Group = { key: string; items: ChecklistItem[] };

/** Groups items by category, keeping the needed categories first. */
export function groupByCategory(items: ChecklistItem[]): Group[] {
	const groups = new Map<string, ChecklistItem[]>();
	for (const item of items)
		groups.set(item.measure.category, [...(groups.get(item.measure.category) ?? []), item]);
	return [...groups]
		.map(([key, grouped]) => ({ key, items: grouped }))
		.sort((a, b) => Number(b.items[0].needed) - Number(a.items[0].needed));
}

export type DepartmentGroup = { contact: Contact; documentId: string; items: ChecklistItem[] };

/** The visit sheet: every department involved, with the measures to raise with each. */
export function groupByDepartment(items: ChecklistItem[]): DepartmentGroup[] {
	const groups = new Map<string, DepartmentGroup>();
	for (const item of items)
		for (const contact of item.measure.contacts) {
			const key = `${item.measure.documentId}/${contact.key}`;
			const group = groups.get(key) ?? { contact, documentId: item.measure.documentId, items: [] };
			group.items.push(item);
			groups.set(key, group);
		}
	return [...groups.values()].sort((a, b) => b.items.length - a.items.length);
}

/** All items, highest stated value first. */
export function sortByValue(items: ChecklistItem[]): ChecklistItem[] {
	return [...items].sort((a, b) => (cashValue(b.measure) ?? -1) - (cashValue(a.measure) ?? -1));
}
