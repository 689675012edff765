// A saved checklist as the device keeps it (docs/contracts.md, "Saved checklists"): one row for
// the checklist (its answers, name and a snapshot of each item) and one row per item for its tick
// and note, so that a tick or a note is written on its own. One schema for each, checked at every
// read from storage and before every write.
import * as z from 'zod/mini';
import { profileSchema } from '../profile/profile.ts';
import { URL_SAFE_ID } from '../vocabulary.ts';
import { NAME_MAX_CHARS } from './name.ts';

export const NOTE_MAX_CHARS = 2000;

const bilingual = z.strictObject({ zh: z.string(), en: z.string() });
/** Milliseconds since 1970; zod refuses NaN and infinities. */
const time = z.number().check(z.nonnegative());

const itemStateSchema = z.strictObject({
	done: z.boolean(),
	note: z.string().check(z.maxLength(NOTE_MAX_CHARS))
});

/**
 * What an item looked like when saved, so a later data update can say what changed. `withdrawn`
 * keeps an item the data no longer yields, once the owner has seen that, with its tick and note.
 */
const snapshotSchema = z.strictObject({
	title: bilingual,
	value: bilingual,
	status: z.enum(['eligible', 'maybe', 'withdrawn'])
});

/** A row of the `checklists` store, keyed by `id`. */
export const checklistRecordSchema = z.strictObject({
	id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
	name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX_CHARS)),
	profile: profileSchema,
	dataVersion: z.string().check(z.maxLength(64)),
	createdAt: time,
	updatedAt: time,
	snapshot: z.record(z.string(), snapshotSchema)
});

/** A row of the `items` store, keyed by [checklistId, measureId]. */
export const itemRecordSchema = z.strictObject({
	checklistId: z.string(),
	measureId: z.string().check(z.regex(URL_SAFE_ID, 'not a measure id')),
	...itemStateSchema.shape,
	updatedAt: time
});

export type ItemState = z.infer<typeof itemStateSchema>;
export type ItemSnapshot = z.infer<typeof snapshotSchema>;
export type ChecklistRecord = z.infer<typeof checklistRecordSchema>;
export type ItemRecord = z.infer<typeof itemRecordSchema>;

/**
 * A saved checklist as pages see it: its row with the ticks and notes of its items. `updatedAt`
 * is the latest change to either.
 */
export type SavedChecklist = ChecklistRecord & { items: Record<string, ItemState> };

export const NO_ITEM_STATE: ItemState = { done: false, note: '' };
