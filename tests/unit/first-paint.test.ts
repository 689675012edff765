// A prerendered page paints before its scripts load (src/lib/server/first-paint.ts): its start-up
// script waits for the first contentful paint, and the page's policy allows the changed script.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { bootAfterFirstPaint } from '../../src/lib/server/first-paint.ts';

const hash = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** A page as SvelteKit renders it: the start-up script, and its hash in the page's policy. */
function page(hydrate: boolean): string {
	const start = `
				{
					__sveltekit_x = { base: '' };

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element${hydrate ? ', {\n\t\t\t\t\t\t\tnode_ids: [0, 2],\n\t\t\t\t\t\t\tdata: [null,null]\n\t\t\t\t\t\t}' : ''});
					});
				}
			`;
	const other = `console.log('theme')`;
	return `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(start)} ${hash(other)}"><script>${other}</script></head><body><h1>惠企清单</h1><script>${start}</script></body></html>`;
}

const scripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('a prerendered page', () => {
	test('starts its app only after the first contentful paint, or after 3 s at the latest', () => {
		const html = bootAfterFirstPaint(page(true));
		const [, start] = scripts(html);
		const imports: string[] = [];
		const timers: (() => void)[] = [];
		type Observed = (
			list: { getEntriesByName(name: string): unknown[] },
			observer: { disconnect(): void }
		) => void;
		let observed: Observed = () => {};
		const observer = { disconnect: () => {} };
		const context = {
			document: { currentScript: { parentElement: {} } },
			setTimeout: (run: () => void) => timers.push(run),
			PerformanceObserver: class {
				constructor(callback: Observed) {
					observed = callback;
				}
				observe() {}
				disconnect() {}
			},
			Promise: { all: (modules: string[]) => (imports.push(...modules), { then: () => {} }) },
			__import: (path: string) => path
		};
		runInNewContext(start.replaceAll('import(', '__import('), context);
		expect(imports).toEqual([]);
		observed({ getEntriesByName: () => [] }, observer);
		expect(timers).toHaveLength(1); // only the 3 s fallback so far
		const painted = (name: string) => (name === 'first-contentful-paint' ? [{}] : []);
		observed({ getEntriesByName: painted }, observer);
		timers.at(-1)!();
		expect(imports).toEqual(['./_app/immutable/entry/start.js', './_app/immutable/entry/app.js']);
		timers[0](); // the fallback finds the app started: it starts once
		expect(imports).toHaveLength(2);
	});

	test('names the changed script’s hash in its policy, and keeps the other scripts’', () => {
		const before = page(true);
		const html = bootAfterFirstPaint(before);
		const [other, start] = scripts(html);
		const policy = /content="([^"]*)"/.exec(html)![1];
		expect(policy).toContain(hash(start));
		expect(policy).toContain(hash(other));
		expect(policy).not.toContain(hash(scripts(before)[1]));
	});
});

test('the offline shell, with nothing painted ahead of its app, starts at once', () => {
	const shell = page(false);
	expect(bootAfterFirstPaint(shell)).toBe(shell);
});
