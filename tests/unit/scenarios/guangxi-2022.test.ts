// 广西壮族自治区中小企业“专精特新”培育提升行动计划 (seeds/guangxi-2022.yaml), one named enterprise at a
// time, in the year 2026: implied tiers, the cultivation pools, rewards for being recognized within
// the plan's period, tier rewards given 分别, and the measures whose text reaches beyond SRDI SMEs.
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../../src/lib/profile/profile.ts';
import { TIER_LADDER } from '../../../src/lib/vocabulary.ts';
import {
	dataset,
	expectImpliedTiersChangeNothing,
	expectScenario,
	measureIds,
	reasonsOf,
	runScenario,
	type Scenario
} from '../../fixtures/scenarios.ts';

const GUANGXI = measureIds('guangxi-2022');
const POOL_MEASURES = ['gx-cultivation-pool-support', 'gx-cultivation-service-vouchers'];
const NANNING_QINGXIU = '450103';
const LIUZHOU = '450200';

const statuses = (profile: Scenario['profile']) => {
	const { byId } = runScenario({ name: 'statuses', jurisdiction: 'guangxi-2022', profile });
	return Object.fromEntries(GUANGXI.map((id) => [id, byId.get(id)!.status]));
};

const step = (checklist: ReturnType<typeof runScenario>['checklist'], tier: string) => {
	const found = checklist.ladder.find((s) => s.tier === tier);
	expect(found, `ladder step ${tier}`).toBeDefined();
	return found!;
};

const scenarios: Scenario[] = [
	{
		name: 'a Nanning little giant (2023) who ticks only 小巨人 gets the national reward of up to 100万, and the regional 50万 reward as "maybe" because the year of its implied regional title is unknown',
		jurisdiction: 'guangxi-2022',
		profile: { region: NANNING_QINGXIU, certifications: [{ tier: 'little_giant', year: 2023 }] },
		eligible: [
			'gx-national-srdi-reward',
			'gx-little-giant-listing-reserve',
			'gx-tech-center-priority',
			'gx-srdi-dedicated-loan-products',
			'gx-leader-training',
			'gx-srdi-national-expos'
		],
		maybe: [
			'gx-regional-srdi-reward',
			'gx-regional-srdi-project-priority',
			'gx-guarantee-fund-pool-priority',
			'gx-guarantee-ceiling-3000',
			'gx-tech-center-subsidy',
			...POOL_MEASURES
		],
		// A target pool for future little giants is not for one that already is.
		ineligible: ['gx-little-giant-target-pool'],
		check: (results, checklist) => {
			const regional = reasonsOf(results.get('gx-regional-srdi-reward')!).join('\n');
			expect(regional).toContain('须已获省级专精特新中小企业认定');
			expect(regional).toContain('年份未知');
			// Only the national reward counts; it is a ceiling.
			expect(checklist.totals.statedWan).toBe(100);
			expect(checklist.totals.ceiling).toBe(true);
		}
	},
	{
		name: 'a provincial SRDI firm recognized in 2023 gets the regional reward of up to 50万; becoming a little giant would add 50万 more, not 100万, since one of the two tier rewards is paid',
		jurisdiction: 'guangxi-2022',
		profile: { region: NANNING_QINGXIU, certifications: [{ tier: 'srdi_provincial', year: 2023 }] },
		eligible: [
			'gx-regional-srdi-reward',
			'gx-key-financing-support-list',
			'gx-srdi-dedicated-loan-products'
		],
		// Both need a construction project, which the answers cannot show.
		maybe: [
			'gx-regional-srdi-project-priority',
			'gx-guarantee-fund-pool-priority',
			'gx-little-giant-target-pool',
			...POOL_MEASURES
		],
		unlockedBy: {
			'gx-national-srdi-reward': 'little_giant',
			'gx-little-giant-listing-reserve': 'little_giant'
		},
		check: (_, checklist) => {
			expect(checklist.totals.statedWan).toBe(50);
			expect(checklist.totals.ceiling).toBe(true);
			const littleGiant = step(checklist, 'little_giant');
			expect(littleGiant.unlocked.map((i) => i.measure.id)).toEqual(
				expect.arrayContaining(['gx-national-srdi-reward', 'gx-little-giant-listing-reserve'])
			);
			expect(littleGiant.gain).toEqual({ wan: 50, ceiling: true });
		}
	},
	{
		name: 'a firm recognized regionally in 2022 and as a little giant in 2024 is counted once at up to 100万: the plan gives the two rewards 分别 by tier',
		jurisdiction: 'guangxi-2022',
		profile: {
			region: LIUZHOU,
			certifications: [
				{ tier: 'srdi_provincial', year: 2022 },
				{ tier: 'little_giant', year: 2024 }
			]
		},
		eligible: ['gx-national-srdi-reward', 'gx-regional-srdi-reward'],
		check: (_, checklist) => {
			expect(checklist.totals.statedWan).toBe(100);
			expect(checklist.totals.ceiling).toBe(true);
			expect(checklist.totals.excludedAsAlternatives).toBe(1);
		}
	},
	{
		name: 'a provincial SRDI firm recognized in 2020, before the plan was issued, sees the 50万 reward as "maybe — confirm with the office", never counted in its total',
		jurisdiction: 'guangxi-2022',
		profile: { region: NANNING_QINGXIU, certifications: [{ tier: 'srdi_provincial', year: 2020 }] },
		eligible: ['gx-tech-center-priority'],
		maybe: ['gx-regional-srdi-reward'],
		check: (results, checklist) => {
			expect(reasonsOf(results.get('gx-regional-srdi-reward')!).join('\n')).toContain('确认');
			expect(checklist.totals.statedWan).toBe(0);
			expect(checklist.maybe.map((i) => i.measure.id)).toContain('gx-regional-srdi-reward');
		}
	},
	{
		name: 'a little giant recognized in 2019 sees the national 100万 reward as "maybe", not as money it will receive',
		jurisdiction: 'guangxi-2022',
		profile: { region: LIUZHOU, certifications: [{ tier: 'little_giant', year: 2019 }] },
		maybe: ['gx-national-srdi-reward', 'gx-regional-srdi-reward'],
		eligible: ['gx-little-giant-listing-reserve'],
		check: (_, checklist) => expect(checklist.totals.statedWan).toBe(0)
	},
	{
		name: 'an innovative SME in Liuzhou may be in a pool and may join the leader training “mainly for” SRDI SMEs, but is not yet one of the plan’s SRDI SMEs; the regional title would open up to 100万 (reward and technology-centre subsidy)',
		jurisdiction: 'guangxi-2022',
		profile: { region: LIUZHOU, certifications: [{ tier: 'innovative', year: 2024 }] },
		maybe: [
			...POOL_MEASURES,
			'gx-cultivation-pool-entry',
			'gx-little-giant-target-pool',
			'gx-leader-training',
			'gx-bank-enterprise-matchmaking',
			'gx-guihui-and-tax-credit-loans',
			'gx-combined-credit-equity-services',
			'gx-peer-learning-visits',
			'gx-management-consulting'
		],
		ineligible: ['gx-srdi-dedicated-loan-products', 'gx-lean-management-training'],
		unlockedBy: {
			'gx-tech-center-priority': 'srdi_provincial',
			'gx-regional-srdi-reward': 'srdi_provincial',
			'gx-guarantee-ceiling-3000': 'srdi_provincial',
			'gx-national-srdi-reward': 'little_giant'
		},
		check: (_, checklist) => {
			// The regional title opens the reward of up to 50万 and the 50万 technology-centre
			// subsidy; the subsidy then still needs the centre's recognition (maybe), so the money
			// the tier surely adds is the reward alone.
			const provincial = step(checklist, 'srdi_provincial');
			expect(provincial.unlocked.map((i) => i.measure.id)).toEqual(
				expect.arrayContaining(['gx-regional-srdi-reward', 'gx-tech-center-subsidy'])
			);
			expect(provincial.gain).toEqual({ wan: 50, ceiling: true });
			expect(step(checklist, 'srdi_municipal').unlocked).toEqual([]);
		}
	},
	{
		name: 'a Nanning firm with no certificate is never ruled out of a cultivation pool: the pool measures are "maybe — confirm with the department"',
		jurisdiction: 'guangxi-2022',
		profile: { region: NANNING_QINGXIU, certifications: [] },
		maybe: [...POOL_MEASURES, 'gx-cultivation-pool-entry'],
		ineligible: ['gx-tech-center-priority'],
		check: (results) => {
			const pool = reasonsOf(results.get('gx-cultivation-pool-support')!).join('\n');
			expect(pool).toContain('您未填写已入库');
			expect(pool).toContain('工业和信息化厅');
		}
	},
	{
		name: 'a firm that ticks 入库培育 gets the cultivation plan and liaison support for pool enterprises',
		jurisdiction: 'guangxi-2022',
		profile: { region: LIUZHOU, certifications: [{ tier: 'cultivation_pool', year: 2024 }] },
		eligible: ['gx-cultivation-pool-support'],
		maybe: ['gx-cultivation-service-vouchers'],
		ineligible: ['gx-regional-srdi-reward', 'gx-srdi-publicity']
	},
	{
		name: 'a Guangxi firm that ticks 市级专精特新 (the plan knows cities only as pools, not as a title) may be in a pool but is not yet one of the plan’s SRDI SMEs',
		jurisdiction: 'guangxi-2022',
		profile: { region: LIUZHOU, certifications: [{ tier: 'srdi_municipal', year: 2023 }] },
		maybe: POOL_MEASURES,
		unlockedBy: {
			'gx-tech-center-priority': 'srdi_provincial',
			'gx-regional-srdi-reward': 'srdi_provincial'
		}
	},
	{
		name: 'a manufacturing single-item champion with no SRDI title: a champion implies no tier, so the SRDI SME measures do not apply and the pools stay open',
		jurisdiction: 'guangxi-2022',
		profile: { region: NANNING_QINGXIU, certifications: [{ tier: 'champion', year: 2023 }] },
		maybe: POOL_MEASURES,
		ineligible: ['gx-tech-center-priority', 'gx-srdi-dedicated-loan-products'],
		unlockedBy: { 'gx-regional-srdi-reward': 'srdi_provincial' }
	},
	{
		name: 'a firm that says it moved its headquarters to Guangxi may get the priority recommendation (to confirm it came under the SRDI drive)',
		jurisdiction: 'guangxi-2022',
		profile: {
			region: NANNING_QINGXIU,
			certifications: [{ tier: 'srdi_provincial', year: 2023 }],
			situations: ['relocated_in']
		},
		maybe: ['gx-relocated-hq-priority']
	},
	{
		name: 'a firm that says none of the listed situations applies gets neither the relocation priority nor the Beijing Stock Exchange listing reward',
		jurisdiction: 'guangxi-2022',
		profile: {
			region: NANNING_QINGXIU,
			certifications: [{ tier: 'srdi_provincial', year: 2023 }],
			situations: []
		},
		ineligible: ['gx-relocated-hq-priority', 'gx-bse-listing-reward']
	},
	{
		name: 'a listed provincial SRDI firm may claim the listing reward, to confirm that it listed on the Beijing Stock Exchange',
		jurisdiction: 'guangxi-2022',
		profile: {
			region: LIUZHOU,
			certifications: [{ tier: 'srdi_provincial', year: 2023 }],
			situations: ['listed']
		},
		maybe: ['gx-bse-listing-reward']
	},
	{
		name: 'a firm in another industry (mining, utilities) may list products in the industrial catalogue; a services firm cannot',
		jurisdiction: 'guangxi-2022',
		profile: { region: LIUZHOU, certifications: [], industry: 'other' },
		maybe: ['gx-famous-products-catalogue'],
		check: () => {
			const { byId } = runScenario({
				name: 'services',
				jurisdiction: 'guangxi-2022',
				profile: { region: LIUZHOU, certifications: [], industry: 'services' }
			});
			expect(byId.get('gx-famous-products-catalogue')!.status).toBe('ineligible');
		}
	},
	{
		name: 'a little giant in Guangzhou (440106) gets nothing from the Guangxi plan',
		jurisdiction: 'uncovered',
		profile: { region: '440106', certifications: [{ tier: 'little_giant', year: 2023 }] },
		nothingFrom: ['guangxi-2022']
	}
];

describe('Guangxi SRDI action plan scenarios (year 2026)', () => {
	test.for(scenarios)('$name', (scenario) => {
		expectScenario(scenario);
	});

	test.for<Profile['certifications'][number]>([
		{ tier: 'little_giant', year: 2023 },
		{ tier: 'little_giant' },
		{ tier: 'srdi_provincial', year: 2023 }
	])(
		'an owner who ticks only $tier (year $year) gets the same verdicts as one who also ticks the tiers it implies, without a year',
		(highest) => expectImpliedTiersChangeNothing('guangxi-2022', NANNING_QINGXIU, highest)
	);

	test('pool measures are never ineligible for a Guangxi owner who did not say they are in a pool', () => {
		const tiers = TIER_LADDER.filter((tier) => tier !== 'cultivation_pool');
		for (const certifications of [[], ...tiers.map((tier) => [{ tier, year: 2023 }])]) {
			const verdicts = statuses({ region: LIUZHOU, certifications });
			for (const id of POOL_MEASURES)
				expect(verdicts[id], `${id} for ${JSON.stringify(certifications)}`).toBe('maybe');
		}
	});

	test('every Guangxi measure has a form and one lead office among its contacts that an owner can visit', () => {
		for (const measure of dataset.measures.filter((m) => m.documentId === 'guangxi-2022')) {
			expect(measure.form, measure.id).toMatch(/^(concrete|general)$/);
			const keys = measure.contacts.map((c) => c.key);
			expect(keys, measure.id).toContain(measure.lead);
			expect(measure.lead, measure.id).not.toBe('gx-leading-group-members');
		}
	});
});
