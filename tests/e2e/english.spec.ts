// An English-speaking owner registered in 大足区 goes through the app in English: wherever a place
// appears it is named in English with its Chinese name beside it, never in Chinese alone.
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 640 } });

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		if (localStorage.getItem('huiqi.lang') === null) localStorage.setItem('huiqi.lang', 'en');
	});
});

/**
 * The text of the page, less the Chinese that is allowed: verbatim source text (marked
 * lang="zh-CN"), names as the source writes them (in “quotes”, after their English) and a Chinese
 * name in brackets right after its English one.
 */
async function textOutsideQuotes(page: Page): Promise<string> {
	const text = await page.evaluate(() => {
		const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
		for (const quoted of main.querySelectorAll('[lang^="zh"]')) quoted.remove();
		for (const select of main.querySelectorAll('select'))
			select.replaceWith(select.selectedOptions[0]?.textContent ?? '');
		return main.textContent ?? '';
	});
	return text.replace(/“[^”]*”/g, '').replace(/[A-Za-z][^()]*\([\u3400-\u9fff]+\)/g, '');
}

/** Fails where 大足区 or 重庆市 (the owner's region) appears without its English name before it. */
async function expectNoChineseOnlyPlace(page: Page) {
	const text = await textOutsideQuotes(page);
	const at = text.search(/大足区|重庆市/);
	expect(at < 0 ? '' : text.slice(Math.max(0, at - 60), at + 30)).toBe('');
}

const next = (page: Page) =>
	page.getByRole('button', { name: /^(Next|See my checklist)$/ }).click();

async function answerAsDazuOwner(page: Page) {
	await page.goto('/questionnaire');
	await page.getByLabel('Search (characters, pinyin or initials)').fill('Dazu District');
	await page.getByRole('button', { name: 'Dazu District, Chongqing (大足区)' }).click();
	await expect(page.getByText('Dazu District, Chongqing (大足区) · Covered')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'District or county' })).toHaveValue('500111');
	await expectNoChineseOnlyPlace(page);
	await next(page);
	const tier = 'Municipal (provincial-level) SRDI SME';
	await page.getByLabel(tier, { exact: true }).check();
	await page.getByLabel(`Year obtained: ${tier}`).selectOption('2023');
	await next(page);
	await page.getByLabel('Manufacturing').check();
	await next(page);
	await page.getByLabel('¥20–100 million').check();
	await next(page);
	await page.getByLabel('20–300', { exact: true }).check();
	await next(page);
	if (await page.getByRole('heading', { name: 'Do any of these apply?' }).isVisible())
		await next(page);
	await page.getByLabel('Loans and financing').check();
	await next(page);
	await page.waitForURL(/\/checklist\?id=/);
}

test('a 大足 owner answering in English sees every place in English with its Chinese name', async ({
	page
}) => {
	await answerAsDazuOwner(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Dazu District, Chongqing (大足区) · '
	);
	await expect(page.locator('details.answers summary')).toContainText(
		'Dazu District, Chongqing (大足区) · Municipal (provincial-level) SRDI SME (2023)'
	);
	await expect(page.locator('main')).toContainText('Dazu District, Chongqing (大足区)');
	await expectNoChineseOnlyPlace(page);

	await page.getByRole('link', { name: 'My checklists' }).first().click();
	await expect(page.getByRole('heading', { name: 'My checklists', level: 1 })).toBeVisible();
	await expect(page.locator('main')).toContainText('Dazu District, Chongqing (大足区)');
	await expectNoChineseOnlyPlace(page);

	// A checklist saved on a Chinese screen is named in English on an English one.
	await page.evaluate(() => localStorage.setItem('huiqi.lang', 'zh'));
	await page.reload();
	await expect(page.locator('main')).toContainText('重庆市 大足区 · ');
	await page.evaluate(() => localStorage.setItem('huiqi.lang', 'en'));
	await page.reload();
	await expectNoChineseOnlyPlace(page);

	await page.goto('/documents/chongqing-dazu-2022');
	await expect(
		page.getByText('From your last answers (Dazu District, Chongqing (大足区))')
	).toBeVisible();
	await expectNoChineseOnlyPlace(page);
});

test('a shared checklist and the uncovered message name places in English too', async ({
	page
}) => {
	await page.goto('/questionnaire');
	await page.getByLabel('Search (characters, pinyin or initials)').fill('haidian');
	await page.getByRole('button', { name: 'Haidian District, Beijing (海淀区)' }).click();
	await expect(
		page.getByText('Huiqi holds no policy document for Haidian District, Beijing (海淀区) yet')
	).toBeVisible();
	await expect(page.locator('main')).toContainText('Dazu District, Chongqing (大足区)');
	await expectNoChineseOnlyPlace(page);
});

test('English search finds Dazu by its English name and narrows to the owner’s region', async ({
	page
}) => {
	await answerAsDazuOwner(page);
	await page.goto('/search');
	const onlyMine = page.getByLabel(/Only my region/);
	await expect(onlyMine).toBeChecked();
	await expect(page.getByText('Dazu District, Chongqing (大足区)').first()).toBeVisible();

	await page.getByLabel('Words, pinyin or pinyin initials').fill('guarantee');
	await expect(page.getByText(/results for Dazu District/)).toBeVisible();
	const chips = page.locator('.results .chip');
	await expect(chips.first()).toHaveText('Dazu District, Chongqing (大足区)');
	const inRegion = await page.locator('.results > li').count();

	// Across provinces, results arrive province by province (the owner's first).
	await onlyMine.uncheck();
	await expect(page.getByText(/^\d+ results$/)).toBeVisible();
	await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThan(inRegion);
	await expect(page.locator('.results')).toContainText(
		'Guangxi Zhuang Autonomous Region (广西壮族自治区)'
	);

	await page.getByLabel('Words, pinyin or pinyin initials').fill('dk');
	await expect(page.locator('.results > li').first()).toContainText('Pinyin initials dk: 贷款');
	await expectNoChineseOnlyPlace(page);
});

test('a pasted 10,000-character query is cut and answered without freezing the page', async ({
	page
}) => {
	await page.goto('/search');
	await expect(page.getByText('Loading the search index…')).toBeHidden();
	const started = Date.now();
	await page.getByLabel('Words, pinyin or pinyin initials').fill('abcdefghij'.repeat(1000));
	await expect(page.getByText(/only its first 64 characters are used/)).toBeVisible();
	expect(Date.now() - started).toBeLessThan(2000);
});
