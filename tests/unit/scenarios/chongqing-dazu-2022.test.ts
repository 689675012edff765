// 大足区促进“专精特新”企业高质量发展实施方案 (seeds/chongqing-dazu-2022.yaml) against the engine, one
// named enterprise at a time: the cases of issue 8 that concern this document. The plan states no
// amounts, so its money measures are never summed; its tiers are Chongqing's (市级 = provincial,
// no district layer), and its cultivation pool is tiered.
import { describe, expect, test } from 'vitest';
import type { MatchResult } from '../../../src/lib/matching/engine.ts';
import { CASH_BENEFIT_TYPES } from '../../../src/lib/vocabulary.ts';
import {
	dataset,
	expectImpliedTiersChangeNothing,
	expectScenario,
	measureIds,
	OTHERS,
	runScenario,
	type Scenario
} from '../../fixtures/scenarios.ts';

const DAZU = '500111';
const DOCUMENT = 'chongqing-dazu-2022';
const dazuIds = measureIds(DOCUMENT);

const unknownLines = (result: MatchResult) =>
	result.reasons.filter((r) => r.verdict === 'unknown').map((r) => r.text.zh);

/** Measures that read as "for every 专精特新 enterprise", the bulk of the plan. */
const FOR_EVERY_SRDI_ENTERPRISE = [
	'dz-srdi-loan-products',
	'dz-government-guarantee',
	'dz-visits-problem-solving',
	'dz-service-officer-case-by-case',
	'dz-annual-district-funds'
];

const POOL_MEASURES = ['dz-cultivation-pool-guidance', 'dz-cultivation-pool-entry'];

const littleGiantOnly: Scenario = {
	name: 'a 大足 national little giant certified in 2023 who ticks only 小巨人 gets on-site diagnosis, the little-giant support and the directory priority; the municipal-SRDI support is maybe because the year of the implied 市级 title is unknown; nothing of the plan is ineligible',
	jurisdiction: DOCUMENT,
	profile: {
		region: DAZU,
		industry: 'manufacturing',
		revenue: '10000-40000',
		employees: '300-1000',
		certifications: [{ tier: 'little_giant', year: 2023 }]
	},
	eligible: [
		...FOR_EVERY_SRDI_ENTERPRISE,
		'dz-onsite-diagnosis',
		'dz-new-little-giant-support',
		'dz-directory-support',
		'dz-directory-priority-recommendation',
		'dz-commendation',
		'dz-quality-award-support'
	],
	maybe: ['dz-new-municipal-srdi-support', ...POOL_MEASURES],
	nothingFrom: OTHERS(DOCUMENT),
	check: (results, checklist) => {
		const ineligible = dazuIds.filter((id) => results.get(id)!.status === 'ineligible');
		expect(ineligible).toEqual([]);
		// The on-site diagnosis is for 市级 SRDI SMEs: the little giant holds that tier by implication.
		const diagnosis = results.get('dz-onsite-diagnosis')!.reasons.map((r) => r.text.zh);
		expect(diagnosis.join('')).toContain(
			'国家级专精特新“小巨人”企业须已获市级专精特新中小企业（省级）认定，按已持有计'
		);
		// The one open question of the municipal support is the year of the implied title.
		const municipal = unknownLines(results.get('dz-new-municipal-srdi-support')!);
		expect(municipal).toHaveLength(1);
		expect(municipal[0]).toContain('获得年份未知');
		expect(municipal[0]).toContain('2021–2024年');
		// Dazu states no amounts: its money measures are counted as unquantified, never as a sum.
		expect(checklist.totals.statedWan).toBe(0);
		expect(checklist.totals.ceiling).toBe(false);
		expect(checklist.totals.excludedAsAlternatives).toBe(0);
		const cash = checklist.eligible.filter((i) =>
			CASH_BENEFIT_TYPES.includes(i.measure.benefit.type)
		);
		expect(cash.length).toBeGreaterThan(0);
		expect(checklist.totals.unquantified).toBe(cash.length);
		expect(checklist.eligible.length).toBeGreaterThan(40);
	}
};

const scenarios: Scenario[] = [
	littleGiantOnly,
	{
		name: 'a 大足 little giant that also ticks a 2022 市级 SRDI title gets the municipal-SRDI support as eligible',
		jurisdiction: DOCUMENT,
		profile: {
			region: DAZU,
			certifications: [
				{ tier: 'srdi_provincial', year: 2022 },
				{ tier: 'little_giant', year: 2023 }
			]
		},
		eligible: [
			'dz-new-municipal-srdi-support',
			'dz-new-little-giant-support',
			'dz-onsite-diagnosis'
		]
	},
	{
		name: 'a 大足 little giant certified in 2019, before the plan, is not newly certified for the little-giant support and sees the commendation as maybe (the text does not say newly)',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [{ tier: 'little_giant', year: 2019 }] },
		eligible: ['dz-directory-priority-recommendation', 'dz-onsite-diagnosis'],
		maybe: ['dz-commendation', 'dz-new-municipal-srdi-support'],
		ineligible: ['dz-new-little-giant-support'],
		check: (results) => {
			// A certificate from before the period is for the office to judge, not ruled out.
			const open = unknownLines(results.get('dz-commendation')!).join('');
			expect(open).toContain('本文件未写“新认定”');
			expect(results.get('dz-new-little-giant-support')!.unlockedBy).toBeUndefined();
		}
	},
	{
		name: 'a 大足 firm with Chongqing’s 市级 SRDI title from 2023 who did not say it is in the cultivation pool sees pool guidance and pool entry as maybe, with the office to confirm with',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [{ tier: 'srdi_provincial', year: 2023 }] },
		eligible: [
			...FOR_EVERY_SRDI_ENTERPRISE,
			'dz-new-municipal-srdi-support',
			'dz-onsite-diagnosis',
			'dz-quality-award-support'
		],
		maybe: [...POOL_MEASURES, 'dz-directory-support', 'dz-directory-priority-recommendation'],
		ineligible: ['dz-new-little-giant-support'],
		nothingFrom: OTHERS(DOCUMENT),
		check: (results) => {
			for (const id of POOL_MEASURES) {
				const reasons = results.get(id)!.reasons;
				// A pool measure never shows a ✗ line beside its "confirm" line.
				expect(
					reasons.filter((r) => r.verdict === 'unmet'),
					id
				).toEqual([]);
				const open = unknownLines(results.get(id)!).join('');
				expect(open, id).toContain('分层储备、培育、提升');
				expect(open, id).toContain('重庆市大足区经济和信息化委员会');
			}
		}
	},
	{
		name: 'a 大足 firm with no certificate sees the pool measures and the measures for every enterprise as maybe, and the 专精特新 measures as unlocked by the innovative-SME title',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [] },
		maybe: [
			...POOL_MEASURES,
			'dz-directory-support',
			'dz-quality-award-support',
			'dz-digital-workshop-funding',
			'dz-tax-incentives',
			'dz-new-apprenticeship',
			'dz-instrument-sharing-platform'
		],
		unlockedBy: {
			'dz-srdi-loan-products': 'innovative',
			'dz-visits-problem-solving': 'innovative',
			'dz-onsite-diagnosis': 'srdi_provincial'
		},
		check: (results) => {
			const pool = unknownLines(results.get('dz-cultivation-pool-entry')!).join('');
			expect(pool).toContain('您未填写已入库');
		}
	},
	{
		name: 'a 大足 firm that says it is in the cultivation pool gets pool guidance and directory support, and is not asked to join the pool again',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [{ tier: 'cultivation_pool', year: 2024 }] },
		eligible: [
			'dz-cultivation-pool-guidance',
			'dz-directory-support',
			'dz-directory-priority-recommendation'
		],
		ineligible: ['dz-cultivation-pool-entry', 'dz-srdi-loan-products'],
		unlockedBy: { 'dz-srdi-loan-products': 'innovative' },
		check: (results) => {
			expect(results.get('dz-cultivation-pool-entry')!.unlockedBy).toBeUndefined();
		}
	},
	{
		// 支持企业争创国家级、市级和区级质量奖 says only 企业, in an item about 专精特新 enterprises.
		name: 'quality-award support is eligible for a 大足 innovative SME and only maybe for an uncertified 大足 firm, which is told to confirm whether others may apply',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [] },
		maybe: [
			'dz-quality-award-support',
			'dz-standard-setting-support',
			'dz-brand-cultivation',
			'dz-digital-workshop-funding',
			'dz-listing-coaching'
		],
		check: (results) => {
			const open = unknownLines(results.get('dz-quality-award-support')!).join('');
			expect(open).toContain('句中只写“企业”');
			const innovative = runScenario({
				name: 'innovative',
				jurisdiction: DOCUMENT,
				profile: { region: DAZU, certifications: [{ tier: 'innovative', year: 2023 }] }
			});
			expect(innovative.byId.get('dz-quality-award-support')!.status).toBe('eligible');
		}
	},
	{
		name: 'a 大足 innovative SME gets the plan’s 专精特新 measures but not the on-site diagnosis for 市级 SRDI SMEs, which the 市级 title unlocks; the next tier adds no stated money',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [{ tier: 'innovative', year: 2023 }] },
		eligible: [...FOR_EVERY_SRDI_ENTERPRISE, 'dz-entrepreneur-training', 'dz-srdi-credit-loans'],
		ineligible: ['dz-new-little-giant-support', 'dz-new-municipal-srdi-support'],
		unlockedBy: { 'dz-onsite-diagnosis': 'srdi_provincial' },
		check: (_, checklist) => {
			const next = checklist.ladder.find((step) => step.tier === 'srdi_provincial')!;
			expect(next.unlocked.map((i) => i.measure.id)).toContain('dz-onsite-diagnosis');
			// A 市级 title obtained now (2026) is outside the 2021–2024 window of 上年度获评.
			expect(next.unlocked.map((i) => i.measure.id)).not.toContain('dz-new-municipal-srdi-support');
			expect(next.gain).toEqual({ wan: 0, ceiling: false });
			// Nor does a little-giant title obtained now: the support is for titles of 2021–2024.
			const giant = checklist.ladder.find((step) => step.tier === 'little_giant')!;
			expect(giant.unlocked.map((i) => i.measure.id)).not.toContain('dz-new-little-giant-support');
			expect(giant.gain.wan).toBe(0);
		}
	},
	{
		name: 'a manufacturing single champion in 大足 is not one of the plan’s 专精特新 enterprises but gets directory support and the commendation',
		jurisdiction: DOCUMENT,
		profile: { region: DAZU, certifications: [{ tier: 'champion', year: 2023 }] },
		eligible: ['dz-directory-support', 'dz-directory-priority-recommendation', 'dz-commendation'],
		ineligible: ['dz-srdi-loan-products', 'dz-onsite-diagnosis'],
		unlockedBy: { 'dz-srdi-loan-products': 'innovative' }
	},
	{
		name: 'a 大足 市级 SRDI firm in a listing pipeline gets listing coaching and the staged listing reward',
		jurisdiction: DOCUMENT,
		profile: {
			region: DAZU,
			certifications: [{ tier: 'srdi_provincial', year: 2021 }],
			situations: ['listing_pipeline']
		},
		eligible: ['dz-listing-coaching', 'dz-listing-reward'],
		maybe: ['dz-listing-reserve-recommendation', 'dz-bond-project-reserve']
	},
	{
		name: 'a 大足 市级 SRDI firm that is neither listed nor in a listing pipeline gets no listing reward and may still ask about listing coaching',
		jurisdiction: DOCUMENT,
		profile: {
			region: DAZU,
			certifications: [{ tier: 'srdi_provincial', year: 2021 }],
			situations: []
		},
		maybe: ['dz-listing-coaching'],
		ineligible: ['dz-listing-reward']
	},
	{
		name: 'a Chongqing owner who chose only 重庆市 (500000) sees nothing of the Dazu plan as eligible: every measure open to them is maybe, to confirm the district',
		jurisdiction: DOCUMENT,
		profile: { region: '500000', certifications: [{ tier: 'little_giant', year: 2023 }] },
		maybe: ['dz-onsite-diagnosis', 'dz-new-little-giant-support', 'dz-tax-incentives'],
		check: (results) => {
			for (const id of dazuIds) expect(results.get(id)!.status, id).not.toBe('eligible');
		}
	}
];

describe('大足 scenarios (year 2026)', () => {
	test.for(scenarios)('$name', (scenario) => {
		expectScenario(scenario);
	});

	test('ticking the tiers a little giant implies, without their years, changes no verdict', () => {
		expectImpliedTiersChangeNothing(DOCUMENT, DAZU, { tier: 'little_giant', year: 2023 });
	});

	test('no pool measure is ever ineligible for an owner who did not say it is in the pool', () => {
		const poolMeasures = dataset.measures.filter(
			(m) => m.documentId === DOCUMENT && JSON.stringify(m.eligibility).includes('"pool"')
		);
		expect(poolMeasures.length).toBeGreaterThanOrEqual(4);
		for (const tier of ['innovative', 'srdi_provincial', 'little_giant', 'champion'] as const) {
			const { byId } = runScenario({
				name: tier,
				jurisdiction: DOCUMENT,
				profile: { region: DAZU, certifications: [{ tier, year: 2023 }] }
			});
			for (const measure of poolMeasures)
				expect(byId.get(measure.id)!.status, `${tier} / ${measure.id}`).not.toBe('ineligible');
		}
	});

	test('every Dazu measure names its lead office among its contacts and says whether it is concrete or general', () => {
		for (const measure of dataset.measures.filter((m) => m.documentId === DOCUMENT)) {
			expect(measure.lead, measure.id).toBeDefined();
			expect(
				measure.contacts.map((c) => c.key),
				measure.id
			).toContain(measure.lead);
			expect(['concrete', 'general'], measure.id).toContain(measure.form);
		}
	});
});
