// The service worker as a module: which requests it answers, how, what it keeps, and that it
// takes over only when the page asks (docs/service-worker.md).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	CACHE,
	FALLBACK,
	PRECACHE,
	precache,
	removeOldCaches
} from '../../src/service-worker/cache.ts';
import { isSkipWaiting, SKIP_WAITING } from '../../src/service-worker/messaging.ts';
import { handles, respond } from '../../src/service-worker/request.ts';
import { MemoryCacheStorage, TEST_ORIGIN } from '../fixtures/cache-storage.ts';

let storage: MemoryCacheStorage;
let network: ReturnType<typeof vi.fn<(input: RequestInfo | URL) => Promise<Response>>>;

const page = (path: string) => new Response(`<html>${path}</html>`, { status: 200 });
/** Like the static host: any address that is no file gets the offline shell, with status 200. */
const host = async (input: RequestInfo | URL) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	const response = page(url.pathname);
	// A fetched response says it came from this origin; a Response made in a test does not.
	Object.defineProperty(response, 'type', { value: 'basic' });
	return response;
};

const get = (path: string, init: RequestInit = {}) => new Request(`${TEST_ORIGIN}${path}`, init);

beforeEach(() => {
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
			'/manifest.webmanifest',
			'/',
			'/questionnaire',
			FALLBACK
		]);
	});

	test('leaves out measure pages (the shell renders them) and install-dialog screenshots', () => {
		expect(PRECACHE.some((path) => path.startsWith('/measures/'))).toBe(false);
		expect(PRECACHE).not.toContain('/screenshots/home.png');
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

	test('keeps a page of this build fetched online, under its path alone', async () => {
		await respond(get('/measures/zz-srdi-loan?from=share'));
		await respond(get('/measures/zz-srdi-loan?from=elsewhere'));
		expect(storage.paths()).toEqual(['/measures/zz-srdi-loan']);
		network.mockClear();
		expect(await (await respond(get('/measures/zz-srdi-loan'))).text()).toContain('zz-srdi-loan');
		expect(network).not.toHaveBeenCalled();
	});

	test('never keeps an address the build does not have, however it is crafted', async () => {
		for (const path of ['/measures/no-such-measure', '/x'.repeat(50), '/%', '/questionnaire/x'])
			expect((await respond(get(path))).ok).toBe(true);
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

	test('the worker skips waiting when, and only when, the page asks', async () => {
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
