// Where each numbered item of a record stands in its source: from its anchor (or its heading,
// where that is the source's own words) to the next item's. The offer and contact checks read an
// item's text through this.
import type { DocumentRecord } from './schema.ts';
import type { SourceIndex } from './provenance.ts';

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
	return starts.map(({ ref, at }, i) => {
		const end = starts[i + 1]?.at ?? index.text.length;
		return { ref, start: at, end, text: index.text.slice(at, end) };
	});
}

/** The item a position in the source lies in, or null before the first one. */
export function clauseAt(spans: readonly ClauseSpan[], position: number): string | null {
	let ref: string | null = null;
	for (const span of spans) {
		if (span.start > position) break;
		ref = span.ref;
	}
	return ref;
}
