// The share-link codec: what a link carries, how small it stays, and that no link, however
// crafted, can crash the app, pollute objects or smuggle in a value the schema refuses.
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseProfile, type Profile } from '../../src/lib/profile/profile.ts';
import {
	CERTIFICATIONS,
	EMPLOYEE_BANDS,
	INDUSTRIES,
	NEEDS,
	REVENUE_BANDS,
	SITUATIONS
} from '../../src/lib/vocabulary.ts';
import {
	decodeShare,
	encodeShare,
	payloadFromHash,
	SHARE_PREFIX,
	type ShareDecode,
	type ShareError,
	type SharedChecklist
} from '../../src/lib/share/codec.ts';
import { nameProblem } from '../../src/lib/checklist/name.ts';
import { FULL_PROFILE, hostileFamilies, payloadOf } from '../fixtures/hostile-links.ts';

const ERRORS: ShareError[] = ['empty', 'too_large', 'version', 'encoding', 'corrupt', 'schema'];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

const full: Profile = structuredClone(FULL_PROFILE) as unknown as Profile;
const bare: Profile = {
	v: 1,
	region: '500111',
	certifications: [],
	industry: 'other',
	revenue: 'unknown',
	employees: 'unknown',
	needs: []
};

/** Fifteen real measure ids of the Zhengzhou document: a checklist an owner has half worked. */
const FIFTEEN_DONE = [
	'zz-cultivation-pool-entry',
	'zz-cultivation-pool-guidance',
	'zz-new-little-giant-reward',
	'zz-new-provincial-srdi-reward',
	'zz-champion-enterprise-reward',
	'zz-champion-product-reward',
	'zz-relocated-little-giant-reward',
	'zz-relocated-provincial-srdi-reward',
	'zz-lab-system-participation',
	'zz-major-st-projects',
	'zz-core-talent-support',
	'zz-shared-research-facilities',
	'zz-open-competition-post-subsidy',
	'zz-smart-factory-support',
	'zz-cloud-blockchain-programme'
];

/** Names made only of characters that show nothing (or that a name may not carry at all). */
const INVISIBLE_NAMES = [
	'\u200b\u200b',
	'\u200c\u200d\ufeff',
	'\u200e\u200f\u061c',
	'\u2028',
	'\u2029 \u2028',
	'\u{e0041}\u{e0042}\u{e007f}',
	'\ufdd0\uffff',
	'\u{10ffff}',
	'\u00ad\u3000\u200b'
];

/** A payload carrying this JSON, which encodeShare itself would refuse to produce. */
const raw = (json: unknown) => payloadOf(JSON.stringify(json));

async function expectError(payload: string, error: ShareError) {
	const result = await decodeShare(payload);
	expect(result, JSON.stringify(result).slice(0, 200)).toMatchObject({ ok: false, error });
	if (!result.ok) expect(result.detail).toMatch(/^[A-Z].{5,}\.$/);
	return result;
}

function expectShareableName(name: string) {
	expect(name).toBe(name.trim());
	expect(nameProblem(name)).toBeUndefined();
}

async function roundTrip(value: SharedChecklist) {
	const result = await decodeShare(await encodeShare(value));
	expect(result.ok).toBe(true);
	return result.ok ? result.value : undefined;
}

describe('round trip', () => {
	test('a profile with every field, several certifications and situations comes back equal', async () => {
		const value = { profile: full, done: FIFTEEN_DONE, name: '张三的清单' };
		expect(await roundTrip(value)).toEqual(value);
	});

	test('empty certifications, empty needs and no situations stay so', async () => {
		const value = await roundTrip({ profile: bare, done: [] });
		expect(value).toEqual({ profile: bare, done: [] });
		expect(value?.profile).not.toHaveProperty('situations');
		expect(value).not.toHaveProperty('name');
	});

	test('situations asked but none applying ([]) is not confused with not asked', async () => {
		const value = await roundTrip({ profile: { ...bare, situations: [] }, done: [] });
		expect(value?.profile.situations).toEqual([]);
	});

	test('done ids keep their order', async () => {
		const done = [...FIFTEEN_DONE].reverse();
		expect((await roundTrip({ profile: full, done }))?.done).toEqual(done);
	});

	test('the name is trimmed, and a blank one is left out', async () => {
		expect((await roundTrip({ profile: bare, done: [], name: '  合作伙伴 A\u3000' }))?.name).toBe(
			'合作伙伴 A'
		);
		expect(await roundTrip({ profile: bare, done: [], name: ' \t ' })).not.toHaveProperty('name');
	});

	test('HTML in the name is kept as plain text, unchanged (the UI renders it as text)', async () => {
		const name = '<script>alert(1)</script>';
		expect((await roundTrip({ profile: bare, done: [], name }))?.name).toBe(name);
		expect(
			(await roundTrip({ profile: bare, done: [], name: '<img src=x onerror=1>&amp;' }))?.name
		).toBe('<img src=x onerror=1>&amp;');
	});

	test('a name of 60 UTF-16 units fits, counted as the saved-checklist schema counts them', async () => {
		const name = '清'.repeat(58) + '🚀';
		expect((await roundTrip({ profile: bare, done: [], name }))?.name).toBe(name);
		await expectError(raw({ p: bare, d: [], n: '清' + name }), 'schema');
	});

	test('any valid checklist survives the round trip', async () => {
		const profileArb = fc.record(
			{
				v: fc.constant(1 as const),
				region: fc.stringMatching(/^\d{6}$/),
				certifications: fc
					.shuffledSubarray([...CERTIFICATIONS])
					.chain((tiers) =>
						fc.tuple(
							...tiers.map((tier) =>
								fc.record(
									{ tier: fc.constant(tier), year: fc.integer({ min: 1990, max: 2100 }) },
									{ requiredKeys: ['tier'] }
								)
							)
						)
					),
				industry: fc.constantFrom(...INDUSTRIES),
				revenue: fc.constantFrom(...REVENUE_BANDS),
				employees: fc.constantFrom(...EMPLOYEE_BANDS),
				needs: fc.shuffledSubarray([...NEEDS]),
				situations: fc.shuffledSubarray([...SITUATIONS])
			},
			{
				requiredKeys: ['v', 'region', 'certifications', 'industry', 'revenue', 'employees', 'needs']
			}
		);
		const idArb = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,5}$/);
		await fc.assert(
			fc.asyncProperty(
				profileArb,
				fc.uniqueArray(idArb, { maxLength: 40 }),
				fc.option(
					fc.oneof(
						fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
						fc.string({ unit: 'binary', maxLength: 80 })
					),
					{ nil: undefined }
				),
				async (profile, done, name) => {
					const value = await roundTrip({ profile, done, name });
					expect(value).toMatchObject({ profile, done });
					if (value?.name !== undefined) expectShareableName(value.name);
					// A name that needed no cleaning comes back exactly.
					if (name && name === name.trim() && !nameProblem(name)) expect(value?.name).toBe(name);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('payload format', () => {
	test('is "1." + base64url of deflate-raw JSON { p, d, n }, readable by any zlib', async () => {
		const payload = await encodeShare({ profile: full, done: ['zz-a'], name: '清单' });
		expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		const json = JSON.parse(inflateRawSync(Buffer.from(payload.slice(2), 'base64url')).toString());
		expect(json).toEqual({ p: full, d: ['zz-a'], n: '清单' });
	});

	test('a payload made by another deflate implementation decodes', async () => {
		const result = await decodeShare(raw({ p: full, d: ['zz-a'] }));
		expect(result).toEqual({ ok: true, value: { profile: full, done: ['zz-a'] } });
	});

	// A phone camera reads a QR code fastest when its modules are large: at error correction M,
	// version 20 (97×97 modules) holds 666 bytes, and each version above shrinks the modules on a
	// printed card or a screen held across a table. 600 characters of payload plus the origin and
	// '#s=' stay around version 20; a much longer link makes scanning at a fair slow or flaky.
	test('a typical checklist (full profile, 15 done ids, a name) encodes under 600 characters', async () => {
		const payload = await encodeShare({ profile: full, done: FIFTEEN_DONE, name: '张三的清单' });
		expect(payload.length).toBeLessThan(600);
	});

	test('encodeShare refuses a profile or done list that decodeShare would reject, rather than make a dead link', async () => {
		await expect(encodeShare({ profile: bare, done: ['Bad/Id'] })).rejects.toThrow(/invalid id/);
		await expect(encodeShare({ profile: bare, done: ['zz-a', 'zz-a'] })).rejects.toThrow(/repeats/);
		await expect(
			encodeShare({ profile: { ...bare, region: '41' } as Profile, done: [] })
		).rejects.toThrow(/region/);
	});
});

describe('names are cleaned for sharing, not refused', () => {
	const shared = async (name: string) => (await roundTrip({ profile: bare, done: [], name }))?.name;

	test('control, bidi and lone surrogate characters are dropped', async () => {
		expect(await shared('a\u202eb\u0000c\u2066d\u0085e\ud800')).toBe('abcde');
		expect(await shared('\u202e\u0007')).toBeUndefined();
	});

	test('a name that shows nothing is left out', async () => {
		for (const invisible of INVISIBLE_NAMES) expect(await shared(invisible)).toBeUndefined();
		expect(await shared('\u200b合作伙伴\u200b')).toBe('\u200b合作伙伴\u200b');
	});

	test('a long name is cut to 60 UTF-16 units, never inside a surrogate pair', async () => {
		expect(await shared('x'.repeat(70))).toBe('x'.repeat(60));
		expect(await shared('清'.repeat(59) + '🚀')).toBe('清'.repeat(59));
		expect(await shared('清'.repeat(55) + '    🚀')).toBe('清'.repeat(55));
	});
});

describe('payloadFromHash', () => {
	test('takes the payload out of a share fragment', () => {
		expect(payloadFromHash('#s=1.abc')).toBe('1.abc');
		expect(payloadFromHash('#' + SHARE_PREFIX + 'abc')).toBe('abc');
	});

	test('ignores fragments that are not share links', () => {
		for (const hash of ['', '#', '#other=1', '#S=abc', 's=abc', '#xs=abc', '#/s=abc'])
			expect(payloadFromHash(hash), hash).toBeNull();
	});

	test("'#s=' with nothing after it is a share link that lost its payload: '' which decodes to 'empty'", async () => {
		expect(payloadFromHash('#s=')).toBe('');
		await expectError(payloadFromHash('#s=') ?? 'unreachable', 'empty');
	});

	test('a whole link round-trips through the fragment', async () => {
		const hash = '#' + SHARE_PREFIX + (await encodeShare({ profile: full, done: FIFTEEN_DONE }));
		const result = await decodeShare(payloadFromHash(hash) ?? '');
		expect(result.ok && result.value.done).toEqual(FIFTEEN_DONE);
	});
});

describe('each kind of bad link gets its own error', () => {
	let valid: string;
	beforeAll(async () => {
		valid = await encodeShare({ profile: full, done: FIFTEEN_DONE, name: '张三的清单' });
	});

	test("an empty payload is 'empty'", async () => {
		await expectError('', 'empty');
	});

	test("another format version, or no version at all, is 'version'", async () => {
		for (const payload of ['2.xxx', '2.' + valid.slice(2), '10.abc', '1', '1-abc', 'abc', ' 1.abc'])
			await expectError(payload, 'version');
	});

	test("characters outside base64url, padding, or a length no bytes can have are 'encoding'", async () => {
		for (const payload of [
			'1.abc$',
			'1.ab cd',
			'1.ab+/',
			'1.abcd==',
			'1.中文',
			'1.A',
			'1.abcde',
			'1.ab.c'
		])
			await expectError(payload, 'encoding');
	});

	test("every truncation of a valid payload is refused, as 'corrupt' unless its length is impossible", async () => {
		for (let cut = 2; cut < valid.length; cut++) {
			const data = valid.slice(2, cut);
			await expectError(valid.slice(0, cut), data.length % 4 === 1 ? 'encoding' : 'corrupt');
		}
	});

	test("bytes that are not deflate are 'corrupt'", async () => {
		for (const bytes of [
			[0xff, 0xff, 0xff],
			[0x07, 0x00],
			[0x00, 0x05, 0x00, 0x00, 0x00]
		])
			await expectError('1.' + Buffer.from(bytes).toString('base64url'), 'corrupt');
		await expectError('1.', 'corrupt');
	});

	test("valid deflate of something that is not UTF-8 JSON is 'corrupt'", async () => {
		const bad = await expectError(payloadOf(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])), 'corrupt');
		expect(bad.ok || bad.detail).toMatch(/UTF-8/);
		for (const text of ['hello', '{"p":', "{'p':1}", '{"p":1,}', 'NaN', ''])
			await expectError(payloadOf(text), 'corrupt');
	});

	test("JSON that is not a checklist object is 'schema'", async () => {
		for (const json of [null, 42, 'text', [], [full], {}, { p: full }, { d: [] }])
			await expectError(raw(json), 'schema');
		await expectError(raw({ p: full, d: [], x: 1 }), 'schema');
		await expectError(raw({ profile: full, done: [] }), 'schema');
		await expectError(raw({ p: full, d: 'zz-a' }), 'schema');
	});

	test("each profile field wrong in turn is 'schema', and the detail names the field", async () => {
		const wrong: [string, unknown][] = [
			['v', 2],
			['v', '1'],
			['region', '41010'],
			['region', 410105],
			['certifications', [{ tier: 'unknown' }]],
			['certifications', [{ tier: 'innovative', year: 1800 }]],
			['certifications', [{ tier: 'innovative', year: 2024.5 }]],
			['certifications', [{ tier: 'innovative', extra: 1 }]],
			['certifications', null],
			['industry', 'mining'],
			['revenue', '5000'],
			['employees', 'many'],
			['needs', ['money']],
			['situations', ['bankrupt']],
			['situations', 'listed'],
			['nickname', 'x'],
			['region', undefined]
		];
		for (const [field, value] of wrong) {
			const result = await expectError(raw({ p: { ...full, [field]: value }, d: [] }), 'schema');
			expect(result.ok || result.detail, `${field}: ${JSON.stringify(value)}`).toContain(field);
		}
	});

	test("repeated certifications, needs or situations are 'schema'", async () => {
		await expectError(
			raw({
				p: { ...full, certifications: [{ tier: 'innovative' }, { tier: 'innovative' }] },
				d: []
			}),
			'schema'
		);
		await expectError(raw({ p: { ...full, needs: ['cash', 'cash'] }, d: [] }), 'schema');
		await expectError(raw({ p: { ...full, situations: ['listed', 'listed'] }, d: [] }), 'schema');
	});

	test("prototype-polluting keys anywhere are 'schema', and nothing is polluted", async () => {
		const profile = JSON.stringify(full);
		const texts = [
			`{"p":{"__proto__":{"polluted":true},${profile.slice(1)},"d":[]}`,
			`{"__proto__":{"polluted":true},"p":${profile},"d":[]}`,
			`{"constructor":{"prototype":{"polluted":true}},"p":${profile},"d":[]}`,
			`{"p":${profile},"d":[],"prototype":1}`,
			`{"p":${profile},"d":[{"__proto__":{"polluted":true}}]}`,
			`{"\\u005f_proto__":{"polluted":true},"p":${profile},"d":[]}`
		];
		for (const text of texts) {
			const result = await expectError(payloadOf(text), 'schema');
			expect(result.ok || result.detail).toMatch(/__proto__|constructor|prototype/);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
	});

	test("a payload over 4096 characters is 'too_large' before anything is decoded", async () => {
		await expectError('1.' + 'A'.repeat(4095), 'too_large');
		// Invalid in every other way too: the length is what is checked first.
		await expectError('%'.repeat(100_000), 'too_large');
		// At the limit it is decoded (and found to be rubbish).
		await expectError('1.' + 'A'.repeat(4094), 'corrupt');
	});

	test("a zip bomb is stopped at 64 KiB of output: 'too_large'", async () => {
		// 10 MB of zeros deflates to ~10 KB, which the length limit refuses outright.
		const tenMegabytes = payloadOf(new Uint8Array(10_000_000));
		expect(tenMegabytes.length).toBeGreaterThan(4096);
		await expectError(tenMegabytes, 'too_large');
		// 3 MiB is about the most that fits under the limit (deflate expands ~1030×), so only the
		// decompression guard stands between it and 3 MiB of memory.
		const bomb = payloadOf(new Uint8Array(3 * 1024 * 1024));
		expect(bomb.length).toBeLessThanOrEqual(4096);
		expect(payloadOf(new Uint8Array(3.1 * 1024 * 1024)).length).toBeGreaterThan(4096);
		const result = await expectError(bomb, 'too_large');
		expect(result.ok || result.detail).toMatch(/64 KiB/);
	});

	test('the guard lets exactly 64 KiB through and stops one byte more', async () => {
		const text = (bytes: number) => JSON.stringify('x'.repeat(bytes - 2));
		await expectError(payloadOf(text(64 * 1024)), 'schema');
		await expectError(payloadOf(text(64 * 1024 + 1)), 'too_large');
	});

	test("control and bidi characters in the name are 'schema'", async () => {
		for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\n'])
			await expectError(raw({ p: full, d: [], n: `a${bad}b` }), 'schema');
		for (const bidi of [
			'\u202a',
			'\u202b',
			'\u202c',
			'\u202d',
			'\u202e',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069'
		])
			await expectError(raw({ p: full, d: [], n: `invoice${bidi}fdp.exe` }), 'schema');
		// A lone surrogate could not be shared on as UTF-8.
		await expectError(payloadOf(`{"p":${JSON.stringify(full)},"d":[],"n":"a\\ud800b"}`), 'schema');
	});

	test("a name that shows nothing — zero-width, bidi marks, separators, tags, noncharacters — is 'schema'", async () => {
		for (const n of INVISIBLE_NAMES) {
			const result = await expectError(raw({ p: full, d: [], n }), 'schema');
			expect(result.ok || result.detail).toMatch(/nothing visible|control characters/);
		}
	});

	test("a name that is blank, too long or not text is 'schema'", async () => {
		for (const n of ['', '   ', 'x'.repeat(61), '清'.repeat(61), 42, null, ['a'], { zh: 'a' }])
			await expectError(raw({ p: full, d: [], n }), 'schema');
		expect((await decodeShare(raw({ p: full, d: [], n: 'x'.repeat(60) }))).ok).toBe(true);
	});

	test("more than 500 done ids is 'schema'; 500 is fine", async () => {
		const ids = (count: number) => Array.from({ length: count }, (_, i) => `m-${i}`);
		const result = await decodeShare(raw({ p: full, d: ids(500) }));
		expect(result.ok && result.value.done).toHaveLength(500);
		const over = raw({ p: full, d: ids(501) });
		expect(over.length).toBeLessThanOrEqual(4096);
		await expectError(over, 'schema');
	});

	test("duplicate done ids are 'schema'", async () => {
		await expectError(raw({ p: full, d: ['zz-a', 'zz-b', 'zz-a'] }), 'schema');
	});

	test("done ids that are not lowercase kebab-case slugs of at most 80 characters are 'schema'", async () => {
		const bad = [
			'Zz-a',
			'zz/a',
			'zz_a',
			'zz--a',
			'-zz',
			'zz-',
			'',
			' zz',
			'zz a',
			'../x',
			'a'.repeat(81),
			1,
			null
		];
		for (const id of bad) await expectError(raw({ p: full, d: [id] }), 'schema');
		expect((await decodeShare(raw({ p: full, d: ['a'.repeat(80), '0-9'] }))).ok).toBe(true);
	});

	test('input that is not even a string does not throw', async () => {
		for (const input of [undefined, null, 42, {}, ['1.abc']])
			expect((await decodeShare(input as unknown as string)).ok).toBe(false);
	});
});

describe('a corpus of hostile links', () => {
	const RUNS = 150;
	const TIME_LIMIT_MS = 2000;
	let checked = 0;
	let families: ReturnType<typeof hostileFamilies>;

	beforeAll(async () => {
		const valid = await Promise.all([
			encodeShare({ profile: full, done: FIFTEEN_DONE, name: '张三的清单' }),
			encodeShare({ profile: bare, done: [] }),
			encodeShare({ profile: full, done: FIFTEEN_DONE.slice(0, 3), name: 'A' })
		]);
		families = hostileFamilies(valid);
	});

	async function decodeInTime(payload: string): Promise<ShareDecode> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new Error(`no answer in ${TIME_LIMIT_MS} ms`)),
				TIME_LIMIT_MS
			);
		});
		try {
			return await Promise.race([decodeShare(payload), late]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** What must hold for any input at all. */
	function expectSafe(result: ShareDecode, allowed: readonly ShareError[]) {
		if (result.ok) {
			expect(parseProfile(result.value.profile)).toMatchObject({ ok: true });
			expect(result.value.done.length).toBeLessThanOrEqual(500);
			expect(new Set(result.value.done).size).toBe(result.value.done.length);
			for (const id of result.value.done) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			if ('name' in result.value) expectShareableName(result.value.name ?? '');
		} else {
			expect(ERRORS).toContain(result.error);
			expect(allowed, result.detail).toContain(result.error);
			expect(typeof result.detail).toBe('string');
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
	}

	const names = hostileFamilies(['1.x']).map((f) => f.name);
	test.each(names)(
		'%s: decodeShare never throws and answers with a known error or a valid value',
		async (name) => {
			const family = families.find((f) => f.name === name)!;
			await fc.assert(
				fc.asyncProperty(family.inputs, async (payload) => {
					checked++;
					expectSafe(await decodeInTime(payload), family.errors);
				}),
				{ numRuns: RUNS }
			);
		},
		60_000
	);

	test('deeply nested JSON (depth 10,000) does not crash: it is corrupt', async () => {
		// Walking it with the reviver overflows the stack (RangeError), which reads as corrupt.
		const deep = payloadOf('['.repeat(10_000) + ']'.repeat(10_000));
		expect(deep.length).toBeLessThanOrEqual(4096);
		await expectError(deep, 'corrupt');
		const deepInProfile = payloadOf(`{"p":${'['.repeat(10_000)}${']'.repeat(10_000)},"d":[]}`);
		expect(['corrupt', 'schema']).toContain(
			((await decodeShare(deepInProfile)) as { error?: string }).error
		);
	});

	test('at least 1,000 hostile inputs were checked', () => {
		expect(checked).toBeGreaterThanOrEqual(1000);
	});
});

describe('links read the same in Node as in browsers', () => {
	test("valid deflate data followed by more bytes is 'corrupt', as Chromium reads it", async () => {
		const valid = await encodeShare({ profile: full, done: FIFTEEN_DONE, name: '张三的清单' });
		const bytes = Buffer.from(valid.slice(2), 'base64url');
		for (const junk of [[0], [0x41], [0x41, 0x42, 0x43], [...bytes.subarray(0, 8)]]) {
			const payload = '1.' + Buffer.concat([bytes, Buffer.from(junk)]).toString('base64url');
			const result = await expectError(payload, 'corrupt');
			expect(result.ok || result.detail).toMatch(/after the end/);
		}
		expect((await decodeShare(valid)).ok).toBe(true);
	});
});
