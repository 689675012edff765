import { chromium, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext({ ...devices['Pixel 7'] });
context.on('serviceworker', (w) => console.log('sw', w.url()));
context.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
context.on('response', (r) => {
	if (r.status() >= 400) console.log('status', r.status(), r.url());
});
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto('http://localhost:4173/', { waitUntil: 'networkidle' });
await page.waitForTimeout(5000);
console.log(
	await page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return JSON.stringify({ a: r?.active?.state, i: r?.installing?.state, w: r?.waiting?.state });
	})
);
await browser.close();
