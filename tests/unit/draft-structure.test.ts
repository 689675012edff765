// The draft tool on small made-up texts: every common numbering shape, items split across lines,
// headings run into their first sentence, numbering through a document or restarting per section,
// fragments, and what a measure draft reads from its sentence (contacts, amounts, tiers, flags).
import { describe, expect, test } from 'vitest';
import { draftFromText } from '../../src/lib/server/draft/draft.ts';
import { amountsIn } from '../../src/lib/server/draft/amounts.ts';
import { splitDepartments, statedContacts } from '../../src/lib/server/draft/contacts.ts';
import { isNew, isOnce, tiersNamed } from '../../src/lib/server/draft/tiers.ts';
import type { Draft } from '../../src/lib/server/draft/types.ts';

const refs = (draft: Draft) => draft.items.map((item) => item.ref);
const kinds = (draft: Draft) => draft.defects.map((d) => d.kind);

/** Every quote must be cleanText verbatim at the offsets the draft gives. */
function expectVerbatim(draft: Draft) {
	for (const m of draft.measures) expect(draft.cleanText.slice(m.start, m.end)).toBe(m.quote);
}

describe('numbering shapes', () => {
	test.each([
		['一、', '一、对企业给予奖励。\n二、为企业提供服务。', ['一', '二']],
		['(一)', '(一)对企业给予奖励。\n(二)为企业提供服务。', ['(一)', '(二)']],
		['（一）', '（一）对企业给予奖励。\n（二）为企业提供服务。', ['(一)', '(二)']],
		['1.', '1.对企业给予奖励。\n2.为企业提供服务。', ['1', '2']],
		['1、', '1、对企业给予奖励。\n2、为企业提供服务。', ['1', '2']],
		['1．', '1．对企业给予奖励。\n2．为企业提供服务。', ['1', '2']],
		['（1）', '（1）对企业给予奖励。\n（2）为企业提供服务。', ['(1)', '(2)']],
		['①', '①对企业给予奖励。\n②为企业提供服务。', ['①', '②']],
		['第一条', '第一条 对企业给予奖励。\n第二条 为企业提供服务。', ['第一条', '第二条']],
		['十一、', '十、对企业给予奖励。\n十一、为企业提供服务。', ['十', '十一']]
	])('%s', (_, text, expected) => {
		const draft = draftFromText(text);
		expect(refs(draft)).toEqual(expected);
		expect(draft.measures.map((m) => m.ref)).toEqual(expected);
		expectVerbatim(draft);
	});

	test('nested levels compose refs, outer first, and parts with sub-items are sections', () => {
		const draft = draftFromText(
			[
				'一、资金支持',
				'(一)认定奖励',
				'1.对新认定企业给予50万元奖励。',
				'2.对升级企业给予20万元奖励。',
				'(二)服务保障',
				'3.为企业提供法律服务。',
				'（1）开展培训。',
				'二、保障措施',
				'(一)加强领导。建立协调机制，统筹推进工作。'
			].join('\n')
		);
		expect(refs(draft)).toEqual(['一(一)1', '一(一)2', '一(二)3', '一(二)3(1)', '二(一)']);
		expect(draft.sections.map((s) => s.ref)).toEqual(['一', '一(一)', '一(二)', '一(二)3', '二']);
		expect(draft.items.find((i) => i.ref === '一(一)1')?.section).toBe('一(一)');
	});

	test('numbering that restarts in every section', () => {
		const draft = draftFromText(
			'一、资金\n1.给予奖励。\n2.给予补助。\n二、服务\n1.提供培训。\n2.提供咨询。'
		);
		expect(refs(draft)).toEqual(['一1', '一2', '二1', '二2']);
		expect(kinds(draft)).not.toContain('numbering_gap');
	});

	test('numbering through the whole document across sections', () => {
		const draft = draftFromText(
			'(一)资金\n1.给予奖励。\n2.给予补助。\n(二)服务\n3.提供培训。\n4.提供咨询。'
		);
		expect(refs(draft)).toEqual(['(一)1', '(一)2', '(二)3', '(二)4']);
		expect(kinds(draft)).not.toContain('numbering_gap');
	});

	test('a fragment that starts at item 48 keeps its numbers and says the start is missing', () => {
		const draft = draftFromText('48.对企业给予奖励。\n49.为企业提供服务。\n50.组织企业参加展会。');
		expect(refs(draft)).toEqual(['48', '49', '50']);
		const truncated = draft.defects.find((d) => d.kind === 'truncated');
		expect(truncated?.note).toMatch(/starts at 48/);
	});

	test('a skipped number is reported as a gap', () => {
		const draft = draftFromText('1.给予奖励。\n2.给予补助。\n4.提供培训。');
		expect(refs(draft)).toEqual(['1', '2', '4']);
		expect(draft.defects.find((d) => d.kind === 'numbering_gap')?.example).toBe('4.提供培训。');
	});

	test('numbering that restarts without a heading above it is flagged as lost headings', () => {
		const draft = draftFromText(
			'到2025年,努力实现以下目标:\n(一)数量增加。力争创新型企业达到800家。\n(二)能力增强。研发投入增长10%。\n(一)梯度培育\n1.对企业给予奖励。'
		);
		expect(refs(draft)).toEqual(['(一)', '(二)', '(一)1']);
		expect(kinds(draft)).toContain('lost_headings');
		// Targets are items but not measures.
		expect(draft.measures.map((m) => m.ref)).toEqual(['(一)1']);
	});
});

describe('items as real texts lay them out', () => {
	test('an item split across lines is one item, and its sentence is quoted across the break', () => {
		const draft = draftFromText('1.\n对新认定的企业\n给予50万元一次性奖励。\n2.为企业提供服务。');
		expect(refs(draft)).toEqual(['1', '2']);
		expect(draft.measures[0].quote).toBe('对新认定的企业\n给予50万元一次性奖励。');
		expect(draft.measures[0].amounts).toMatchObject([{ wan: 50, kind: 'fixed' }]);
		expectVerbatim(draft);
	});

	test('a heading run into its first sentence becomes the heading, not a measure', () => {
		const draft = draftFromText(
			'1.加大研发投入。鼓励企业开展研发，给予补助。\n2.推动创新应用。组织企业对接。'
		);
		expect(draft.items.map((i) => i.heading)).toEqual(['加大研发投入', '推动创新应用']);
		expect(draft.measures.map((m) => m.quote)).toEqual([
			'鼓励企业开展研发，给予补助。',
			'组织企业对接。'
		]);
	});

	test('a heading on a line of its own, with the text below', () => {
		const draft = draftFromText(
			'(一)资金支持。\n\n对新认定的企业，给予一次性奖励。\n(二)对企业提供服务。'
		);
		expect(draft.items[0]).toMatchObject({ ref: '(一)', heading: '资金支持' });
		expect(draft.measures[0].quote).toBe('对新认定的企业，给予一次性奖励。');
	});

	test('a number run into the previous sentence still starts an item', () => {
		const draft = draftFromText(
			'一、总体要求\n(一)指导思想。支持企业。\n二、重点任务\n围绕目标制定措施。(一)聚力培育。对企业给予奖励。(二)强化服务。为企业提供服务。'
		);
		expect(refs(draft)).toEqual(['一(一)', '二(一)', '二(二)']);
		expect(draft.items[1].heading).toBe('聚力培育');
	});

	test('figures inside a sentence are not numbers (3.5%, 2025年, 10.0)', () => {
		const draft = draftFromText(
			'1.研发投入占比达到3.5%以上。对企业给予奖励。\n2.到2025年为企业提供服务。'
		);
		expect(refs(draft)).toEqual(['1', '2']);
	});

	test('an attachment list ends the document body', () => {
		const draft = draftFromText(
			'1.对企业给予奖励。\n2.为企业提供服务。\n附件:1.企业名单\n2.申报表'
		);
		expect(refs(draft)).toEqual(['1', '2']);
	});
});

describe('contacts', () => {
	test('a labelled parenthesis, split at 、 only where every part is an office', () => {
		expect(
			statedContacts('给予奖励。(责任单位:区统计局、区经发局,滨开区及各镇、街道)')?.contacts
		).toEqual(['区统计局', '区经发局', '滨开区及各镇、街道']);
	});

	test('an unlabelled trailing parenthesis of offices, and a 责任单位 line', () => {
		expect(statedContacts('开展服务。(省工业和信息化厅、省财政厅)')?.contacts).toEqual([
			'省工业和信息化厅',
			'省财政厅'
		]);
		expect(
			statedContacts('给予奖励。\n责任单位:市工信局、市财政局,各开发区管委会、区县(市)人民政府。')
				?.contacts
		).toEqual(['市工信局', '市财政局', '各开发区管委会', '区县(市)人民政府']);
	});

	test('lead and partner units, and brackets that are not contacts', () => {
		expect(splitDepartments('牵头单位:市工信局;配合单位:市财政局、市科技局')).toEqual([
			'市工信局',
			'市财政局',
			'市科技局'
		]);
		expect(statedContacts('选择10家职业院校(含技工院校)')).toBeNull();
		expect(statedContacts('实施方案(2022—2025)')).toBeNull();
	});

	test('an item without stated contacts takes the offices its sentences name', () => {
		const draft = draftFromText(
			'1.给予奖励。(责任单位:市工信局)\n2.降低融资成本。由市工信局确定企业名单,市金融局负责组织对接,予以重点支持。'
		);
		expect(draft.measures.map((m) => m.contacts)).toEqual([['市工信局'], ['市工信局', '市金融局']]);
	});
});

describe('amounts', () => {
	test('a ceiling covers every figure of the list after it', () => {
		expect(amountsIn('对认定为国家、自治区级企业分别给予不超过100万元、50万元奖励')).toMatchObject([
			{ wan: 100, kind: 'max' },
			{ wan: 50, kind: 'max' }
		]);
	});

	test('fixed amounts, 亿 and 元 converted to 万元', () => {
		expect(amountsIn('分别给予200万元、50万元的一次性奖励')).toMatchObject([
			{ wan: 200, kind: 'fixed' },
			{ wan: 50, kind: 'fixed' }
		]);
		expect(amountsIn('担保额度最高1.5亿元')).toMatchObject([{ wan: 15000, kind: 'max' }]);
		expect(amountsIn('给予每人5000元补贴')).toMatchObject([{ wan: 0.5, kind: 'fixed' }]);
		expect(amountsIn('给予五十万元奖励')).toMatchObject([{ wan: 50, kind: 'fixed' }]);
	});

	test('a rate with its cap', () => {
		expect(amountsIn('按设备投资额的10%给予补助,最高不超过200万元')).toMatchObject([
			{ kind: 'rate', rate: 10, wan: 200 }
		]);
		expect(amountsIn('按实际贷款利息的50%给予贴息')).toMatchObject([{ kind: 'rate', rate: 50 }]);
	});

	test('figures that describe the enterprise are not grants', () => {
		expect(amountsIn('以年主营业务收入1000万-2000万元的小微工业企业为重点培育对象')).toEqual([]);
	});

	test('"参照…标准执行" proposes the figures of the item it refers to, saying where from', () => {
		const draft = draftFromText(
			'1.对新认定为省级企业的给予50万元奖励。\n2.对整体迁入本市的企业参照新认定补贴标准执行。'
		);
		expect(draft.measures[1].amounts).toEqual([
			{ wan: 50, kind: 'fixed', text: '参照新认定补贴标准执行', from: '1' }
		]);
	});
});

describe('tiers and flags', () => {
	test('tiers come from the words the sentence uses', () => {
		expect(
			tiersNamed('对新认定的国家级专精特新“小巨人”企业、省级“专精特新”中小企业和创新型中小企业')
		).toEqual(['innovative', 'srdi_provincial', 'little_giant']);
		expect(tiersNamed('对“单项冠军”企业和高新技术企业、瞪羚企业、规模以上工业企业')).toEqual([
			'champion',
			'high_tech',
			'gazelle',
			'above_scale'
		]);
		expect(tiersNamed('对入库培育企业')).toEqual(['cultivation_pool']);
	});

	test('市级 is the provincial-level tier in a municipality directly under the central government', () => {
		expect(tiersNamed('市级“专精特新”中小企业')).toEqual(['srdi_municipal']);
		expect(tiersNamed('市级“专精特新”中小企业', true)).toEqual(['srdi_provincial']);
	});

	test('一次性 and 首次 / 新认定', () => {
		expect(isOnce('给予一次性奖励')).toBe(true);
		expect(isOnce('给予奖励')).toBe(false);
		expect(isNew('对新认定的企业')).toBe(true);
		expect(isNew('对首次获得认证的企业')).toBe(true);
		expect(isNew('对认定的企业')).toBe(false);
	});
});

describe('defects are found and never repaired', () => {
	test('a text cut off mid-sentence', () => {
		const draft = draftFromText('1.对企业给予奖励。\n2.对新认定的企业给予');
		expect(draft.defects.find((d) => d.kind === 'truncated')?.example).toMatch(/给予$/);
	});

	test('a last item without the 责任单位 that every other item names: the copy breaks off', () => {
		const draft = draftFromText(
			[1, 2, 3, 4]
				.map((n) => `${n}.对企业给予奖励。${n < 4 ? '(责任单位:市工信局)' : ''}`)
				.join('\n')
		);
		expect(draft.defects.find((d) => d.kind === 'truncated')?.note).toMatch(
			/4, the last, does not/
		);
	});

	test('items under a heading of principles are listed but drafted as no measure', () => {
		const draft = draftFromText(
			'一、基本原则\n(一)坚持创新。支持企业创新发展。\n二、措施\n(一)对企业给予奖励。'
		);
		expect(draft.items.map((i) => [i.ref, i.holds])).toEqual([
			['一(一)', 'principles'],
			['二(一)', 'measures']
		]);
		expect(draft.measures.map((m) => m.ref)).toEqual(['二(一)']);
		expect(draft.uncovered.map((u) => u.sentence)).toContain('支持企业创新发展。');
	});

	test('items under a heading of targets are listed but drafted as no measure', () => {
		const draft = draftFromText(
			'一、主要目标\n1.培育企业:推动培育库企业1000家。\n2.服务:为企业提供服务100次。\n二、措施\n1.对企业给予奖励。'
		);
		expect(draft.items.map((i) => [i.ref, i.holds])).toEqual([
			['一1', 'targets'],
			['一2', 'targets'],
			['二1', 'measures']
		]);
		expect(draft.measures.map((m) => m.ref)).toEqual(['二1']);
	});

	test('blanked numbers are flagged and no figure is filled in', () => {
		const draft = draftFromText(
			'关于印发《某省培育方案》的通知\n某政发〔〕1号\n一、主要目标\n(一)到年,新培育企业家,累计达到家左右。\n(二)为企业提供服务。'
		);
		expect(kinds(draft)).toContain('blanked_numbers');
		expect(draft.document.docNumber).toBe('某政发〔〕1号');
		expect(draft.document.periodTo).toBeUndefined();
		expect(draft.cleanText).toContain('累计达到家左右');
	});

	test('lost characters: glued years and a date without 年月日', () => {
		const draft = draftFromText('实施方案(20222025)\n202274\n1.对企业给予奖励。');
		expect(draft.defects.find((d) => d.kind === 'lost_characters')?.example).toContain('20222025');
	});

	test('particulars the text does not state are reported missing', () => {
		const draft = draftFromText('1.对企业给予奖励。');
		expect(draft.document).toEqual({});
		expect(draft.defects.filter((d) => d.kind === 'missing_metadata')).toHaveLength(2);
	});
});

describe('particulars', () => {
	test('a covering notice gives way to the plan it issues; issuer and date from the signature', () => {
		const draft = draftFromText(
			[
				'某省办公厅关于印发《某省中小企业培育方案》的通知',
				'某办发〔2024〕12号',
				'各市人民政府:',
				'现将《某省中小企业培育方案》印发给你们,请认真贯彻执行。',
				'某省人民政府',
				'办公厅',
				'2024年12月19日',
				'某省中小企业培育方案',
				'一、总体目标',
				'到2026年,培育企业1000家。',
				'二、支持措施',
				'1.对新认定企业给予奖励。'
			].join('\n')
		);
		expect(draft.document).toMatchObject({
			title: '某省中小企业培育方案',
			issuer: '某省人民政府办公厅',
			docNumber: '某办发〔2024〕12号',
			issued: '2024-12-19',
			periodTo: 2026
		});
	});

	test('a title with its issuer in front, a period in the title and a jurisdiction from names', () => {
		const draft = draftFromText(
			'郑州市人民政府办公厅关于支持中小企业发展的实施方案(2023—2026)\n1.对企业给予奖励。'
		);
		expect(draft.document).toMatchObject({
			issuer: '郑州市人民政府办公厅',
			periodFrom: 2023,
			periodTo: 2026,
			jurisdiction: { code: '410100', name: '郑州市' }
		});
	});
});
