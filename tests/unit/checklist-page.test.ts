// What the checklist page builds on besides the ranking: one office per measure on the visit
// sheet, empty results, the ended-period banner, and English counts.
import { describe, expect, test } from 'vitest';
import {
	buildChecklist,
	groupByLead,
	isEmpty,
	leadContacts
} from '../../src/lib/checklist/checklist.ts';
import { language, t } from '../../src/lib/i18n/i18n.svelte.ts';
import { allEnded } from '../../src/lib/policy/period.ts';
import { dataset, OPTIONS } from '../fixtures/scenarios.ts';
import { REFERENCE_OWNERS, dazuLittleGiant, guangxiLittleGiant } from '../fixtures/profiles.ts';

const owners = { ...REFERENCE_OWNERS, guangxi: guangxiLittleGiant };

describe('the visit sheet', () => {
	test.each(Object.entries(owners))(
		'%s: every measure is listed once, under its one lead office',
		(_, profile) => {
			const checklist = buildChecklist(dataset, profile, OPTIONS);
			const items = [...checklist.eligible, ...checklist.maybe];
			const groups = groupByLead(items);
			expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
			for (const group of groups) {
				expect(group.contacts).toHaveLength(1);
				for (const item of group.items) {
					expect(item.measure.lead).toBe(group.contacts[0].key);
					expect(leadContacts(item.measure)).toEqual(group.contacts);
				}
			}
		}
	);

	test('bodies no owner can visit (a leading group, "all member units") never head a visit', () => {
		const checklist = buildChecklist(dataset, guangxiLittleGiant, OPTIONS);
		const items = [...checklist.eligible, ...checklist.maybe];
		// The Guangxi plan names its leading group's member units as responsible for some measures…
		expect(
			items.some((i) => i.measure.contacts.some((c) => /领导小组|成员单位/.test(c.asWritten)))
		).toBe(true);
		// …but none of them leads one.
		const offices = groupByLead(items).flatMap((g) => g.contacts.map((c) => c.asWritten));
		expect(offices.filter((name) => /领导小组|成员单位/.test(name))).toEqual([]);
	});

	test('the office of the first action heads the sheet', () => {
		const checklist = buildChecklist(dataset, dazuLittleGiant, OPTIONS);
		const [first] = groupByLead([...checklist.eligible, ...checklist.maybe]);
		expect(first.contacts).toEqual(leadContacts(checklist.eligible[0].measure));
	});

	test('a record that names no lead offers all its contacts as one choice', () => {
		const measure = { ...dataset.measures.find((m) => m.contacts.length > 1)! };
		delete measure.lead;
		expect(leadContacts(measure)).toEqual(measure.contacts);
	});
});

describe('empty results', () => {
	test('an owner in an uncovered region gets an empty result; the reference owners do not', () => {
		const beijing = { ...dazuLittleGiant, region: '110105' };
		expect(isEmpty(buildChecklist(dataset, beijing, OPTIONS))).toBe(true);
		for (const profile of Object.values(REFERENCE_OWNERS))
			expect(isEmpty(buildChecklist(dataset, profile, OPTIONS))).toBe(false);
	});
});

describe('ended plans', () => {
	const period = (to: number | null) => ({ from: 2022, to });
	const today = new Date('2026-11-30');

	test('when every plan ended, the latest end year is said once', () => {
		expect(allEnded([period(2025), period(2024), period(2025)], today)).toBe(2025);
	});

	test('when one plan still runs or states no period, each ended one is marked instead', () => {
		expect(allEnded([period(2025), period(2027)], today)).toBeUndefined();
		expect(allEnded([period(2025), period(null)], today)).toBeUndefined();
	});

	test('the plans that state a period all ended in 2025; Shandong’s copy states none', () => {
		const [stated, unstated] = [
			dataset.documents.filter((d) => d.period.to !== null),
			dataset.documents.filter((d) => d.period.to === null)
		];
		expect(
			allEnded(
				stated.map((d) => d.period),
				today
			)
		).toBe(2025);
		expect(unstated.map((d) => d.id)).toEqual(['shandong-2022']);
	});
});

describe('English counts', () => {
	test('one measure, two measures', async () => {
		await language.set('en');
		try {
			expect(t('measuresCount', { count: 1 })).toBe('1 measure');
			expect(t('measuresCount', { count: 2 })).toBe('2 measures');
			expect(t('clUnquantified', { count: 1 })).toMatch(/^1 more cash measure is /);
			expect(t('clChartTitle', { count: 1 })).toMatch(/^The 1 measure that applies,/);
		} finally {
			await language.set('zh');
		}
		expect(t('measuresCount', { count: 1 })).toBe('1 项措施');
	});
});
