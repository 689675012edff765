// The questionnaire's answers so far, kept on the device so a reload loses nothing.
import * as z from 'zod/mini';
import { profileSchema, type Profile } from '../profile/profile.ts';
import { readLocal, removeLocal, writeLocal } from '../storage/local.ts';
import type { Draft } from './steps.ts';

const DRAFT_KEY = 'huiqi.draft';

// A draft is any part of a profile, the step reached and the saved checklist being edited, if
// any; each stored field is checked before it is trusted.
const draftSchema = z.object({
	answers: z.partial(z.omit(profileSchema, { v: true })),
	step: z.int().check(z.minimum(0), z.maximum(7)),
	editing: z.optional(z.string().check(z.maxLength(64)))
});

function readJson(key: string): unknown {
	const text = readLocal(key);
	if (text === null) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

export class QuestionnaireDraft {
	answers = $state<Draft>({});
	step = $state(0);
	/** The id of the saved checklist whose answers are being changed. */
	editing = $state<string>();

	restore(): void {
		const parsed = draftSchema.safeParse(readJson(DRAFT_KEY));
		if (!parsed.success) return;
		this.answers = parsed.data.answers;
		this.step = parsed.data.step;
		this.editing = parsed.data.editing;
	}

	/** Starts changing the answers of a saved checklist, unless that is already under way. */
	edit(id: string, profile: Profile): void {
		if (this.editing === id) return;
		const { v: _v, ...answers } = profile;
		this.answers = answers;
		this.step = 0;
		this.editing = id;
		this.save();
	}

	save(): boolean {
		return writeLocal(
			DRAFT_KEY,
			JSON.stringify({ answers: this.answers, step: this.step, editing: this.editing })
		);
	}

	update(patch: Draft): void {
		this.answers = { ...this.answers, ...patch };
		this.save();
	}

	clear(): void {
		removeLocal(DRAFT_KEY);
	}
}
