// The owner's checklists as the pages work them (docs/checklists.md): where the checklist on
// screen comes from (a saved id, a share link, fresh answers), its ticks and notes saved as they
// change and when the page is hidden or closed, keeping a shared or unsaved one, the list of saved
// ones with rename, duplicate, delete and undo, and the questionnaire's answers saved as a
// checklist. What other tabs change arrives here and is shown. A failure to save never loses what
// is on screen: it is named in `problem`, and the next change tries again.
import {
	decodeShare,
	encodeShare,
	payloadFromHash,
	SHARE_PREFIX,
	ShareEncodeError
} from '../share/codec.ts';
import type { ShareError } from '../share/codec.ts';
import type { Dataset } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';
import type { Lang } from '../i18n/i18n.svelte.ts';
import {
	checklistStore,
	isDamaged,
	requestPersistence,
	StorageError,
	type ChecklistStore,
	type DamagedRecord,
	type StorageProblem,
	type StoreChange
} from '../storage/checklists.ts';
import type { Checklist } from './checklist.ts';
import { tidyName } from './name.ts';
import { NO_ITEM_STATE, NOTE_MAX_CHARS, type ItemState, type SavedChecklist } from './record.ts';
import { acknowledged, createSaved, defaultName, newChecklistId, withProfile } from './saved.ts';

/** Where the checklist on screen came from, or why there is none. */
export type Opened =
	| { kind: 'loading' }
	| { kind: 'none' }
	| { kind: 'saved' }
	| { kind: 'shared'; name?: string }
	/** Made from answers that could not be saved. */
	| { kind: 'unsaved' }
	/** Deleted (in another tab) while it was open: still shown, and can be saved again. */
	| { kind: 'deleted' }
	| { kind: 'not-found' }
	/** Storage could not be read; `problem` says why. */
	| { kind: 'unreadable' }
	| { kind: 'damaged'; problem: string }
	| { kind: 'share-error'; error: ShareError };

/** A note is saved once typing pauses this long, and at once when the page is hidden or closed. */
const NOTE_SAVE_DELAY = 400;
/** How long a deleted checklist can be brought back. */
const UNDO_MS = 10_000;

const problemOf = (error: unknown): StorageProblem =>
	error instanceof StorageError ? error.problem : 'failed';

export class Checklists {
	// The checklist on screen.
	opened = $state<Opened>({ kind: 'loading' });
	profile = $state<Profile>();
	/** Set while the checklist on screen is saved in "My checklists". */
	saved = $state<SavedChecklist>();
	items = $state<Record<string, ItemState>>({});
	/** The owner has seen what a data update changed. */
	changesSeen = $state(false);
	/** Why the last storage operation failed, until one succeeds. */
	problem = $state<StorageProblem>();

	// "My checklists".
	list = $state<SavedChecklist[]>();
	/** Raw, not proxied: the database takes back only the plain keys it gave. */
	damaged = $state.raw<DamagedRecord[]>([]);
	/** The checklist just deleted, while it can still be brought back. */
	removed = $state<SavedChecklist>();

	readonly #store: ChecklistStore;
	/** Item changes not yet stored (notes being typed, ticks on their way): kept over others' news. */
	#unstored: Record<string, ItemState> = {};
	#noteTimer: ReturnType<typeof setTimeout> | undefined;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	/** A save of a whole checklist under way: pressing again waits for it instead of saving twice. */
	#saving: Promise<unknown> | undefined;
	#where: { hash: string; id: string | null } = { hash: '', id: null };

	constructor(store: ChecklistStore = checklistStore) {
		this.#store = store;
	}

	/**
	 * Hears other tabs' changes and saves notes still being typed when the page is hidden, closed
	 * or left. Returns the stop, for onMount.
	 */
	watch(): () => void {
		const unsubscribe = this.#store.subscribe((change) => this.#heard(change));
		const hidden = () => {
			if (document.visibilityState === 'hidden') this.saveNow();
		};
		const leaving = () => this.saveNow();
		document.addEventListener('visibilitychange', hidden);
		addEventListener('pagehide', leaving);
		return () => {
			unsubscribe();
			document.removeEventListener('visibilitychange', hidden);
			removeEventListener('pagehide', leaving);
			this.saveNow();
		};
	}

	// —— The checklist on screen ——

	/**
	 * Opens what the address names: a share link in the fragment, a saved checklist's id, or else
	 * the answers just given (`fresh`): not saved, because storage failed (`problem` says why) or
	 * because nothing applies to them (an empty result is never saved).
	 */
	async open(
		where: { hash: string; id: string | null },
		fresh?: { profile: Profile; problem?: StorageProblem }
	): Promise<void> {
		this.#where = where;
		this.#unstored = {};
		this.changesSeen = false;
		this.saved = undefined;
		const payload = payloadFromHash(where.hash);
		const { id } = where;
		if (payload !== null) {
			const decoded = await decodeShare(payload);
			if (!decoded.ok) {
				this.opened = { kind: 'share-error', error: decoded.error };
				return;
			}
			this.profile = decoded.value.profile;
			this.items = Object.fromEntries(
				decoded.value.done.map((done) => [done, { done: true, note: '' }])
			);
			this.opened = { kind: 'shared', name: decoded.value.name };
		} else if (id) await this.#openSaved(id);
		else if (fresh) {
			this.profile = fresh.profile;
			this.items = {};
			this.problem = fresh.problem;
			this.opened = { kind: 'unsaved' };
		} else this.opened = { kind: 'none' };
	}

	async #openSaved(id: string) {
		try {
			const record = await this.#store.get(id);
			if (!record) this.opened = { kind: 'not-found' };
			else if (isDamaged(record)) this.opened = { kind: 'damaged', problem: record.problem };
			else {
				this.#show(record);
				this.opened = { kind: 'saved' };
			}
		} catch (error) {
			this.problem = problemOf(error);
			this.opened = { kind: 'unreadable' };
		}
	}

	#show(record: SavedChecklist) {
		this.saved = record;
		this.profile = record.profile;
		this.items = { ...record.items, ...this.#unstored };
	}

	item(measureId: string): ItemState {
		return this.items[measureId] ?? NO_ITEM_STATE;
	}

	/** The measures ticked as done. */
	doneIds(): string[] {
		return Object.entries(this.items)
			.filter(([, state]) => state.done)
			.map(([id]) => id);
	}

	async setDone(measureId: string, done: boolean): Promise<void> {
		const state = { ...this.item(measureId), done };
		this.items = { ...this.items, [measureId]: state };
		const id = this.saved?.id;
		if (!id) return;
		this.#unstored[measureId] = state;
		await this.#write(() => this.#store.setItem(id, measureId, { done }));
		if (this.#unstored[measureId] === state) delete this.#unstored[measureId];
	}

	setNote(measureId: string, note: string): void {
		const state = { ...this.item(measureId), note: note.slice(0, NOTE_MAX_CHARS) };
		this.items = { ...this.items, [measureId]: state };
		if (!this.saved) return;
		this.#unstored[measureId] = state;
		clearTimeout(this.#noteTimer);
		this.#noteTimer = setTimeout(() => void this.#storeNotes(), NOTE_SAVE_DELAY);
	}

	/** Stores the notes typed since the last pause. */
	async #storeNotes(): Promise<void> {
		clearTimeout(this.#noteTimer);
		const id = this.saved?.id;
		if (!id) return;
		for (const [measureId, state] of Object.entries(this.#unstored)) {
			await this.#write(() => this.#store.setItem(id, measureId, { note: state.note }));
			if (this.#unstored[measureId] === state) delete this.#unstored[measureId];
		}
	}

	/**
	 * The page is being hidden or closed: what is not yet stored is written now, by requests
	 * issued before this returns (a read-then-write would not finish once the page is gone).
	 */
	saveNow(): void {
		clearTimeout(this.#noteTimer);
		const id = this.saved?.id;
		const unstored = Object.entries(this.#unstored);
		if (!id || !unstored.length) return;
		const written = unstored.every(([measureId, state]) =>
			this.#store.setItemNow(id, measureId, state)
		);
		if (written) this.#unstored = {};
		else void this.#storeNotes();
	}

	/** Runs a storage write; a checklist that turns out gone was deleted elsewhere. */
	async #write(work: () => Promise<'updated' | 'missing' | void>): Promise<boolean> {
		try {
			if ((await work()) === 'missing') {
				this.#deletedElsewhere();
				return false;
			}
			this.problem = undefined;
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}

	#deletedElsewhere() {
		this.saved = undefined;
		this.#unstored = {};
		this.opened = { kind: 'deleted' };
	}

	/**
	 * Keeps the checklist on screen (shared, unsaved or deleted elsewhere) in "My checklists",
	 * with its ticks and notes. Returns the new id, or nothing when it could not be saved.
	 */
	keep(
		checklist: Checklist,
		dataset: Dataset,
		regionName: string,
		lang: Lang
	): Promise<string | undefined> {
		return this.#once(async () => {
			const now = Date.now();
			const shared = this.opened.kind === 'shared' ? this.opened.name : undefined;
			const record = createSaved(checklist, dataset, {
				id: newChecklistId(),
				name: shared ?? defaultName(regionName, now, lang),
				now,
				items: $state.snapshot(this.items)
			});
			if (!(await this.#write(() => this.#store.create(record)))) return undefined;
			void requestPersistence();
			this.#show(record);
			this.opened = { kind: 'saved' };
			return record.id;
		});
	}

	/** The owner has seen what a data update changed: the snapshot follows the data. */
	async acknowledge(checklist: Checklist, dataset: Dataset): Promise<void> {
		this.changesSeen = true;
		const id = this.saved?.id;
		if (!id) return;
		const seen = (current: SavedChecklist): SavedChecklist => ({
			...current,
			dataVersion: dataset.dataVersion,
			snapshot: acknowledged(current, checklist)
		});
		if (await this.#write(() => this.#store.update(id, seen)))
			this.saved = seen($state.snapshot(this.saved)!);
	}

	/** The link that opens this checklist elsewhere, or why there can be none. */
	async shareLink(base: string): Promise<{ url: string } | { error: ShareEncodeError['reason'] }> {
		if (!this.profile) return { error: 'invalid' };
		try {
			const payload = await encodeShare({
				profile: $state.snapshot(this.profile),
				done: this.doneIds(),
				...(this.saved ? { name: this.saved.name } : {})
			});
			return { url: `${base}#${SHARE_PREFIX}${payload}` };
		} catch (error) {
			return { error: error instanceof ShareEncodeError ? error.reason : 'invalid' };
		}
	}

	#heard(change: StoreChange) {
		if (change.kind === 'available') {
			if (this.problem === 'blocked') this.problem = undefined;
			if (this.opened.kind === 'unreadable') void this.open(this.#where);
		} else if (this.saved?.id === change.id) {
			if (change.kind === 'deleted') this.#deletedElsewhere();
			else void this.#reload(change.id);
		}
		if (this.list !== undefined) void this.refreshList();
	}

	/** Shows what another tab stored, keeping what this tab has not stored yet. */
	async #reload(id: string) {
		try {
			const record = await this.#store.get(id);
			if (this.saved?.id !== id) return;
			if (!record) this.#deletedElsewhere();
			else if (!isDamaged(record)) this.#show(record);
		} catch {
			// What is on screen stays; the next change will say whether storage works.
		}
	}

	// —— The questionnaire ——

	/** The answers of a saved checklist to be edited, if it can be read. */
	async answersOf(id: string): Promise<Profile | undefined> {
		const record = await this.#store.get(id).catch(() => undefined);
		return record && !isDamaged(record) ? record.profile : undefined;
	}

	/**
	 * Saves the checklist the answers make: the one being edited (its ticks and notes stay with
	 * their measures) or a new one. Asked twice while saving, it saves once.
	 */
	saveAnswers(
		checklist: Checklist,
		dataset: Dataset,
		options: { editing?: string; regionName: string; lang: Lang }
	): Promise<{ id: string } | { problem: StorageProblem }> {
		return this.#once(async () => {
			try {
				const { editing } = options;
				if (editing) {
					const result = await this.#store.update(editing, (current) =>
						withProfile(current, checklist, dataset)
					);
					if (result === 'updated') return { id: editing };
				}
				const now = Date.now();
				const record = createSaved(checklist, dataset, {
					id: newChecklistId(),
					name: defaultName(options.regionName, now, options.lang),
					now
				});
				await this.#store.create(record);
				void requestPersistence();
				return { id: record.id };
			} catch (error) {
				return { problem: problemOf(error) };
			}
		});
	}

	#once<T>(work: () => Promise<T>): Promise<T> {
		if (this.#saving) return this.#saving as Promise<T>;
		const saving = work().finally(() => (this.#saving = undefined));
		this.#saving = saving;
		return saving;
	}

	// —— My checklists ——

	async refreshList(): Promise<void> {
		try {
			({ checklists: this.list, damaged: this.damaged } = await this.#store.list());
			this.problem = undefined;
		} catch (error) {
			this.problem = problemOf(error);
			this.list ??= [];
		}
	}

	async #change(work: () => Promise<unknown>): Promise<void> {
		try {
			await work();
		} catch (error) {
			this.problem = problemOf(error);
			return;
		}
		await this.refreshList();
	}

	/** Renames a saved checklist; false when the name shows nothing (the rule of name.ts). */
	async rename(id: string, input: string): Promise<boolean> {
		const name = tidyName(input);
		if (!name) return false;
		await this.#change(() => this.#store.update(id, (current) => ({ ...current, name })));
		return true;
	}

	async duplicate(checklist: SavedChecklist, copyName: string): Promise<void> {
		const now = Date.now();
		await this.#change(() =>
			this.#store.create({
				...$state.snapshot(checklist),
				id: newChecklistId(),
				name: tidyName(copyName) ?? checklist.name,
				createdAt: now,
				updatedAt: now
			})
		);
	}

	async remove(checklist: SavedChecklist): Promise<void> {
		this.removed = $state.snapshot(checklist);
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.removed = undefined), UNDO_MS);
		await this.#change(() => this.#store.delete(checklist.id));
	}

	async undo(): Promise<void> {
		const restore = this.removed;
		this.removed = undefined;
		clearTimeout(this.#undoTimer);
		if (restore) await this.#change(() => this.#store.create(restore));
	}

	async removeDamaged(record: DamagedRecord): Promise<void> {
		await this.#change(() => this.#store.deleteDamaged(record));
	}
}
