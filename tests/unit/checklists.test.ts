// The checklist workflows the pages share (src/lib/checklist/checklists.svelte.ts), over a
// fake-indexeddb store: what the owner asks once happens once, and names follow one rule.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/lib/checklist/checklist.ts';
import { Checklists } from '../../src/lib/checklist/checklists.svelte.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { ChecklistStore } from '../../src/lib/storage/checklists.ts';
import { zhengzhouManufacturer as profile } from '../fixtures/profiles.ts';

const { dataset } = policyData();
const checklist = buildChecklist(dataset, profile, { year: 2026 });
let store: ChecklistStore;

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	store = new ChecklistStore();
});
afterEach(() => store.close());

describe('saving the questionnaire’s answers', () => {
	test('pressed three times while saving, it saves one checklist', async () => {
		const checklists = new Checklists(store);
		const saves = [1, 2, 3].map(() =>
			checklists.saveAnswers(checklist, dataset, { regionName: '河南省 郑州市 金水区', lang: 'zh' })
		);
		const results = await Promise.all(saves);
		expect(new Set(results.map((r) => ('id' in r ? r.id : r.problem))).size).toBe(1);
		expect((await store.list()).checklists).toHaveLength(1);
	});

	test('editing keeps the ticks and notes and saves no second checklist', async () => {
		const checklists = new Checklists(store);
		const first = await checklists.saveAnswers(checklist, dataset, {
			regionName: '金水区',
			lang: 'zh'
		});
		if (!('id' in first)) throw new Error('not saved');
		await store.setItem(first.id, 'zz-srdi-loan', { done: true, note: '已约银行' });
		const raised = { ...profile, certifications: [{ tier: 'little_giant' as const, year: 2024 }] };
		const again = await checklists.saveAnswers(
			buildChecklist(dataset, raised, { year: 2026 }),
			dataset,
			{
				editing: first.id,
				regionName: '金水区',
				lang: 'zh'
			}
		);
		expect(again).toEqual({ id: first.id });
		const { checklists: list } = await store.list();
		expect(list).toHaveLength(1);
		expect(list[0].profile).toEqual(raised);
		expect(list[0].items['zz-srdi-loan']).toEqual({ done: true, note: '已约银行' });
	});
});

describe('renaming', () => {
	test('a name that shows nothing is refused and the old name stays', async () => {
		const checklists = new Checklists(store);
		const saved = await checklists.saveAnswers(checklist, dataset, {
			regionName: '金水区',
			lang: 'zh'
		});
		if (!('id' in saved)) throw new Error('not saved');
		for (const invisible of ['  ', '\u200b', '\u200e\u200f', '\u2028', '\u{e0041}', '\ufdd0'])
			expect(await checklists.rename(saved.id, invisible)).toBe(false);
		expect(await checklists.rename(saved.id, '  郑州\u202e客户\u2029 ')).toBe(true);
		expect((await store.list()).checklists[0].name).toBe('郑州客户');
	});
});
