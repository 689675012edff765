// A saved checklist across data updates: every change is named, nothing the owner wrote is lost.
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/lib/checklist/checklist.ts';
import {
	acknowledged,
	changesSince,
	createSaved,
	defaultName,
	displayName,
	keptWithdrawn,
	progressOf,
	withProfile
} from '../../src/lib/checklist/saved.ts';
import type { Dataset } from '../../src/lib/policy/types.ts';
import { placeLabel } from '../../src/lib/regions/names.ts';
import { packedRegionEnglish, packedRegionNames } from '../../src/lib/server/regions.ts';
import type { Profile } from '../../src/lib/profile/profile.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { zhengzhouManufacturer } from '../fixtures/profiles.ts';

const { dataset } = policyData();
const profile = zhengzhouManufacturer;
const options = { year: 2026 };
const checklist = buildChecklist(dataset, profile, options);
const saved = createSaved(checklist, dataset, {
	id: 'checklist-test-1',
	name: '金水区客户',
	now: 1000,
	items: {
		'zz-srdi-loan': { done: true, note: '已约银行' },
		'zz-new-provincial-srdi-reward': { done: false, note: '等公示' }
	}
});

/** The same data after an update: one measure withdrawn, one amount changed, one added. */
function updatedData(): Dataset {
	const measures = dataset.measures
		.filter((m) => m.id !== 'zz-srdi-loan')
		.map((m) =>
			m.id === 'zz-new-provincial-srdi-reward'
				? {
						...m,
						benefit: {
							...m.benefit,
							amount: { kind: 'stated' as const, wan: 80, upTo: false, text: '80万元' }
						}
					}
				: m
		);
	const copy = dataset.measures.find((m) => m.id === 'zz-bank-matchmaking')!;
	measures.push({
		...copy,
		id: 'zz-new-measure-after-update',
		title: { zh: '新增措施', en: 'New' }
	});
	return { ...dataset, dataVersion: 'newer', measures };
}

describe('a saved checklist', () => {
	test('records a snapshot of every applicable item and the data version', () => {
		expect(Object.keys(saved.snapshot).length).toBe(
			checklist.eligible.length + checklist.maybe.length
		);
		expect(saved.snapshot['zz-new-provincial-srdi-reward'].value.zh).toBe('50万元');
		expect(saved.dataVersion).toBe(dataset.dataVersion);
	});

	test('shows no change while the data stays the same', () => {
		expect(changesSince(saved, checklist)).toEqual([]);
	});

	test('names new, changed and withdrawn measures after a data update', () => {
		const after = buildChecklist(updatedData(), profile, options);
		const changes = changesSince(saved, after);
		expect(changes.find((c) => c.id === 'zz-new-measure-after-update')?.kind).toBe('new');
		const changed = changes.find((c) => c.id === 'zz-new-provincial-srdi-reward');
		expect(changed).toMatchObject({ kind: 'changed', before: { value: { zh: '50万元' } } });
		const withdrawn = changes.find((c) => c.id === 'zz-srdi-loan');
		expect(withdrawn).toMatchObject({ kind: 'withdrawn', state: { done: true, note: '已约银行' } });
	});

	test('keeps a withdrawn item with its tick and note once the owner has seen the change', () => {
		const after = buildChecklist(updatedData(), profile, options);
		const seen = { ...saved, snapshot: acknowledged(saved, after) };
		expect(changesSince(seen, after)).toEqual([]);
		expect(keptWithdrawn(seen).map((k) => k.id)).toEqual(['zz-srdi-loan']);
		expect(seen.items['zz-srdi-loan']).toEqual({ done: true, note: '已约银行' });
	});

	test('counts progress over the items that still apply', () => {
		expect(progressOf(saved)).toEqual({ done: 1, total: Object.keys(saved.snapshot).length });
		const after = buildChecklist(updatedData(), profile, options);
		const seen = { ...saved, snapshot: acknowledged(saved, after) };
		expect(progressOf(seen).done).toBe(0);
	});

	test('changed answers keep ticks and notes with their measures', () => {
		const raised: Profile = { ...profile, certifications: [{ tier: 'little_giant', year: 2024 }] };
		const edited = withProfile(saved, buildChecklist(dataset, raised, options), dataset);
		expect(edited.profile).toEqual(raised);
		expect(edited.items).toEqual(saved.items);
		expect(edited.id).toBe(saved.id);
	});
});

describe('a saved checklist’s name in the screen’s language', () => {
	const names = { zh: packedRegionNames(), en: packedRegionEnglish() };
	const placeIn = (code: string, lang: 'zh' | 'en') => placeLabel(names, code, lang);
	const createdAt = new Date(2026, 10, 22, 10).getTime();
	const saved = (name: string) => ({
		name,
		createdAt,
		profile: { ...zhengzhouManufacturer, region: '500111' }
	});

	test('a default name made on a Chinese screen reads in English on an English one, and back', () => {
		const chinese = defaultName(placeIn('500111', 'zh'), createdAt, 'zh');
		expect(chinese).toBe('重庆市 大足区 · 2026年\u206011月\u206022日');
		const english = 'Dazu District, Chongqing (大足区) · 22\u00a0Nov\u00a02026';
		expect(displayName(saved(chinese), 'en', placeIn)).toBe(english);
		expect(displayName(saved(english), 'zh', placeIn)).toBe(chinese);
		// Before the English names load, an English default is still recognised by its Chinese name.
		expect(displayName(saved(english), 'zh', (code) => placeIn(code, 'zh'))).toBe(chinese);
		// Names made by earlier versions carried an ISO date.
		expect(displayName(saved('重庆市 大足区 · 2026-11-22'), 'en', placeIn)).toBe(english);
	});

	test('a name the owner chose is never replaced', () => {
		for (const name of ['Partner visit', '大足的客户 · 2026-11-22', 'Acme · 22\u00a0Nov\u00a02026'])
			expect(displayName(saved(name), 'en', placeIn)).toBe(name);
	});

	test('a long region name is shortened, never the date', () => {
		const name = defaultName('x'.repeat(80), createdAt, 'en');
		expect(name).toHaveLength(60);
		expect(name.endsWith(' · 22\u00a0Nov\u00a02026')).toBe(true);
	});
});

test('a shared checklist’s default name gets its place in the screen’s language', () => {
	const names = { zh: packedRegionNames(), en: packedRegionEnglish() };
	const placeIn = (code: string, lang: 'zh' | 'en') => placeLabel(names, code, lang);
	const shared = { name: '重庆市 大足区 · 2026-11-22', profile: { region: '500111' } };
	expect(displayName(shared, 'en', placeIn)).toBe('Dazu District, Chongqing (大足区) · 2026-11-22');
	expect(displayName({ ...shared, name: 'For Mr Li · 2026' }, 'en', placeIn)).toBe(
		'For Mr Li · 2026'
	);
});
