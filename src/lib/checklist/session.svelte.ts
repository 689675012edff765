// The checklist being worked on: ticks and notes, saved as they change. A failure to save never
// loses what is on screen; it is shown, and the next change tries again.
import { ChecklistStore, StorageError, type StorageProblem } from '../storage/checklists.ts';
import type { ItemState, SavedChecklist } from './record.ts';

const NOTE_SAVE_DELAY = 400;

export class ChecklistSession {
	/** Set when the checklist lives in "我的清单"; unset for a shared or unsaved one. */
	saved = $state<SavedChecklist>();
	items = $state<Record<string, ItemState>>({});
	problem = $state<StorageProblem>();
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly store: ChecklistStore) {}

	open(saved: SavedChecklist | undefined, items: Record<string, ItemState> = saved?.items ?? {}) {
		this.saved = saved;
		this.items = items;
	}

	item(id: string): ItemState {
		return this.items[id] ?? { done: false, note: '' };
	}

	setDone(id: string, done: boolean): Promise<void> {
		this.items = { ...this.items, [id]: { ...this.item(id), done } };
		return this.persist();
	}

	setNote(id: string, note: string): void {
		this.items = { ...this.items, [id]: { ...this.item(id), note: note.slice(0, 2000) } };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.persist(), NOTE_SAVE_DELAY);
	}

	/** Replaces the saved record (after a rename, a data update or new answers) and stores it. */
	replace(saved: SavedChecklist): Promise<void> {
		this.saved = saved;
		return this.persist();
	}

	async persist(): Promise<void> {
		clearTimeout(this.#timer);
		if (!this.saved) return;
		this.saved = { ...this.saved, items: this.items, updatedAt: Date.now() };
		try {
			await this.store.put($state.snapshot(this.saved));
			this.problem = undefined;
		} catch (error) {
			this.problem = error instanceof StorageError ? error.problem : 'failed';
		}
	}

	doneIds(): string[] {
		return Object.entries(this.items)
			.filter(([, state]) => state.done)
			.map(([id]) => id);
	}
}
