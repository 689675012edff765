// The data of one region as a screen loads it: the documents and measures that may cover the
// region (data.ts, loadRegionDataset), or why they are not there yet. The latest region asked for
// wins, so a quick change of mind never shows an older region's data.
import { loadRegionSearchData, PackUnavailableError } from './data.ts';
import { provinceOf } from '../regions/tree.ts';
import type { Dataset } from './types.ts';
import type { PinyinIndex } from './types.ts';

export type RegionDataState =
	| { kind: 'none' }
	| { kind: 'loading'; region: string }
	| { kind: 'ready'; region: string; dataset: Dataset; pinyin: PinyinIndex }
	/** Not on the device and no connection: the screen says so and offers to try again. */
	| { kind: 'unavailable'; region: string; province: string };

export class RegionData {
	state = $state.raw<RegionDataState>({ kind: 'none' });
	#asked: string | undefined;
	#pending: Promise<void> = Promise.resolve();

	/** The loaded dataset of the region asked for last, if it has loaded. */
	get dataset(): Dataset | undefined {
		return this.state.kind === 'ready' ? this.state.dataset : undefined;
	}

	/**
	 * Loads a region's data, or waits for the load under way; a region found unavailable is
	 * tried again. Resolves once the state says how it went.
	 */
	load(region: string | undefined): Promise<void> {
		if (region !== this.#asked || this.state.kind === 'unavailable') {
			this.#asked = region;
			this.#pending = this.#fetch(region);
		}
		return this.#pending;
	}

	async #fetch(region: string | undefined): Promise<void> {
		if (!region) {
			this.state = { kind: 'none' };
			return;
		}
		this.state = { kind: 'loading', region };
		try {
			const { dataset, pinyin } = await loadRegionSearchData(region);
			if (this.#asked === region) this.state = { kind: 'ready', region, dataset, pinyin };
		} catch (error) {
			if (!(error instanceof PackUnavailableError)) throw error;
			if (this.#asked === region)
				this.state = { kind: 'unavailable', region, province: provinceOf(region) };
		}
	}
}
