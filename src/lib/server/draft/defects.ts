// What is wrong with the copy, found, never repaired: text cut off, mirror noise that cleaning
// removed, traditional script, figures blanked out ("达到家", "〔〕"), characters lost ("20222025"),
// numbering that restarts without its heading or skips, and particulars the text does not state.
import type { Cleaned } from './cleaning/index.ts';
import type { Outline } from './items.ts';
import type { DraftDefect, DraftDocument } from './types.ts';

const BLANKED = [
	/〔\s*〕/g,
	/(?<![\d〇零一二三四五六七八九十])(?:到|至|截至)年/g,
	/(?:^|\n)年\d{1,2}月\d{1,2}日/g,
	/(?:达到|超过|突破|不少于|不低于|累计|新增|推广|精选|优选|培育|争创|认定|每年|年均)(?:家|个|项|件|场|亿元|万元|万家)(?:左右|以上)?/g,
	/(?<=[、,，])(?:个|家|项|亿元|万元)(?:左右|以上)/g
];
const LOST = [
	/\ufffd/g,
	/(?<!\d)(?:19|20)\d{2}(?:19|20)\d{2}(?!\d)/g,
	/〔\d{4}\d{1,4}号/g,
	/(?:^|\n)20\d{2}[1-9]\d{1,2}(?=\n|$)/g
];

function firstMatches(text: string, patterns: RegExp[]): { count: number; example?: string } {
	let count = 0;
	let first: { at: number; length: number } | undefined;
	for (const pattern of patterns)
		for (const match of text.matchAll(pattern)) {
			count++;
			if (!first || match.index! < first.at) first = { at: match.index!, length: match[0].length };
		}
	if (!first) return { count };
	const lineStart = text.lastIndexOf('\n', first.at) + 1;
	const lineEnd = text.indexOf('\n', first.at);
	const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
	const at = first.at - lineStart;
	const from = Math.max(0, at - 12);
	const to = Math.min(line.length, at + first.length + 12);
	// The example is a run of words around the place, cut at clause marks so it reads as a phrase.
	let example = line.slice(from, to);
	const head = example.slice(0, at - from).search(/[^,，。；;：:]*$/);
	example = example.slice(head > 0 ? head : 0).trim();
	return { count, example };
}

/** The last clause of a text, as its example: "参与发放“郑科贷”等风险分担与补偿类贷款。". */
function lastClause(text: string): string {
	const trimmed = text.trim();
	return trimmed.slice(trimmed.slice(0, -1).search(/[^。，,；;]*$/));
}

export function findDefects(
	text: string,
	cleaned: Cleaned,
	structure: Outline,
	document: DraftDocument
): DraftDefect[] {
	const defects: DraftDefect[] = [];
	const step = (name: string) => cleaned.steps.find((s) => s.step === name);

	for (const name of ['site_boilerplate', 'noise_markers', 'pinyin_annotations'] as const) {
		const found = step(name);
		if (!found?.count) continue;
		const what = {
			site_boilerplate: 'line(s) of website or aggregator boilerplate',
			noise_markers: 'noise marker(s) between words',
			pinyin_annotations: 'pinyin annotation(s) after characters'
		}[name];
		defects.push({
			kind: 'mirror_noise',
			note: `The copy carries ${found.count} ${what}; cleaning step ${name} removed them.`,
			...(found.example ? { example: found.example } : {})
		});
	}
	const traditional = step('traditional_script');
	if (traditional?.count)
		defects.push({
			kind: 'traditional_script',
			note: `The copy is in traditional characters (${traditional.count} converted to simplified by cleaning step traditional_script); check names and quotes.`,
			...(traditional.example ? { example: traditional.example } : {})
		});

	const body = text.slice(0, structure.bodyEnd).trimEnd();
	const lastItem = structure.items[structure.items.length - 1];
	if (lastItem && !/[。！？!?”）)】」;；]$/.test(body))
		defects.push({
			kind: 'truncated',
			note: 'The text ends mid-sentence: the copy is cut off.',
			example: body.slice(-20)
		});
	// Items numbered like the last one (1. 2. … 11.) that name their departments: if all the others
	// do and the last does not, the copy breaks off inside it.
	const peers = lastItem
		? structure.items.filter((item) => item !== lastItem && item.unit.kind === lastItem.unit.kind)
		: [];
	if (
		lastItem &&
		!lastItem.contacts.length &&
		peers.length >= 3 &&
		peers.filter((item) => item.contacts.length).length >= 0.75 * peers.length
	)
		defects.push({
			kind: 'truncated',
			note: `Every other item numbered like ${lastItem.ref} names its responsible departments but ${lastItem.ref}, the last, does not: the copy probably breaks off there.`,
			example: lastClause(text.slice(lastItem.start, lastItem.end))
		});
	const first = structure.units[0];
	if (first && first.value > 1)
		defects.push({
			kind: 'truncated',
			note: `The numbering starts at ${first.written} instead of the first item: the beginning of the document is missing.`,
			example: text.slice(first.markerStart, first.markerStart + 20).split('\n')[0]
		});

	const blanked = firstMatches(body, BLANKED);
	if (blanked.count)
		defects.push({
			kind: 'blanked_numbers',
			note: `${blanked.count} figure(s) are blank in this copy (e.g. a count or year missing before its unit); they are not filled in.`,
			...(blanked.example ? { example: blanked.example } : {})
		});
	const lost = firstMatches(text, LOST);
	if (lost.count)
		defects.push({
			kind: 'lost_characters',
			note: `${lost.count} place(s) have lost characters (a dash between years, a date's 年月日, a bracket, or unreadable characters).`,
			...(lost.example ? { example: lost.example } : {})
		});

	for (const unit of structure.units.filter((u) => u.restart))
		defects.push({
			kind: 'lost_headings',
			note: `The numbering restarts at ${unit.written} without a heading above it: the copy has probably lost the document's higher-level headings, so refs here use the numbering as it stands.`,
			example: text.slice(unit.markerStart, unit.markerStart + 20).split('\n')[0]
		});
	for (const unit of structure.units.filter((u) => u.skipped && u !== first))
		defects.push({
			kind: 'numbering_gap',
			note: `The numbering jumps to ${unit.written}: an item before it may be lost.`,
			example: text.slice(unit.markerStart, unit.markerStart + 20).split('\n')[0]
		});

	const missing = (['title', 'issuer', 'docNumber'] as const).filter((key) => !document[key]);
	if (missing.length)
		defects.push({
			kind: 'missing_metadata',
			note: `The text does not state: ${missing.join(', ')}.`
		});
	if (!document.issued)
		defects.push({
			kind: 'missing_metadata',
			note: 'The text states no full date of issue or writing.'
		});
	return defects;
}
