// 山东省“专精特新”中小企业培育方案 (seeds/shandong-2022.yaml), one named enterprise at a time: what
// the plan's own terms give each kind of owner. The runner is tests/fixtures/scenarios.ts.
import { describe, expect, test } from 'vitest';
import { CASH_BENEFIT_TYPES } from '../../../src/lib/vocabulary.ts';
import {
	dataset,
	expectScenario,
	measureIds,
	OTHERS,
	reasonsOf,
	runScenario,
	type Scenario
} from '../../fixtures/scenarios.ts';

const SHANDONG = 'shandong-2022';
const measures = dataset.measures.filter((m) => m.documentId === SHANDONG);
const measure = (id: string) => measures.find((m) => m.id === id)!;

/** Measures for members of the province's cultivation pool (`pool:` in their eligibility). */
const POOL_MEASURES = measures
	.filter((m) => JSON.stringify(m.eligibility).includes('"pool"'))
	.map((m) => m.id);

/** Sentences that name no beneficiary, in items about 专精特新 SMEs: theirs, and maybe others'. */
const UNNAMED_BENEFICIARY = [
	'sd-industrial-internet-resource-pools',
	'sd-energy-saving-diagnosis',
	'sd-supply-chain-finance-coaching',
	'sd-supply-chain-integrated-services',
	'sd-receivables-financing-platform',
	'sd-procurement-matchmaking',
	'sd-international-cooperation-platforms'
];

/** Open to any firm registered in Shandong. */
const WHOLE_PROVINCE = [
	'sd-sme-platform-service-columns',
	'sd-innovation-contests',
	'sd-tech-supply-demand-matching',
	'sd-instrument-sharing-network'
];

const KEY_LITTLE_GIANT = [
	'sd-key-little-giant-matching-support',
	'sd-key-little-giant-follow-up-service',
	'sd-key-little-giant-national-funds',
	'sd-key-little-giant-point-to-point-service'
];

const scenarios: Scenario[] = [
	{
		name: 'a Jinan little giant who ticks only 小巨人 gets the 新三板 matching (a little giant is a provincial SRDI SME), the exchange matching and the SRDI loans; key-little-giant support asks to confirm; pool entry does not apply',
		jurisdiction: SHANDONG,
		profile: { region: '370102', certifications: [{ tier: 'little_giant' }] },
		eligible: [
			'sd-provincial-srdi-neeq-matching',
			'sd-little-giant-exchange-matching',
			'sd-little-giant-national-support-guidance',
			'sd-little-giant-entrepreneur-training',
			'sd-srdi-loan-products',
			'sd-liaison-officer',
			...UNNAMED_BENEFICIARY,
			...WHOLE_PROVINCE
		],
		maybe: [...KEY_LITTLE_GIANT, 'sd-cultivation-pool-growth-plan'],
		ineligible: ['sd-cultivation-pool-entry'],
		nothingFrom: OTHERS(SHANDONG),
		check: (results) => {
			const neeq = reasonsOf(results.get('sd-provincial-srdi-neeq-matching')!).join('\n');
			expect(neeq).toContain('国家级专精特新“小巨人”企业须已获省级专精特新中小企业认定');
		}
	},
	{
		name: 'a Qingdao provincial SRDI manufacturer (370202) gets the 新三板 matching but not the exchange matching; 小巨人 would unlock the exchange matching, little-giant training and guidance, and the key-little-giant support to confirm',
		jurisdiction: SHANDONG,
		profile: { region: '370202', certifications: [{ tier: 'srdi_provincial', year: 2023 }] },
		eligible: [
			'sd-provincial-srdi-neeq-matching',
			'sd-srdi-loan-products',
			'sd-financial-guidance',
			'sd-listing-reserve',
			'sd-one-firm-one-policy',
			'sd-land-supply-support',
			'sd-energy-saving-diagnosis'
		],
		maybe: ['sd-cultivation-pool-growth-plan', 'sd-local-rnd-institution-policies'],
		unlockedBy: {
			'sd-little-giant-exchange-matching': 'little_giant',
			'sd-little-giant-entrepreneur-training': 'little_giant',
			'sd-little-giant-national-support-guidance': 'little_giant',
			'sd-key-little-giant-national-funds': 'little_giant'
		},
		// The pool exists to grow firms into provincial SRDI SMEs: a certified firm does not enter it.
		ineligible: ['sd-cultivation-pool-entry'],
		nothingFrom: OTHERS(SHANDONG),
		check: (_, checklist) => {
			const next = checklist.ladder[0];
			expect(next.tier).toBe('little_giant');
			expect(next.unlocked.map((i) => i.measure.id)).toEqual(
				expect.arrayContaining([
					'sd-little-giant-exchange-matching',
					'sd-little-giant-entrepreneur-training',
					...KEY_LITTLE_GIANT
				])
			);
			// Every figure of three or more digits is blank in this text: the next tier adds no stated sum.
			expect(next.gain).toEqual({ wan: 0, ceiling: false });
		}
	},
	{
		name: 'a Yantai innovative SME (370602) that did not say it is in the pool may enter it and may have a growth plan, confirmed with the pool’s departments; the SRDI measures open at the provincial tier',
		jurisdiction: SHANDONG,
		profile: { region: '370602', certifications: [{ tier: 'innovative', year: 2024 }] },
		maybe: ['sd-cultivation-pool-entry', 'sd-cultivation-pool-growth-plan', ...UNNAMED_BENEFICIARY],
		eligible: WHOLE_PROVINCE,
		unlockedBy: {
			'sd-srdi-loan-products': 'srdi_provincial',
			'sd-provincial-srdi-neeq-matching': 'srdi_provincial',
			'sd-liaison-officer': 'srdi_provincial',
			'sd-little-giant-exchange-matching': 'little_giant'
		},
		nothingFrom: OTHERS(SHANDONG),
		check: (results) => {
			const plan = reasonsOf(results.get('sd-cultivation-pool-growth-plan')!).join('\n');
			expect(plan).toContain('山东省工业和信息化厅');
			expect(plan).toContain('确认是否已入库');
			expect(plan).not.toMatch(/^unmet/m);
		}
	},
	{
		name: 'a Jinan firm that ticked 入库培育 gets the pool’s growth plan; entering the pool is still for the office to confirm',
		jurisdiction: SHANDONG,
		profile: { region: '370102', certifications: [{ tier: 'cultivation_pool', year: 2025 }] },
		eligible: ['sd-cultivation-pool-growth-plan'],
		maybe: ['sd-cultivation-pool-entry'],
		ineligible: ['sd-srdi-loan-products'],
		nothingFrom: OTHERS(SHANDONG)
	},
	{
		name: 'a Shandong manufacturer with no certificate: whole-province measures apply, sentences that name no beneficiary are maybe, and 专精特新-only measures are ineligible until the provincial tier',
		jurisdiction: SHANDONG,
		profile: { region: '370702', certifications: [] },
		eligible: [...WHOLE_PROVINCE, 'sd-cross-border-ecommerce-action'],
		maybe: [
			...UNNAMED_BENEFICIARY,
			'sd-cultivation-pool-entry',
			'sd-cultivation-pool-growth-plan',
			'sd-patent-green-channel',
			'sd-angel-investment-funds',
			'sd-student-incubation-bases'
		],
		unlockedBy: {
			'sd-srdi-loan-products': 'srdi_provincial',
			'sd-liaison-officer': 'srdi_provincial',
			'sd-typical-case-publicity': 'srdi_provincial'
		},
		nothingFrom: OTHERS(SHANDONG)
	},
	{
		name: 'a Weifang firm on a city-level SRDI list (370702) is outside Shandong’s “专精特新”中小企业, which the text defines as provincial SRDI SMEs and little giants',
		jurisdiction: SHANDONG,
		profile: { region: '370702', certifications: [{ tier: 'srdi_municipal', year: 2024 }] },
		maybe: ['sd-energy-saving-diagnosis'],
		unlockedBy: {
			'sd-srdi-loan-products': 'srdi_provincial',
			'sd-provincial-srdi-neeq-matching': 'srdi_provincial'
		},
		nothingFrom: OTHERS(SHANDONG)
	},
	{
		name: 'a Shandong manufacturing single champion that holds nothing else is not one of the plan’s “专精特新”中小企业 (champions are a separate track the text does not name)',
		jurisdiction: SHANDONG,
		profile: { region: '370800', certifications: [{ tier: 'champion', year: 2023 }] },
		ineligible: [
			'sd-srdi-loan-products',
			'sd-provincial-srdi-neeq-matching',
			'sd-little-giant-exchange-matching'
		],
		maybe: ['sd-cultivation-pool-entry', 'sd-energy-saving-diagnosis'],
		nothingFrom: OTHERS(SHANDONG)
	},
	{
		name: 'the cross-border e-commerce campaign for textiles, light industry, machinery “等”: a manufacturer applies, a Jinan services firm may, a software firm does not',
		jurisdiction: SHANDONG,
		profile: { region: '370102', certifications: [], industry: 'services' },
		maybe: ['sd-cross-border-ecommerce-action'],
		check: () => {
			const software = runScenario({
				name: 'software',
				jurisdiction: SHANDONG,
				profile: { region: '370102', certifications: [], industry: 'software_it' }
			});
			expect(software.byId.get('sd-cross-border-ecommerce-action')!.status).toBe('ineligible');
		}
	},
	{
		name: 'a Jinan little giant’s checklist states no sum for Shandong — every amount is blank in this text — and counts its vouchers as cash of unstated amount',
		jurisdiction: SHANDONG,
		profile: { region: '370102', certifications: [{ tier: 'little_giant', year: 2022 }] },
		eligible: [
			'sd-cloud-service-vouchers',
			'sd-innovation-service-vouchers',
			'sd-traffic-vouchers'
		],
		check: (_, checklist) => {
			expect(checklist.totals.statedWan).toBe(0);
			expect(checklist.totals.ceiling).toBe(false);
			expect(checklist.totals.excludedAsAlternatives).toBe(0);
			expect(checklist.totals.excludedByExclusivity).toBe(0);
			const cash = checklist.eligible.filter((i) =>
				CASH_BENEFIT_TYPES.includes(i.measure.benefit.type)
			);
			expect(cash.map((i) => i.measure.id).sort()).toEqual([
				'sd-cloud-service-vouchers',
				'sd-innovation-service-vouchers',
				'sd-traffic-vouchers'
			]);
			expect(checklist.totals.unquantified).toBe(cash.length);
			expect(checklist.maybeTotals.statedWan).toBe(0);
		}
	}
];

describe('Shandong scenarios (year 2026)', () => {
	test.for(scenarios)('$name', (scenario) => {
		expectScenario(scenario);
	});
});

describe('Shandong: the same firm gets the same answer whichever boxes it ticks', () => {
	const regions = ['370102', '370202'];
	const verdicts = (certifications: Scenario['profile']['certifications'], region: string) => {
		const { byId } = runScenario({
			name: 'ticked',
			jurisdiction: SHANDONG,
			profile: { region, certifications }
		});
		return Object.fromEntries(measureIds(SHANDONG).map((id) => [id, byId.get(id)!.status]));
	};

	test.for(regions)(
		'in %s, a little giant who ticks only 小巨人 and one who also ticks 省级专精特新 and 创新型 get the same verdict on every Shandong measure',
		(region) => {
			const onlyHighest = verdicts([{ tier: 'little_giant', year: 2022 }], region);
			const allTicked = verdicts(
				[{ tier: 'little_giant', year: 2022 }, { tier: 'srdi_provincial' }, { tier: 'innovative' }],
				region
			);
			expect(onlyHighest).toEqual(allTicked);
			expect(onlyHighest['sd-provincial-srdi-neeq-matching']).toBe('eligible');
		}
	);

	test('a provincial SRDI firm that also ticks 创新型 gets the same verdicts as one that ticks only 省级', () => {
		expect(verdicts([{ tier: 'srdi_provincial' }, { tier: 'innovative' }], '370102')).toEqual(
			verdicts([{ tier: 'srdi_provincial' }], '370102')
		);
	});
});

describe('Shandong: the cultivation pool', () => {
	test('pool measures exist and use the document’s pool', () => {
		expect(POOL_MEASURES).toEqual(['sd-cultivation-pool-growth-plan']);
		const document = dataset.documents.find((d) => d.id === SHANDONG)!;
		expect(document.pools.map((p) => [p.key, p.tiered])).toEqual([
			['sd-srdi-cultivation-pool', false]
		]);
		expect(document.scopes.map((s) => s.key)).not.toContain('pool');
	});

	const TICKS: { ticked: string; certifications: Scenario['profile']['certifications'] }[] = [
		{ ticked: 'nothing', certifications: [] },
		{ ticked: '创新型', certifications: [{ tier: 'innovative', year: 2024 }] },
		{ ticked: '市级专精特新', certifications: [{ tier: 'srdi_municipal', year: 2024 }] },
		{ ticked: '省级专精特新 (no year)', certifications: [{ tier: 'srdi_provincial' }] },
		{ ticked: '小巨人', certifications: [{ tier: 'little_giant', year: 2020 }] },
		{ ticked: '单项冠军', certifications: [{ tier: 'champion' }] },
		{ ticked: '高新技术企业', certifications: [{ tier: 'high_tech', year: 2023 }] }
	];
	test.for(TICKS)(
		'an owner who ticked $ticked and did not say they are in the pool gets “maybe” for every pool measure, never “ineligible”',
		({ certifications }) => {
			expect(POOL_MEASURES.length).toBeGreaterThan(0);
			const { byId } = runScenario({
				name: 'pool',
				jurisdiction: SHANDONG,
				profile: { region: '370202', certifications }
			});
			for (const id of POOL_MEASURES) expect(byId.get(id)!.status, id).toBe('maybe');
		}
	);
});

describe('Shandong: the record an owner reads', () => {
	test('every measure names one lead office among its contacts, never the leading group, and a form', () => {
		for (const m of measures) {
			expect(m.lead, m.id).toBeTruthy();
			expect(
				m.contacts.map((c) => c.key),
				m.id
			).toContain(m.lead);
			expect(m.lead, m.id).not.toMatch(/leading-group/);
			expect(['concrete', 'general'], m.id).toContain(m.form);
		}
	});

	test('owner notes are plain sentences: no tier codes, no record terms, no file paths', () => {
		for (const m of measures)
			for (const note of m.notes)
				for (const text of [note.zh, note.en])
					expect(text, m.id).not.toMatch(
						/srdi_|little_giant|cultivation_pool|holds|scope|reviewer|审核|defects|\.ya?ml|\.txt|本副本|副本/
					);
	});

	test('公益性 is not “free”: the energy-saving diagnosis says public-interest and is a service like the other documents’ diagnosis', () => {
		const diagnosis = measure('sd-energy-saving-diagnosis');
		expect(diagnosis.title.en).not.toMatch(/free/i);
		expect(diagnosis.summary.en).not.toMatch(/free/i);
		expect(diagnosis.title.en).toMatch(/public-interest/i);
		expect(diagnosis.category).toBe('services');
	});

	test('no Shandong amount is filled in: every figure of three or more digits is blank in this text', () => {
		expect(measures.map((m) => m.benefit.amount.kind)).not.toContain('stated');
	});
});
