// The cleaning steps by name, in the one order they always run. A seed record names the steps its
// source needs (`cleaning:` in seeds/README.md); the build re-derives the cleaned text from the
// raw bytes with exactly those steps, so the raw file stays byte for byte.
export const CLEANING_STEPS = [
	'whitespace',
	'noise_markers',
	'pinyin_annotations',
	'traditional_script',
	'character_width',
	'site_boilerplate'
] as const;

export type CleaningStepName = (typeof CLEANING_STEPS)[number];

/** One deterministic rewrite of the whole text and how many places it changed. */
export type CleaningStep = {
	name: CleaningStepName;
	apply(text: string): { text: string; count: number; example?: string };
};

/** A CJK ideograph (basic block and extension A). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
