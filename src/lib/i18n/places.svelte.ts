// Names places in the current language, loading the region names a screen needs when it first
// names a place: the Chinese list always, the English list only in English mode. Every place a
// screen shows goes through here or through the region tree's labels (src/lib/regions/tree.ts),
// so English screens never show a place in Chinese alone.
import { loadRegionEnglish, loadRegionNames } from '../policy/data.ts';
import { placeLabel, type PackedRegionNames } from '../regions/names.ts';
import { language, type Lang } from './i18n.svelte.ts';

class Places {
	#zh = $state<string>();
	#en = $state<string>();
	#requested = { zh: false, en: false };

	/** Starts loading what the current language needs; safe to call from a template. */
	#need(): PackedRegionNames | undefined {
		if (!this.#requested.zh) {
			this.#requested.zh = true;
			void loadRegionNames().then((names) => (this.#zh = names));
		}
		if (language.current === 'en' && !this.#requested.en) {
			this.#requested.en = true;
			void loadRegionEnglish().then((names) => (this.#en = names));
		}
		return this.#zh === undefined ? undefined : { zh: this.#zh, en: this.#en };
	}

	/**
	 * "河南省 郑州市 金水区" in Chinese, "Jinshui District, Zhengzhou, Henan (金水区)" in English
	 * (in the screen's language unless told); the code until the names have loaded.
	 */
	label(code: string, lang: Lang = language.current): string {
		const names = this.#need();
		return names ? placeLabel(names, code, lang) : code;
	}

	/** Resolves once the names the current language needs have loaded. */
	async ready(): Promise<void> {
		const [zh, en] = await Promise.all([
			loadRegionNames(),
			language.current === 'en' ? loadRegionEnglish() : undefined
		]);
		this.#requested.zh = true;
		this.#zh ??= zh;
		if (en !== undefined) {
			this.#requested.en = true;
			this.#en ??= en;
		}
	}
}

/** The app's one way to name a place on screen (see the module comment). */
export const places = new Places();
