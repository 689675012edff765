// Search across provinces (docs/packs.md): one index per province's search shard, searched one
// province at a time with the browser given back in between, so that typing stays responsive
// however many provinces there are. Results arrive province by province, merged by how well they
// matched; a newer query stops an older one between provinces.
import type { SearchHit, SearchIndex } from './search.ts';

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
	/** A province's index; rejects when its shard cannot be fetched. */
	index(province: string): Promise<SearchIndex>;
	/** Whether this search is still the one the owner wants (no newer query). */
	current(): boolean;
	/** Called after each province with the results so far and the provinces that failed. */
	progress(hits: SearchHit[], unavailable: string[], remaining: number): void;
	/** Gives the browser its turn between provinces. */
	pause(): Promise<void>;
	limit?: number;
};

/** Searches every province in turn; resolves once all are searched or a newer search began. */
export async function searchProvinces(query: string, search: ProvinceSearch): Promise<void> {
	const limit = search.limit ?? 50;
	const lists: SearchHit[][] = [];
	const unavailable: string[] = [];
	let remaining = search.provinces.length;
	for (const province of search.provinces) {
		let index: SearchIndex | undefined;
		try {
			index = await search.index(province);
		} catch {
			unavailable.push(province);
		}
		if (!search.current()) return;
		if (index) lists.push(index.search(query, { limit }));
		remaining -= 1;
		search.progress(mergeHits(lists, limit), unavailable, remaining);
		if (remaining) await search.pause();
		if (!search.current()) return;
	}
}

/** Each province's index, built once from its shard when first searched; a failure is retried. */
export class ProvinceIndexes {
	readonly #indexes = new Map<string, Promise<SearchIndex>>();
	readonly #build: (province: string) => Promise<SearchIndex>;

	constructor(build: (province: string) => Promise<SearchIndex>) {
		this.#build = build;
	}

	get(province: string): Promise<SearchIndex> {
		let index = this.#indexes.get(province);
		if (!index) {
			index = this.#build(province);
			index.catch(() => this.#indexes.delete(province));
			this.#indexes.set(province, index);
		}
		return index;
	}
}
