// Reads the raw bytes of a policy text and refuses what is not one: empty, too large, binary or
// not UTF-8. Every refusal is one sentence a maintainer can act on.

/** Policy documents run to tens of kilobytes; a file this large is not one document. */
const MAX_RAW_BYTES = 2 * 1024 * 1024;

export class DraftInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DraftInputError';
	}
}

// Control characters other than tab, line feed and carriage return never occur in a policy text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Decodes raw bytes as UTF-8 text, or throws DraftInputError saying why it cannot. */
export function decodeRawText(bytes: Uint8Array, name = 'the file'): string {
	if (bytes.length === 0) throw new DraftInputError(`${name} is empty`);
	if (bytes.length > MAX_RAW_BYTES)
		throw new DraftInputError(
			`${name} is ${(bytes.length / 2 ** 20).toFixed(1)} MB; a policy text is under ${MAX_RAW_BYTES / 2 ** 20} MB — split it into one file per document`
		);
	if (bytes.includes(0)) throw new DraftInputError(`${name} is binary, not a text file`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new DraftInputError(`${name} is not UTF-8 text${gb18030Hint(bytes)}`);
	}
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls > Math.max(8, text.length / 100))
		throw new DraftInputError(`${name} is binary, not a text file`);
	if (!text.replace(/^\ufeff/, '').trim())
		throw new DraftInputError(`${name} holds only whitespace`);
	return text;
}

/** Many Chinese government pages are saved as GB18030 (GBK); say how to convert them. */
function gb18030Hint(bytes: Uint8Array): string {
	try {
		const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
		if (/[\u4e00-\u9fff]{4}/.test(text))
			return ' (it reads as GB18030/GBK: convert it with `iconv -f GB18030 -t UTF-8`)';
	} catch {
		// Not GB18030 either: nothing to suggest.
	}
	return '';
}
