// A checklist's name (docs/contracts.md, "Checklist names"): one rule wherever a name is made or
// arrives — the questionnaire's default, a rename, a copy, a share link in either direction.

/** UTF-16 units, as the saved-checklist schema and the rename field count them. */
export const NAME_MAX_CHARS = 60;

// Characters a name never carries: control characters and line or paragraph separators (they
// break the line the name sits on), bidi embeddings, overrides and isolates (they reorder what
// the owner reads), lone surrogates (not encodable as UTF-8, so the name could not be shared on)
// and noncharacters (for programs' internal use, never for text).
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}|\p{Noncharacter_Code_Point}/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

// Something a reader can see: a letter, a digit, punctuation or a symbol (emoji included).
// Spaces, zero-width and format characters (bidi marks, tag characters) alone show nothing.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export type NameProblem = 'too_long' | 'unsafe' | 'invisible';

/** What is wrong with a name exactly as given (already trimmed), if anything. */
export function nameProblem(name: string): NameProblem | undefined {
	if (name.length > NAME_MAX_CHARS) return 'too_long';
	if (UNSAFE.test(name)) return 'unsafe';
	if (!VISIBLE.test(name)) return 'invisible';
	return undefined;
}

/**
 * The name made fit to keep and share: characters it may not carry are dropped, the rest is
 * trimmed and cut to the limit (never inside a surrogate pair). Undefined when nothing visible
 * is left: such a name is refused, never kept.
 */
export function tidyName(raw: string): string | undefined {
	let name = '';
	for (const char of raw.replace(UNSAFE_ALL, '').trim()) {
		if (name.length + char.length > NAME_MAX_CHARS) break;
		name += char;
	}
	name = name.trim();
	return nameProblem(name) ? undefined : name;
}
