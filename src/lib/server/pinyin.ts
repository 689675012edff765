// Pinyin syllables, computed at build time only (no pinyin library reaches phones).
import { pinyin } from 'pinyin-pro';

/** "郑州市" → ["zheng", "zhou", "shi"]: lowercase, without tones, other characters dropped. */
export function pinyinSyllables(text: string): string[] {
	return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' })
		.filter(Boolean)
		.map((s) => s.toLowerCase());
}
