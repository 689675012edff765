// Saved checklists in IndexedDB (fake-indexeddb stands in for the browser's). Two ChecklistStore
// objects over one database are two tabs of one browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	ChecklistStore,
	DB_NAME,
	DB_VERSION,
	isDamaged,
	StorageError,
	type StoreChange
} from '../../src/lib/storage/checklists.ts';
import type { SavedChecklist } from '../../src/lib/checklist/record.ts';
import { zhengzhouManufacturer as profile } from '../fixtures/profiles.ts';

function saved(id: string, updatedAt: number, extra: Partial<SavedChecklist> = {}): SavedChecklist {
	return {
		id,
		name: `清单 ${id}`,
		profile,
		dataVersion: 'abc123def456',
		createdAt: updatedAt,
		updatedAt,
		items: { 'zz-srdi-loan': { done: true, note: '已联系银行' } },
		snapshot: {
			'zz-srdi-loan': {
				title: { zh: '银行“专精特新贷”', en: 'SRDI bank loans' },
				value: { zh: '金额未载明', en: 'Amount not stated' },
				status: 'eligible'
			}
		},
		...extra
	};
}

/** A checklist as stored before version 3: its items inside the record. */
const v2Record = (id: string, updatedAt: number) => saved(id, updatedAt);

const stores: ChecklistStore[] = [];
function tab(): ChecklistStore {
	const store = new ChecklistStore();
	stores.push(store);
	return store;
}

/** Resolves with the next change a tab hears. */
const nextChange = (store: ChecklistStore) =>
	new Promise<StoreChange>((resolve) => {
		const stop = store.subscribe((change) => {
			stop();
			resolve(change);
		});
	});

/** Settles within the time, or says it hung. */
const within = <T>(promise: Promise<T>, ms = 1000) =>
	Promise.race([
		promise.then(
			(value) => ({ settled: 'resolved' as const, value }),
			(error: unknown) => ({ settled: 'rejected' as const, error })
		),
		new Promise<{ settled: 'hung' }>((resolve) =>
			setTimeout(() => resolve({ settled: 'hung' }), ms)
		)
	]);

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
});

describe('saved checklists', () => {
	test('a saved checklist reads back exactly, ticks and notes included', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		expect(await store.get('checklist-1')).toEqual(saved('checklist-1', 1000));
	});

	test('the list is newest first, counting changes to items', async () => {
		const store = tab();
		await store.create(saved('checklist-old', 1000));
		await store.create(saved('checklist-new', 3000));
		await store.create(saved('checklist-mid', 2000));
		expect((await store.list()).checklists.map((c) => c.id)).toEqual([
			'checklist-new',
			'checklist-mid',
			'checklist-old'
		]);
		await store.setItem('checklist-old', 'zz-srdi-loan', { done: false });
		expect((await store.list()).checklists[0].id).toBe('checklist-old');
	});

	test('a deleted checklist is gone, with its items', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		await store.delete('checklist-1');
		expect(await store.get('checklist-1')).toBeUndefined();
		await store.create(saved('checklist-1', 2000, { items: {} }));
		expect((await store.get('checklist-1')) as SavedChecklist).toMatchObject({ items: {} });
	});

	test('an invalid checklist is refused before it reaches the database', async () => {
		const store = tab();
		await expect(store.create({ ...saved('checklist-1', 1000), name: '' })).rejects.toThrow(
			StorageError
		);
		await expect(
			store.create(saved('checklist-1', 1000, { items: { 'NOT AN ID': { done: true, note: '' } } }))
		).rejects.toThrow(/not a measure id/);
		expect(await store.get('checklist-1')).toBeUndefined();
	});

	test('creating never replaces a checklist that exists', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		await expect(store.create(saved('checklist-1', 2000, { name: '另一份' }))).rejects.toThrow();
		expect((await store.get('checklist-1')) as SavedChecklist).toMatchObject({
			name: '清单 checklist-1'
		});
	});
});

describe('two tabs, one checklist', () => {
	test('ticks in two tabs both survive', async () => {
		const [a, b] = [tab(), tab()];
		await a.create(saved('checklist-1', 1000, { items: {} }));
		await Promise.all([
			a.setItem('checklist-1', 'zz-srdi-loan', { done: true }),
			b.setItem('checklist-1', 'zz-bank-matchmaking', { done: true })
		]);
		expect(((await a.get('checklist-1')) as SavedChecklist).items).toEqual({
			'zz-srdi-loan': { done: true, note: '' },
			'zz-bank-matchmaking': { done: true, note: '' }
		});
	});

	test('a tick and a note on the same item from two tabs both survive', async () => {
		const [a, b] = [tab(), tab()];
		await a.create(saved('checklist-1', 1000, { items: {} }));
		await a.setItem('checklist-1', 'zz-srdi-loan', { done: true });
		await b.setItem('checklist-1', 'zz-srdi-loan', { note: '等银行回电' });
		expect(((await b.get('checklist-1')) as SavedChecklist).items['zz-srdi-loan']).toEqual({
			done: true,
			note: '等银行回电'
		});
	});

	test('a rename in one tab is not undone by a tick in another', async () => {
		const [list, open] = [tab(), tab()];
		await list.create(saved('checklist-1', 1000));
		await open.get('checklist-1');
		await list.update('checklist-1', (current) => ({ ...current, name: '南宁客户' }));
		await open.setItem('checklist-1', 'zz-srdi-loan', { done: false });
		expect(await open.get('checklist-1')).toMatchObject({
			name: '南宁客户',
			items: { 'zz-srdi-loan': { done: false, note: '已联系银行' } }
		});
	});

	test('a deleted checklist stays deleted when another tab then ticks or renames it', async () => {
		const [list, open] = [tab(), tab()];
		await list.create(saved('checklist-1', 1000));
		await list.delete('checklist-1');
		expect(await open.setItem('checklist-1', 'zz-srdi-loan', { done: true })).toBe('missing');
		expect(await open.update('checklist-1', (c) => ({ ...c, name: 'x' }))).toBe('missing');
		expect(await list.get('checklist-1')).toBeUndefined();
		expect((await list.list()).checklists).toEqual([]);
	});

	test('a write made as the page closes, after a delete elsewhere, resurrects nothing', async () => {
		const [list, open] = [tab(), tab()];
		await list.create(saved('checklist-1', 1000));
		await open.get('checklist-1');
		await list.delete('checklist-1');
		expect(open.setItemNow('checklist-1', 'zz-srdi-loan', { done: true, note: '晚到的备注' })).toBe(
			true
		);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await list.list()).toEqual({ checklists: [], damaged: [] });
	});

	test('the other tabs hear of every change, and which checklist it was', async () => {
		const [a, b] = [tab(), tab()];
		await a.create(saved('checklist-1', 1000));
		let heard = nextChange(b);
		await a.setItem('checklist-1', 'zz-srdi-loan', { done: false });
		expect(await heard).toEqual({ kind: 'saved', id: 'checklist-1' });
		heard = nextChange(b);
		await a.update('checklist-1', (current) => ({ ...current, name: '新名字' }));
		expect(await heard).toEqual({ kind: 'saved', id: 'checklist-1' });
		heard = nextChange(b);
		await a.delete('checklist-1');
		expect(await heard).toEqual({ kind: 'deleted', id: 'checklist-1' });
	});

	test('a note written as the page closes is stored without waiting for anything', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		await store.get('checklist-1');
		expect(store.setItemNow('checklist-1', 'zz-srdi-loan', { done: true, note: '最后一句' })).toBe(
			true
		);
		const other = tab();
		await expect
			.poll(async () => ((await other.get('checklist-1')) as SavedChecklist).items['zz-srdi-loan'])
			.toEqual({ done: true, note: '最后一句' });
	});
});

describe('damaged records', () => {
	async function rawPut(store: 'checklists' | 'items', value: unknown) {
		await tab().list(); // creates the current schema
		const db = await openDB(DB_NAME, DB_VERSION);
		await db.put(store as never, value as never);
		db.close();
	}

	test('are listed with what is wrong; the good ones still list', async () => {
		const store = tab();
		await store.create(saved('checklist-good', 2000));
		await rawPut('checklists', { id: 'checklist-bad', updatedAt: 1000, profile: { v: 9 } });
		await rawPut('checklists', {
			...saved('checklist-worse', 500),
			items: undefined,
			snapshot: 'nope'
		});
		const { checklists, damaged } = await store.list();
		expect(checklists.map((c) => c.id)).toEqual(['checklist-good']);
		expect(damaged.map((d) => d.label).sort()).toEqual(['checklist-bad', 'checklist-worse']);
		expect(damaged.find((d) => d.label === 'checklist-worse')?.problem).toMatch(/^snapshot/);
	});

	test('a missing or invalid updatedAt is listed as damaged, not silently left out', async () => {
		const store = tab();
		const { items: _items, ...record } = saved('checklist-x', 1);
		await rawPut('checklists', { ...record, id: 'checklist-no-time', updatedAt: undefined });
		await rawPut('checklists', { ...record, id: 'checklist-text-time', updatedAt: 'yesterday' });
		await rawPut('checklists', { ...record, id: 'checklist-nan-time', updatedAt: Number.NaN });
		const { checklists, damaged } = await store.list();
		expect(checklists).toEqual([]);
		expect(damaged.map((d) => d.label).sort()).toEqual([
			'checklist-nan-time',
			'checklist-no-time',
			'checklist-text-time'
		]);
		for (const d of damaged) expect(d.problem).toMatch(/^updatedAt/);
	});

	test('every damaged record can be deleted, whatever its key', async () => {
		const store = tab();
		await rawPut('checklists', { id: 42, name: 'numeric key' });
		await rawPut('checklists', { id: 'checklist-bad', updatedAt: 'x' });
		let { damaged } = await store.list();
		expect(damaged).toHaveLength(2);
		for (const record of damaged) await store.deleteDamaged(record);
		({ damaged } = await store.list());
		expect(damaged).toEqual([]);
	});

	test('an item with an invalid key is listed and deletable; its checklist still opens', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		await rawPut('items', {
			checklistId: 'checklist-1',
			measureId: 'NOT AN ID!',
			done: true,
			note: '',
			updatedAt: 1000
		});
		const { checklists, damaged } = await store.list();
		expect(checklists.map((c) => Object.keys(c.items))).toEqual([['zz-srdi-loan']]);
		expect(damaged).toMatchObject([{ store: 'items', label: 'checklist-1 / NOT AN ID!' }]);
		expect(damaged[0].problem).toMatch(/measureId: not a measure id/);
		await store.deleteDamaged(damaged[0]);
		expect((await store.list()).damaged).toEqual([]);
		expect(await store.get('checklist-1')).toEqual(saved('checklist-1', 1000));
	});

	test('reading one damaged checklist says what is wrong instead of throwing', async () => {
		await rawPut('checklists', { id: 'checklist-x', name: 42 });
		const record = await tab().get('checklist-x');
		expect(record && isDamaged(record) && record.problem).toEqual(expect.any(String));
	});
});

describe('schema upgrades', () => {
	test('a database from version 1 upgrades with its checklists, ticks and notes intact', async () => {
		const v1 = await openDB(DB_NAME, 1, {
			upgrade: (db) => db.createObjectStore('checklists', { keyPath: 'id' })
		});
		await v1.put('checklists', v2Record('checklist-from-v1', 1000));
		await v1.put('checklists', v2Record('checklist-later-v1', 5000));
		v1.close();

		const { checklists, damaged } = await tab().list();
		expect(damaged).toEqual([]);
		expect(checklists).toEqual([
			v2Record('checklist-later-v1', 5000),
			v2Record('checklist-from-v1', 1000)
		]);
		const upgraded = await openDB(DB_NAME);
		expect(upgraded.version).toBe(DB_VERSION);
		expect([...upgraded.objectStoreNames].sort()).toEqual(['checklists', 'items']);
		upgraded.close();
	});

	test('a database from version 2 upgrades: items move out, the index goes, damage is kept to show', async () => {
		const v2 = await openDB(DB_NAME, 2, {
			upgrade: (db) =>
				db.createObjectStore('checklists', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt')
		});
		await v2.put('checklists', v2Record('checklist-v2', 1000));
		await v2.put('checklists', { ...v2Record('checklist-no-time', 1), updatedAt: undefined });
		await v2.put('checklists', { id: 'checklist-garbage', items: 'nope' });
		v2.close();

		const { checklists, damaged } = await tab().list();
		expect(checklists).toEqual([v2Record('checklist-v2', 1000)]);
		expect(damaged.map((d) => d.label).sort()).toEqual(['checklist-garbage', 'checklist-no-time']);
		const upgraded = await openDB(DB_NAME);
		expect([...upgraded.transaction('checklists').store.indexNames]).toEqual([]);
		upgraded.close();
	});
});

describe('a blocked upgrade never hangs the app', () => {
	async function oldTabHoldingVersion1() {
		// The old connection ignores versionchange, as an old tab of a previous release might.
		return openDB(DB_NAME, 1, {
			upgrade: (db) => db.createObjectStore('checklists', { keyPath: 'id' })
		});
	}

	test('the first open reports "blocked", and so does every later one, at once', async () => {
		const old = await oldTabHoldingVersion1();
		const store = tab();
		await expect(store.list()).rejects.toMatchObject({ problem: 'blocked' });
		const later = await within(store.list());
		expect(later).toMatchObject({ settled: 'rejected', error: { problem: 'blocked' } });
		const save = await within(store.create(saved('checklist-1', 1000)));
		expect(save).toMatchObject({ settled: 'rejected', error: { problem: 'blocked' } });
		old.close();
	});

	test('another tab, whose open the browser queues in silence, is refused after a short wait', async () => {
		const old = await oldTabHoldingVersion1();
		await expect(tab().list()).rejects.toMatchObject({ problem: 'blocked' });
		const started = Date.now();
		expect(await within(tab().list(), 4000)).toMatchObject({
			settled: 'rejected',
			error: { problem: 'blocked' }
		});
		expect(Date.now() - started).toBeLessThan(3000);
		old.close();
	});

	test('once the old tab lets go, storage works, this tab hears so, and no refused save runs', async () => {
		const old = await oldTabHoldingVersion1();
		const store = tab();
		const available = new Promise<StoreChange>((resolve) => store.subscribe(resolve));
		for (let i = 0; i < 3; i++)
			await expect(store.create(saved(`checklist-${i}`, 1000))).rejects.toMatchObject({
				problem: 'blocked'
			});
		old.close();
		expect(await available).toEqual({ kind: 'available' });
		expect(await store.list()).toEqual({ checklists: [], damaged: [] });
		await store.create(saved('checklist-after', 2000));
		expect((await store.list()).checklists.map((c) => c.id)).toEqual(['checklist-after']);
	});

	test('a tab holding this version lets a newer one upgrade, then says the app is outdated', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		newer.close();
		await expect(store.list()).rejects.toMatchObject({ problem: 'outdated' });
	});
});

describe('storage failures get a named problem', () => {
	test('no IndexedDB at all (some private modes) is "unavailable"', async () => {
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		await expect(tab().list()).rejects.toMatchObject({ problem: 'unavailable' });
	});

	test('a full quota is "quota", and what was stored stays', async () => {
		const store = tab();
		await store.create(saved('checklist-1', 1000));
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		try {
			await expect(
				store.setItem('checklist-1', 'zz-srdi-loan', { note: 'x' })
			).rejects.toMatchObject({
				problem: 'quota'
			});
		} finally {
			IDBObjectStore.prototype.put = original;
		}
		expect(await store.get('checklist-1')).toEqual(saved('checklist-1', 1000));
	});
});
