// The ranking rule of docs/ranking.md, as named scenarios against the real dataset: which items
// an owner is told to do first, and why.
import { describe, expect, test } from 'vitest';
import { buildChecklist, type ChecklistItem } from '../../src/lib/checklist/checklist.ts';
import {
	byRank,
	TOP_MAX,
	TOP_MIN,
	topActions,
	topReason
} from '../../src/lib/checklist/ranking.ts';
import type { Profile } from '../../src/lib/profile/profile.ts';
import { dataset, OPTIONS } from '../fixtures/scenarios.ts';
import {
	dazuLittleGiant,
	guangxiLittleGiant,
	jinanServiceFirm,
	REFERENCE_OWNERS,
	zhengzhouManufacturer
} from '../fixtures/profiles.ts';

const checklistOf = (profile: Profile) => buildChecklist(dataset, profile, OPTIONS);
const ids = (items: ChecklistItem[]) => items.map((i) => i.measure.id);
const ranked = (profile: Profile) => {
	const checklist = checklistOf(profile);
	return [...checklist.eligible, ...checklist.maybe];
};
const position = (items: ChecklistItem[], id: string) => {
	const index = ids(items).indexOf(id);
	expect(index, `${id} is in the list`).toBeGreaterThanOrEqual(0);
	return index;
};

describe('what comes first', () => {
	test('a Zhengzhou provincial SRDI firm certified in 2023 is first told to claim the 50万 new-certificate reward, then the loans it asked for', () => {
		const { top } = checklistOf(zhengzhouManufacturer);
		expect(ids(top)).toEqual([
			'zz-new-provincial-srdi-reward',
			'zz-srdi-loan',
			'zz-credit-financing',
			'zz-preferential-interest-rate',
			'zz-zhengke-loan'
		]);
		expect(top.map(topReason)).toEqual(['new-reward', 'need', 'need', 'need', 'need']);
		expect(top[1].standing.need).toBe('finance');
	});

	test('asking for digital help instead of finance puts the digital services right after the reward', () => {
		const { top } = checklistOf({ ...zhengzhouManufacturer, needs: ['digital'] });
		expect(ids(top)).toEqual([
			'zz-new-provincial-srdi-reward',
			'zz-industry-platform-solution',
			'zz-cloud-blockchain-programme',
			'zz-smart-manufacturing-diagnosis',
			'zz-smart-manufacturing-solution'
		]);
		expect(top.slice(1).map((i) => i.standing.need)).toEqual([
			'digital',
			'digital',
			'digital',
			'digital'
		]);
	});

	test('with no need chosen, money and loans still come before services, and each says so', () => {
		const { top } = checklistOf({ ...zhengzhouManufacturer, needs: [] });
		expect(top.map(topReason)).toEqual(['new-reward', 'finance', 'finance', 'finance', 'finance']);
	});

	test('a Dazu little giant certified in 2023 is first pointed to the financing it asked for; the commendation of newly certified firms, no money stated, does not outrank it', () => {
		const { top, eligible } = checklistOf(dazuLittleGiant);
		expect(top.slice(0, 4).map(topReason)).toEqual(['need', 'need', 'need', 'need']);
		expect(top.slice(0, 4).every((i) => i.measure.category === 'finance')).toBe(true);
		const commendation = eligible[position(eligible, 'dz-commendation')];
		expect(commendation.standing.timeBound).toBe(true);
		expect(topReason(commendation)).toBe('new');
		// Without a need chosen, it comes after the money, loans and recommendations that apply.
		const noNeeds = checklistOf({ ...dazuLittleGiant, needs: [] }).eligible;
		const lastOfWorth = noNeeds.findLastIndex(
			(i) => i.standing.concrete && i.standing.kind !== 'other'
		);
		expect(position(noNeeds, 'dz-commendation')).toBeGreaterThan(lastOfWorth);
	});

	test('a Jinan service firm with no certificate and no need gets three concrete things to do, the ones that apply first', () => {
		const checklist = checklistOf(jinanServiceFirm);
		expect(checklist.top).toHaveLength(TOP_MIN);
		expect(checklist.top.every((i) => i.standing.concrete)).toBe(true);
		expect(checklist.top.every((i) => i.result.status === 'eligible')).toBe(true);
		expect(checklist.top.map(topReason)).toEqual(['concrete', 'concrete', 'concrete']);
	});

	test('every reference owner gets three to five actions, each with a reason', () => {
		for (const profile of Object.values(REFERENCE_OWNERS)) {
			const { top } = checklistOf(profile);
			expect(top.length).toBeGreaterThanOrEqual(TOP_MIN);
			expect(top.length).toBeLessThanOrEqual(TOP_MAX);
			for (const item of top) expect(topReason(item)).not.toBe('general');
		}
	});
});

describe('the order of the whole list', () => {
	test('everything that applies comes before anything that may apply', () => {
		for (const profile of Object.values(REFERENCE_OWNERS)) {
			const statuses = ranked(profile).map((i) => i.result.status);
			expect(statuses.lastIndexOf('eligible')).toBeLessThan(
				statuses.indexOf('maybe') === -1 ? Infinity : statuses.indexOf('maybe')
			);
		}
	});

	test('concrete offers come before general encouragement, a chosen need notwithstanding', () => {
		const { eligible } = checklistOf(dazuLittleGiant);
		const lastConcrete = eligible.findLastIndex((i) => i.standing.concrete);
		const firstGeneral = eligible.findIndex((i) => !i.standing.concrete);
		expect(firstGeneral).toBeGreaterThan(lastConcrete);
		// The district's yearly funds are money the owner asked for, but only encouragement.
		expect(position(eligible, 'dz-annual-district-funds')).toBeGreaterThan(lastConcrete);
	});

	test('a cash need lifts every reward and subsidy, whether or not it states an amount', () => {
		const rewards = [
			'dz-first-of-kind-support',
			'dz-digital-workshop-funding',
			'dz-incubated-enterprise-reward',
			'dz-listing-reward'
		];
		// None of the four states an amount; without the cash need the loans asked for come first.
		const financeOnly = checklistOf({ ...dazuLittleGiant, needs: ['finance'] });
		expect(financeOnly.maybe[0].measure.category).toBe('finance');
		for (const id of rewards)
			expect(position(financeOnly.maybe, id)).toBeGreaterThan(
				position(financeOnly.maybe, 'dz-credit-line-rnd-deduction')
			);
		const withCash = checklistOf({ ...dazuLittleGiant, needs: ['finance', 'cash'] });
		expect(ids(withCash.maybe).slice(0, 4).sort()).toEqual([...rewards].sort());
		expect(withCash.maybe[0].standing.need).toBe('cash');
	});

	test('time-bound items come before open-ended ones: a Guangxi little giant certified in 2023 sees its reward before the loans it asked for', () => {
		const { top, eligible } = checklistOf(guangxiLittleGiant);
		expect(eligible[0].measure.id).toBe('gx-national-srdi-reward');
		expect(eligible[0].standing.timeBound).toBe(true);
		expect(topReason(top[0])).toBe('new-reward');
		expect(eligible.filter((i) => i.standing.timeBound).map((i) => i.measure.id)).not.toContain(
			'gx-regional-srdi-reward'
		);
	});

	test('a higher stated amount comes first among otherwise equal items', () => {
		const a = {
			result: { measureId: 'a', status: 'eligible' as const, reasons: [] },
			standing: base(50)
		};
		const b = {
			result: { measureId: 'b', status: 'eligible' as const, reasons: [] },
			standing: base(200)
		};
		expect([a, b].sort(byRank).map((i) => i.result.measureId)).toEqual(['b', 'a']);
	});
});

describe('picking the first actions', () => {
	const item = (id: string, standing: Partial<ReturnType<typeof base>>, status = 'eligible') => ({
		result: { measureId: id, status: status as 'eligible' | 'maybe', reasons: [] },
		standing: { ...base(null), ...standing }
	});

	test('at most five strong ones, even when more are strong', () => {
		const items = Array.from({ length: 8 }, (_, i) => item(`m${i}`, { kind: 'money' }));
		expect(topActions(items).map((i) => i.result.measureId)).toEqual([
			'm0',
			'm1',
			'm2',
			'm3',
			'm4'
		]);
	});

	test('where fewer than three are strong, concrete ones fill up before anything general', () => {
		const items = [
			item('strong', { kind: 'finance' }),
			item('service', { kind: 'other' }),
			item('general', { concrete: false, kind: 'money' }),
			item('maybe-service', { kind: 'other' }, 'maybe')
		].sort(byRank);
		expect(topActions(items).map((i) => i.result.measureId)).toEqual([
			'strong',
			'service',
			'maybe-service'
		]);
		expect(topReason(topActions(items)[2])).toBe('confirm');
	});

	test('with nothing concrete, the first general items are shown rather than nothing', () => {
		const items = [item('g1', { concrete: false }), item('g2', { concrete: false })];
		expect(topActions(items).map((i) => i.result.measureId)).toEqual(['g1', 'g2']);
		expect(topReason(items[0])).toBe('general');
	});
});

function base(value: number | null) {
	return {
		concrete: true,
		timeBound: false,
		need: undefined,
		kind: 'money' as const,
		value
	} as {
		concrete: boolean;
		timeBound: boolean;
		need: undefined;
		kind: 'money' | 'finance' | 'recognition' | 'other';
		value: number | null;
	};
}
