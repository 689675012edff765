// Search across provinces (docs/packs.md): one index per province's search shard, searched in
// slices of a few milliseconds with the browser given back in between, so that typing stays
// responsive however many provinces there are. Results arrive as the slices go, merged by how well
// they matched; near misses are looked for only when all provinces together found too few, as one
// index does; a newer query stops an older one between slices.
import {
	ENOUGH,
	FUZZY_CANDIDATES,
	withNearMisses,
	type NearCandidate,
	type SearchHit,
	type SearchIndex
} from './search.ts';

/** A slice of work between two turns of the browser, in (unthrottled) milliseconds. */
const SLICE_MS = 6;

/** Merges per-province results, best first; among equals, the earlier province first. */
export function mergeHits(lists: SearchHit[][], limit: number): SearchHit[] {
	return lists
		.flat()
		.map((hit, order) => ({ hit, order }))
		.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
		.slice(0, limit)
		.map(({ hit }) => hit);
}

export type ProvinceSearch = {
	/** Provinces in the order searched (the owner's first). */
	provinces: string[];
	/** A province's indexes (see PART_ENTRIES); rejects when its shard cannot be fetched. */
	index(province: string): Promise<SearchIndex[]>;
	/** Whether this search is still the one the owner wants (no newer query). */
	current(): boolean;
	/** Called after each slice with the results so far and the provinces that failed. */
	progress(hits: SearchHit[], unavailable: string[], remaining: number): void;
	/** Gives the browser its turn between slices. */
	pause(): Promise<void>;
	/** Told when a slice ends, with the time it began (performance.now()). */
	sliced?(start: number): void;
	limit?: number;
};

/** Searches every province in turn; resolves once all are searched or a newer search began. */
export async function searchProvinces(query: string, search: ProvinceSearch): Promise<void> {
	const limit = search.limit ?? 50;
	const unavailable: string[] = [];
	const indexes: SearchIndex[] = [];
	let lists: SearchHit[][] = [];
	let sliceStart = performance.now();
	/** Ends the slice once it has run long enough; false when a newer search began. */
	const turn = async (remaining: number, force = false) => {
		if (!force && performance.now() - sliceStart < SLICE_MS) return true;
		search.sliced?.(sliceStart);
		search.progress(mergeHits(lists, limit), unavailable, remaining);
		if (remaining) await search.pause();
		sliceStart = performance.now();
		return search.current();
	};

	for (const [i, province] of search.provinces.entries()) {
		let parts: SearchIndex[] = [];
		try {
			parts = await search.index(province);
		} catch {
			unavailable.push(province);
		}
		if (!search.current()) return;
		for (const index of parts) {
			indexes.push(index);
			lists.push(index.search(query, { limit, nearMisses: false }));
			if (!(await turn(search.provinces.length - i))) return;
		}
		if (!(await turn(search.provinces.length - i - 1))) return;
	}
	const found = mergeHits(lists, limit);
	if (found.length < ENOUGH) {
		// Near misses among the best candidates of all provinces together, as in one index.
		const candidates: NearCandidate[] = [];
		for (const [i, index] of indexes.entries()) {
			candidates.push(...index.nearCandidates(query));
			if (!(await turn(indexes.length - i - 1))) return;
		}
		const best = candidates
			.sort((a, b) => b.pairs - a.pairs)
			.slice(0, FUZZY_CANDIDATES)
			.map((c) => c.entry);
		lists = [withNearMisses(query, found, best, limit)];
	}
	await turn(0, true);
}

/**
 * A province's entries go into indexes of at most this many: searching one stays within a slice
 * on a phone, however large the province.
 */
export const PART_ENTRIES = 1000;

/** Entries cut into runs of at most PART_ENTRIES, each to be indexed on its own. */
export function inParts<T>(entries: T[]): T[][] {
	const parts: T[][] = [];
	for (let at = 0; at < entries.length; at += PART_ENTRIES)
		parts.push(entries.slice(at, at + PART_ENTRIES));
	return parts;
}

/** Each province's indexes, built once from its shard when first searched; a failure is retried. */
export class ProvinceIndexes {
	readonly #indexes = new Map<string, Promise<SearchIndex[]>>();
	readonly #build: (province: string) => Promise<SearchIndex[]>;

	constructor(build: (province: string) => Promise<SearchIndex[]>) {
		this.#build = build;
	}

	get(province: string): Promise<SearchIndex[]> {
		let index = this.#indexes.get(province);
		if (!index) {
			index = this.#build(province);
			index.catch(() => this.#indexes.delete(province));
			this.#indexes.set(province, index);
		}
		return index;
	}
}
