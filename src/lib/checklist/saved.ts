// A checklist as the owner keeps it: the answers it was made from, ticks and notes per item, and a
// snapshot of each item so that after a data update nothing is lost and every change is named.
import { formatAmount } from '../policy/amount.ts';
import { formatDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/i18n.svelte.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { Dataset } from '../policy/types.ts';
import type { ItemSnapshot, ItemState, SavedChecklist } from './record.ts';
import type { Checklist, ChecklistItem } from './checklist.ts';
import { NAME_MAX_CHARS, tidyName } from './name.ts';

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

/**
 * A default name: the region and the date, in the language of the screen it is made on, e.g.
 * "河南省 郑州市 金水区 · 2026年11月22日" or "Jinshui District, Zhengzhou, Henan (金水区) · 22 Nov 2026".
 * A long region name is shortened, never the date.
 */
export function defaultName(regionName: string, now: Date | number, lang: Lang): string {
	const date = ` · ${formatDate(now, lang)}`;
	return tidyName(`${regionName.slice(0, NAME_MAX_CHARS - date.length)}${date}`) ?? date.slice(3);
}

/**
 * The name to show for a checklist. One still carrying its default name — its region and a date,
 * written on a Chinese or an English screen (or by earlier versions, with an ISO date) — is named
 * again in the screen's language, so an English screen never shows its place in Chinese alone; a
 * saved one (with `createdAt`) gets its date in that language too, a shared one keeps the date as
 * written. A name the owner chose stays as it is. `placeIn` names a region in a language
 * (src/lib/i18n/places.svelte.ts); English names it has not loaded come back in Chinese.
 */
export function displayName(
	checklist: { name: string; profile: { region: string }; createdAt?: number },
	lang: Lang,
	placeIn: (code: string, lang: Lang) => string
): string {
	const { name, createdAt } = checklist;
	const { region } = checklist.profile;
	const separator = name.lastIndexOf(' · ');
	if (separator < 0) return name;
	const place = name.slice(0, separator);
	const date = name.slice(separator + 3);
	const chinese = placeIn(region, 'zh');
	const english = placeIn(region, 'en');
	const own = chinese.split(' ').at(-1) ?? region;
	const isDefaultPlace =
		place === chinese.slice(0, place.length) ||
		place === english.slice(0, place.length) ||
		place.includes(`(${own})`);
	if (!isDefaultPlace || !/\d{4}/.test(date)) return name;
	if (createdAt === undefined) return `${placeIn(region, lang)} · ${date}`.slice(0, NAME_MAX_CHARS);
	const madeThen = [
		formatDate(createdAt, 'zh'),
		formatDate(createdAt, 'en'),
		new Date(createdAt).toISOString().slice(0, 10)
	];
	return madeThen.includes(date) ? defaultName(placeIn(region, lang), createdAt, lang) : name;
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
