import { describe, expect, test } from 'vitest';
import { compileSeeds, DataError } from '../../src/lib/server/policy/compile.ts';
import { anyRegion, seedFile, validRecord, type SampleRecord } from '../fixtures/seeds.ts';

function problemsWith(mutate: (record: SampleRecord) => void): string[] {
	const record = validRecord();
	mutate(record);
	try {
		compileSeeds([seedFile(record)], anyRegion);
	} catch (error) {
		if (error instanceof DataError)
			return error.issues.map((i) => `${i.file} › ${i.measure ?? '-'}: ${i.reason}`);
		throw error;
	}
	return [];
}

describe('a valid record', () => {
	test('compiles into documents and measures with resolved contacts', () => {
		const { dataset } = compileSeeds([seedFile(validRecord())], anyRegion);
		expect(dataset.documents.map((d) => d.id)).toEqual(['sample-2022']);
		expect(dataset.measures[0]).toMatchObject({
			documentId: 'sample-2022',
			section: 's1',
			contacts: [{ key: 'miit', asWritten: '市工信局' }]
		});
		expect(dataset.dataVersion).toMatch(/^[0-9a-f]{12}$/);
	});
});

describe('the schema rejects a bad record and names it', () => {
	const cases: [string, (r: SampleRecord) => void, RegExp][] = [
		[
			'a measure id that is not URL-safe',
			(r) => (r.measures[0].id = 'Bad Id'),
			/sample-2022\.yaml › Bad Id: measures\.0\.id: use lowercase/
		],
		[
			'a missing English title',
			(r) => delete (r.measures[0].title as { en?: string }).en,
			/measures\.0\.title\.en/
		],
		[
			'an unknown category',
			(r) => ((r.measures[0] as { category: string }).category = 'magic'),
			/measures\.0\.category/
		],
		[
			'an unknown benefit type',
			(r) => ((r.measures[0].benefit as { type: string }).type = 'gift'),
			/benefit\.type/
		],
		[
			'a negative amount',
			(r) => ((r.measures[0].benefit.amount as { wan: number }).wan = -5),
			/benefit\.amount\.wan/
		],
		[
			'an unknown tier in a condition',
			(r) => (r.scopes[0].condition = { tierAtLeast: 'emperor' as 'innovative' }),
			/scopes\.0\.condition/
		],
		[
			'an unknown predicate',
			(r) => ((r.measures[1] as { eligibility: unknown }).eligibility = { luck: true }),
			/sample-guarantee: measures\.1\.eligibility/
		],
		[
			'a region code of the wrong length',
			(r) => (r.jurisdiction.code = '4101'),
			/jurisdiction\.code: a GB\/T 2260 code has six digits/
		],
		[
			'a measure with no contact',
			(r) => (r.measures[0].contacts = []),
			/every measure names at least one department/
		],
		['an unexpected field', (r) => ((r as Record<string, unknown>).extra = 1), /extra/],
		['a date in another format', (r) => (r.dates.issued = '12/01/2022'), /YYYY/],
		[
			'an empty quote',
			(r) => (r.measures[0].source.quote = ' '),
			/source\.quote: must not be empty/
		]
	];
	test.each(cases)('%s', (_, mutate, message) => {
		const problems = problemsWith(mutate);
		expect(problems.join('\n')).toMatch(message);
	});
});

describe('the build refuses data it cannot vouch for', () => {
	test('an altered quote fails with the file, the measure and the reason', () => {
		const problems = problemsWith((r) => (r.measures[0].source.quote = '给予500万元一次性奖励'));
		expect(problems).toContain(
			'seeds/sample-2022.yaml › sample-provincial-reward: source.quote is not found verbatim in seeds/sources/sample-2022.txt: "给予500万元一次性奖励"'
		);
	});

	test('a quote that differs only in whitespace is accepted', () => {
		expect(
			problemsWith(
				(r) =>
					(r.measures[0].source.quote =
						'对新认定为省级 “专精特新” 中小企业的,\n给予50万元一次性奖励。')
			)
		).toEqual([]);
	});

	test('an amount whose words are not in the source fails', () => {
		const problems = problemsWith(
			(r) => ((r.measures[0].benefit.amount as { text: string }).text = '给予60万元')
		);
		expect(problems.join()).toMatch(/benefit\.amount\.text is not found verbatim/);
	});

	test('an unknown contact fails', () => {
		expect(problemsWith((r) => (r.measures[0].contacts = ['nobody']))).toContain(
			'seeds/sample-2022.yaml › sample-provincial-reward: unknown contact "nobody": add it to departments'
		);
	});

	test('a duplicate measure id fails', () => {
		const problems = problemsWith((r) => (r.measures[1].id = r.measures[0].id));
		expect(problems.join()).toMatch(/sample-provincial-reward: duplicate measure id/);
	});

	test('a duplicate document id across files fails', () => {
		const record = validRecord();
		const other = validRecord();
		other.measures = other.measures.map((m) => ({ ...m, id: `${m.id}-b` }));
		expect(() =>
			compileSeeds([seedFile(record), seedFile(other, 'seeds/other.yaml')], anyRegion)
		).toThrow(/seeds\/other\.yaml: duplicate document id "sample-2022"/);
	});

	test('a clause that is not listed fails', () => {
		expect(problemsWith((r) => (r.measures[0].clause = '九9')).join()).toMatch(
			/clause "九9" is not listed/
		);
	});

	test('an unknown scope fails', () => {
		expect(problemsWith((r) => (r.measures[1].eligibility = { scope: 'nobody' })).join()).toMatch(
			/unknown scope "nobody"/
		);
	});

	test('a region outside the jurisdiction fails', () => {
		expect(
			problemsWith((r) => (r.measures[1].eligibility = { region: ['320411'] })).join()
		).toMatch(/outside the document's jurisdiction/);
	});

	test('a jurisdiction that is not a GB/T 2260 region fails', () => {
		expect(() => compileSeeds([seedFile(validRecord())], () => false)).toThrow(
			/jurisdiction code 410100 is not a GB\/T 2260 region/
		);
	});

	test('a missing source file fails', () => {
		expect(() => compileSeeds([seedFile(validRecord(), undefined, null)], anyRegion)).toThrow(
			/source file seeds\/sources\/sample-2022\.txt not found/
		);
	});

	test('malformed YAML fails with the file name', () => {
		expect(() =>
			compileSeeds(
				[{ path: 'seeds/broken.yaml', yaml: 'id: [unclosed', readSource: () => '' }],
				anyRegion
			)
		).toThrow(/seeds\/broken\.yaml: not valid YAML/);
	});
});
