// The document's outline from its own numbering: which numbered units are sections (a heading
// over sub-items, or a part 一、… of a document whose parts have sub-items) and which are items
// (a unit with words of its own), each with the ref the document's numbering gives it (三(一)2).
// Copes with markers that run into the previous sentence ("…竞争力。(一)聚力…"), headings that run
// into their first sentence, numbering through the whole document or restarting per section, and
// fragments that start mid-way (item 48).
import { statedContacts } from './contacts.ts';
import { DraftInputError } from './input.ts';
import { markerAt, RANK, refLabel, type MarkerKind } from './numbering.ts';
import type { DraftItem, DraftSection } from './types.ts';

export type Unit = {
	kind: MarkerKind;
	value: number;
	written: string;
	markerStart: number;
	/** The unit's own words: [textStart, end), up to its first sub-item or the next unit. */
	textStart: number;
	end: number;
	parent: number | null;
	children: number[];
	ref: string;
	/** Numbering went back (5 → 1) under the same parent: the parent heading is probably lost. */
	restart: boolean;
	/** Numbering skipped values (5 → 7). */
	skipped: boolean;
	heading: string;
	/** Where the body (the words after the heading, before the contacts) stands. */
	bodyStart: number;
	bodyEnd: number;
	contacts: string[];
	isItem: boolean;
	isSection: boolean;
};

export type Outline = {
	units: Unit[];
	sections: DraftSection[];
	items: (DraftItem & { unit: Unit })[];
	/** Where the document's body ends (an attachment list), or the text's end. */
	bodyEnd: number;
	/** Indexes of the units that have no parent. */
	topLevel: number[];
	/** Whether a unit starts at this offset: sentences never run across a number. */
	startsUnit(at: number): boolean;
};

/** Real documents number a few hundred units at most; far more is not one policy document. */
const MAX_UNITS = 2000;

const ATTACHMENTS = /^附件\s*(?:[:：\d一二三四五六七八九十]|$)/;
const DATE_LINE =
	/^(?:\d{4}|[〇零一二三四五六七八九]{4})?年\d{1,2}月\d{1,2}日$|^\d{4}-\d{1,2}-\d{1,2}$/;
const CLOSING_LINE = /^[(（]此件(?:公开发布|主动公开|不予公开)[)）]$|^(?:抄送|抄报|印发)[:：]/;
const RUN_IN_AFTER = /[。；;！？!?：:]/;
const RUN_IN_KINDS: MarkerKind[] = ['paren_cn', 'arabic', 'paren_arabic', 'circled', 'cn'];

type Candidate = {
	at: number;
	kind: MarkerKind;
	value: number;
	length: number;
	written: string;
	lineStart: boolean;
};

function lineCandidates(text: string, start: number, end: number): Candidate[] {
	const out: Candidate[] = [];
	const first = markerAt(text, start);
	if (first && start + first.length <= end) out.push({ at: start, ...first, lineStart: true });
	for (let i = start + 1; i < end; i++) {
		if (!RUN_IN_AFTER.test(text[i - 1])) continue;
		const at = text[i] === ' ' ? i + 1 : i;
		const marker = markerAt(text, at);
		if (marker && RUN_IN_KINDS.includes(marker.kind) && at + marker.length < end)
			out.push({ at, ...marker, lineStart: false });
	}
	return out;
}

export function outline(text: string): Outline {
	const units: Unit[] = [];
	const stack: number[] = [];
	const lastUnder = new Map<string, number>();
	const lastAnywhere = new Map<MarkerKind, number>();
	let bodyEnd = text.length;

	let lineStart = 0;
	while (lineStart < text.length) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		if (ATTACHMENTS.test(text.slice(lineStart, lineEnd))) {
			bodyEnd = lineStart;
			break;
		}
		for (const candidate of lineCandidates(text, lineStart, lineEnd)) {
			const depth = RANK[candidate.kind];
			const open = [...stack];
			while (open.length && RANK[units[open[open.length - 1]].kind] >= depth) open.pop();
			const parent = open.length ? open[open.length - 1] : null;
			const key = `${parent}|${candidate.kind}`;
			const previous = lastUnder.get(key);
			const anywhere = lastAnywhere.get(candidate.kind);
			const follows =
				previous === undefined
					? candidate.value === 1 || candidate.value === (anywhere ?? 0) + 1
					: candidate.value === previous + 1 || candidate.value === (anywhere ?? 0) + 1;
			// A number inside a line counts only where it continues the numbering.
			if (!candidate.lineStart && !follows) continue;
			stack.length = 0;
			stack.push(...open, units.length);
			lastUnder.set(key, candidate.value);
			lastAnywhere.set(candidate.kind, candidate.value);
			const chain = parent === null ? '' : units[parent].ref;
			units.push({
				kind: candidate.kind,
				value: candidate.value,
				written: candidate.written,
				markerStart: candidate.at,
				textStart: candidate.at + candidate.length,
				end: 0,
				parent,
				children: [],
				ref: chain + refLabel(candidate.kind, candidate.value),
				restart: previous !== undefined && candidate.value <= previous,
				skipped:
					(previous !== undefined && candidate.value > previous + 1 && !follows) ||
					(previous === undefined && candidate.value > 1 && !follows),
				heading: '',
				bodyStart: 0,
				bodyEnd: 0,
				contacts: [],
				isItem: false,
				isSection: false
			});
			if (parent !== null) units[parent].children.push(units.length - 1);
			if (units.length > MAX_UNITS)
				throw new DraftInputError(
					`more than ${MAX_UNITS} numbered units: this is not one policy document — split it`
				);
		}
		lineStart = lineEnd + 1;
	}

	units.forEach((unit, index) => {
		const next = units[index + 1]?.markerStart ?? bodyEnd;
		unit.end = closingCut(text, unit.textStart, next);
		splitUnit(text, unit);
	});

	const partsHaveChildren = units.some((u) => RANK[u.kind] <= RANK.cn && u.children.length > 0);
	for (const unit of units) {
		const isPart = RANK[unit.kind] <= RANK.cn && partsHaveChildren;
		const hasBody = unit.bodyEnd > unit.bodyStart;
		unit.isSection = isPart || unit.children.length > 0;
		unit.isItem = !isPart && (hasBody || unit.children.length === 0);
	}
	dedupeRefs(units);

	const sectionOf = (unit: Unit): string | undefined => {
		for (let p = unit.parent; p !== null; p = units[p].parent)
			if (units[p].isSection) return units[p].ref;
		return undefined;
	};
	const starts = new Set(units.map((u) => u.markerStart));
	return {
		units,
		bodyEnd,
		topLevel: units.flatMap((u, i) => (u.parent === null ? [i] : [])),
		startsUnit: (at) => starts.has(at),
		sections: units
			.filter((u) => u.isSection)
			.map((u) => ({
				ref: u.ref,
				marker: u.written,
				heading: u.heading || clip(text.slice(u.bodyStart, u.bodyEnd))
			})),
		items: units
			.filter((u) => u.isItem)
			.map((unit) => ({
				unit,
				ref: unit.ref,
				heading: unit.heading || clip(text.slice(unit.bodyStart, unit.bodyEnd)),
				text: text.slice(unit.textStart, unit.end),
				start: unit.textStart,
				end: unit.end,
				section: sectionOf(unit),
				contacts: unit.contacts,
				holds: 'measures' as const
			}))
	};
}

/** Ends a unit before a signature block and date, a closing note or an attachment list. */
function closingCut(text: string, start: number, end: number): number {
	const own = text.slice(start, end);
	const lines = own.split('\n');
	let offset = 0;
	const offsets = lines.map((line) => {
		const at = offset;
		offset += line.length + 1;
		return at;
	});
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i].trim();
		if (!DATE_LINE.test(line) && !CLOSING_LINE.test(line)) continue;
		// The one or two short lines above a date are the signature.
		let cut = i;
		for (let j = i - 1, taken = 0; j > 0 && taken < 2; j--) {
			const above = lines[j].trim();
			if (!above) continue;
			if (above.length > 30 || /[。，,；;：:]/.test(above)) break;
			cut = j;
			taken++;
		}
		return trimEnd(text, start, start + offsets[cut]);
	}
	return trimEnd(text, start, end);
}

function trimEnd(text: string, start: number, end: number): number {
	while (end > start && /\s/.test(text[end - 1])) end--;
	return end;
}

/** Heading (a line of its own, or a short first sentence run into the text), body and contacts. */
function splitUnit(text: string, unit: Unit): void {
	const own = text.slice(unit.textStart, unit.end);
	const stated = statedContacts(own);
	const ownEnd = stated ? stated.start : own.length;
	unit.contacts = stated?.contacts ?? [];
	const firstLine = own.slice(0, ownEnd).split('\n')[0];
	const moreAfterLine = own.slice(firstLine.length, ownEnd).trim() !== '';
	let bodyFrom = 0;
	// A heading on a line of its own ("(一)梯度培育专项", "(一)指导思想。" then the text below).
	if (
		firstLine &&
		firstLine.length <= 40 &&
		!/[。；;!！?？]/.test(firstLine.replace(/[。:：]$/, '')) &&
		// Over sub-items, a line that ends in 。 is the unit's own sentence, not a heading.
		(moreAfterLine || (unit.children.length > 0 && !firstLine.endsWith('。')))
	) {
		unit.heading = firstLine.replace(/[。:：]$/, '').trim();
		bodyFrom = firstLine.length;
	}
	if (!unit.heading) {
		const first = /^([^。：:；;\n]{1,30})[。：:]/.exec(own.slice(0, ownEnd));
		if (first && first[0].length < ownEnd && own.slice(first[0].length, ownEnd).trim()) {
			unit.heading = first[1].trim();
			bodyFrom = first[0].length;
		}
	}
	let bodyStart = unit.textStart + bodyFrom;
	let bodyEnd = unit.textStart + ownEnd;
	while (bodyStart < bodyEnd && /\s/.test(text[bodyStart])) bodyStart++;
	while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1])) bodyEnd--;
	unit.bodyStart = bodyStart;
	unit.bodyEnd = bodyEnd;
}

/** Two items with one ref (numbering that restarts without a heading) get ~2, ~3 …. */
function dedupeRefs(units: Unit[]): void {
	const seen = new Map<string, number>();
	for (const unit of units) {
		if (!unit.isItem) continue;
		const count = (seen.get(unit.ref) ?? 0) + 1;
		seen.set(unit.ref, count);
		if (count > 1) unit.ref = `${unit.ref}~${count}`;
	}
}

function clip(text: string): string {
	const clause = text.split(/[，,；;。\n]/)[0].trim();
	return clause.length > 20 ? `${clause.slice(0, 20)}…` : clause;
}
