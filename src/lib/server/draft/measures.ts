// Drafts measures from the items: every sentence of an item's own words that carries an offer
// word and is not a bare target becomes one proposal, quoted verbatim from the cleaned text, with
// the item's contacts, the amounts, tiers, 一次性 and 首次/新认定 its words state. A sentence that
// only qualifies the one before (同一企业…从高、不重复) stays with it.
import { amountsIn } from './amounts.ts';
import { leadOffice, namedOffices } from './contacts.ts';
import type { Outline, Unit } from './items.ts';
import { hasOfferWord, isTarget, qualifiesPrevious, sentencesIn } from './sentences.ts';
import { isNew, isOnce, tiersNamed } from './tiers.ts';
import type { Draft, DraftAmount, DraftItem, DraftMeasure } from './types.ts';

export type MeasureContext = { municipality: boolean };

export function draftMeasures(
	text: string,
	structure: Outline,
	context: MeasureContext
): DraftMeasure[] {
	const measures: DraftMeasure[] = [];
	const documentLead = leadOffice(text);
	for (const item of structure.items) {
		const contacts = contactsFor(text, structure, item.unit, documentLead);
		item.holds = whatHeadingsSay(text, structure, item.unit);
		// Targets and guiding principles are listed as items, never drafted as measures; the
		// review page still marks their offer words.
		if (item.holds !== 'measures') continue;
		let previous: DraftMeasure | undefined;
		for (const sentence of sentencesIn(
			text,
			item.unit.bodyStart,
			item.unit.bodyEnd,
			structure.startsUnit
		)) {
			const words = text.slice(sentence.start, sentence.end);
			if (previous && qualifiesPrevious(words)) {
				previous.end = sentence.end;
				previous.quote = text.slice(previous.start, previous.end);
				continue;
			}
			if (!hasOfferWord(words) || isTarget(words)) {
				previous = undefined;
				continue;
			}
			previous = {
				ref: item.ref,
				quote: words,
				start: sentence.start,
				end: sentence.end,
				contacts,
				amounts: [],
				tiers: [],
				once: false,
				new: false
			};
			measures.push(previous);
		}
	}
	for (const measure of measures) {
		measure.amounts = amountsIn(measure.quote);
		measure.tiers = tiersNamed(measure.quote, context.municipality);
		measure.once = isOnce(measure.quote);
		measure.new = isNew(measure.quote);
	}
	measures.forEach((measure, index) => {
		if (!measure.amounts.length) measure.amounts = referencedAmounts(measures, index);
	});
	return measures;
}

const TARGETS = /目标/;
const PRINCIPLES = /指导思想|基本原则|工作原则|总体思路/;

/**
 * What the item holds by its headings: targets where it or a unit above it is headed 目标 (主要目标,
 * 发展目标) or the line that introduces its run of numbers says so ("到2025年,努力实现以下目标:");
 * principles under 指导思想 / 基本原则; otherwise measures.
 */
function whatHeadingsSay(text: string, structure: Outline, unit: Unit): DraftItem['holds'] {
	for (
		let u: Unit | undefined = unit;
		u;
		u = u.parent === null ? undefined : structure.units[u.parent]
	) {
		if (TARGETS.test(u.heading)) return 'targets';
		if (PRINCIPLES.test(u.heading)) return 'principles';
	}
	const siblings = (
		unit.parent === null ? structure.topLevel : structure.units[unit.parent].children
	)
		.map((i) => structure.units[i])
		.filter((u) => u.kind === unit.kind);
	let first = siblings.indexOf(unit);
	// Back to where this run of numbers starts; a restart at 1 begins a new run.
	while (
		first > 0 &&
		siblings[first].value > 1 &&
		siblings[first - 1].value === siblings[first].value - 1
	)
		first--;
	const before = text.slice(0, siblings[first].markerStart).trimEnd();
	return /目标\s*[:：]$/.test(before.slice(before.lastIndexOf('\n') + 1)) ? 'targets' : 'measures';
}

/**
 * The item's stated contacts; where it states none, the offices its sentences name, else those
 * of its sub-items, else those of the item it belongs to, else the office the document says leads.
 */
function contactsFor(
	text: string,
	structure: Outline,
	unit: Unit,
	documentLead?: string
): string[] {
	if (unit.contacts.length) return unit.contacts;
	const named = namedOffices(text.slice(unit.textStart, unit.end));
	if (named.length) return named;
	const fromChildren = [...new Set(unit.children.flatMap((c) => structure.units[c].contacts))];
	if (fromChildren.length) return fromChildren;
	for (let p = unit.parent; p !== null; p = structure.units[p].parent)
		if (structure.units[p].contacts.length) return structure.units[p].contacts;
	return documentLead ? [documentLead] : [];
}

/**
 * "参照新认定补贴标准执行" states no figure but points to one: propose the amounts of the latest
 * earlier measure whose words hold the standard's name, naming where they come from.
 */
function referencedAmounts(measures: DraftMeasure[], index: number): DraftAmount[] {
	const reference = /参照(.{1,12}?)(?:标准|政策|办法)(?:执行|给予)?/.exec(measures[index].quote);
	if (!reference) return [];
	const name = reference[1].replace(/(?:补贴|奖励|补助|资金|扶持|支持|的)+$/, '');
	if (name.length < 2) return [];
	const source = measures
		.slice(0, index)
		.reverse()
		.find((m) => m.amounts.length && m.quote.includes(name));
	// The words of this sentence state the amount; `from` says whose figures they are.
	return source
		? source.amounts.map((amount) => ({ ...amount, text: reference[0], from: source.ref }))
		: [];
}

/**
 * Offer sentences that no drafted quote covers: in the preamble and in every numbered unit's own
 * words (its heading, contacts and number aside), so a reviewer sees what the draft left out.
 */
export function uncoveredSentences(
	text: string,
	structure: Outline,
	measures: { start: number; end: number }[]
): Draft['uncovered'] {
	const covered = (start: number, end: number) =>
		measures.some((m) => m.start <= start && end <= m.end);
	const regions: [number, number, string | undefined][] = [
		[0, structure.units[0]?.markerStart ?? structure.bodyEnd, undefined],
		...structure.units.map((u): [number, number, string | undefined] => [
			u.bodyStart,
			u.bodyEnd,
			u.isItem ? u.ref : undefined
		])
	];
	return regions.flatMap(([from, to, ref], index) =>
		sentencesIn(text, from, to, structure.startsUnit, index === 0)
			.filter((s) => hasOfferWord(text.slice(s.start, s.end)) && !covered(s.start, s.end))
			.map((s) => ({
				...(ref ? { ref } : {}),
				start: s.start,
				end: s.end,
				sentence: text.slice(s.start, s.end)
			}))
	);
}
