// How a typed query becomes the words searched for. Apart from search.ts so that the search page
// can cut a query without loading the search code (and fuse.js) before it is needed.

/** The longest query looked at, in characters, and the most words: longer input is cut. */
export const MAX_QUERY = 64;
const MAX_WORDS = 8;

/**
 * The words searched for: trimmed, lowercased, cut to MAX_QUERY characters (without a word cut in
 * half, where the cut falls inside one) and to MAX_WORDS distinct words.
 */
export function queryWords(query: string): string[] {
	const text = query
		.slice(0, MAX_QUERY * 4)
		.trim()
		.toLowerCase();
	let kept = text.slice(0, MAX_QUERY);
	if (text.length > MAX_QUERY && /\S/.test(text[MAX_QUERY]) && /\s/.test(kept))
		kept = kept.replace(/\S+$/, '');
	return kept
		.split(/\s+/)
		.filter((word, i, all) => word && all.indexOf(word) === i)
		.slice(0, MAX_WORDS);
}
