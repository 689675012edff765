// Line ends, byte-order marks, no-break and ideographic spaces, indentation and runs of blank
// lines: layout that web pages add and that no quote depends on (provenance ignores whitespace).
import type { CleaningStep } from './names.ts';

export const whitespace: CleaningStep = {
	name: 'whitespace',
	apply(text) {
		let count = 0;
		const lines = text
			.replace(/^\ufeff/, () => (count++, ''))
			.split(/\r\n|\r|\n/)
			.map((line) => {
				const tidy = line
					.replace(/[\t\u00a0\u3000\u2002-\u200a\u202f\u205f]/g, ' ')
					.replace(/ {2,}/g, ' ')
					.trim();
				if (tidy !== line) count++;
				return tidy;
			});
		if (/\r/.test(text)) count++;
		const out: string[] = [];
		for (const line of lines) {
			// Keep at most one blank line between paragraphs, none at the start.
			if (!line && (!out.length || !out[out.length - 1])) {
				count++;
				continue;
			}
			out.push(line);
		}
		while (out.length && !out[out.length - 1]) out.pop();
		return { text: out.join('\n'), count };
	}
};
