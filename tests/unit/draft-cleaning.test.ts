// Each cleaning step of the draft tool on small made-up texts: what it removes or rewrites, what
// it must leave alone, and that the steps a record names re-derive the cleaned text exactly.
import { describe, expect, test } from 'vitest';
import {
	appliedSteps,
	CLEANING_STEPS,
	cleanText
} from '../../src/lib/server/draft/cleaning/index.ts';
import { characterWidth } from '../../src/lib/server/draft/cleaning/character-width.ts';
import { noiseMarkers } from '../../src/lib/server/draft/cleaning/noise-markers.ts';
import { pinyinAnnotations } from '../../src/lib/server/draft/cleaning/pinyin-annotations.ts';
import { siteBoilerplate } from '../../src/lib/server/draft/cleaning/site-boilerplate.ts';
import { traditionalScript } from '../../src/lib/server/draft/cleaning/traditional-script.ts';
import { whitespace } from '../../src/lib/server/draft/cleaning/whitespace.ts';

describe('whitespace', () => {
	test('normalizes line ends, indentation, no-break and ideographic spaces and blank runs', () => {
		const raw =
			'\ufeff  一、总体要求\r\n\r\n\r\n\u3000\u3000(一)支持企业\u00a0\u00a0发展。  \r\n\r\n';
		const { text, count } = whitespace.apply(raw);
		expect(text).toBe('一、总体要求\n\n(一)支持企业 发展。');
		expect(count).toBeGreaterThan(0);
	});

	test('leaves a tidy text as it is and counts nothing', () => {
		expect(whitespace.apply('一、总体要求\n\n(一)支持企业发展。')).toEqual({
			text: '一、总体要求\n\n(一)支持企业发展。',
			count: 0
		});
	});
});

describe('noise markers', () => {
	test('removes marker strings inserted between words and zero-width characters', () => {
		const { text, count, example } = noiseMarkers.apply(
			'对专精@@特新企业给予##奖励，支持\u200b企#业发展。'
		);
		expect(text).toBe('对专精特新企业给予奖励，支持企业发展。');
		expect(count).toBe(4);
		expect(example).toBe('@@');
	});

	test('keeps e-mail addresses, percentages and lone symbols next to Latin text', () => {
		const text = '邮箱:office@example.cn，按10%给予补助，C# 与 A*B 不变。';
		expect(noiseMarkers.apply(text)).toMatchObject({ text, count: 0 });
	});
});

describe('pinyin annotations', () => {
	test('removes pinyin with tone marks or tone digits after characters', () => {
		const { text, count } = pinyinAnnotations.apply('企業(yè)發展（fā zhǎn）和扶持(fu2 chi2)');
		expect(text).toBe('企業發展和扶持');
		expect(count).toBe(3);
	});

	test('keeps abbreviations, years and notes in brackets', () => {
		const text = '“经认证经营者”(AEO)认证、方案(2022—2025)和首台(套)装备、(含技工院校)';
		expect(pinyinAnnotations.apply(text)).toMatchObject({ text, count: 0 });
	});
});

describe('traditional script', () => {
	test('converts traditional characters to simplified with OpenCC and counts them', () => {
		const { text, count, example } = traditionalScript.apply('對新認定的專精特新企業給予獎勵');
		expect(text).toBe('对新认定的专精特新企业给予奖励');
		expect(count).toBe(7);
		expect(example).toContain('對');
	});

	test('leaves simplified text unchanged', () => {
		const text = '对新认定为专精特新“小巨人”企业给予200万元的一次性奖励。';
		expect(traditionalScript.apply(text)).toEqual({ text, count: 0 });
	});

	test('with pinyin annotations, the whole pipeline yields clean simplified text', () => {
		const cleaned = cleanText('對專精特新企業(qǐ yè)給予獎勵(jiǎng lì)。');
		expect(cleaned.text).toBe('对专精特新企业给予奖励。');
		expect(appliedSteps(cleaned.steps)).toEqual(['pinyin_annotations', 'traditional_script']);
	});
});

describe('character width', () => {
	test('turns the minority form of each mark into the form the text uses most', () => {
		const { text, count } = characterWidth.apply('支持企业,提供服务,给予奖励，开展培训,组织对接。');
		expect(text).toBe('支持企业,提供服务,给予奖励,开展培训,组织对接。');
		expect(count).toBe(1);
	});

	test('turns half-width marks full width only inside Chinese text', () => {
		const { text } = characterWidth.apply(
			'支持企业，提供服务，给予奖励,见 http://a.cn/x,y 时间 10:30，开展培训。'
		);
		expect(text).toBe('支持企业，提供服务，给予奖励，见 http://a.cn/x,y 时间 10:30，开展培训。');
	});

	test('converts parentheses as a pair and full-width digits to half width', () => {
		const { text } = characterWidth.apply('（一）给予５０万元奖励(二)(三)');
		expect(text).toBe('(一)给予50万元奖励(二)(三)');
	});

	test('a text that uses one form throughout is left alone', () => {
		const text = '一、总体要求\n(一)支持企业,给予奖励;开展培训:对接。';
		expect(characterWidth.apply(text)).toEqual({ text, count: 0 });
	});
});

describe('site boilerplate', () => {
	test('removes a government site header, metadata block and footer, keeping the document', () => {
		const raw = [
			'中国政府网 | 某市人民政府网 区人大 区政协 网站专栏',
			'| 无障碍 | 敬老版 | 登录 | 注册',
			'首页 走进某区 政务公开 政务服务 营商环境 政民互动',
			'您当前的位置: 首页>政务公开>政策文件',
			'[ 发文字号 ] 某府办发〔2024〕9号',
			'[ 成文日期 ] 2024-12-19',
			'某区促进专精特新企业发展若干措施',
			'一、对新认定企业给予奖励。',
			'附件下载:',
			'某府办发〔2024〕9号.doc',
			'扫一扫在手机打开当前页'
		].join('\n');
		const { text, count } = siteBoilerplate.apply(raw);
		expect(text).toBe('某区促进专精特新企业发展若干措施\n一、对新认定企业给予奖励。');
		expect(count).toBe(9);
	});

	test('removes aggregator metadata lines: a news lead, source and time, next article, disclaimer', () => {
		const raw = [
			'近日,某市人民政府办公厅发布关于支持专精特新企业的意见。意见支持数字化转型。',
			'发布时间:2024-05-07 来源: 某省工业和信息化厅 作者:佚名',
			'某市人民政府办公厅关于支持专精特新企业的意见',
			'1.给予一次性奖励。',
			'上一篇: 某某新闻 下一篇: 另一新闻',
			'[免责声明] 本文来源于网络转载,仅供学习交流使用。',
			'某某网 example.org 版权所有。',
			'联系电话:010-12345678'
		].join('\n');
		const { text, example } = siteBoilerplate.apply(raw);
		expect(text).toBe('某市人民政府办公厅关于支持专精特新企业的意见\n1.给予一次性奖励。');
		expect(example).toMatch(/^近日/);
	});

	test('keeps policy sentences that merely mention a date or a source', () => {
		const text = '2.发布时间以文件为准的,来源于财政资金的奖励,按规定执行。\n(此件公开发布)';
		expect(siteBoilerplate.apply(text)).toMatchObject({ text, count: 0 });
	});
});

describe('the pipeline', () => {
	const raw = [
		'欢迎来到某某网!',
		'  關於支持企業(qǐ yè)發展的意見',
		'',
		'',
		'一、對新認定的企業給予@@獎勵，最高不超過５０万元。',
		'上一篇: 某某'
	].join('\r\n');

	test('counts every step, in its fixed order', () => {
		const cleaned = cleanText(raw);
		expect(cleaned.steps.map((s) => s.step)).toEqual([...CLEANING_STEPS]);
		expect(cleaned.steps.every((s) => s.count > 0)).toBe(true);
		expect(cleaned.text).toBe(
			'关于支持企业发展的意见\n\n一、对新认定的企业给予奖励，最高不超过50万元。'
		);
	});

	test('the steps that applied re-derive exactly the same text from the raw bytes', () => {
		const cleaned = cleanText(raw);
		expect(cleanText(raw, appliedSteps(cleaned.steps)).text).toBe(cleaned.text);
		// Naming only some of them gives another text: every named step matters.
		expect(cleanText(raw, ['whitespace', 'site_boilerplate']).text).not.toBe(cleaned.text);
	});

	test('is deterministic', () => {
		expect(cleanText(raw)).toEqual(cleanText(raw));
	});
});
