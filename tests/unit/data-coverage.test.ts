// Every offer in every document accounted for, and every responsible department on its measures
// (seeds/README.md, "What is a measure"): the checks behind `npm run -s data:coverage`.
import { describe, expect, test } from 'vitest';
import { compileSeeds, type OfferCoverage } from '../../src/lib/server/policy/compile.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { anyRegion, seedFile, SOURCE_TEXT, validRecord } from '../fixtures/seeds.ts';

const coverageOf = (record: ReturnType<typeof validRecord>, source = SOURCE_TEXT): OfferCoverage =>
	compileSeeds([seedFile(record, undefined, source)], anyRegion).offers[0];

describe('the real data', () => {
	const { offers } = policyData();

	test.for(offers.map((o) => [o.documentId, o] as const))(
		'%s: every offer sentence is a measure or an exclusion with its reason',
		([, coverage]) => {
			expect(coverage.unaccounted).toEqual([]);
			expect(coverage.unlocated).toEqual([]);
		}
	);

	test.for(offers.map((o) => [o.documentId, o] as const))(
		'%s: every department an item names is a contact of each of its measures',
		([, coverage]) => {
			expect(coverage.missingContacts).toEqual([]);
			expect(coverage.unknownUnits).toEqual([]);
		}
	);
});

describe('what the coverage check finds', () => {
	const withOffer = `${SOURCE_TEXT}3.支持企业参加国内外展会。(责任单位:市工信局)\n`;
	/** The sample record with its items anchored in the source and its title line excluded. */
	const anchored = () => {
		const record = validRecord();
		Object.assign(record.clauses[0], { anchor: '1.对新认定' });
		Object.assign(record.clauses[1], { anchor: '2.对“专精特新”企业贷款' });
		return Object.assign(record, {
			exclusions: [
				{
					quote: '示例市支持“专精特新”企业若干措施',
					reason: { kind: 'context', zh: '标题', en: 'The title' }
				}
			]
		});
	};
	const withItem = () => {
		const record = anchored();
		record.clauses.push({
			ref: '一3',
			section: 's1',
			heading: '展会支持',
			anchor: '3.支持企业'
		} as never);
		return record;
	};

	test('a sentence with an offer word that no measure quotes is listed with its item', () => {
		const { unaccounted } = coverageOf(withItem(), withOffer);
		expect(unaccounted).toEqual([
			{ clause: '一3', sentence: '3.支持企业参加国内外展会。', words: ['支持'] }
		]);
	});

	test('an exclusion with its reason accounts for the sentence', () => {
		const record = withItem();
		record.exclusions.push({
			clause: '一3',
			quote: '支持企业参加国内外展会',
			reason: { kind: 'restated', zh: '重复', en: 'Restated' }
		} as never);
		expect(coverageOf(record, withOffer).unaccounted).toEqual([]);
	});

	test('an item excluded as a whole accounts for its sentences', () => {
		const record = withItem();
		Object.assign(record.clauses[2], {
			noMeasure: { kind: 'internal', zh: '内部工作', en: 'Internal work' }
		});
		expect(coverageOf(record, withOffer).unaccounted).toEqual([]);
	});

	test('a department the item names but a measure lacks is listed', () => {
		const record = anchored();
		record.measures[0].contacts = ['finance'];
		expect(coverageOf(record).missingContacts).toEqual([
			{ clause: '一1', measure: 'sample-provincial-reward', unit: '市工信局' }
		]);
	});

	test('a responsible body that matches no department is listed', () => {
		const source = SOURCE_TEXT.replace('(责任单位:市金融局)', '(责任单位:市金融局、市税务局)');
		expect(coverageOf(anchored(), source).unknownUnits).toEqual([
			{ clause: '一2', unit: '市税务局' }
		]);
	});

	test('an item whose heading is not in the source is listed until it has an anchor', () => {
		const record = validRecord();
		record.clauses[0].heading = '认定奖励（记录自拟）';
		expect(coverageOf(record).unlocated).toEqual(['一1']);
		Object.assign(record.clauses[0], { anchor: '1.对新认定为省级' });
		expect(coverageOf(record).unlocated).toEqual([]);
	});
});
