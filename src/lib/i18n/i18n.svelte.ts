// The UI language: Chinese first, English for every screen. Pages are prerendered in Chinese;
// a saved choice of English applies right after start-up. The home page carries only its own
// Chinese messages; the others, and the English ones, are chunks of their own (fetched, or read
// from the offline cache, when first needed), so the first page stays light (README, "The first
// screen").
import firstScreen from 'virtual:huiqi/messages-zh-first';
import { readLocal, writeLocal } from '../storage/local.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { MessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'huiqi.lang';

type Messages = Partial<Record<MessageKey, string>>;

/** The Chinese messages loaded so far: the home page's, then (loadMessages) all of them. */
let chinese: Messages = firstScreen;

/** Loads every Chinese message: pages other than the home page wait for it (+layout.ts). */
export async function loadMessages(): Promise<void> {
	if (chinese === firstScreen)
		chinese = { ...firstScreen, ...(await import('virtual:huiqi/messages-zh')).default };
}

/** Work that must be done before a screen shows another language (see Language.prepareWith). */
type Preparer = (lang: Lang) => Promise<unknown> | undefined;

class Language {
	current = $state<Lang>('zh');
	/** The English messages, once loaded. */
	english = $state.raw<Messages>();
	#preparers: Preparer[] = [];

	/**
	 * Has a switch of language wait for `preparer` too, so that a screen never shows the new
	 * language with parts still in the old one (the places module loads English region names so).
	 */
	prepareWith(preparer: Preparer): void {
		this.#preparers.push(preparer);
	}

	restore() {
		const saved = readLocal(STORAGE_KEY);
		if (saved === 'en' || saved === 'zh') void this.#show(saved);
	}

	/** Switches the screen's language (once its messages are there) and remembers the choice. */
	async set(lang: Lang): Promise<void> {
		writeLocal(STORAGE_KEY, lang);
		await this.#show(lang);
	}

	async #show(lang: Lang) {
		const messages =
			lang === 'en' && !this.english ? import('virtual:huiqi/messages-en') : undefined;
		await Promise.all(this.#preparers.map((prepare) => prepare(lang)));
		if (messages) this.english = (await messages).default;
		this.current = lang;
	}

	get htmlLang() {
		return this.current === 'zh' ? 'zh-CN' : 'en';
	}
}

export const language = new Language();

/**
 * The UI message for a key, with {name} placeholders filled in. `{name|one|other}` picks the
 * word for a count: "{count} {count|measure|measures}" reads "1 measure", "2 measures".
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const messages = language.current === 'en' && language.english ? language.english : chinese;
	const message = messages[key];
	if (message === undefined) throw new Error(`the message ${key} is not loaded`);
	return message.replace(
		/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
		(_, name: string, one?: string, other?: string) =>
			one === undefined ? String(params[name] ?? `{${name}}`) : params[name] === 1 ? one : other!
	);
}

/** The current language's side of a bilingual text from the data. */
export function pick(text: Bilingual): string {
	return text[language.current];
}
