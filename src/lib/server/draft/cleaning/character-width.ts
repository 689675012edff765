// Copies that mix full-width and half-width forms of the same mark ("，" and ",") read the same to
// people but not to a search. Each mark takes the form the text itself uses most (a tie goes to
// full width), and only next to Chinese text, so URLs and times keep their half-width colons.
// Full-width digits and Latin letters always become half width, so figures parse as figures.
import { HAN, type CleaningStep } from './names.ts';

/** Half-width and full-width forms; parentheses are counted and converted together. */
const PAIRS: [string, string][][] = [
	[[',', '，']],
	[[';', '；']],
	[[':', '：']],
	[['?', '？']],
	[['!', '！']],
	[
		['(', '（'],
		[')', '）']
	]
];

const CJK_NEIGHBOUR = new RegExp(`[${HAN}“”‘’、。《》〔〕【】]`);
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

function nextToChinese(text: string, at: number): boolean {
	return CJK_NEIGHBOUR.test(text[at - 1] ?? '') || CJK_NEIGHBOUR.test(text[at + 1] ?? '');
}

export const characterWidth: CleaningStep = {
	name: 'character_width',
	apply(text) {
		let count = 0;
		let example: string | undefined;
		let out = text.replace(FULL_WIDTH_ALNUM, (ch) => {
			example ??= ch;
			count++;
			return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
		});
		for (const group of PAIRS) {
			const occurrences = (form: 0 | 1) =>
				group.reduce((n, pair) => n + out.split(pair[form]).length - 1, 0);
			const half = occurrences(0);
			const full = occurrences(1);
			if (!half || !full) continue;
			const [from, to]: [0 | 1, 0 | 1] = half > full ? [1, 0] : [0, 1];
			const map = new Map(group.map((pair) => [pair[from], pair[to]]));
			const chars = [...out];
			let at = 0;
			out = chars
				.map((ch) => {
					const here = at;
					at += ch.length;
					const replacement = map.get(ch);
					// Turning a half-width mark full-width only makes sense inside Chinese text.
					if (replacement === undefined || (to === 1 && !nextToChinese(out, here))) return ch;
					example ??= ch;
					count++;
					return replacement;
				})
				.join('');
		}
		return { text: out, count, example };
	}
};
