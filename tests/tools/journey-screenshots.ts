// Walks the questionnaire as a Zhengzhou manufacturer and screenshots every step and the
// checklist, in both languages and colour schemes:  npx tsx tests/tools/journey-screenshots.ts
import { mkdirSync } from 'node:fs';
import { chromium, devices, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const langs = (process.env.LANGS ?? 'zh,en').split(',');
mkdirSync('screenshots', { recursive: true });

/** Full-page screenshots, cut into parts of two screens so that long pages stay legible. */
async function shot(page: Page, name: string) {
	await page.waitForTimeout(200);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const width = page.viewportSize()!.width;
	const part = 1600;
	for (let y = 0, i = 0; y < height; y += part, i++) {
		const clip = { x: 0, y, width, height: Math.min(part, height - y) };
		const suffix = height > part ? `-${i}` : '';
		await page.screenshot({ path: `screenshots/${name}${suffix}.png`, fullPage: true, clip });
	}
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const scheme of schemes)
	for (const lang of langs) {
		const context = await browser.newContext({ ...devices['Pixel 7'], colorScheme: scheme });
		await context.addInitScript((l) => localStorage.setItem('huiqi.lang', l), lang);
		const page = await context.newPage();
		const tag = `${lang}-${scheme}`;
		await page.goto(`${base}/questionnaire`, { waitUntil: 'networkidle' });
		await page.locator('#region-search').fill('jinshui');
		await shot(page, `q1-region-search-${tag}`);
		await page.locator('button.hit').first().click();
		await shot(page, `q1-region-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.locator('label.choice').nth(3).click();
		await page.locator('select').first().selectOption('2023');
		await shot(page, `q2-certs-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.locator('label.choice').first().click();
		await shot(page, `q3-industry-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.locator('label.choice').nth(2).click();
		await shot(page, `q4-revenue-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.locator('label.choice').nth(1).click();
		await shot(page, `q5-employees-${tag}`);
		await page.locator('button[type=submit]').click();
		await shot(page, `q6-situations-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.locator('label.choice').nth(0).click();
		await page.locator('label.choice').nth(1).click();
		await shot(page, `q7-needs-${tag}`);
		await page.locator('button[type=submit]').click();
		await page.waitForURL(/\/checklist\?id=/);
		await page.waitForTimeout(500);
		await page.locator('article input[type=checkbox]').first().check();
		await shot(page, `checklist-${tag}`);
		await page.locator('.summary .actions button').first().click();
		await page.waitForTimeout(300);
		await page.locator('.share').screenshot({ path: `screenshots/share-${tag}.png` });
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await shot(page, `print-${tag}`);
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${base}/saved`, { waitUntil: 'networkidle' });
		await shot(page, `saved-${tag}`);
		await context.close();
	}
await browser.close();
