// A saved checklist as the device keeps it (docs/contracts.md, "Saved checklists"): the answers it
// was made from, ticks and notes per item, and a snapshot of each item. One schema, checked at
// every read from storage and before every write.
import * as z from 'zod/mini';
import { profileSchema } from '../profile/profile.ts';

const bilingual = z.strictObject({ zh: z.string(), en: z.string() });

export const itemStateSchema = z.strictObject({
	done: z.boolean(),
	note: z.string().check(z.maxLength(2000))
});

/**
 * What an item looked like when saved, so a later data update can say what changed. `withdrawn`
 * keeps an item the data no longer yields, once the owner has seen that, with its tick and note.
 */
export const snapshotSchema = z.strictObject({
	title: bilingual,
	value: bilingual,
	status: z.enum(['eligible', 'maybe', 'withdrawn'])
});

export const savedChecklistSchema = z.strictObject({
	id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
	name: z.string().check(z.minLength(1), z.maxLength(60)),
	profile: profileSchema,
	dataVersion: z.string().check(z.maxLength(64)),
	createdAt: z.number(),
	updatedAt: z.number(),
	items: z.record(z.string(), itemStateSchema),
	snapshot: z.record(z.string(), snapshotSchema)
});

export type ItemState = z.infer<typeof itemStateSchema>;
export type ItemSnapshot = z.infer<typeof snapshotSchema>;
export type SavedChecklist = z.infer<typeof savedChecklistSchema>;
