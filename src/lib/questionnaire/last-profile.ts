// The answers of the last finished questionnaire, kept on the device (never sent anywhere) so
// that search and the document pages know where the owner is registered, and which measures could
// apply, without asking again. Checked against the Profile schema at every read.
import { parseProfile, type Profile } from '../profile/profile.ts';
import { readLocal, writeLocal } from '../storage/local.ts';

const LAST_PROFILE_KEY = 'huiqi.lastProfile';

export function rememberProfile(profile: Profile): void {
	writeLocal(LAST_PROFILE_KEY, JSON.stringify(profile));
}

export function lastProfile(): Profile | undefined {
	const text = readLocal(LAST_PROFILE_KEY);
	if (text === null) return undefined;
	try {
		const parsed = parseProfile(JSON.parse(text));
		return parsed.ok ? parsed.profile : undefined;
	} catch {
		return undefined;
	}
}
