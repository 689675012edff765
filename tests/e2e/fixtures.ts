// Shared test data for the end-to-end suites.
import { encodeShare, SHARE_PREFIX } from '../../src/lib/share/codec';
import type { Profile } from '../../src/lib/profile/profile';

export const zhengzhouManufacturer: Profile = {
	v: 1,
	region: '410105',
	certifications: [{ tier: 'srdi_provincial', year: 2023 }],
	industry: 'manufacturing',
	revenue: '2000-10000',
	employees: '20-300',
	needs: ['finance', 'digital']
};

/** A checklist link as the share button makes it, for tests that need one without storage. */
export async function sharedChecklistPath(
	profile: Profile = zhengzhouManufacturer,
	done: string[] = [],
	name?: string
): Promise<string> {
	return `/checklist#${SHARE_PREFIX}${await encodeShare({ profile, done, ...(name ? { name } : {}) })}`;
}
