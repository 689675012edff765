// Saved checklists in IndexedDB (through idb). Everything read back is validated: a corrupt record
// is reported and skipped, never trusted and never allowed to crash a page. Private modes, blocked
// upgrades and full quotas surface as a StorageError with a problem the UI can name in words.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { savedChecklistSchema, type SavedChecklist } from '../checklist/record.ts';

export const DB_NAME = 'huiqi';
/**
 * Schema history — each version's upgrade runs in order, so any older database reaches this one:
 *   1. object store `checklists`, keyed by `id`
 *   2. index `byUpdated` on `updatedAt`, so "我的清单" lists the latest first without reading all
 */
export const DB_VERSION = 2;

export type CorruptRecord = { key: string; problem: string };

interface HuiqiDB extends DBSchema {
	checklists: { key: string; value: unknown; indexes: { byUpdated: number } };
}

export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'failed';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		message: string
	) {
		super(message);
		this.name = 'StorageError';
	}
}

function classify(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = (error as { name?: string })?.name ?? '';
	const message = (error as { message?: string })?.message ?? String(error);
	if (name === 'QuotaExceededError' || /quota/i.test(message))
		return new StorageError('quota', message);
	if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name))
		return new StorageError('unavailable', message);
	return new StorageError('failed', message);
}

export function openChecklistDb(): Promise<IDBPDatabase<HuiqiDB>> {
	if (typeof indexedDB === 'undefined')
		return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
	return new Promise((resolve, reject) => {
		openDB<HuiqiDB>(DB_NAME, DB_VERSION, {
			upgrade(db, oldVersion, _newVersion, transaction) {
				if (oldVersion < 1) db.createObjectStore('checklists', { keyPath: 'id' });
				if (oldVersion < 2)
					transaction.objectStore('checklists').createIndex('byUpdated', 'updatedAt');
			},
			// Another tab still holds an older version open: say so instead of waiting forever.
			blocked: () =>
				reject(new StorageError('blocked', 'another tab holds an older database open')),
			// This tab holds the old version another tab wants to upgrade: step aside.
			blocking: () => void 0
		}).then(
			(db) => {
				db.addEventListener('versionchange', () => db.close());
				resolve(db);
			},
			(error) => reject(classify(error))
		);
	});
}

function validate(key: string, value: unknown): SavedChecklist | CorruptRecord {
	const parsed = savedChecklistSchema.safeParse(value);
	if (parsed.success && parsed.data.id === key) return parsed.data;
	const issue = parsed.success ? undefined : parsed.error.issues[0];
	return {
		key,
		problem: issue
			? `${issue.path.join('.') || 'record'}: ${issue.message}`
			: 'id does not match its key'
	};
}

const isCorrupt = (v: SavedChecklist | CorruptRecord): v is CorruptRecord => 'problem' in v;

/** The saved checklists, newest first, with the records that failed validation listed apart. */
export class ChecklistStore {
	#db: Promise<IDBPDatabase<HuiqiDB>> | undefined;

	#open(): Promise<IDBPDatabase<HuiqiDB>> {
		this.#db ??= openChecklistDb().catch((error) => {
			this.#db = undefined;
			throw error;
		});
		return this.#db;
	}

	async #run<T>(work: (db: IDBPDatabase<HuiqiDB>) => Promise<T>): Promise<T> {
		try {
			return await work(await this.#open());
		} catch (error) {
			throw classify(error);
		}
	}

	list(): Promise<{ checklists: SavedChecklist[]; corrupt: CorruptRecord[] }> {
		return this.#run(async (db) => {
			const checklists: SavedChecklist[] = [];
			const corrupt: CorruptRecord[] = [];
			let cursor = await db
				.transaction('checklists')
				.store.index('byUpdated')
				.openCursor(null, 'prev');
			while (cursor) {
				const record = validate(String(cursor.primaryKey), cursor.value);
				if (isCorrupt(record)) corrupt.push(record);
				else checklists.push(record);
				cursor = await cursor.continue();
			}
			return { checklists, corrupt };
		});
	}

	get(id: string): Promise<SavedChecklist | CorruptRecord | undefined> {
		return this.#run(async (db) => {
			const value = await db.get('checklists', id);
			return value === undefined ? undefined : validate(id, value);
		});
	}

	put(checklist: SavedChecklist): Promise<void> {
		const parsed = savedChecklistSchema.safeParse(checklist);
		if (!parsed.success)
			return Promise.reject(new StorageError('failed', 'refusing to save an invalid checklist'));
		return this.#run(async (db) => {
			await db.put('checklists', parsed.data);
		});
	}

	delete(id: string): Promise<void> {
		return this.#run((db) => db.delete('checklists', id));
	}
}

export { isCorrupt };

/**
 * Asks the browser to keep our data under storage pressure; once is enough, and a refusal changes
 * nothing but the browser's eviction policy.
 */
export async function requestPersistence(): Promise<boolean> {
	try {
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}
