// The checklist an owner acts on from the first screen (issue 9): the first action whole on the
// first screen of a small phone, compact rows that open and keep their ticks, jump chips that
// leave the share link alone, a side panel on wide screens, and printouts of a few pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	openChecklist,
	pdfPageCount,
	PHONES,
	printToPdf,
	type Phone
} from '../bench/checklist-pages';
import { REFERENCE_OWNERS } from '../fixtures/profiles';
import { openRow, sharedChecklistPath } from './fixtures';

type Owner = keyof typeof REFERENCE_OWNERS;

async function openOwner(
	browser: Browser,
	owner: Owner,
	{ phone = 'pixel-7', lang = 'zh', scheme = 'light' } = {} as {
		phone?: Phone;
		lang?: 'zh' | 'en';
		scheme?: 'light' | 'dark';
	}
): Promise<Page> {
	const context = await browser.newContext({ ...PHONES[phone], colorScheme: scheme });
	const page = await context.newPage();
	await openChecklist(page, await sharedChecklistPath(REFERENCE_OWNERS[owner]), lang);
	return page;
}

test('the first action’s office and next step are on the first screen, on a 360×640 phone and a Pixel 7, in both languages', async ({
	browser
}) => {
	test.setTimeout(120_000);
	for (const owner of Object.keys(REFERENCE_OWNERS) as Owner[])
		for (const phone of Object.keys(PHONES) as Phone[])
			for (const lang of ['zh', 'en'] as const) {
				const page = await openOwner(browser, owner, { phone, lang });
				const first = page.locator('[data-first-action]');
				for (const part of [first.locator('.office'), first.locator('.next-step')]) {
					await expect(part).toBeVisible();
					const box = (await part.boundingBox())!;
					expect(
						box.y + box.height,
						`${owner} ${phone} ${lang}: ${await part.innerText()}`
					).toBeLessThanOrEqual(page.viewportSize()!.height);
				}
				expect(await page.evaluate(() => scrollY)).toBe(0);
				await page.context().close();
			}
});

test('the 大足 little giant’s checklist, folded as it opens, runs at most six screens on a Pixel 7', async ({
	browser
}) => {
	const page = await openOwner(browser, 'dazu');
	const screens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
	expect(screens).toBeLessThanOrEqual(6);
	await page.context().close();
});

test('a row opens on tap, its tick survives a reload, and the closed row shows it is done', async ({
	browser
}) => {
	const page = await openOwner(browser, 'dazu', { phone: '360x640' });
	await page.getByRole('button', { name: '保存到我的清单' }).click();
	await page.waitForURL(/\/checklist\?id=/);
	const title = '“专精特新”企业信用贷款';
	const row = await openRow(page, title);
	await expect(row.getByText('下一步：')).toBeVisible();
	await expect(row.getByRole('link', { name: /查看原文条款/ })).toBeVisible();
	await row.getByRole('checkbox', { name: `标记为已办：${title}` }).check();
	await page.reload();
	const again = page.locator('details.row', { hasText: title });
	await expect(again.locator('summary')).toContainText('✓ 已办');
	await openRow(page, title);
	await expect(page.getByRole('checkbox', { name: `标记为已办：${title}` })).toBeChecked();
	await expect(page.getByText(/已办 1 \/ 65 项/)).toBeVisible();
	await page.context().close();
});

test('"may apply" and the visit sheet start folded with their counts; the chips open them and keep the share link', async ({
	browser
}) => {
	const page = await openOwner(browser, 'dazu');
	const link = page.url();
	const maybe = page.locator('details#maybe');
	const visit = page.locator('details#visit');
	await expect(maybe).not.toHaveAttribute('open');
	await expect(maybe.locator('> summary')).toContainText('22 项');
	await expect(visit).not.toHaveAttribute('open');
	await expect(visit.locator('> summary')).toContainText('个部门');
	await page.getByRole('button', { name: '可能适用 22' }).click();
	await expect(maybe).toHaveAttribute('open');
	await expect(maybe.locator('> summary')).toBeInViewport();
	await page.getByRole('button', { name: '走访单' }).click();
	await expect(visit).toHaveAttribute('open');
	// One line per lead office, the national hotline as the fallback, no body no one can visit.
	await expect(visit).toContainText('12345');
	await expect(visit).not.toContainText(/领导小组|各成员单位/);
	expect(page.url()).toBe(link);
	await page.context().close();
});

test('on a wide screen the summary stands beside the first actions', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await openChecklist(page, await sharedChecklistPath(REFERENCE_OWNERS.dazu), 'zh');
	const top = (await page.locator('#first').boundingBox())!;
	const summary = (await page.locator('section.summary').boundingBox())!;
	expect(summary.x).toBeGreaterThan(top.x + top.width);
	expect(summary.y).toBeLessThan(top.y + top.height);
	await context.close();
});

test('nothing runs off the side of a 360 px phone, everything opened, in either language', async ({
	browser
}) => {
	for (const lang of ['zh', 'en'] as const) {
		const page = await openOwner(browser, 'dazu', { phone: '360x640', lang });
		await page.evaluate(() => {
			for (const details of document.querySelectorAll('details')) details.open = true;
		});
		// Every box stays within the screen, except inside the chips' own sideways scroller.
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('main *')]
				.filter((e) => !e.closest('.jumps, .visually-hidden'))
				.filter((e) => {
					const box = e.getBoundingClientRect();
					return box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5);
				})
				.map((e) => `${e.tagName}.${e.className}: ${e.textContent?.slice(0, 40)}`)
		);
		expect(wide).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await page.context().close();
	}
});

test('the default print is an office sheet of a few A4 pages; the full version keeps every detail', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const limits: Record<Owner, number> = { dazu: 3, jinan: 2, zhengzhou: 3 };
	for (const owner of Object.keys(limits) as Owner[]) {
		const page = await openOwner(browser, owner);
		const sheet = pdfPageCount(await printToPdf(page, 'default'));
		const full = pdfPageCount(await printToPdf(page, 'full'));
		expect(sheet, owner).toBeGreaterThanOrEqual(1);
		expect(sheet, owner).toBeLessThanOrEqual(limits[owner]);
		expect(full, owner).toBeGreaterThan(sheet);
		await page.context().close();
	}
});

test('the office sheet lists each lead office with ☐ · measure · clause · what to ask · note, and prints light from dark mode', async ({
	browser
}) => {
	const page = await openOwner(browser, 'zhengzhou', { scheme: 'dark' });
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const sheet = page.locator('.office-sheet');
	await expect(sheet).toBeVisible();
	await expect(page.locator('#first')).toBeHidden();
	await expect(sheet.locator('thead th')).toHaveText(['办', '措施', '条款', '要问什么', '备注']);
	await expect(sheet.locator('tr.office').first()).toContainText('郑州市工业和信息化局');
	await expect(sheet).toContainText('12345');
	await expect(sheet).toContainText('规划期已于2025年结束');
	const colours = await page.evaluate(() => ({
		background: getComputedStyle(document.body).backgroundColor,
		text: getComputedStyle(document.querySelector('.office-sheet td')!).color
	}));
	expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
	await page.context().close();
});

test('axe finds nothing with every part of the checklist opened, in both languages and schemes', async ({
	browser
}) => {
	test.setTimeout(120_000);
	for (const scheme of ['light', 'dark'] as const)
		for (const lang of ['zh', 'en'] as const) {
			const page = await openOwner(browser, 'dazu', { phone: '360x640', lang, scheme });
			await page.evaluate(() => {
				for (const details of document.querySelectorAll('details')) details.open = true;
			});
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				violations.map(
					(v) => `${lang} ${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`
				)
			).toEqual([]);
			await page.context().close();
		}
});
