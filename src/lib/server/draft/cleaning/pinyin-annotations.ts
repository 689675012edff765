// Pinyin that some mirrors print after characters, e.g. "企業(yè)" or "发展（fā zhǎn）". Only a
// bracket right after a Chinese character holding nothing but lowercase pinyin syllables with a
// tone (mark or digit) is removed, so "(AEO)" or "(2022)" stay.
import { HAN, type CleaningStep } from './names.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `[a-zü${TONED}]{1,6}[1-5]?`;
const ANNOTATION = new RegExp(
	`(?<=[${HAN}]) ?[(（] ?(${SYLLABLE}(?:[ '’]${SYLLABLE})*) ?[)）]`,
	'g'
);
const HAS_TONE = new RegExp(`[${TONED}]|[a-zü][1-5]`);

export const pinyinAnnotations: CleaningStep = {
	name: 'pinyin_annotations',
	apply(text) {
		let count = 0;
		let example: string | undefined;
		const out = text.replace(ANNOTATION, (match, syllables: string, at: number) => {
			if (!HAS_TONE.test(syllables)) return match;
			example ??= text.slice(Math.max(0, at - 2), at + match.length);
			count++;
			return '';
		});
		return { text: out, count, example };
	}
};
