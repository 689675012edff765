// The service worker as a module: which requests it answers, how, what it keeps, and that it
// takes over only when the page asks (docs/service-worker.md).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	CACHE,
	carryOverPacks,
	FALLBACK,
	PRECACHE,
	precache,
	removeOldCaches
} from '../../src/service-worker/cache.ts';
import type { ProvinceManifest, WorkerPackIndex } from '../../src/lib/policy/packs.ts';
import {
	isSkipWaiting,
	isWhichPacks,
	SKIP_WAITING,
	WHICH_PACKS
} from '../../src/service-worker/messaging.ts';
import { handles, respond } from '../../src/service-worker/request.ts';
import { MemoryCacheStorage, TEST_ORIGIN } from '../fixtures/cache-storage.ts';

let storage: MemoryCacheStorage;
let network: ReturnType<typeof vi.fn<(input: RequestInfo | URL) => Promise<Response>>>;

const page = (path: string) => new Response(`<html>${path}</html>`, { status: 200 });
const json = (value: unknown) =>
	new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

const PACKS = '/_app/immutable/packs';
/** The pack files this test's host has (everything else gets the offline shell). */
let packFiles: Record<string, unknown> = {};

/** Like the static host: any address that is no file gets the offline shell, with status 200. */
const host = async (input: RequestInfo | URL) => {
	const url = new URL(input instanceof Request ? input.url : String(input), TEST_ORIGIN);
	const file = packFiles[url.pathname];
	const response = file === undefined ? page(url.pathname) : json(file);
	// A fetched response says it came from this origin; a Response made in a test does not.
	Object.defineProperty(response, 'type', { value: 'basic' });
	return response;
};

const get = (path: string, init: RequestInit = {}) => new Request(`${TEST_ORIGIN}${path}`, init);

beforeEach(() => {
	packFiles = {};
	storage = new MemoryCacheStorage();
	network = vi.fn(host);
	vi.stubGlobal('caches', storage);
	vi.stubGlobal('fetch', network);
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the precache list', () => {
	test('holds the code, the static files, the pages and the offline shell, each once', () => {
		expect(PRECACHE).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/chunks/data.js',
			'/favicon.svg',
			'/manifest.json',
			'/',
			'/questionnaire',
			FALLBACK
		]);
	});

	test('leaves out install-dialog screenshots and every region pack', () => {
		expect(PRECACHE).not.toContain('/screenshots/home.png');
		expect(PRECACHE.some((path) => path.startsWith(PACKS))).toBe(false);
	});

	test('is stored whole under this version’s cache, and older versions go', async () => {
		await (await storage.open('huiqi-older')).put('/', page('old'));
		await precache();
		expect(storage.paths().filter((p) => p !== '/')).toEqual(PRECACHE.filter((p) => p !== '/'));
		await removeOldCaches();
		expect(await storage.keys()).toEqual([CACHE]);
	});
});

describe('which requests the worker answers', () => {
	test('same-origin GET requests only', () => {
		expect(handles(get('/questionnaire'), TEST_ORIGIN)).toBe(true);
		expect(handles(get('/questionnaire', { method: 'POST' }), TEST_ORIGIN)).toBe(false);
		expect(handles(new Request('https://elsewhere.test/x'), TEST_ORIGIN)).toBe(false);
	});
});

describe('answering a request', () => {
	test('serves the precached copy, whatever the query string, without the network', async () => {
		await precache();
		network.mockClear();
		const response = await respond(get('/questionnaire?utm=x'));
		expect(await response.text()).toBe('<html>/questionnaire</html>');
		expect(network).not.toHaveBeenCalled();
	});

	test('keeps a file of this build fetched online, under its path alone', async () => {
		await respond(get('/screenshots/home.png?from=share'));
		await respond(get('/screenshots/home.png?from=elsewhere'));
		expect(storage.paths()).toEqual(['/screenshots/home.png']);
		network.mockClear();
		expect(await (await respond(get('/screenshots/home.png'))).text()).toContain('home.png');
		expect(network).not.toHaveBeenCalled();
	});

	test('keeps a region pack fetched online, so the region works offline from then on', async () => {
		const part = `${PACKS}/410000/410100.0123456789.json`;
		packFiles[part] = { code: '410100' };
		await respond(get(`${part}?x=1`));
		expect(storage.paths()).toEqual([part]);
		network.mockRejectedValue(new TypeError('offline'));
		expect(await (await respond(get(part))).json()).toEqual({ code: '410100' });
	});

	test('never keeps an address the build does not have, however it is crafted', async () => {
		const crafted = [
			'/measures/no-such-measure',
			'/x'.repeat(50),
			'/%',
			'/questionnaire/x',
			// Shaped like pack files, but the host answers them with the offline shell.
			`${PACKS}/410000/410100.0123456789.json`,
			`${PACKS}/ids/7.abcdefabcd.json`,
			`${PACKS}/../secret.json`
		];
		for (const path of crafted) expect((await respond(get(path))).ok).toBe(true);
		expect(storage.paths()).toEqual([]);
	});

	test('offline, a page not kept opens the offline shell; other requests fail', async () => {
		await precache();
		network.mockRejectedValue(new TypeError('offline'));
		const navigation = { mode: 'navigate' } as const;
		const shell = await respond(
			Object.defineProperty(get('/measures/zz-other'), 'mode', { value: navigation.mode })
		);
		expect(await shell.text()).toBe(`<html>${FALLBACK}</html>`);
		await expect(respond(get('/_app/immutable/chunks/missing.js'))).rejects.toThrow('offline');
	});
});

describe('a new version', () => {
	const old = (name: string) => `${PACKS}/${name}.aaaaaaaaaa.json`;
	const now = (name: string) => `${PACKS}/${name}.bbbbbbbbbb.json`;
	const manifest = (parts: string[]): ProvinceManifest => ({
		province: '410000',
		version: 'v2',
		documents: [],
		parts: parts.map((code) => ({
			code,
			file: code === '410000' ? old('410000/410000') : now(`410000/${code}`),
			documents: 1,
			measures: 1
		}))
	});
	const index: WorkerPackIndex = {
		manifests: { '410000': now('410000/manifest'), '450000': now('450000/manifest') },
		search: { '410000': now('410000/search'), '450000': now('450000/search') },
		directory: [now('ids/0'), now('ids/1')]
	};

	beforeEach(() => vi.stubGlobal('__HUIQI_PACKS__', index));

	test('keeps the packs the device held: changed files fetched, unchanged ones copied', async () => {
		const before = await storage.open('huiqi-older');
		for (const name of ['410000/manifest', '410000/410000', '410000/410100', 'ids/1'])
			await before.put(old(name), json({ name }));
		await before.put('/questionnaire', page('old'));
		packFiles = {
			[now('410000/manifest')]: manifest(['410000', '410100', '410105']),
			[now('410000/410100')]: { code: '410100' },
			[now('ids/1')]: {}
		};
		await carryOverPacks();
		const kept = (await storage.open(CACHE)).entries;
		expect([...kept.keys()].map((key) => new URL(key).pathname).sort()).toEqual(
			[now('410000/manifest'), old('410000/410000'), now('410000/410100'), now('ids/1')].sort()
		);
		// The part whose content did not change came from the older cache, not the network.
		const fetched = network.mock.calls.map(
			([input]) => new URL(String(input), TEST_ORIGIN).pathname
		);
		expect(fetched).not.toContain(old('410000/410000'));
		expect(fetched).not.toContain(now('410000/410105'));
	});

	test('fails, so the older version stays, when a pack cannot be fetched', async () => {
		await (await storage.open('huiqi-older')).put(old('450000/search'), json({}));
		network.mockRejectedValue(new TypeError('offline'));
		await expect(carryOverPacks()).rejects.toThrow();
	});

	test('with no packs kept, fetches none', async () => {
		await (await storage.open('huiqi-older')).put('/questionnaire', page('old'));
		await carryOverPacks();
		expect(network).not.toHaveBeenCalled();
	});
});

/** A stand-in for the worker's global scope with the worker's entry module loaded into it. */
async function startWorker() {
	const worker = Object.assign(new EventTarget(), {
		location: new URL(TEST_ORIGIN),
		skipWaiting: vi.fn(async () => {}),
		clients: { claim: vi.fn(async () => {}) }
	});
	vi.stubGlobal('self', worker);
	vi.resetModules();
	// Imported by name only: the worker's types are checked under its own tsconfig.
	const entry = '../../src/service-worker/index.ts';
	await import(/* @vite-ignore */ entry);
	return worker;
}

describe('taking over', () => {
	test('only the page’s skip-waiting message counts as one', () => {
		expect(isSkipWaiting({ type: SKIP_WAITING })).toBe(true);
		for (const data of [
			SKIP_WAITING,
			{ type: 'OTHER' },
			null,
			undefined,
			42,
			{ kind: SKIP_WAITING }
		])
			expect(isSkipWaiting(data)).toBe(false);
	});

	test('a waiting version tells the page which packs it carries, on the port it was given', async () => {
		expect(isWhichPacks({ type: WHICH_PACKS })).toBe(true);
		expect(isWhichPacks({ type: SKIP_WAITING })).toBe(false);
		const manifests = { '410000': '/_app/immutable/packs/410000/manifest.bbbbbbbbbb.json' };
		vi.stubGlobal('__HUIQI_PACKS__', { manifests, search: {}, directory: [] });
		const worker = await startWorker();
		const answered = vi.fn();
		worker.dispatchEvent(
			Object.assign(new Event('message'), {
				data: { type: WHICH_PACKS },
				ports: [{ postMessage: answered }],
				waitUntil: () => {}
			})
		);
		expect(answered).toHaveBeenCalledWith(manifests);
		expect(worker.skipWaiting).not.toHaveBeenCalled();
	});

	test('the worker skips waiting when, and only when, the page asks', async () => {
		const worker = await startWorker();
		const message = (data: unknown) => {
			const waits: Promise<unknown>[] = [];
			const event = Object.assign(new Event('message'), {
				data,
				waitUntil: (p: Promise<unknown>) => waits.push(p)
			});
			worker.dispatchEvent(event);
			return Promise.all(waits);
		};
		await message({ type: 'HELLO' });
		expect(worker.skipWaiting).not.toHaveBeenCalled();
		await message({ type: SKIP_WAITING });
		expect(worker.skipWaiting).toHaveBeenCalledOnce();
	});
});
