// Takes phone-size screenshots of the given paths in both languages and both colour schemes:
//   npx tsx tests/tools/screenshots.ts /documents /search?q=担保
// Writes screenshots/<name>-<lang>-<scheme>.png; expects the preview on http://localhost:4173.
import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config.ts';

const paths = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4173';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const scheme of ['light', 'dark'] as const)
	for (const lang of ['zh', 'en'] as const) {
		const context = await browser.newContext({ ...devices['Pixel 7'], colorScheme: scheme });
		await context.addInitScript((l) => localStorage.setItem('huiqi.lang', l), lang);
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(base + path, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
			await page.screenshot({
				path: `screenshots/${name}-${lang}-${scheme}.png`,
				fullPage: !process.env.VIEWPORT_ONLY
			});
		}
		await context.close();
	}
await browser.close();
