// The UI language: Chinese first, English for every screen. Pages are prerendered in Chinese;
// a saved choice of English applies right after start-up.
import { readLocal, writeLocal } from '../storage/local.ts';
import type { Bilingual } from '../vocabulary.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'huiqi.lang';

class Language {
	current = $state<Lang>('zh');

	restore() {
		const saved = readLocal(STORAGE_KEY);
		if (saved === 'en' || saved === 'zh') this.current = saved;
	}

	set(lang: Lang) {
		this.current = lang;
		writeLocal(STORAGE_KEY, lang);
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
	const message = MESSAGES[key][language.current];
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
