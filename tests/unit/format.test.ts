import { describe, expect, test } from 'vitest';
import { formatClause, formatDate } from '../../src/lib/i18n/format.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';

// Compiled once, as the module loads: compiling every seed takes seconds on a busy machine.
const { dataset } = policyData();

describe('clause references in English', () => {
	test.each([
		['二(四)11', 'Part II (4), item 11 (二(四)11)'],
		['(一)2', 'Section (1), item 2 ((一)2)'],
		['三(二)7', 'Part III (2), item 7 (三(二)7)'],
		['目标(一)', 'Targets (1) (目标(一))'],
		['二(一)', 'Part II (1) (二(一))'],
		['四(八)26', 'Part IV (8), item 26 (四(八)26)'],
		['三', 'Part III (三)'],
		['11', 'Item 11'],
		['二（四）11', 'Part II (4), item 11 (二（四）11)']
	])('%s reads “%s”', (ref, english) => {
		expect(formatClause(ref, 'en')).toBe(english);
		expect(formatClause(ref, 'zh')).toBe(ref);
	});

	test('every reference the five documents use reads in English', () => {
		const refs = new Set([
			...dataset.measures.map((m) => m.clause),
			...dataset.documents.flatMap((d) => d.clauses.map((c) => c.ref))
		]);
		expect(refs.size).toBeGreaterThan(100);
		for (const ref of refs) {
			const english = formatClause(ref, 'en');
			// Chinese remains only in the reference kept in brackets at the end.
			expect(english.replace(` (${ref})`, ''), ref).toMatch(/^[A-Za-z0-9 (),]+$/);
		}
	});

	test('a reference of another shape is shown as written rather than guessed', () => {
		expect(formatClause('附件2', 'en')).toBe('附件2');
	});
});

describe('dates', () => {
	const day = new Date(2026, 10, 22, 15, 30);

	test('read the same everywhere and never break across lines', () => {
		expect(formatDate(day, 'en')).toBe('22\u00a0Nov\u00a02026');
		expect(formatDate(day, 'zh')).toBe('2026年\u206011月\u206022日');
		expect(formatDate(day.getTime(), 'en')).toBe(formatDate(day, 'en'));
	});

	test('dates from the data keep their precision', () => {
		expect(formatDate('2022-07-04', 'en')).toBe('4\u00a0Jul\u00a02022');
		expect(formatDate('2022-07', 'zh')).toBe('2022年\u20607月');
		expect(formatDate('2022', 'en')).toBe('2022');
	});
});
