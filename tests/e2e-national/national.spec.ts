// The app built on generated national data (playwright.config.ts, project "national"; the data:
// tests/bench/national-seeds.ts at 3,000 measures, over every province and most cities): an owner
// in a generated province answers the questionnaire and gets a checklist from their region's
// packs, and the documents of every province are a tap away.
import { expect, test } from '@playwright/test';
import { answerQuestionnaire, openApp } from '../e2e/fixtures';
import { nationalRecords } from '../bench/national-seeds';
import { loadRegionTree } from '../../src/lib/server/regions';

const records = nationalRecords(3000);
/** A county whose city has a generated document (and whose province has one, as every does). */
const city = records.find(
	(r) => /^\d{4}00$/.test(r.jurisdiction.code) && !/0000$/.test(r.jurisdiction.code)
)!;
const cityCode = city.jurisdiction.code;
const province = loadRegionTree().find((p) => p.code === `${cityCode.slice(0, 2)}0000`)!;
const county = province.children!.find((c) => c.code === cityCode)!.children![0];
const provincial = records.find((r) => r.jurisdiction.code === province.code)!;

test('an owner in a generated province answers the questionnaire and gets their region’s checklist', async ({
	page
}) => {
	await openApp(page, '/questionnaire');
	await answerQuestionnaire(page, {
		region: { path: [province.code, cityCode, county.code] },
		certification: ['省级专精特新中小企业', '2023'],
		industry: '制造业',
		revenue: '2000万–1亿元',
		employees: '20–300人'
	});
	await expect(page.locator('section.summary')).toContainText(
		`注册地 ${province.name} ${city.jurisdiction.name.zh} ${county.name}`
	);
	// Matched against exactly the documents of its province, city and county.
	const covering = records.filter((r) =>
		[province.code, cityCode, county.code].includes(r.jurisdiction.code)
	);
	const measures = covering.reduce((sum, r) => sum + r.measures.length, 0);
	await expect(
		page.getByText(new RegExp(`数据版本 [0-9a-f]{12} · ${measures} 项措施`))
	).toBeAttached();
	await expect(page.locator('main')).toContainText(provincial.shortTitle.zh);

	const measure = await page.locator('main a[href^="/measures/"]').first().getAttribute('href');
	await page.goto(measure!);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('blockquote')).toBeVisible();
});

test('the home page names every province, each leading to its documents', async ({ page }) => {
	await openApp(page, '/');
	await expect(page.getByText(/共 \d+ 份文件、3000 项措施/)).toBeVisible();
	await page.getByRole('link', { name: new RegExp(province.name) }).click();
	await expect(page.getByRole('link', { name: provincial.title.zh })).toBeVisible();
	await page.getByRole('link', { name: provincial.title.zh }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(provincial.title.zh);
});
