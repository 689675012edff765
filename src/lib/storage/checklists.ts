// Saved checklists in IndexedDB (through idb; docs/contracts.md, "Saved checklists"). Everything
// read back is validated: a damaged record is listed apart with what is wrong, never trusted and
// never allowed to crash a page. Private modes, blocked upgrades and full quotas surface as a
// StorageError with a problem the UI can name in words.
//
// Several tabs may hold the same checklist. Every change is written on its own — a tick or a note
// as one item row, a rename as the checklist's row read and written in one transaction — so no tab
// overwrites another's work, and each change is announced to the other tabs (BroadcastChannel).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
	checklistRecordSchema,
	itemRecordSchema,
	type ChecklistRecord,
	type ItemRecord,
	type ItemState,
	type SavedChecklist
} from '../checklist/record.ts';

export const DB_NAME = 'huiqi';
/**
 * Schema history — each version's upgrade runs in order, so any older database reaches this one:
 *   1. store `checklists`, keyed by `id`: one record per checklist, its ticks and notes inside
 *   2. index `byUpdated` on `updatedAt`, to list the latest first
 *   3. ticks and notes move to the store `items`, one row per item keyed by [checklistId,
 *      measureId], so a change to one item is written alone; `byUpdated` goes, because it left
 *      out records whose `updatedAt` was damaged (they were neither listed nor reported)
 */
export const DB_VERSION = 3;

interface HuiqiDB extends DBSchema {
	checklists: { key: string; value: unknown };
	items: { key: [string, string]; value: unknown };
}

type Database = IDBPDatabase<HuiqiDB>;

/** A stored row that failed validation: where it is, and what is wrong with it. */
export type DamagedRecord = {
	store: 'checklists' | 'items';
	key: IDBValidKey;
	/** The key as text, to name the record to the owner. */
	label: string;
	problem: string;
};

export type StorageProblem = 'unavailable' | 'blocked' | 'outdated' | 'quota' | 'failed';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		message: string
	) {
		super(message);
		this.name = 'StorageError';
	}
}

/** What other tabs hear after a change, and what this tab hears when storage becomes usable. */
export type StoreChange = { kind: 'saved' | 'deleted'; id: string } | { kind: 'available' };

const CHANNEL = 'huiqi-checklists';

function classify(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = (error as { name?: string })?.name ?? '';
	const message = (error as { message?: string })?.message ?? String(error);
	if (name === 'QuotaExceededError' || /quota/i.test(message))
		return new StorageError('quota', message);
	// The database is newer than this page: another tab runs a newer version of the app.
	if (name === 'VersionError') return new StorageError('outdated', message);
	if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name))
		return new StorageError('unavailable', message);
	return new StorageError('failed', message);
}

const blocked = () => new StorageError('blocked', 'another tab holds an older database open');

/**
 * How long an open may take before it counts as blocked. The browser tells only the first
 * request that an old tab blocks the upgrade; requests after it, from any tab, wait behind it in
 * silence until the old tab lets go.
 */
const OPEN_PATIENCE_MS = 2000;

function upgrade(
	db: Database,
	oldVersion: number,
	transaction: IDBPTransaction<HuiqiDB, ('checklists' | 'items')[], 'versionchange'>
) {
	if (oldVersion < 1) db.createObjectStore('checklists', { keyPath: 'id' });
	if (oldVersion === 2)
		(transaction.objectStore('checklists') as unknown as IDBObjectStore).deleteIndex('byUpdated');
	if (oldVersion < 3) {
		db.createObjectStore('items', { keyPath: ['checklistId', 'measureId'] });
		// The upgrade's own transaction waits for these requests; nothing else may.
		if (oldVersion >= 1) void moveItemsOut(transaction);
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 3: each record's `items` become rows of their own, checked when read like any row. */
async function moveItemsOut(
	transaction: IDBPTransaction<HuiqiDB, ('checklists' | 'items')[], 'versionchange'>
) {
	const items = transaction.objectStore('items');
	let cursor = await transaction.objectStore('checklists').openCursor();
	while (cursor) {
		const record = cursor.value;
		if (isObject(record) && isObject(record.items)) {
			const { items: states, ...rest } = record;
			const updatedAt = Number.isFinite(record.updatedAt) ? record.updatedAt : 0;
			for (const [measureId, state] of Object.entries(states))
				await items.put({
					checklistId: cursor.primaryKey,
					measureId,
					...(isObject(state) ? state : { state }),
					updatedAt
				});
			await cursor.update(rest);
		}
		cursor = await cursor.continue();
	}
}

function describe(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
	const issue = error.issues[0];
	return `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`;
}

function checkChecklist(key: IDBValidKey, value: unknown): ChecklistRecord | DamagedRecord {
	const parsed = checklistRecordSchema.safeParse(value);
	if (parsed.success && parsed.data.id === key) return parsed.data;
	return {
		store: 'checklists',
		key,
		label: String(key),
		problem: parsed.success ? 'id does not match its key' : describe(parsed.error)
	};
}

function checkItem(key: IDBValidKey, value: unknown): ItemRecord | DamagedRecord {
	const parsed = itemRecordSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	return {
		store: 'items',
		key,
		label: Array.isArray(key) ? key.map(String).join(' / ') : String(key),
		problem: describe(parsed.error)
	};
}

export const isDamaged = (value: object): value is DamagedRecord => 'problem' in value;

function assemble(record: ChecklistRecord, items: ItemRecord[]): SavedChecklist {
	return {
		...record,
		updatedAt: Math.max(record.updatedAt, ...items.map((item) => item.updatedAt)),
		items: Object.fromEntries(items.map(({ measureId, done, note }) => [measureId, { done, note }]))
	};
}

type Row = { primaryKey: IDBValidKey; value: unknown; continue(): Promise<Row | null> };

/** Every row of a store, or of a key range of it, with its key. */
async function* rowsOf(
	store: { openCursor(range?: IDBKeyRange): Promise<Row | null> },
	range?: IDBKeyRange
): AsyncGenerator<Row> {
	for (let row = await store.openCursor(range); row; row = await row.continue()) yield row;
}

/** Keys of one checklist's item rows: arrays sort after other keys, so [id, []] closes the range. */
const itemsOf = (id: IDBValidKey) => IDBKeyRange.bound([id], [id, []]);

function split(checklist: SavedChecklist): { record: ChecklistRecord; items: ItemRecord[] } {
	const { items, ...fields } = checklist;
	const record = checklistRecordSchema.safeParse(fields);
	if (!record.success)
		throw new StorageError(
			'failed',
			`refusing to save an invalid checklist: ${describe(record.error)}`
		);
	const rows = Object.entries(items).map(([measureId, state]) => {
		const row = itemRecordSchema.safeParse({
			checklistId: checklist.id,
			measureId,
			...state,
			updatedAt: checklist.updatedAt
		});
		if (!row.success)
			throw new StorageError('failed', `refusing to save an invalid item: ${describe(row.error)}`);
		return row.data;
	});
	return { record: record.data, items: rows };
}

/** The saved checklists: one store per app, shared by every page through `checklistStore`. */
export class ChecklistStore {
	#db: Database | undefined;
	#opening: Promise<Database> | undefined;
	/** An upgrade waits for another tab to let go of an older version. */
	#blocked = false;
	#channel: BroadcastChannel | undefined;
	#listeners = new Set<(change: StoreChange) => void>();

	/**
	 * The open database. While an upgrade waits for an old tab (told by the browser, or taking
	 * longer than OPEN_PATIENCE_MS), every caller is refused at once with 'blocked': nothing waits,
	 * so nothing runs later behind the owner's back; once the old tab lets go, the open completes,
	 * listeners hear 'available' and callers are served again.
	 */
	#open(): Promise<Database> {
		if (this.#db) return Promise.resolve(this.#db);
		if (this.#blocked) return Promise.reject(blocked());
		this.#opening ??= this.#connect();
		return this.#opening;
	}

	#connect(): Promise<Database> {
		if (typeof indexedDB === 'undefined')
			return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
		return new Promise((resolve, reject) => {
			const waitBlocked = () => {
				this.#blocked = true;
				reject(blocked());
			};
			const patience = setTimeout(waitBlocked, OPEN_PATIENCE_MS);
			openDB<HuiqiDB>(DB_NAME, DB_VERSION, {
				upgrade: (db, oldVersion, _newVersion, transaction) => upgrade(db, oldVersion, transaction),
				blocked: waitBlocked,
				// Another tab wants a newer version: let go, so that it is not blocked by this one.
				blocking: () => this.#forget(),
				terminated: () => this.#forget()
			}).then(
				(db) => {
					clearTimeout(patience);
					const wasBlocked = this.#blocked;
					this.#db = db;
					this.#blocked = false;
					this.#opening = undefined;
					resolve(db);
					if (wasBlocked) this.#tell({ kind: 'available' });
				},
				(error: unknown) => {
					clearTimeout(patience);
					this.#blocked = false;
					this.#opening = undefined;
					reject(classify(error));
				}
			);
		});
	}

	#forget() {
		this.#db?.close();
		this.#db = undefined;
	}

	async #run<T>(work: (db: Database) => Promise<T>): Promise<T> {
		try {
			return await work(await this.#open());
		} catch (error) {
			throw classify(error);
		}
	}

	#tell(change: StoreChange) {
		for (const listener of this.#listeners) listener(change);
	}

	#announce(change: StoreChange) {
		this.#channelOpen()?.postMessage(change);
	}

	#channelOpen(): BroadcastChannel | undefined {
		if (!this.#channel && typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (event: MessageEvent<unknown>) => {
				const change = event.data;
				if (
					isObject(change) &&
					(change.kind === 'saved' || change.kind === 'deleted') &&
					typeof change.id === 'string'
				)
					this.#tell({ kind: change.kind, id: change.id });
			};
		}
		return this.#channel;
	}

	/** Hears changes made in other tabs, and this tab's storage becoming usable; returns the unsubscribe. */
	subscribe(listener: (change: StoreChange) => void): () => void {
		this.#channelOpen();
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Every saved checklist, latest change first, and every damaged record apart. */
	list(): Promise<{ checklists: SavedChecklist[]; damaged: DamagedRecord[] }> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items']);
			const damaged: DamagedRecord[] = [];
			const items = new Map<string, ItemRecord[]>();
			for await (const row of rowsOf(transaction.objectStore('items'))) {
				const item = checkItem(row.primaryKey, row.value);
				if (isDamaged(item)) damaged.push(item);
				else items.set(item.checklistId, [...(items.get(item.checklistId) ?? []), item]);
			}
			const checklists: SavedChecklist[] = [];
			for await (const row of rowsOf(transaction.objectStore('checklists'))) {
				const record = checkChecklist(row.primaryKey, row.value);
				if (isDamaged(record)) damaged.push(record);
				else checklists.push(assemble(record, items.get(record.id) ?? []));
			}
			// Item rows of a checklist that is gone (a tab ticked it as another deleted it) are not
			// the owner's to see: they belong to no checklist.
			const kept = new Set(checklists.map((c) => c.id));
			return {
				checklists: checklists.sort((a, b) => b.updatedAt - a.updatedAt),
				damaged: damaged.filter(
					(d) => d.store === 'checklists' || kept.has(String((d.key as IDBValidKey[])[0]))
				)
			};
		});
	}

	/** One saved checklist (its damaged item rows left out), what is wrong with it, or nothing. */
	get(id: string): Promise<SavedChecklist | DamagedRecord | undefined> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items']);
			const [value, rows] = await Promise.all([
				transaction.objectStore('checklists').get(id),
				readItems(transaction, id)
			]);
			if (value === undefined) return undefined;
			const record = checkChecklist(id, value);
			return isDamaged(record) ? record : assemble(record, rows);
		});
	}

	/** Stores a new checklist with its items; never replaces one that exists. */
	create(checklist: SavedChecklist): Promise<void> {
		let parts: ReturnType<typeof split>;
		try {
			parts = split(checklist);
		} catch (error) {
			return Promise.reject(error);
		}
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items'], 'readwrite');
			await Promise.all([
				transaction.objectStore('checklists').add(parts.record),
				...parts.items.map((item) => transaction.objectStore('items').put(item)),
				transaction.done
			]);
			this.#announce({ kind: 'saved', id: checklist.id });
		});
	}

	/**
	 * Changes a checklist's own fields (name, answers, snapshot) from what is stored now, in one
	 * transaction, so a change made meanwhile in another tab is built upon, never undone. 'missing'
	 * when the checklist is gone: it stays gone.
	 */
	update(
		id: string,
		change: (current: SavedChecklist) => SavedChecklist
	): Promise<'updated' | 'missing'> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items'], 'readwrite');
			const [value, rows] = await Promise.all([
				transaction.objectStore('checklists').get(id),
				readItems(transaction, id)
			]);
			if (value === undefined) return 'missing';
			const current = checkChecklist(id, value);
			if (isDamaged(current)) throw new StorageError('failed', `damaged: ${current.problem}`);
			// Only the checklist's own fields: its items are written one by one (setItem).
			const { items: _items, ...fields } = change(assemble(current, rows));
			const next = checklistRecordSchema.safeParse({ ...fields, id, updatedAt: Date.now() });
			if (!next.success)
				throw new StorageError('failed', `refusing to save: ${describe(next.error)}`);
			await Promise.all([transaction.objectStore('checklists').put(next.data), transaction.done]);
			this.#announce({ kind: 'saved', id });
			return 'updated';
		});
	}

	/**
	 * Changes one item's tick or note from what is stored now. 'missing' when the checklist is
	 * gone: nothing is written, so a deleted checklist stays deleted.
	 */
	setItem(
		id: string,
		measureId: string,
		change: Partial<ItemState>
	): Promise<'updated' | 'missing'> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items'], 'readwrite');
			const items = transaction.objectStore('items');
			const [exists, value] = await Promise.all([
				transaction.objectStore('checklists').getKey(id),
				items.get([id, measureId])
			]);
			if (exists === undefined) return 'missing';
			const stored = value === undefined ? undefined : checkItem([id, measureId], value);
			const row = itemRow(id, measureId, {
				...(stored && !isDamaged(stored) ? stored : { done: false, note: '' }),
				...change
			});
			await Promise.all([items.put(row), transaction.done]);
			this.#announce({ kind: 'saved', id });
			return 'updated';
		});
	}

	/**
	 * Writes one item at once, for a page that is being hidden or closed: a single request issued
	 * before this returns, which the browser completes even as the page goes. False when the
	 * database is not open, or the write could not be started.
	 */
	setItemNow(id: string, measureId: string, state: ItemState): boolean {
		if (!this.#db) return false;
		try {
			const transaction = this.#db.transaction('items', 'readwrite');
			// Nothing waits for the result: the page may be gone before it arrives.
			transaction.store.put(itemRow(id, measureId, state)).catch(() => {});
			transaction.done.catch(() => {});
			transaction.commit();
			this.#announce({ kind: 'saved', id });
			return true;
		} catch {
			return false;
		}
	}

	/** Removes a checklist and its items. */
	delete(id: string): Promise<void> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items'], 'readwrite');
			await Promise.all([
				transaction.objectStore('checklists').delete(id),
				transaction.objectStore('items').delete(itemsOf(id)),
				transaction.done
			]);
			this.#announce({ kind: 'deleted', id });
		});
	}

	/** Removes a damaged record, whatever its key; a damaged checklist goes with its items. */
	deleteDamaged(record: DamagedRecord): Promise<void> {
		return this.#run(async (db) => {
			const transaction = db.transaction(['checklists', 'items'], 'readwrite');
			const key = record.key as never;
			const owner = Array.isArray(record.key) ? record.key[0] : record.key;
			await Promise.all([
				record.store === 'items'
					? transaction.objectStore('items').delete(key)
					: transaction.objectStore('checklists').delete(key),
				record.store === 'checklists'
					? transaction.objectStore('items').delete(itemsOf(owner))
					: undefined,
				transaction.done
			]);
			this.#announce({
				kind: record.store === 'items' ? 'saved' : 'deleted',
				id: String(owner)
			});
		});
	}

	/** Lets go of the database and the channel (tests; a page simply goes). */
	close(): void {
		this.#forget();
		this.#channel?.close();
		this.#channel = undefined;
	}
}

function itemRow(id: string, measureId: string, state: ItemState): ItemRecord {
	return {
		checklistId: id,
		measureId,
		done: state.done,
		note: state.note,
		updatedAt: Date.now()
	};
}

async function readItems(
	transaction: IDBPTransaction<HuiqiDB, ('checklists' | 'items')[], IDBTransactionMode>,
	id: string
): Promise<ItemRecord[]> {
	const rows: ItemRecord[] = [];
	for await (const row of rowsOf(transaction.objectStore('items'), itemsOf(id))) {
		const item = checkItem(row.primaryKey, row.value);
		if (!isDamaged(item)) rows.push(item);
	}
	return rows;
}

/** The one store every page uses. */
export const checklistStore = new ChecklistStore();

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
