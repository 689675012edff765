// Finds a verbatim quote in a source text, whitespace aside, and returns where it stands in the
// original so that pages can show the quote highlighted in its paragraph.

const WHITESPACE = /[\s\u3000\u00a0\ufeff]/u;

type Stripped = { text: string; offsets: number[] };

function stripWhitespace(text: string): Stripped {
	let out = '';
	const offsets: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (!WHITESPACE.test(ch)) {
			out += ch;
			offsets.push(i);
		}
	}
	return { text: out, offsets };
}

/** The first index whose original offset is at or after `from` (offsets ascend). */
function firstAtOrAfter(offsets: number[], from: number): number {
	let low = 0;
	let high = offsets.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (offsets[middle] < from) low = middle + 1;
		else high = middle;
	}
	return low;
}

export type QuoteLocation = { start: number; end: number };

export type SourceIndex = {
	text: string;
	/** Where a quote stands, whitespace aside; with `from`, the first occurrence at or after it. */
	locate(quote: string, from?: number): QuoteLocation | null;
	/** The paragraph(s) around a located quote, split so the quote can be highlighted. */
	context(location: QuoteLocation): { before: string; quote: string; after: string };
};

export function indexSource(text: string): SourceIndex {
	const stripped = stripWhitespace(text);
	return {
		text,
		locate(quote, from = 0) {
			const needle = stripWhitespace(quote).text;
			if (!needle) return null;
			const at = stripped.text.indexOf(needle, firstAtOrAfter(stripped.offsets, from));
			if (at < 0) return null;
			return {
				start: stripped.offsets[at],
				end: stripped.offsets[at + needle.length - 1] + 1
			};
		},
		context({ start, end }) {
			const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
			const nextBreak = text.indexOf('\n', end);
			const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
			return {
				before: text.slice(paragraphStart, start).trim(),
				quote: text.slice(start, end),
				after: text.slice(end, paragraphEnd).trim()
			};
		}
	};
}
