// The questionnaire's answers so far, kept on the device so a reload loses nothing.
import * as z from 'zod/mini';
import { profileSchema, type Profile } from '../profile/profile.ts';
import { readLocal, removeLocal, writeLocal } from '../storage/local.ts';
import type { Draft } from './steps.ts';

const DRAFT_KEY = 'huiqi.draft';
const PROFILE_KEY = 'huiqi.profile';

// A draft is any part of a profile and the step reached; each stored field is checked before
// it is trusted.
const draftSchema = z.object({
	answers: z.partial(z.omit(profileSchema, { v: true })),
	step: z.int().check(z.minimum(0), z.maximum(7))
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

	restore(): void {
		const parsed = draftSchema.safeParse(readJson(DRAFT_KEY));
		if (parsed.success) {
			this.answers = parsed.data.answers;
			this.step = parsed.data.step;
		} else {
			// Start from the last finished profile, so "修改答案" begins with what was answered.
			const last = profileSchema.safeParse(readJson(PROFILE_KEY));
			if (last.success) {
				const { v: _v, ...answers } = last.data;
				this.answers = answers;
			}
		}
	}

	save(): boolean {
		return writeLocal(DRAFT_KEY, JSON.stringify({ answers: this.answers, step: this.step }));
	}

	update(patch: Draft): void {
		this.answers = { ...this.answers, ...patch };
		this.save();
	}

	finish(profile: Profile): boolean {
		removeLocal(DRAFT_KEY);
		return writeLocal(PROFILE_KEY, JSON.stringify(profile));
	}
}

/** The most recently finished profile on this device, if any and if valid. */
export function lastProfile(): Profile | undefined {
	const parsed = profileSchema.safeParse(readJson(PROFILE_KEY));
	return parsed.success ? parsed.data : undefined;
}
