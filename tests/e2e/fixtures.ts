// Shared test data and steps for the end-to-end suites.
import type { Locator, Page } from '@playwright/test';
import { encodeShare, SHARE_PREFIX } from '../../src/lib/share/codec';
import type { Profile } from '../../src/lib/profile/profile';
import { zhengzhouManufacturer } from '../fixtures/profiles';

/** A checklist link as the share button makes it, for tests that need one without storage. */
export async function sharedChecklistPath(
	profile: Profile = zhengzhouManufacturer,
	done: string[] = [],
	name?: string
): Promise<string> {
	return `/checklist#${SHARE_PREFIX}${await encodeShare({ profile, done, ...(name ? { name } : {}) })}`;
}

/** Opens a page and waits until the app has started, so taps reach working buttons. */
export async function openApp(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

export const next = (page: Page) =>
	page.getByRole('button', { name: /^(下一步|查看我的清单)$/ }).click();

export async function chooseRegion(page: Page, query: string, name: string) {
	await page.getByLabel('搜索地区（汉字、拼音或首字母）').fill(query);
	await page.getByRole('button', { name }).click();
}

/** Chooses a region in the questionnaire's cascade, level by level, by its GB/T 2260 code. */
export async function chooseRegionByCode(page: Page, path: string[]) {
	const selects = page.locator('.cascade select');
	for (const [level, code] of path.entries()) await selects.nth(level).selectOption(code);
}

export type Answers = {
	/** Searched for and picked by name, or chosen in the cascade by the codes of its path. */
	region: [query: string, name: string] | { path: string[] };
	certification?: [label: string, year?: string];
	industry: string;
	revenue: string;
	employees: string;
	needs?: string[];
};

export const ZHENGZHOU_MANUFACTURER: Answers = {
	region: ['jinshui', '河南省 郑州市 金水区'],
	certification: ['省级专精特新中小企业', '2023'],
	industry: '制造业',
	revenue: '2000万–1亿元',
	employees: '20–300人',
	needs: ['融资贷款']
};

/**
 * Answers the questionnaire from its first step, as an owner taps through it, and waits for the
 * checklist. A situations step, where the region has one, is passed without ticking anything.
 */
export async function answerQuestionnaire(page: Page, answers: Answers) {
	if (Array.isArray(answers.region)) await chooseRegion(page, ...answers.region);
	else await chooseRegionByCode(page, answers.region.path);
	await next(page);
	if (answers.certification) {
		const [label, year] = answers.certification;
		await page.getByLabel(label, { exact: true }).check();
		if (year) await page.getByLabel(`${label}的获得年份`).selectOption(year);
	}
	await next(page);
	await page.getByLabel(answers.industry).check();
	await next(page);
	await page.getByLabel(answers.revenue).check();
	await next(page);
	await page.getByLabel(answers.employees).check();
	await next(page);
	if (await page.getByRole('heading', { name: '以下情况是否适用？' }).isVisible()) await next(page);
	for (const need of answers.needs ?? []) await page.getByLabel(need).check();
	await next(page);
	await page.waitForURL(/\/checklist(\?id=|$)/);
}

/**
 * Opens a checklist row by its title as an owner does: taps the section that holds it where that
 * is folded ("可能适用", the next tier), then the row's own line. Returns the opened row.
 */
export async function openRow(page: Page, title: string | RegExp): Promise<Locator> {
	const row = page
		.locator('details.row', { has: page.locator('summary > .title', { hasText: title }) })
		.first();
	const folded = page.locator('details.disclosure:not(.row):not([open])', { has: row });
	if (await folded.count()) await folded.first().locator('summary').first().click();
	if (!(await row.evaluate((d) => (d as HTMLDetailsElement).open)))
		await row.locator('summary').first().click();
	return row;
}
