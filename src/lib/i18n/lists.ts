// Joining bilingual texts: Chinese lists take 、 and 或/和, English lists commas and "or"/"and".
import type { Bilingual } from '../vocabulary.ts';

/** How each language separates the items of a list. */
export const LIST_SEPARATOR: Bilingual = { zh: '、', en: ', ' };

/** Each language's parts joined by its own separator. */
export function joinBilingual(parts: readonly Bilingual[], zh: string, en: string): Bilingual {
	return { zh: parts.map((p) => p.zh).join(zh), en: parts.map((p) => p.en).join(en) };
}

/** "A、B或C" / "A, B or C" (or with 和 / and). */
export function listOf(items: readonly Bilingual[], conjunction: 'or' | 'and'): Bilingual {
	if (items.length <= 1) return items[0] ?? { zh: '', en: '' };
	const head = joinBilingual(items.slice(0, -1), '、', ', ');
	const last = items[items.length - 1];
	const [zh, en] = conjunction === 'or' ? ['或', ' or '] : ['和', ' and '];
	return { zh: `${head.zh}${zh}${last.zh}`, en: `${head.en}${en}${last.en}` };
}
