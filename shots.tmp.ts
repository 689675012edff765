import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './playwright.config.ts';
import { encodeShare, SHARE_PREFIX } from './src/lib/share/codec.ts';

const base = 'http://localhost:4473';
const out = '/tmp/shots';
mkdirSync(out, { recursive: true });
const profile = {
	v: 1 as const,
	region: '500111',
	certifications: [{ tier: 'srdi_provincial' as const, year: 2023 }],
	industry: 'manufacturing' as const,
	revenue: '2000-10000' as const,
	employees: '20-300' as const,
	needs: ['finance' as const]
};
const share = `/checklist#${SHARE_PREFIX}${await encodeShare({ profile, done: [] })}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const sizes = {
	small: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
	pixel7: devices['Pixel 7']
};
const only = process.argv[2];
for (const [size, device] of Object.entries(sizes))
	for (const scheme of ['light', 'dark'] as const)
		for (const lang of ['zh', 'en'] as const) {
			const context = await browser.newContext({ ...device, colorScheme: scheme });
			await context.addInitScript(
				([l, p]) => {
					localStorage.setItem('huiqi.lang', l);
					localStorage.setItem('huiqi.lastProfile', p);
				},
				[lang, JSON.stringify(profile)]
			);
			const page = await context.newPage();
			const shot = async (name: string, full = false) => {
				if (only && !name.startsWith(only)) return;
				await page.waitForTimeout(400);
				await page.screenshot({ path: `${out}/${name}-${size}-${lang}-${scheme}.png`, fullPage: full });
			};
			await page.goto(`${base}/questionnaire`, { waitUntil: 'networkidle' });
			await page.locator('#region-search').waitFor();
			await page.waitForTimeout(500);
			await page.locator('#region-search').fill('dazu');
			await shot('region-search');
			await page.locator('.hit').first().click();
			await page.locator('.coverage').scrollIntoViewIfNeeded();
			await shot('region-chosen');
			await page.goto(base + share, { waitUntil: 'networkidle' });
			await shot('checklist');
			await page.locator('.ladder').scrollIntoViewIfNeeded().catch(() => {});
			await shot('ladder');
			await page.goto(`${base}/search?q=${lang === 'zh' ? '贷款' : 'guarantee'}`, { waitUntil: 'networkidle' });
			await shot('search');
			await page.goto(`${base}/search?q=dk`, { waitUntil: 'networkidle' });
			await shot('search-dk');
			await page.goto(`${base}/documents/chongqing-dazu-2022`, { waitUntil: 'networkidle' });
			await shot('document');
			await shot('document-full', true);
			await context.close();
		}
await browser.close();
