// From raw bytes to a draft: decode, clean (every step counted), outline the numbering, read the
// particulars, draft measures, find defects. Deterministic: the same bytes give the same draft.
import { CLEANING_STEPS, cleanText } from './cleaning/index.ts';
import { findDefects } from './defects.ts';
import { decodeRawText, DraftInputError } from './input.ts';
import { outline } from './items.ts';
import { draftMeasures, uncoveredSentences } from './measures.ts';
import { readMetadata } from './metadata.ts';
import type { Draft } from './types.ts';

const MUNICIPALITIES = /^(11|12|31|50)/;

export function draftFromText(raw: string): Draft {
	const cleaned = cleanText(raw);
	const text = cleaned.text;
	const structure = outline(text);
	const items = structure.items.filter((item) => /[\u4e00-\u9fff]{2}/.test(item.text));
	if (!items.length)
		throw new DraftInputError(
			'no recognizable structure: no numbered item with words of its own (一、 (一) 1. （1） ① 第一条)'
		);
	const document = readMetadata({
		text,
		bodyStart: structure.units[0].markerStart,
		withBoilerplate: cleanText(
			raw,
			CLEANING_STEPS.filter((step) => step !== 'site_boilerplate')
		).text
	});
	const municipality = MUNICIPALITIES.test(document.jurisdiction?.code ?? '');
	const measures = draftMeasures(text, structure, { municipality });
	return {
		cleanText: text,
		cleaning: cleaned.steps.map(({ step, count }) => ({ step, count })),
		defects: findDefects(text, cleaned, structure, document),
		document,
		sections: structure.sections,
		items: structure.items.map(({ unit: _unit, ...item }) => item),
		measures,
		uncovered: uncoveredSentences(text, structure, measures)
	};
}

/** Drafts from the bytes of a file; throws DraftInputError with a one-line reason. */
export function draftFromBytes(bytes: Uint8Array, name?: string): Draft {
	return draftFromText(decodeRawText(bytes, name));
}
