// Traditional characters become simplified with OpenCC's maintained tables (opencc-js, build time
// only), so that quotes, tiers and office names read as the rest of the data does.
import * as OpenCC from 'opencc-js/t2cn';
import type { CleaningStep } from './names.ts';

let convert: ((text: string) => string) | undefined;

export const traditionalScript: CleaningStep = {
	name: 'traditional_script',
	apply(text) {
		convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
		const out = convert(text);
		if (out === text) return { text, count: 0 };
		let count = Math.abs(out.length - text.length);
		let first = -1;
		for (let i = 0; i < Math.min(out.length, text.length); i++)
			if (out[i] !== text[i]) {
				if (first < 0) first = i;
				count++;
			}
		const example = first < 0 ? undefined : text.slice(Math.max(0, first - 3), first + 5);
		return { text: out, count, example };
	}
};
