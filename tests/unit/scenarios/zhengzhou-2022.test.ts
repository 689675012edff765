// 郑州市支持“专精特新”中小企业高质量发展的实施意见 (seeds/zhengzhou-2022.yaml) against the engine, one
// named enterprise at a time: the cases of issue 8 that concern this document. Its certification
// rewards share one "从高、不重复" group, its cultivation pool is tiered (储备一批、培育一批、提升一批),
// its 单项 rewards go to a champion enterprise or a champion product, and the copy begins with a
// news lead that repeats two sentences of item 7.
import { describe, expect, test } from 'vitest';
import type { MatchResult } from '../../../src/lib/matching/engine.ts';
import { policyData } from '../../../src/lib/server/policy/seeds.ts';
import {
	dataset,
	expectImpliedTiersChangeNothing,
	expectScenario,
	measureIds,
	OTHERS,
	runScenario,
	type Scenario
} from '../../fixtures/scenarios.ts';

const JINSHUI = '410105';
const DOCUMENT = 'zhengzhou-2022';
const zhengzhouIds = measureIds(DOCUMENT);
const zhengzhouMeasures = dataset.measures.filter((m) => m.documentId === DOCUMENT);

const linesWith = (result: MatchResult, verdict: MatchResult['reasons'][number]['verdict']) =>
	result.reasons.filter((r) => r.verdict === verdict).map((r) => r.text.zh);

/** Measures for every 专精特新 enterprise (市级 and above, champions included). */
const FOR_EVERY_SRDI_ENTERPRISE = [
	'zz-srdi-loan',
	'zz-credit-financing',
	'zz-preferential-interest-rate',
	'zz-lower-financing-cost',
	'zz-zhengke-loan',
	'zz-lab-system-participation',
	'zz-industry-platform-solution',
	'zz-cloud-blockchain-programme'
];

const POOL_MEASURES = ['zz-cultivation-pool-entry', 'zz-cultivation-pool-guidance'];

const littleGiantOnly: Scenario = {
	name: 'a 郑州 little giant certified in 2023 who ticks only 小巨人 gets the 200万 reward, the measures for 专精特新 enterprises, the diagnosis and the free solution; the provincial reward is maybe (year of the implied provincial title unknown); only the champion-enterprise reward is out of reach',
	jurisdiction: DOCUMENT,
	profile: {
		region: JINSHUI,
		industry: 'manufacturing',
		certifications: [{ tier: 'little_giant', year: 2023 }]
	},
	eligible: [
		...FOR_EVERY_SRDI_ENTERPRISE,
		'zz-new-little-giant-reward',
		'zz-shared-research-facilities',
		'zz-smart-manufacturing-diagnosis',
		'zz-smart-manufacturing-solution'
	],
	maybe: [
		...POOL_MEASURES,
		'zz-new-provincial-srdi-reward',
		'zz-relocated-little-giant-reward',
		'zz-relocated-provincial-srdi-reward',
		'zz-champion-product-reward'
	],
	unlockedBy: { 'zz-champion-enterprise-reward': 'champion' },
	nothingFrom: OTHERS(DOCUMENT),
	check: (results, checklist) => {
		const ineligible = zhengzhouIds.filter((id) => results.get(id)!.status === 'ineligible');
		expect(ineligible).toEqual(['zz-champion-enterprise-reward']);
		const provincial = linesWith(results.get('zz-new-provincial-srdi-reward')!, 'unknown');
		expect(provincial).toHaveLength(1);
		expect(provincial[0]).toContain('须已获省级专精特新中小企业认定');
		expect(provincial[0]).toContain('获得年份未知');
		// 从高、不重复: the 50万 that may also apply never adds to the 200万.
		expect(checklist.totals.statedWan).toBe(200);
		expect(checklist.totals.ceiling).toBe(false);
	}
};

const scenarios: Scenario[] = [
	littleGiantOnly,

	// ——— Totals and the next tier (从高、不重复) ———
	{
		name: 'a 郑州 provincial SRDI manufacturer certified in 2023 gets the 50万 reward; becoming a little giant adds 150万 (200 − 50), not 200万, and a champion-enterprise title may add 450万',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'srdi_provincial', year: 2023 }] },
		eligible: [
			'zz-new-provincial-srdi-reward',
			'zz-smart-manufacturing-diagnosis',
			'zz-smart-manufacturing-solution'
		],
		unlockedBy: {
			'zz-new-little-giant-reward': 'little_giant',
			'zz-champion-enterprise-reward': 'champion'
		},
		check: (_, checklist) => {
			expect(checklist.totals.statedWan).toBe(50);
			const [next, ...rest] = checklist.ladder;
			expect(next.tier).toBe('little_giant');
			expect(next.unlocked.map((i) => i.measure.id)).toContain('zz-new-little-giant-reward');
			// Unlocked on its own the little-giant reward is worth 200万 …
			expect(next.totals.statedWan).toBe(200);
			// … but it replaces the 50万 already counted in the same group.
			expect(next.gain).toEqual({ wan: 150, ceiling: false });
			const champion = rest.find((step) => step.tier === 'champion')!;
			// The enterprise title is still to be confirmed against a product title: it may add 450万.
			expect(champion.gain).toEqual({ wan: 0, ceiling: false });
			expect(champion.possibleGain).toEqual({ wan: 450, ceiling: false });
		}
	},
	{
		name: 'a 郑州 firm certified provincial SRDI in 2022 and little giant in 2024 is counted 200万, the lower reward left out under 从高、不重复 and nothing as a ceiling or tier alternative',
		jurisdiction: DOCUMENT,
		profile: {
			region: JINSHUI,
			certifications: [
				{ tier: 'srdi_provincial', year: 2022 },
				{ tier: 'little_giant', year: 2024 }
			],
			situations: []
		},
		eligible: ['zz-new-little-giant-reward', 'zz-new-provincial-srdi-reward'],
		ineligible: ['zz-relocated-little-giant-reward', 'zz-relocated-provincial-srdi-reward'],
		check: (_, checklist) => {
			expect(checklist.totals).toMatchObject({
				statedWan: 200,
				ceiling: false,
				excludedByExclusivity: 1,
				excludedAsAlternatives: 0,
				exclusivityApplied: true
			});
		}
	},

	// ——— 单项: a champion enterprise or a champion product ———
	{
		name: 'a 郑州 firm that ticks 制造业单项冠军 (2024) sees the 500万 enterprise reward and the 100万 product reward as maybe, each asking which title it holds; both count once, at most 500万, among the maybes',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'champion', year: 2024 }] },
		eligible: [
			...FOR_EVERY_SRDI_ENTERPRISE,
			'zz-shared-research-facilities',
			'zz-smart-manufacturing-diagnosis',
			'zz-smart-manufacturing-solution'
		],
		maybe: ['zz-champion-enterprise-reward', 'zz-champion-product-reward', ...POOL_MEASURES],
		notEligible: ['zz-new-little-giant-reward', 'zz-new-provincial-srdi-reward'],
		check: (results, checklist) => {
			for (const id of ['zz-champion-enterprise-reward', 'zz-champion-product-reward'])
				expect(linesWith(results.get(id)!, 'unmet'), id).toEqual([]);
			expect(
				linesWith(results.get('zz-champion-enterprise-reward')!, 'unknown').join('')
			).toContain('不是仅有产品获“单项”认定');
			expect(linesWith(results.get('zz-champion-product-reward')!, 'unknown').join('')).toContain(
				'企业有产品被认定为“单项”产品'
			);
			expect(checklist.totals.statedWan).toBe(0);
			expect(checklist.maybeTotals.statedWan).toBe(500);
		}
	},
	{
		name: 'an uncertified 郑州 manufacturer, who may own a champion product the questionnaire does not ask about, sees the 100万 product reward as maybe and the enterprise reward as what the champion title would unlock',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, industry: 'manufacturing', certifications: [] },
		maybe: ['zz-champion-product-reward'],
		unlockedBy: { 'zz-champion-enterprise-reward': 'champion' },
		check: (results) => {
			const product = results.get('zz-champion-product-reward')!;
			expect(linesWith(product, 'met').join('')).toContain('行业需为制造业');
			expect(linesWith(product, 'unknown').join('')).toContain('“单项”产品');
		}
	},
	{
		name: 'an uncertified 郑州 software firm cannot hold a manufacturing champion product: the product reward is ineligible, unlocked only by the champion title',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, industry: 'software_it', certifications: [] },
		unlockedBy: {
			'zz-champion-product-reward': 'champion',
			'zz-champion-enterprise-reward': 'champion'
		}
	},
	{
		name: 'a 郑州 champion certified in 2019, before the document, sees the enterprise reward as maybe: the text says 认定为, not 新认定为, so the office decides',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'champion', year: 2019 }] },
		maybe: ['zz-champion-enterprise-reward', 'zz-champion-product-reward'],
		check: (results) => {
			const open = linesWith(results.get('zz-champion-enterprise-reward')!, 'unknown');
			expect(open).toHaveLength(2);
			expect(open.join('')).toContain('本文件未写“新认定”');
			// A 2024 champion meets the period; only which title it holds stays open.
			const recent = runScenario({
				name: 'champion 2024',
				jurisdiction: DOCUMENT,
				profile: { region: JINSHUI, certifications: [{ tier: 'champion', year: 2024 }] }
			});
			const recentOpen = linesWith(recent.byId.get('zz-champion-enterprise-reward')!, 'unknown');
			expect(recentOpen).toHaveLength(1);
			expect(recentOpen[0]).not.toContain('本文件未写“新认定”');
		}
	},
	{
		name: 'a 郑州 little giant certified in 2019 is not newly certified: the 200万 reward is ineligible and no higher tier unlocks it',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'little_giant', year: 2019 }] },
		eligible: FOR_EVERY_SRDI_ENTERPRISE,
		maybe: ['zz-new-provincial-srdi-reward'],
		ineligible: ['zz-new-little-giant-reward'],
		check: (results) => {
			expect(results.get('zz-new-little-giant-reward')!.unlockedBy).toBeUndefined();
		}
	},

	// ——— The tiered cultivation pool ———
	{
		name: 'a 郑州 provincial SRDI firm that did not say it is in the pool sees pool entry and pool guidance as maybe, told the pool holds certified firms too and whom to ask',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'srdi_provincial', year: 2023 }] },
		maybe: POOL_MEASURES,
		check: (results) => {
			for (const id of POOL_MEASURES) {
				expect(linesWith(results.get(id)!, 'unmet'), id).toEqual([]);
				const open = linesWith(results.get(id)!, 'unknown').join('');
				expect(open, id).toContain('分层储备、培育、提升');
				expect(open, id).toContain('郑州市工业和信息化局');
			}
		}
	},
	{
		name: 'an uncertified 郑州 firm sees the pool measures as maybe, with how to join, and the 专精特新 measures as unlocked by the municipal title',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [] },
		maybe: [...POOL_MEASURES, 'zz-smart-factory-support', 'zz-integration-benchmarking'],
		unlockedBy: {
			'zz-srdi-loan': 'srdi_municipal',
			'zz-industry-platform-solution': 'srdi_municipal',
			'zz-shared-research-facilities': 'innovative',
			'zz-smart-manufacturing-diagnosis': 'srdi_provincial'
		},
		nothingFrom: OTHERS(DOCUMENT),
		check: (results) => {
			expect(linesWith(results.get('zz-cultivation-pool-entry')!, 'unknown').join('')).toContain(
				'您未填写已入库'
			);
		}
	},
	{
		name: 'a 郑州 firm that says it is in the cultivation pool gets the pool guidance and is not asked to join the pool again',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'cultivation_pool', year: 2024 }] },
		eligible: ['zz-cultivation-pool-guidance'],
		ineligible: ['zz-cultivation-pool-entry', 'zz-srdi-loan'],
		check: (results) => {
			expect(results.get('zz-cultivation-pool-entry')!.unlockedBy).toBeUndefined();
		}
	},

	// ——— Item 9: diagnosis for 省级以上, the free solution for provincial and above, municipal to confirm ———
	{
		name: 'a 郑州 municipal SRDI firm gets no diagnosis (for 省级以上; the provincial title unlocks it) and sees the free solution as maybe, asking whether municipal firms qualify',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'srdi_municipal', year: 2024 }] },
		eligible: FOR_EVERY_SRDI_ENTERPRISE,
		maybe: ['zz-smart-manufacturing-solution'],
		unlockedBy: { 'zz-smart-manufacturing-diagnosis': 'srdi_provincial' },
		check: (results) => {
			const open = linesWith(results.get('zz-smart-manufacturing-solution')!, 'unknown');
			expect(open).toHaveLength(1);
			expect(open[0]).toContain('市级“专精特新”企业能否获得');
		}
	},
	{
		name: 'an innovative 郑州 SME may use the shared research facilities, is not in scope for the free solution, and sees it unlocked by the municipal title',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, certifications: [{ tier: 'innovative', year: 2024 }] },
		eligible: ['zz-shared-research-facilities'],
		unlockedBy: {
			'zz-smart-manufacturing-solution': 'srdi_municipal',
			'zz-new-provincial-srdi-reward': 'srdi_provincial'
		}
	},

	// ——— Sentences that name no beneficiary ———
	{
		name: 'an uncertified 郑州 software firm may still ask about lower financing costs, 郑科贷 and the 揭榜挂帅 post-completion subsidy, whose sentences name no beneficiary',
		jurisdiction: DOCUMENT,
		profile: { region: JINSHUI, industry: 'software_it', certifications: [] },
		maybe: ['zz-lower-financing-cost', 'zz-zhengke-loan', 'zz-open-competition-post-subsidy'],
		ineligible: ['zz-preferential-interest-rate', 'zz-srdi-loan'],
		check: (results) => {
			expect(linesWith(results.get('zz-zhengke-loan')!, 'unknown').join('')).toContain(
				'本句没有写明借款对象'
			);
		}
	}
];

describe('郑州 scenarios (year 2026)', () => {
	test.for(scenarios)('$name', (scenario) => {
		expectScenario(scenario);
	});

	test('ticking the tiers a certificate implies, without their years, changes no verdict', () => {
		expectImpliedTiersChangeNothing(DOCUMENT, JINSHUI, { tier: 'little_giant', year: 2023 });
		expectImpliedTiersChangeNothing(DOCUMENT, JINSHUI, { tier: 'srdi_provincial', year: 2023 });
	});

	test('no pool measure is ever ineligible for a 郑州 owner who did not say it is in the pool', () => {
		const poolMeasures = zhengzhouMeasures.filter((m) =>
			JSON.stringify(m.eligibility).includes('"pool"')
		);
		expect(poolMeasures.map((m) => m.id).sort()).toEqual([...POOL_MEASURES].sort());
		for (const tier of [
			undefined,
			'innovative',
			'srdi_municipal',
			'srdi_provincial',
			'little_giant',
			'champion'
		] as const) {
			const { byId } = runScenario({
				name: tier ?? 'none',
				jurisdiction: DOCUMENT,
				profile: { region: JINSHUI, certifications: tier ? [{ tier, year: 2023 }] : [] }
			});
			for (const measure of poolMeasures)
				expect(byId.get(measure.id)!.status, `${tier} / ${measure.id}`).toBe('maybe');
		}
	});

	test('reasons name the city as 郑州市 / Zhengzhou, with no explanation leaking into the place name', () => {
		const document = dataset.documents.find((d) => d.id === DOCUMENT)!;
		expect(document.jurisdiction.name).toEqual({ zh: '郑州市', en: 'Zhengzhou' });
		const { byId } = runScenario(littleGiantOnly);
		const place = byId.get('zz-srdi-loan')!.reasons[0].text;
		expect(place.zh).toBe('注册地在郑州市');
		// In English the place reads by its GB/T 2260 name with the Chinese beside it.
		expect(place.en).toMatch(/^Registered in Zhengzhou\b.*\(郑州市\)$/);
		expect(place.en).not.toMatch(/whole city|inherit/);
	});

	test('every quote is found in its own item, not in the news lead above the text', () => {
		const { quoteContexts } = policyData();
		for (const measure of zhengzhouMeasures) {
			const context = quoteContexts.get(measure.id)!;
			const paragraph = `${context.before}${context.quote}${context.after}`;
			expect(paragraph, measure.id).not.toContain('近日,郑州市人民政府办公厅发布');
		}
		const factory = quoteContexts.get('zz-smart-factory-support')!;
		expect(factory.before).toMatch(/^7\.加快数字化转型。/);
	});

	test('in item 9 免费 belongs to the solution, not the diagnosis', () => {
		const byId = new Map(zhengzhouMeasures.map((m) => [m.id, m]));
		const diagnosis = byId.get('zz-smart-manufacturing-diagnosis')!;
		const solution = byId.get('zz-smart-manufacturing-solution')!;
		expect(diagnosis.title.zh).not.toContain('免费');
		expect(diagnosis.title.en).not.toMatch(/free/i);
		expect(solution.title.zh).toContain('免费');
		expect(solution.source.quote).toContain('免费');
	});

	test('every measure lists every department its item names, one of them as the lead, and says whether it is concrete or general', () => {
		const byId = new Map(zhengzhouMeasures.map((m) => [m.id, m]));
		expect(byId.get('zz-shared-research-facilities')!.contacts.map((c) => c.asWritten)).toEqual(
			expect.arrayContaining(['市科技局', '市财政局', '各开发区管委会', '区县(市)人民政府'])
		);
		for (const measure of zhengzhouMeasures) {
			expect(
				measure.contacts.map((c) => c.key),
				measure.id
			).toContain(measure.lead);
			expect(['zz-dev-zones', 'zz-district-gov'], measure.id).not.toContain(measure.lead);
			expect(['concrete', 'general'], measure.id).toContain(measure.form);
		}
	});

	test('notes for owners carry no tier codes, condition names or file paths', () => {
		const internal =
			/srdi_|little_giant|cultivation_pool|holds:|读作|\bscope\b|certifiedIn|reviewer|审核|seeds\/|\.yaml|defects/;
		for (const measure of zhengzhouMeasures)
			for (const note of measure.notes) {
				expect(note.zh, measure.id).not.toMatch(internal);
				expect(note.en, measure.id).not.toMatch(internal);
			}
	});
});
