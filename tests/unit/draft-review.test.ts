// Review, not trust: a drafted record carries `unreviewed:` lists and placeholders, and the build
// refuses it, naming file, measure and field, until a reviewer has cleared them; a record that
// names its cleaning steps is checked against the cleaned text re-derived from the raw bytes.
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { compileSeeds, DataError, type DataIssue } from '../../src/lib/server/policy/compile.ts';
import { PLACEHOLDER } from '../../src/lib/server/policy/schema.ts';
import { draftFromText } from '../../src/lib/server/draft/draft.ts';
import { draftRecordYaml } from '../../src/lib/server/draft/record.ts';
import { anyRegion, seedFile, validRecord } from '../fixtures/seeds.ts';

function issuesOf(files: Parameters<typeof compileSeeds>[0]): DataIssue[] {
	try {
		compileSeeds(files, anyRegion);
	} catch (error) {
		if (error instanceof DataError) return error.issues;
		throw error;
	}
	return [];
}

describe('unreviewed markers', () => {
	test('a measure with unreviewed fields is refused, naming file, measure, clause and fields', () => {
		const record = validRecord();
		Object.assign(record.measures[0], { unreviewed: ['title', 'benefit'] });
		expect(issuesOf([seedFile(record)])).toEqual([
			{
				file: 'seeds/sample-2022.yaml',
				measure: 'sample-provincial-reward [一1]',
				reason: 'unreviewed: title, benefit',
				unreviewed: ['title', 'benefit']
			}
		]);
	});

	test('a record with unreviewed document fields is refused', () => {
		const record = { ...validRecord(), unreviewed: ['docNumber'] };
		expect(issuesOf([seedFile(record)])).toMatchObject([
			{ file: 'seeds/sample-2022.yaml', reason: 'unreviewed: docNumber' }
		]);
	});

	test('an empty list means reviewed, and the marker never reaches the compiled data', () => {
		const record = { ...validRecord(), unreviewed: [] };
		Object.assign(record.measures[0], { unreviewed: [] });
		const { dataset } = compileSeeds([seedFile(record)], anyRegion);
		expect(dataset.documents[0]).not.toHaveProperty('unreviewed');
		expect(dataset.measures[0]).not.toHaveProperty('unreviewed');
	});

	test('a field name that is not a field of the record is a schema error', () => {
		const record = validRecord();
		Object.assign(record.measures[0], { unreviewed: ['colour'] });
		expect(
			issuesOf([seedFile(record)])
				.map((i) => i.reason)
				.join('\n')
		).toMatch(/measures\.0\.unreviewed\.0/);
	});

	test('a placeholder left in a record is refused even when no marker is left', () => {
		const record = validRecord();
		record.measures[0].summary.en = PLACEHOLDER;
		expect(issuesOf([seedFile(record)]).map((i) => i.reason)).toEqual([
			expect.stringContaining('still holds the draft placeholder')
		]);
	});
});

describe('cleaning steps in a record', () => {
	// A mirror copy in traditional script with site boilerplate around it.
	const raw = [
		'欢迎来到某某网!',
		'示例市支持專精特新企業若干措施',
		'示范办〔2022〕1号',
		'一、资金支持',
		'1.對新認定為省級“專精特新”中小企業的,給予50萬元一次性獎勵。(責任單位:市工信局)',
		'2.對“專精特新”企業貸款給予擔保支持,擔保額度最高1000萬元。(責任單位:市金融局)',
		'上一篇: 某某新闻'
	].join('\n');

	test('quotes are checked in the cleaned text the named steps re-derive from the raw bytes', () => {
		const record = { ...validRecord(), cleaning: ['traditional_script', 'site_boilerplate'] };
		const { dataset } = compileSeeds([seedFile(record, undefined, raw)], anyRegion);
		expect(dataset.measures).toHaveLength(2);
		expect(dataset.documents[0]).not.toHaveProperty('cleaning');
	});

	test('without the steps the same quotes are not in the raw text, and the build says so', () => {
		expect(issuesOf([seedFile(validRecord(), undefined, raw)]).map((i) => i.reason)).toContainEqual(
			expect.stringMatching(
				/source\.quote is not found verbatim in seeds\/sources\/sample-2022\.txt:/
			)
		);
	});

	test('a defect example may show what cleaning removed from the raw copy', () => {
		const record = {
			...validRecord(),
			cleaning: ['traditional_script', 'site_boilerplate'],
			defects: [
				{
					kind: 'page_noise',
					description: { zh: '网站页眉', en: 'Site header' },
					example: '欢迎来到某某网!'
				}
			]
		};
		expect(issuesOf([seedFile(record, undefined, raw)])).toEqual([]);
	});

	test('an unknown step name is a schema error', () => {
		const record = { ...validRecord(), cleaning: ['magic'] };
		expect(
			issuesOf([seedFile(record)])
				.map((i) => i.reason)
				.join()
		).toMatch(/cleaning\.0/);
	});
});

describe('a drafted record, reviewed, builds', () => {
	const raw = [
		'某某网 | 首页 | 政策 | 文件',
		'關於印發《示例市支持專精特新企業若干措施》的通知',
		'示范办〔2022〕1号',
		'各区县人民政府:',
		'现将《示例市支持專精特新企業若干措施》印发给你们,请认真贯彻执行。',
		'示例市人民政府',
		'2022年3月1日',
		'示例市支持專精特新企業若干措施',
		'一、資金支持',
		'1.對新認定為省級“專精特新”中小企業的,分別給予50萬元、30萬元一次性獎勵。(責任單位:市工信局)',
		'2.對“專精特新”企業貸款給予擔保支持,擔保額度最高1000萬元。(責任單位:市金融局、市財政局)'
	].join('\n');
	const draft = draftFromText(raw);
	const yaml = draftRecordYaml(draft, { id: 'sample-2022', originalFile: 'mirror.txt' });
	const file = (text: string) => seedFile(parse(text), 'seeds/sample-2022.yaml', raw);

	test('as drafted it is refused: every field unreviewed, per measure', () => {
		const issues = issuesOf([file(yaml)]);
		const unreviewed = issues.filter((i) => i.unreviewed);
		expect(unreviewed.map((i) => i.measure)).toEqual([
			undefined,
			'sample-2022-1-1-1 [一1]',
			'sample-2022-1-1-2 [一1]',
			'sample-2022-1-2-1 [一2]'
		]);
		expect(unreviewed[1].unreviewed).toEqual(
			expect.arrayContaining(['title', 'benefit', 'eligibility', 'contacts', 'source'])
		);
		expect(issues.map((i) => i.reason)).toContainEqual(expect.stringContaining('placeholder'));
	});

	test('is plain YAML a reviewer edits measure by measure: no anchors or aliases', () => {
		expect(yaml).not.toMatch(/[&*][a-z]+\d*\s*$/m);
		expect(parse(yaml).measures[0].eligibility).not.toBe(parse(yaml).measures[1].eligibility);
	});

	test('once a reviewer has written the words and cleared the lists, it compiles', () => {
		const record = parse(yaml.replaceAll(PLACEHOLDER, '已审阅 reviewed'));
		delete record.unreviewed;
		for (const measure of record.measures) delete measure.unreviewed;
		record.jurisdiction.code = '410100';
		const { dataset } = compileSeeds([seedFile(record, 'seeds/sample-2022.yaml', raw)], anyRegion);
		expect(dataset.measures.map((m) => [m.clause, m.benefit.amount])).toEqual([
			['一1', expect.objectContaining({ kind: 'stated', wan: 50, upTo: false })],
			['一1', expect.objectContaining({ kind: 'stated', wan: 30, upTo: false })],
			['一2', expect.objectContaining({ kind: 'stated', wan: 1000, upTo: true })]
		]);
		expect(record.cleaning).toEqual(['traditional_script', 'site_boilerplate']);
		expect(stringify(record)).not.toContain(PLACEHOLDER);
	});
});
