// Saved checklists in IndexedDB (fake-indexeddb stands in for the browser's).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, test } from 'vitest';
import {
	ChecklistStore,
	DB_NAME,
	DB_VERSION,
	StorageError
} from '../../src/lib/storage/checklists.ts';
import type { SavedChecklist } from '../../src/lib/checklist/record.ts';

const profile = {
	v: 1 as const,
	region: '410105',
	certifications: [{ tier: 'srdi_provincial' as const, year: 2023 }],
	industry: 'manufacturing' as const,
	revenue: '2000-10000' as const,
	employees: '20-300' as const,
	needs: ['finance' as const]
};

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

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('saved checklists', () => {
	test('a saved checklist reads back exactly, ticks and notes included', async () => {
		const store = new ChecklistStore();
		await store.put(saved('checklist-1', 1000));
		expect(await store.get('checklist-1')).toEqual(saved('checklist-1', 1000));
	});

	test('the list is newest first', async () => {
		const store = new ChecklistStore();
		await store.put(saved('checklist-old', 1000));
		await store.put(saved('checklist-new', 3000));
		await store.put(saved('checklist-mid', 2000));
		const { checklists } = await store.list();
		expect(checklists.map((c) => c.id)).toEqual([
			'checklist-new',
			'checklist-mid',
			'checklist-old'
		]);
	});

	test('a deleted checklist is gone', async () => {
		const store = new ChecklistStore();
		await store.put(saved('checklist-1', 1000));
		await store.delete('checklist-1');
		expect(await store.get('checklist-1')).toBeUndefined();
	});

	test('an invalid checklist is refused before it reaches the database', async () => {
		const store = new ChecklistStore();
		const bad = { ...saved('checklist-1', 1000), name: '' };
		await expect(store.put(bad)).rejects.toThrow(StorageError);
		expect(await store.get('checklist-1')).toBeUndefined();
	});
});

describe('corrupt records', () => {
	test('are reported and skipped; the good ones still list', async () => {
		const store = new ChecklistStore();
		await store.put(saved('checklist-good', 2000));
		const db = await openDB(DB_NAME, DB_VERSION);
		await db.put('checklists', { id: 'checklist-bad', updatedAt: 1000, profile: { v: 9 } });
		await db.put('checklists', { ...saved('checklist-worse', 500), items: 'nope' });
		db.close();
		const { checklists, corrupt } = await store.list();
		expect(checklists.map((c) => c.id)).toEqual(['checklist-good']);
		expect(corrupt.map((c) => c.key).sort()).toEqual(['checklist-bad', 'checklist-worse']);
		expect(corrupt.find((c) => c.key === 'checklist-worse')?.problem).toMatch(/^items/);
	});

	test('reading one corrupt record says what is wrong instead of throwing', async () => {
		const db = await openDB(DB_NAME, DB_VERSION, {
			upgrade: (d) =>
				d.createObjectStore('checklists', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt')
		});
		await db.put('checklists', { id: 'checklist-x', name: 42 });
		db.close();
		expect(await new ChecklistStore().get('checklist-x')).toMatchObject({
			key: 'checklist-x',
			problem: expect.any(String)
		});
	});
});

describe('schema upgrades', () => {
	test('a database from the first version upgrades with its checklists intact', async () => {
		const v1 = await openDB(DB_NAME, 1, {
			upgrade: (db) => db.createObjectStore('checklists', { keyPath: 'id' })
		});
		await v1.put('checklists', saved('checklist-from-v1', 1000));
		await v1.put('checklists', saved('checklist-later-v1', 5000));
		v1.close();

		const { checklists, corrupt } = await new ChecklistStore().list();
		expect(corrupt).toEqual([]);
		expect(checklists.map((c) => c.id)).toEqual(['checklist-later-v1', 'checklist-from-v1']);
		const upgraded = await openDB(DB_NAME);
		expect(upgraded.version).toBe(DB_VERSION);
		expect([...upgraded.transaction('checklists').store.indexNames]).toContain('byUpdated');
		upgraded.close();
	});
});

describe('storage failures get a named problem', () => {
	test('no IndexedDB at all (some private modes) is "unavailable"', async () => {
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		await expect(new ChecklistStore().list()).rejects.toMatchObject({ problem: 'unavailable' });
	});

	test('a full quota is "quota"', async () => {
		const store = new ChecklistStore();
		await store.put(saved('checklist-1', 1000));
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		try {
			await expect(store.put(saved('checklist-2', 2000))).rejects.toMatchObject({
				problem: 'quota'
			});
		} finally {
			IDBObjectStore.prototype.put = original;
		}
		expect(await store.get('checklist-1')).toEqual(saved('checklist-1', 1000));
	});

	test('an upgrade blocked by another tab is "blocked"', async () => {
		const old = await openDB(DB_NAME, 1, {
			upgrade: (db) => db.createObjectStore('checklists', { keyPath: 'id' })
		});
		// The old connection ignores versionchange, as an old tab of a previous release might.
		await expect(new ChecklistStore().list()).rejects.toMatchObject({ problem: 'blocked' });
		old.close();
	});
});
