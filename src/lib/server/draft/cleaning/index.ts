// The cleaning pipeline: every step in its fixed order, each counted. `cleanText(raw)` runs them
// all (the draft tool); `cleanText(raw, names)` runs only the named ones (the build re-deriving a
// record's cleaned source). A step that changes nothing is the identity, so naming only the steps
// that applied re-derives exactly the same text.
import { characterWidth } from './character-width.ts';
import { CLEANING_STEPS, type CleaningStep, type CleaningStepName } from './names.ts';
import { noiseMarkers } from './noise-markers.ts';
import { pinyinAnnotations } from './pinyin-annotations.ts';
import { siteBoilerplate } from './site-boilerplate.ts';
import { traditionalScript } from './traditional-script.ts';
import { whitespace } from './whitespace.ts';

const STEPS: Record<CleaningStepName, CleaningStep> = {
	whitespace,
	noise_markers: noiseMarkers,
	pinyin_annotations: pinyinAnnotations,
	traditional_script: traditionalScript,
	character_width: characterWidth,
	site_boilerplate: siteBoilerplate
};

export type Cleaned = {
	text: string;
	steps: { step: CleaningStepName; count: number; example?: string }[];
};

export function cleanText(
	raw: string,
	names: readonly CleaningStepName[] = CLEANING_STEPS
): Cleaned {
	let text = raw;
	const steps: Cleaned['steps'] = [];
	for (const name of CLEANING_STEPS) {
		if (!names.includes(name)) continue;
		const result = STEPS[name].apply(text);
		const changed = result.text !== text;
		steps.push({
			step: name,
			count: changed ? Math.max(result.count, 1) : 0,
			...(changed && result.example ? { example: result.example } : {})
		});
		text = result.text;
	}
	return { text, steps };
}

/** The names of the steps that changed something: what a record's `cleaning:` lists. */
export function appliedSteps(
	steps: { step: CleaningStepName; count: number }[]
): CleaningStepName[] {
	return steps.filter((s) => s.count > 0).map((s) => s.step);
}

export { CLEANING_STEPS, type CleaningStepName };
