// Where each numbered item of a record stands in its source: from its anchor (or its heading,
// where that is the source's own words) to the next item's. The offer and contact checks read an
// item's text through this.
import type { DocumentRecord } from './schema.ts';
import type { QuoteLocation, SourceIndex } from './provenance.ts';

export type ClauseSpan = { ref: string; start: number; end: number; text: string };

/**
 * The items found in the source, in source order. An item is looked for after the one before it,
 * so a heading that a news summary above the text repeats is found where the item really is.
 */
export function clauseSpans(record: DocumentRecord, index: SourceIndex): ClauseSpan[] {
	const starts: { ref: string; at: number }[] = [];
	let from = 0;
	for (const clause of record.clauses) {
		const location =
			index.locate(clause.anchor ?? clause.heading, from) ??
			index.locate(clause.anchor ?? clause.heading);
		if (!location) continue;
		starts.push({ ref: clause.ref, at: location.start });
		from = location.start;
	}
	starts.sort((a, b) => a.at - b.at);
	// A section heading ends the item before it: the section's own opening words belong to no item.
	const sectionStarts = record.sections
		.map((section) => index.locate(section.heading)?.start)
		.filter((at) => at !== undefined);
	return starts.map(({ ref, at }, i) => {
		const next = starts[i + 1]?.at ?? index.text.length;
		const end = Math.min(next, ...sectionStarts.filter((s) => s > at));
		return { ref, start: at, end, text: index.text.slice(at, end) };
	});
}

/** The item a position in the source lies in, or null outside every item. */
export function clauseAt(spans: readonly ClauseSpan[], position: number): string | null {
	return spans.find((span) => span.start <= position && position < span.end)?.ref ?? null;
}

/**
 * Where a quote from an item stands: first looked for from the item's own start, so a sentence
 * that a summary above the text repeats is found in the item, then anywhere.
 */
export function locateInItem(
	index: SourceIndex,
	spans: readonly ClauseSpan[],
	ref: string | undefined,
	quote: string
): QuoteLocation | null {
	const start = spans.find((span) => span.ref === ref)?.start;
	return (start === undefined ? null : index.locate(quote, start)) ?? index.locate(quote);
}
