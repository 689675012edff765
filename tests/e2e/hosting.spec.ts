// What a visitor's browser receives from `npm start`, as from a static host reading build/_headers.
import { expect, test } from '@playwright/test';

test('every response carries the security headers, and caching fits what it is', async ({
	page,
	request
}) => {
	const home = await request.get('/');
	const headers = home.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['cache-control']).toBe('no-cache');

	const worker = await request.get('/service-worker.js');
	expect(worker.headers()['cache-control']).toBe('no-cache');

	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/_app/immutable/')) scripts.push(r.url());
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(scripts.length).toBeGreaterThan(0);
	const asset = await request.get(scripts[0]);
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});

test('the header policy agrees with the page’s own: the app runs without a violation', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.goto('/questionnaire');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('/measures/zz-srdi-loan');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('银行“专精特新贷”');
	expect(violations).toEqual([]);
});

test('the app refuses to be framed by another page', async ({ page, baseURL }) => {
	const blocked: string[] = [];
	page.on('console', (m) => {
		if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
	});
	// about:blank with an iframe of the app: a page elsewhere trying to frame it.
	await page.setContent(`<iframe src="${baseURL}/"></iframe>`);
	await expect.poll(() => blocked.length).toBeGreaterThan(0);
});

test('the headers file itself is not served', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
});
