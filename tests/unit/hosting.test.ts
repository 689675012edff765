// The headers a static host sends: one policy that agrees with every page's own, caching that
// never serves a stale app, and the `_headers` file read back the way hosts read it.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	formatHeaders,
	headersFor,
	hostingRules,
	parseHeaders
} from '../../src/lib/server/hosting.ts';

const page = (scriptHash: string, extra = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${scriptHash}'; object-src 'none'${extra}"></head></html>`;

function builtApp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'huiqi-hosting-'));
	mkdirSync(join(dir, 'measures'));
	writeFileSync(join(dir, 'index.html'), page('sha256-home'));
	writeFileSync(join(dir, 'saved.html'), page('sha256-saved'));
	writeFileSync(join(dir, 'measures', 'a.html'), page('sha256-measure'));
	writeFileSync(join(dir, 'measures', 'b.html'), page('sha256-measure'));
	return dir;
}

describe('the Content-Security-Policy header', () => {
	test('keeps the pages’ directives, allows every page’s script and forbids framing', () => {
		const csp = contentSecurityPolicy([
			{ path: 'a.html', html: page('sha256-one') },
			{ path: 'b.html', html: page('sha256-two') }
		]);
		expect(csp).toBe(
			"default-src 'self'; script-src 'self' 'sha256-one' 'sha256-two'; object-src 'none'; frame-ancestors 'none'"
		);
	});

	test('refuses pages whose policies differ in more than their script hashes', () => {
		expect(() =>
			contentSecurityPolicy([
				{ path: 'a.html', html: page('sha256-one') },
				{ path: 'b.html', html: page('sha256-two', "; img-src 'self'") }
			])
		).toThrow(/b\.html has a Content-Security-Policy unlike/);
	});

	test('refuses a page without a policy', () => {
		expect(() => contentSecurityPolicy([{ path: 'a.html', html: '<html></html>' }])).toThrow(
			/a\.html has no Content-Security-Policy/
		);
	});
});

describe('the _headers file of a built app', () => {
	const rules = parseHeaders(formatHeaders(hostingRules(builtApp())));

	test('reads back as written', () => {
		expect(rules).toEqual(hostingRules(builtApp()));
	});

	test('sends the security headers with every response, and the policy with every document', () => {
		for (const path of ['/', '/saved', '/measures/a', '/_app/immutable/x.js', '/anything']) {
			const headers = headersFor(rules, path);
			expect(headers['X-Content-Type-Options']).toBe('nosniff');
			expect(headers['Referrer-Policy']).toBe('no-referrer');
			expect(headers['X-Frame-Options']).toBe('DENY');
		}
		// Pages, pages the offline shell renders, and the worker (a worker's policy is its own).
		for (const path of ['/', '/saved', '/measures/a', '/documents/x', '/service-worker.js'])
			expect(headersFor(rules, path)['Content-Security-Policy'], path).toContain(
				"frame-ancestors 'none'"
			);
	});

	test('sends no policy with scripts, styles and data, which ignore it', () => {
		for (const path of ['/_app/immutable/x.js', '/_app/immutable/packs/410000/m.json'])
			expect(headersFor(rules, path)['Content-Security-Policy'], path).toBeUndefined();
	});

	test('caches hashed assets for a year and makes pages and the worker revalidate', () => {
		expect(headersFor(rules, '/_app/immutable/chunks/x.js')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable'
		);
		for (const path of ['/', '/index.html', '/saved', '/saved.html', '/measures/b'])
			expect(headersFor(rules, path)['Cache-Control'], path).toBe('no-cache');
		expect(headersFor(rules, '/service-worker.js')['Cache-Control']).toBe('no-cache');
	});

	test('never sets one header twice for a path (hosts would join the values)', () => {
		for (const path of ['/', '/saved', '/measures/a', '/_app/immutable/x.js', '/service-worker.js'])
			for (const name of ['Cache-Control', 'Content-Security-Policy', 'X-Frame-Options'])
				expect(
					rules.filter((rule) => headersFor([rule], path)[name]).length,
					`${name} for ${path}`
				).toBeLessThanOrEqual(1);
	});
});

describe('reading a _headers file', () => {
	test('matches splats and placeholders as hosts do, and skips comments', () => {
		const rules = parseHeaders(
			'# comment\n/a/*\n  X-One: 1\n/b/:id/c\n  X-Two: 2\n/a/x\n  X-One: 3\n'
		);
		expect(headersFor(rules, '/a/x')).toEqual({ 'X-One': '1, 3' });
		expect(headersFor(rules, '/b/42/c')).toEqual({ 'X-Two': '2' });
		expect(headersFor(rules, '/b/4/2/c')).toEqual({});
	});

	test('names the line it cannot read', () => {
		expect(() => parseHeaders('  X-Orphan: 1\n')).toThrow(/line 1/);
	});
});
