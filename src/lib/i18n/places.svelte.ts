// Names places in the current language, loading the region names a screen needs when it first
// names a place: the Chinese list always, the English list in English mode (a switch to English
// waits for it, so no place shows in Chinese alone in between). Every place a
// screen shows goes through here or through the region tree's labels (src/lib/regions/tree.ts),
// so English screens never show a place in Chinese alone.
import { loadRegionEnglish, loadRegionNames } from '../policy/data.ts';
import { placeLabel, type PackedRegionNames } from '../regions/names.ts';
import { language, type Lang } from './i18n.svelte.ts';

class Places {
	#zh = $state<string>();
	#en = $state<string>();
	#requested = { zh: false, en: false };

	constructor() {
		// The screen switches to English only once places can be named in English: most screens
		// name places, some (My checklists) only once their records have been read.
		language.prepareWith((lang) => (lang === 'en' ? this.#loadEnglish() : undefined));
	}

	async #loadEnglish(): Promise<void> {
		this.#requested.en = true;
		this.#en ??= await loadRegionEnglish();
	}

	/** Starts loading what the current language needs; safe to call from a template. */
	#need(): PackedRegionNames | undefined {
		if (!this.#requested.zh) {
			this.#requested.zh = true;
			void loadRegionNames().then((names) => (this.#zh = names));
		}
		if (language.current === 'en' && !this.#requested.en) void this.#loadEnglish();
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
		this.#requested.zh = true;
		const [zh] = await Promise.all([
			loadRegionNames(),
			language.current === 'en' ? this.#loadEnglish() : undefined
		]);
		this.#zh ??= zh;
	}
}

/** The app's one way to name a place on screen (see the module comment). */
export const places = new Places();
