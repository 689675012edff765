// 常州国家高新区(新北区) 专精特新攻坚行动方案 (seeds/changzhou-xinbei-2022.yaml): named owners and
// the verdicts the record must give them (issue 8: implied tiers, the cultivation pool, 工业企业,
// totals), plus the record's own promises about leads and words. The runner is
// tests/fixtures/scenarios.ts.
import { describe, expect, test } from 'vitest';
import { TIER_LADDER, type Condition, type Tier } from '../../../src/lib/vocabulary.ts';
import type { Profile } from '../../../src/lib/profile/profile.ts';
import {
	dataset,
	expectScenario,
	measureIds,
	OTHERS,
	reasonsOf,
	runScenario,
	type Scenario
} from '../../fixtures/scenarios.ts';

const DOCUMENT = 'changzhou-xinbei-2022';
const XINBEI = '320411';
const ids = measureIds(DOCUMENT);
const measure = (id: string) => dataset.measures.find((m) => m.id === id)!;

/** Every Xinbei measure that asks only for the plan's 专精特新 scope (no pool, no extra condition). */
const SRDI_ONLY = dataset.measures
	.filter((m) => m.documentId === DOCUMENT && 'scope' in m.eligibility)
	.map((m) => m.id);

const POOL_MEASURES = ['cz-pool-high-tech-priority'];

const certified = (...tiers: Tier[]): Profile['certifications'] => tiers.map((tier) => ({ tier }));

/** Verdicts of every Xinbei measure for one profile. */
const statuses = (profile: Scenario['profile']) => {
	const { byId } = runScenario({ name: 'verdicts', jurisdiction: DOCUMENT, profile });
	return Object.fromEntries(ids.map((id) => [id, byId.get(id)!.status]));
};

const scenarios: Scenario[] = [
	{
		name: 'a Xinbei little giant that ticks only 小巨人 gets every SRDI measure, with the energy diagnosis, loans and land priority',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: certified('little_giant') },
		eligible: [
			...SRDI_ONLY,
			'cz-energy-saving-diagnosis',
			'cz-tailored-credit-products',
			'cz-land-supply-priority'
		],
		// The B-class rating, the catalogue, the listing conditions and the upgrade project are
		// for the office to confirm; pool membership was not said.
		maybe: [
			'cz-factor-priority-b-class',
			'cz-innovative-product-procurement',
			'cz-listing-reserve-pool',
			'cz-tech-upgrade-support',
			'cz-pool-high-tech-priority',
			'cz-cultivation-pool-entry'
		],
		nothingFrom: OTHERS(DOCUMENT)
	},
	{
		name: 'a Xinbei manufacturing single champion with no other title is inside the plan’s 专精特新 scope, since the plan names champions beside its SRDI enterprises',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: certified('champion') },
		eligible: SRDI_ONLY,
		maybe: ['cz-tech-upgrade-support', 'cz-pool-high-tech-priority']
	},
	{
		name: 'a Xinbei city-level SRDI firm that did not say it is in the cultivation pool sees high-tech priority for pool firms as maybe, to confirm with the Economic Development Bureau',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [{ tier: 'srdi_municipal', year: 2024 }] },
		eligible: ['cz-tailored-credit-products'],
		maybe: POOL_MEASURES,
		check: (results) => {
			const reasons = reasonsOf(results.get('cz-pool-high-tech-priority')!).join('\n');
			expect(reasons).not.toContain('unmet');
			expect(reasons).toContain('区经发局');
			expect(reasons).toContain('确认是否已入库');
		}
	},
	{
		name: 'a Xinbei firm in the cultivation pool gets high-tech priority and sees the SRDI measures unlocked at the city-level title',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [{ tier: 'cultivation_pool', year: 2023 }] },
		eligible: POOL_MEASURES,
		unlockedBy: {
			'cz-tailored-credit-products': 'srdi_municipal',
			'cz-energy-saving-diagnosis': 'srdi_municipal'
		}
	},
	{
		name: 'a Xinbei firm that is not a high-tech enterprise may still join the municipal cultivation pool: maybe, not ruled out',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [] },
		maybe: ['cz-cultivation-pool-entry', 'cz-pool-high-tech-priority'],
		check: (results) => {
			const reasons = results.get('cz-cultivation-pool-entry')!.reasons;
			expect(reasons.map((r) => r.verdict)).not.toContain('unmet');
		}
	},
	{
		name: 'a Xinbei high-tech enterprise meets the pool’s high-tech focus and has only the industry focus left to confirm',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [{ tier: 'high_tech', year: 2022 }] },
		maybe: ['cz-cultivation-pool-entry'],
		check: (results) => {
			const open = results
				.get('cz-cultivation-pool-entry')!
				.reasons.filter((r) => r.verdict === 'unknown');
			expect(open).toHaveLength(1);
			expect(open[0].text.zh).toContain('两特三新一智能');
		}
	},
	{
		name: 'an uncertified Xinbei manufacturer with 1000–2000万 revenue is a key 小升规 target',
		jurisdiction: DOCUMENT,
		profile: {
			region: XINBEI,
			certifications: [],
			industry: 'manufacturing',
			revenue: '1000-2000'
		},
		eligible: ['cz-scale-up-cultivation']
	},
	{
		name: 'an uncertified Xinbei mining or utility firm (industry “other”) with 1000–2000万 revenue may be a 小升规 target, since the text says 工业企业',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [], industry: 'other', revenue: '1000-2000' },
		maybe: ['cz-scale-up-cultivation'],
		check: (results) => {
			const reasons = reasonsOf(results.get('cz-scale-up-cultivation')!).join('\n');
			expect(reasons).toContain('采矿业');
		}
	},
	{
		name: 'an uncertified Xinbei service firm with 1000–2000万 revenue is not an industrial scale-up target',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [], industry: 'services', revenue: '1000-2000' },
		ineligible: ['cz-scale-up-cultivation']
	},
	{
		name: 'a Xinbei manufacturer that does not know its revenue band may be a 小升规 target',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [], industry: 'manufacturing', revenue: 'unknown' },
		maybe: ['cz-scale-up-cultivation']
	},
	{
		name: 'a Xinbei manufacturer with 1000–2000万 revenue that is already above scale is not a scale-up target',
		jurisdiction: DOCUMENT,
		profile: {
			region: XINBEI,
			certifications: [{ tier: 'above_scale', year: 2022 }],
			industry: 'manufacturing',
			revenue: '1000-2000'
		},
		ineligible: ['cz-scale-up-cultivation']
	},
	{
		name: 'a Xinbei provincial SRDI manufacturer has its B-class rating to confirm for the energy and land preference',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: certified('srdi_provincial') },
		maybe: ['cz-factor-priority-b-class'],
		check: (results) => {
			const open = results
				.get('cz-factor-priority-b-class')!
				.reasons.filter((r) => r.verdict === 'unknown');
			expect(open).toHaveLength(1);
			expect(open[0].text.zh).toContain('B类以上');
		}
	},
	{
		name: 'a Xinbei provincial SRDI utility or mining firm (industry “other”) may get the energy and land preference for industrial firms',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: certified('srdi_provincial'), industry: 'other' },
		maybe: ['cz-factor-priority-b-class'],
		check: (results) => {
			const open = results
				.get('cz-factor-priority-b-class')!
				.reasons.filter((r) => r.verdict === 'unknown');
			expect(open).toHaveLength(2);
		}
	},
	{
		name: 'a Xinbei provincial SRDI software firm is not an industrial enterprise and gets no B-class energy and land preference, but the land priority for SRDI firms',
		jurisdiction: DOCUMENT,
		profile: {
			region: XINBEI,
			certifications: certified('srdi_provincial'),
			industry: 'software_it'
		},
		eligible: ['cz-land-supply-priority', 'cz-energy-use-guarantee'],
		ineligible: ['cz-factor-priority-b-class']
	},
	{
		name: 'a Xinbei little giant’s checklist counts no money, because the plan states no amount, and the champion title would add none',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: certified('little_giant') },
		check: (_, checklist) => {
			expect(checklist.covered).toBe(true);
			expect(checklist.totals.statedWan).toBe(0);
			expect(checklist.totals.ceiling).toBe(false);
			expect(checklist.totals.excludedAsAlternatives).toBe(0);
			expect(checklist.totals.excludedByExclusivity).toBe(0);
			expect(checklist.maybeTotals.statedWan).toBe(0);
			// Loans and services are worth something but are not money paid.
			expect(checklist.totals.nonCash).toBeGreaterThan(10);
			expect(checklist.ladder.map((step) => step.tier)).toEqual(['champion']);
			expect(checklist.ladder[0].gain).toEqual({ wan: 0, ceiling: false });
		}
	},
	{
		name: 'an uncertified Xinbei manufacturer’s next tier is the city-level SRDI title, which unlocks the plan’s SRDI measures but no money',
		jurisdiction: DOCUMENT,
		profile: { region: XINBEI, certifications: [] },
		check: (_, checklist) => {
			const municipal = checklist.ladder.find((step) => step.tier === 'srdi_municipal')!;
			const unlocked = municipal.unlocked.map((i) => i.measure.id);
			for (const id of SRDI_ONLY) expect(unlocked, id).toContain(id);
			expect(municipal.gain).toEqual({ wan: 0, ceiling: false });
			expect(municipal.totals.statedWan).toBe(0);
		}
	}
];

describe('Changzhou Xinbei scenarios (year 2026)', () => {
	test.for(scenarios)('$name', (scenario) => {
		expectScenario(scenario);
	});

	test('an owner who ticks only their highest certificate gets the same verdicts as one who also ticks every tier it implies', () => {
		const lower = TIER_LADDER.filter((t) => t !== 'champion' && t !== 'little_giant');
		const only = statuses({ region: XINBEI, certifications: certified('little_giant') });
		// Every subset of the lower tiers, without years.
		for (let mask = 1; mask < 1 << lower.length; mask++) {
			const extra = lower.filter((_, i) => mask & (1 << i));
			// The cultivation pool is a local matter the little giant does not imply: ticking it
			// settles the pool measures, and nothing else.
			const ticked = statuses({
				region: XINBEI,
				certifications: certified('little_giant', ...extra)
			});
			for (const id of ids) {
				if (extra.includes('cultivation_pool') && POOL_MEASURES.includes(id)) continue;
				expect(ticked[id], `${id} with ${extra.join('+')}`).toBe(only[id]);
			}
		}
		const provincialOnly = statuses({
			region: XINBEI,
			certifications: certified('srdi_provincial')
		});
		const provincialAndInnovative = statuses({
			region: XINBEI,
			certifications: certified('srdi_provincial', 'innovative')
		});
		expect(provincialAndInnovative).toEqual(provincialOnly);
	});

	test('pool measures are never ineligible in Xinbei, whatever the owner holds', () => {
		const profiles: Scenario['profile'][] = [
			{ region: XINBEI, certifications: [] },
			...TIER_LADDER.filter((t) => t !== 'cultivation_pool').map((tier) => ({
				region: XINBEI,
				certifications: certified(tier)
			}))
		];
		for (const profile of profiles) {
			const verdicts = statuses(profile);
			for (const id of [...POOL_MEASURES, 'cz-cultivation-pool-entry'])
				expect(verdicts[id], `${id} for ${profile.certifications[0]?.tier ?? 'none'}`).toBe(
					'maybe'
				);
		}
	});
});

describe('the Changzhou Xinbei record', () => {
	const measures = dataset.measures.filter((m) => m.documentId === DOCUMENT);
	const document = dataset.documents.find((d) => d.id === DOCUMENT)!;

	test('every measure names one lead office among its contacts, never the group of towns, and a form', () => {
		for (const m of measures) {
			expect(m.lead, m.id).toBeDefined();
			expect(
				m.contacts.map((c) => c.key),
				m.id
			).toContain(m.lead);
			expect(m.lead, m.id).not.toBe('cz-binkai-towns');
			expect(['concrete', 'general'], m.id).toContain(m.form);
		}
		expect(document.leadRule?.zh).toBeTruthy();
		expect(document.audience?.en).toBeTruthy();
	});

	test('pool measures ask about the pool, never hold the pool as a certificate', () => {
		const mentionsPoolTier = (c: Condition): boolean =>
			'all' in c
				? c.all.some(mentionsPoolTier)
				: 'any' in c
					? c.any.some(mentionsPoolTier)
					: 'not' in c
						? mentionsPoolTier(c.not)
						: 'holds' in c && c.holds.includes('cultivation_pool');
		for (const m of measures) expect(mentionsPoolTier(m.eligibility), m.id).toBe(false);
		for (const scope of document.scopes)
			expect(mentionsPoolTier(scope.condition), scope.key).toBe(false);
		expect(measure('cz-pool-high-tech-priority').eligibility).toEqual({
			pool: 'municipal-srdi-pool'
		});
	});

	test('the energy-saving diagnosis is called public-interest, not free, and is filed under services', () => {
		const diagnosis = measure('cz-energy-saving-diagnosis');
		for (const text of [diagnosis.title.en, diagnosis.summary.en])
			expect(text).not.toMatch(/free/i);
		for (const text of [diagnosis.title.zh, diagnosis.summary.zh])
			expect(text).not.toContain('免费');
		expect(diagnosis.title.zh).toContain('公益性');
		expect(diagnosis.category).toBe('services');
	});

	test('the energy-needs guarantee lists both responsible units of its item', () => {
		expect(measure('cz-energy-use-guarantee').contacts.map((c) => c.key)).toEqual([
			'cz-econ',
			'cz-natres'
		]);
	});

	test('owner notes carry no tier codes, record jargon or reviewer talk', () => {
		for (const m of measures)
			for (const note of m.notes)
				for (const text of [note.zh, note.en])
					expect(text, m.id).not.toMatch(
						/srdi_|little_giant|cultivation_pool|high_tech|holds|reviewer|审核|defects|\.yaml/
					);
	});
});
