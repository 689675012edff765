// Share links (docs/contracts.md, "Share links"): a checklist travels in the URL fragment
// ('#s=<payload>'), which browsers never send to a server, and must stay short enough for a QR
// code a phone reads at a glance. Anyone can craft a link, so decoding treats the payload as hostile: every step is
// bounded, and whatever the input, the result is a value or a named error, never an exception.
//
// Payload, version 1: '1.' + base64url (no padding) of the deflate-raw compression of the UTF-8
// JSON of { p: Profile, d: done measure ids in order, n?: checklist name }. Short keys because
// each byte enlarges the QR code; the profile itself keeps the Profile contract's shape.
import { nameProblem, tidyName } from '../checklist/name.ts';
import { parseProfile, type Profile } from '../profile/profile.ts';
import { URL_SAFE_ID } from '../vocabulary.ts';

export type SharedChecklist = { profile: Profile; done: string[]; name?: string };
export type ShareError = 'empty' | 'too_large' | 'version' | 'encoding' | 'corrupt' | 'schema';
export type ShareDecode =
	{ ok: true; value: SharedChecklist } | { ok: false; error: ShareError; detail: string };

export const SHARE_PREFIX = 's=';

const VERSION = '1.';
/** Far beyond a real checklist (a few hundred characters): this bounds work, not QR size. */
const MAX_PAYLOAD_CHARS = 4096;
/** Deflate expands up to ~1000×: without this cap a 4 KB link could inflate to 3 MB. */
const MAX_JSON_BYTES = 64 * 1024;
/** Feeding the decompressor small slices keeps it from producing far more than it is asked for. */
const SLICE_BYTES = 64;
const MAX_DONE = 500;
const MAX_ID_CHARS = 80;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Invalid = { ok: false; error: ShareError; detail: string };
const fail = (error: ShareError, detail: string): Invalid => ({ ok: false, error, detail });

/** Why a checklist could not be made into a link: it holds what a link may not, or too much. */
export class ShareEncodeError extends Error {
	constructor(
		readonly reason: 'invalid' | 'too_large',
		detail: string
	) {
		super(`Cannot share this checklist: ${detail}`);
		this.name = 'ShareEncodeError';
	}
}

/**
 * The payload for '#s=<payload>'. The name is made fit to share (src/lib/checklist/name.ts); one
 * that shows nothing is left out. Rejects, with a ShareEncodeError, a profile or done list that
 * `decodeShare` would refuse, so the app never hands out a link that cannot be opened.
 */
export async function encodeShare(value: SharedChecklist): Promise<string> {
	const name = value.name === undefined ? undefined : tidyName(value.name);
	const checked = validate({ p: value.profile, d: value.done, ...(name ? { n: name } : {}) });
	if (!checked.ok) throw new ShareEncodeError('invalid', checked.detail);
	// The validated copy, so the link holds exactly what decoding will return.
	const { profile, done, name: n } = checked.value;
	const json = JSON.stringify({ p: profile, d: done, ...(n ? { n } : {}) });
	const deflated = await pipe(
		new TextEncoder().encode(json),
		new CompressionStream('deflate-raw'),
		Infinity
	);
	// An infinite limit is never passed.
	const payload = VERSION + toBase64url(deflated as Uint8Array);
	if (payload.length > MAX_PAYLOAD_CHARS)
		throw new ShareEncodeError('too_large', `the link would be ${payload.length} characters`);
	return payload;
}

/** Never throws and never rejects, whatever it is given. */
export async function decodeShare(payload: string): Promise<ShareDecode> {
	try {
		return await decode(payload);
	} catch (error) {
		// Every expected failure is handled below; this only keeps the promise of never throwing.
		return fail('corrupt', `The link could not be read (${String(error)}).`);
	}
}

/**
 * '#s=abc' → 'abc'. A fragment that is not a share link → null. '#s=' → '' (a share link with
 * its payload lost, e.g. cut off by a chat app): decoding it then reports 'empty', which tells
 * the owner more than ignoring the link would.
 */
export function payloadFromHash(hash: string): string | null {
	const prefix = '#' + SHARE_PREFIX;
	return typeof hash === 'string' && hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

async function decode(payload: unknown): Promise<ShareDecode> {
	if (typeof payload !== 'string') return fail('encoding', 'The payload is not text.');
	if (payload === '') return fail('empty', 'The link carries no checklist.');
	// Before any work: the length bounds the cost of everything that follows.
	if (payload.length > MAX_PAYLOAD_CHARS)
		return fail('too_large', `The payload has ${payload.length} characters (at most 4096).`);
	if (!payload.startsWith(VERSION))
		return fail('version', 'The payload is not in share format 1 (made by another version?).');
	const bytes = fromBase64url(payload.slice(VERSION.length));
	if (!bytes) return fail('encoding', 'The payload is not valid base64url.');

	let inflated: Uint8Array | 'too_large';
	try {
		inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
	} catch {
		return fail('corrupt', 'The payload is not valid deflate data.');
	}
	if (inflated === 'too_large')
		return fail('too_large', 'The payload inflates beyond 64 KiB; decompression was stopped.');
	// Browsers refuse bytes after the end of the deflate data; Node ignores them. Refuse them here,
	// so that a link reads the same everywhere. The data ends before its last byte exactly when it
	// still inflates without that byte: the last byte is then trailing.
	if (await inflates(bytes.subarray(0, -1)))
		return fail('corrupt', 'The payload has bytes after the end of its deflate data.');

	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch {
		return fail('corrupt', 'The payload is not valid UTF-8.');
	}

	let forbidden: string | undefined;
	let json: unknown;
	try {
		json = JSON.parse(text, function (key, value) {
			if (FORBIDDEN_KEYS.has(key)) throw new Error((forbidden = key));
			return value;
		});
	} catch {
		if (forbidden !== undefined)
			return fail('schema', `The payload contains the key "${forbidden}".`);
		// Also a RangeError from nesting too deep for the stack.
		return fail('corrupt', 'The payload is not valid JSON.');
	}
	return validate(json);
}

function validate(json: unknown): ShareDecode {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return fail('schema', 'The payload is not an object.');
	const { p, d, n, ...rest } = json as Record<string, unknown>;
	const unknown = Object.keys(rest);
	if (unknown.length) return fail('schema', `Unexpected field(s): ${unknown.join(', ')}.`);

	const profile = parseProfile(p);
	if (!profile.ok) return fail('schema', `The profile is invalid: ${profile.error}.`);

	if (!Array.isArray(d)) return fail('schema', 'The done list is missing or not a list.');
	if (d.length > MAX_DONE)
		return fail('schema', `The done list has ${d.length} ids (at most 500).`);
	for (const id of d)
		if (typeof id !== 'string' || id.length > MAX_ID_CHARS || !URL_SAFE_ID.test(id))
			return fail(
				'schema',
				`The done list has an invalid id: ${JSON.stringify(id)?.slice(0, 40)}.`
			);
	if (new Set(d).size !== d.length) return fail('schema', 'The done list repeats an id.');

	const value: SharedChecklist = { profile: profile.profile, done: [...d] };
	if ('n' in json) {
		if (typeof n !== 'string') return fail('schema', 'The name is not text.');
		const name = n.trim();
		const problem = nameProblem(name);
		if (problem === 'too_long')
			return fail('schema', `The name has ${name.length} characters (at most 60).`);
		if (problem === 'unsafe') return fail('schema', 'The name contains control characters.');
		if (problem === 'invisible') return fail('schema', 'The name shows nothing visible.');
		value.name = name;
	}
	return { ok: true, value };
}

/** Whether deflate-raw data inflates completely (within the usual bound). */
async function inflates(bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
	try {
		return (
			(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES)) !== 'too_large'
		);
	} catch {
		return false;
	}
}

/**
 * Runs bytes through a (de)compression stream. Returns 'too_large' as soon as the output
 * passes `limit`, cancelling the stream so that nothing more is produced.
 */
async function pipe(
	bytes: Uint8Array<ArrayBuffer>,
	transform: CompressionStream | DecompressionStream,
	limit: number
): Promise<Uint8Array | 'too_large'> {
	let at = 0;
	const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
		{
			pull(controller) {
				if (at >= bytes.length) return controller.close();
				controller.enqueue(bytes.subarray(at, (at += SLICE_BYTES)));
			}
		},
		{ highWaterMark: 0 }
	);
	const reader = source.pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			return 'too_large';
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null unless the text is unpadded base64url of a whole number of bytes. */
function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
