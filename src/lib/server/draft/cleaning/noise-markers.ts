// Marker strings that mirror sites insert between words to spoil copying ("专精@@特新"),
// and invisible zero-width characters. Runs of a repeated symbol are never policy text; a lone
// symbol counts only between two Chinese characters, so e-mail addresses and "10%" stay.
import { HAN, type CleaningStep } from './names.ts';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const REPEATED_SYMBOL = /([@#$^*~`\\|])\1+/g;
const LONE_SYMBOL = new RegExp(`(?<=[${HAN}])[@#$^*~\`\\\\](?=[${HAN}])`, 'g');

export const noiseMarkers: CleaningStep = {
	name: 'noise_markers',
	apply(text) {
		let count = 0;
		let example: string | undefined;
		const drop = (match: string) => {
			example ??= match;
			count++;
			return '';
		};
		const out = text
			.replace(REPEATED_SYMBOL, drop)
			.replace(LONE_SYMBOL, drop)
			.replace(ZERO_WIDTH, drop);
		return { text: out, count, example };
	}
};
