import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sharedChecklistPath } from './fixtures';

const PAGES = [
	'/',
	'/documents',
	'/documents/zhengzhou-2022',
	'/documents/shandong-2022',
	'/measures/zz-new-little-giant-reward',
	'/measures/gx-guarantee-ceiling-3000',
	'/search?q=担保',
	'/questionnaire',
	'/saved',
	'SHARED_CHECKLIST'
];

for (const scheme of ['light', 'dark'] as const)
	for (const lang of ['zh', 'en'] as const)
		test(`axe finds no WCAG 2.2 AA violation on any page (${lang}, ${scheme})`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.addInitScript((l) => localStorage.setItem('huiqi.lang', l), lang);
			const shared = await sharedChecklistPath();
			for (const path of PAGES) {
				await page.goto(path === 'SHARED_CHECKLIST' ? shared : path);
				await page.waitForLoadState('networkidle');
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)
				).toEqual([]);
			}
		});
