// The national index of region packs and the error for data not on the device: shared by the one
// door to the data (data.ts) and the packs' loading code it fetches on demand (pack-loader.ts).
import type { PackIndex } from './packs.ts';

/** A pack (or the directory that finds one) that could not be fetched: offline, not kept yet. */
export class PackUnavailableError extends Error {
	/** The province whose data is missing, where it is known. */
	constructor(readonly province?: string) {
		super(`The data of ${province ?? 'this page'} needs a connection`);
		this.name = 'PackUnavailableError';
	}
}

export async function loadPackIndex(): Promise<PackIndex> {
	return (await import('virtual:huiqi/packs')).default;
}
