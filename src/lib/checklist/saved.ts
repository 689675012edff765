// A checklist as the owner keeps it: the answers it was made from, ticks and notes per item, and a
// snapshot of each item so that after a data update nothing is lost and every change is named.
import { formatAmount } from '../policy/amount.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { Dataset } from '../policy/types.ts';
import type { ItemSnapshot, ItemState, SavedChecklist } from './record.ts';
import type { Checklist, ChecklistItem } from './checklist.ts';
import { tidyName } from './name.ts';

export function snapshotOf(item: ChecklistItem): ItemSnapshot {
	const amount = item.measure.benefit.amount;
	return {
		title: item.measure.title,
		value: { zh: formatAmount(amount, 'zh'), en: formatAmount(amount, 'en') },
		status: item.result.status === 'eligible' ? 'eligible' : 'maybe'
	};
}

export function snapshotsOf(checklist: Checklist): Record<string, ItemSnapshot> {
	return Object.fromEntries(
		[...checklist.eligible, ...checklist.maybe].map((item) => [item.measure.id, snapshotOf(item)])
	);
}

export function newChecklistId(): string {
	return crypto.randomUUID();
}

/** A default name: the region and the date, e.g. "郑州市 金水区 · 2026-11-22". */
export function defaultName(regionName: string, now: number): string {
	const date = new Date(now).toISOString().slice(0, 10);
	return tidyName(`${regionName} · ${date}`) ?? date;
}

export function createSaved(
	checklist: Checklist,
	dataset: Dataset,
	options: { id: string; name: string; now: number; items?: Record<string, ItemState> }
): SavedChecklist {
	return {
		id: options.id,
		name: options.name,
		profile: checklist.profile,
		dataVersion: dataset.dataVersion,
		createdAt: options.now,
		updatedAt: options.now,
		items: options.items ?? {},
		snapshot: snapshotsOf(checklist)
	};
}

/** The same checklist made from changed answers: ticks and notes stay with their measures. */
export function withProfile(
	saved: SavedChecklist,
	checklist: Checklist,
	dataset: Dataset
): SavedChecklist {
	return {
		...saved,
		profile: checklist.profile,
		dataVersion: dataset.dataVersion,
		snapshot: acknowledged(saved, checklist)
	};
}

export type Change =
	| { kind: 'new'; id: string; title: Bilingual }
	| { kind: 'changed'; id: string; title: Bilingual; before: ItemSnapshot; after: ItemSnapshot }
	| { kind: 'withdrawn'; id: string; title: Bilingual; before: ItemSnapshot; state?: ItemState };

/** What differs between the saved snapshot and the checklist the current data yields. */
export function changesSince(saved: SavedChecklist, checklist: Checklist): Change[] {
	const now = snapshotsOf(checklist);
	const changes: Change[] = [];
	for (const [id, after] of Object.entries(now)) {
		const before = saved.snapshot[id];
		if (!before) changes.push({ kind: 'new', id, title: after.title });
		else if (
			before.title.zh !== after.title.zh ||
			before.value.zh !== after.value.zh ||
			before.status !== after.status
		)
			changes.push({ kind: 'changed', id, title: after.title, before, after });
	}
	for (const [id, before] of Object.entries(saved.snapshot))
		if (!now[id] && before.status !== 'withdrawn')
			changes.push({ kind: 'withdrawn', id, title: before.title, before, state: saved.items[id] });
	return changes;
}

/**
 * The snapshot after the owner has seen the changes: the current items, plus the withdrawn ones
 * that carry a tick or a note, kept so that nothing the owner wrote disappears.
 */
export function acknowledged(
	saved: SavedChecklist,
	checklist: Checklist
): Record<string, ItemSnapshot> {
	const now = snapshotsOf(checklist);
	const kept = Object.entries(saved.snapshot).filter(([id]) => {
		const state = saved.items[id];
		return !now[id] && (state?.done || state?.note);
	});
	return {
		...Object.fromEntries(
			kept.map(([id, snap]) => [id, { ...snap, status: 'withdrawn' as const }])
		),
		...now
	};
}

/** Items the data no longer yields but the owner ticked or annotated. */
export function keptWithdrawn(saved: SavedChecklist): { id: string; snapshot: ItemSnapshot }[] {
	return Object.entries(saved.snapshot)
		.filter(([, snap]) => snap.status === 'withdrawn')
		.map(([id, snapshot]) => ({ id, snapshot }));
}

export type Progress = { done: number; total: number };

export function progressOf(saved: Pick<SavedChecklist, 'items' | 'snapshot'>): Progress {
	const ids = Object.entries(saved.snapshot)
		.filter(([, snap]) => snap.status !== 'withdrawn')
		.map(([id]) => id);
	return { done: ids.filter((id) => saved.items[id]?.done).length, total: ids.length };
}
