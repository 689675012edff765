// The app built on generated national data (playwright.config.ts, project "national"; the data:
// tests/bench/national-seeds.ts at 3,000 measures, over every province and most cities): an owner
// in a generated province answers the questionnaire and gets a checklist from their region's
// packs, and the documents of every province are a tap away.
import { expect, test } from '@playwright/test';
import { answerQuestionnaire, openApp, openRow } from '../e2e/fixtures';
import { nationalRecords } from '../bench/national-seeds';
import { loadRegionTree } from '../../src/lib/server/regions';
import { compilePolicyData } from '../../src/lib/server/policy/seeds';
import { buildChecklist } from '../../src/lib/checklist/checklist';
import type { Profile } from '../../src/lib/profile/profile';
import { NATIONAL_E2E } from '../../playwright.config';

const records = nationalRecords(NATIONAL_E2E.measures);
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
	// The phone's answer from its region's packs is the one the whole national dataset gives.
	const profile = JSON.parse(
		(await page.evaluate(() => localStorage.getItem('huiqi.lastProfile')))!
	) as Profile;
	const { dataset } = compilePolicyData(NATIONAL_E2E.seeds);
	const whole = buildChecklist(dataset, profile, { year: new Date().getFullYear() });
	expect(whole.eligible.length).toBeGreaterThan(0);
	const chips = page.getByRole('navigation', { name: '本页目录' });
	await expect(chips.getByRole('button', { name: /^适用/ })).toHaveText(
		`适用 ${whole.eligible.length}`
	);
	if (whole.maybe.length)
		await expect(chips.getByRole('button', { name: /^可能适用/ })).toHaveText(
			`可能适用 ${whole.maybe.length}`
		);
	await expect(page.locator('main')).toContainText(provincial.shortTitle.zh);

	const row = await openRow(page, whole.eligible[0].measure.title.zh);
	const measure = await row.locator('a[href^="/measures/"]').first().getAttribute('href');
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
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(provincial.shortTitle.zh);
	await expect(page.locator('main')).toContainText(provincial.title.zh);
});
