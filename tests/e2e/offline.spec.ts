import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { answerQuestionnaire, openRow, ZHENGZHOU_MANUFACTURER } from './fixtures';
import { serveBuild, type StaticServer } from '../../src/cli/serve';
import { precachedPaths } from '../bench/weight';

let server: StaticServer;
test.beforeEach(async () => {
	server = await serveBuild();
});
test.afterEach(async () => {
	await server.close();
});

async function visitOnceOnline(page: Page) {
	await page.goto(`${server.url}/`);
	await expect(page.getByText('已可离线使用：断网时也能打开')).toBeVisible({ timeout: 20_000 });
	await page.evaluate(() => navigator.serviceWorker.ready);
}

test('after one online visit the whole journey works offline and the checklist survives a reload', async ({
	page,
	context
}) => {
	await visitOnceOnline(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '惠企清单' })).toBeVisible();
	await expect(page.getByText('离线', { exact: true })).toBeVisible();

	await page.getByRole('link', { name: '开始一分钟匹配' }).click();
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await expect(page.locator('section.summary')).toContainText('可估算的资金奖补：50万元');
	const title = '新认定省级“专精特新”企业一次性奖励50万元';
	const reward = page.getByRole('checkbox', { name: `标记为已办：${title}` });
	await openRow(page, title);
	await reward.check();
	await page.getByRole('textbox', { name: /备注：新认定省级/ }).fill('材料已交区工信局');
	await page.waitForTimeout(600);

	await page.reload();
	await openRow(page, title);
	await expect(reward).toBeChecked();
	await expect(page.getByRole('textbox', { name: /备注：新认定省级/ })).toHaveValue(
		'材料已交区工信局'
	);
	await expect(page.getByText(/已办 1 \/ \d+ 项/)).toBeVisible();

	// A measure page that was never opened online still opens from the offline shell.
	await page.goto(`${server.url}/measures/zz-srdi-loan`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('银行“专精特新贷”');
	await page.goto(`${server.url}/saved`);
	await expect(page.getByText('已办 1 / ')).toBeVisible();
});

test('a share link opened in another browser shows the same checklist and can be saved there', async ({
	page,
	browser
}) => {
	await page.goto(`${server.url}/questionnaire`);
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await openRow(page, '银行“专精特新贷”');
	await page.getByRole('checkbox', { name: /标记为已办：银行“专精特新贷”/ }).check();
	await page.getByRole('button', { name: '分享' }).click();
	await expect(page.getByRole('img', { name: '打开这份清单的二维码' })).toBeVisible();
	const link = await page.locator('.share .link a').getAttribute('href');
	expect(link).toMatch(/\/checklist#s=1\./);
	expect(link!.length).toBeLessThan(800);
	const counts = await page.locator('.counts').innerText();

	const partner = await browser.newContext();
	const partnerPage = await partner.newPage();
	const requests: string[] = [];
	partnerPage.on('request', (r) => requests.push(r.url()));
	await partnerPage.goto(link!);
	await expect(partnerPage.getByText('这是别人分享给您的清单。')).toBeVisible();
	await expect(partnerPage.locator('.counts')).toHaveText(counts);
	await openRow(partnerPage, '银行“专精特新贷”');
	await expect(
		partnerPage.getByRole('checkbox', { name: /标记为已办：银行“专精特新贷”/ })
	).toBeChecked();
	expect(requests.some((url) => url.includes('s=1.'))).toBe(false);
	await partnerPage.getByRole('button', { name: '保存到我的清单' }).click();
	await partnerPage.waitForURL(/\/checklist\?id=/);
	await partnerPage.goto(`${server.url}/saved`);
	await expect(partnerPage.getByRole('heading', { level: 2 })).toHaveCount(1);
	await partner.close();
});

test('a broken or hostile share link gets a plain message and the app keeps working', async ({
	page
}) => {
	const hostile = [
		['#s=2.abc', '分享链接来自不兼容的版本，无法打开。'],
		[
			'#s=1.%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			'分享链接已损坏（含有无效字符），可能复制不完整。'
		],
		['#s=1.AAAA', '分享链接已损坏，无法读取，可能复制不完整。'],
		[`#s=1.${'A'.repeat(5000)}`, '分享链接过长，无法打开。'],
		['#s=', '分享链接是空的。']
	];
	for (const [hash, message] of hostile) {
		await page.goto(`${server.url}/checklist${hash}`);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('link', { name: '开始一分钟匹配' })).toBeVisible();
	}
	await page.getByRole('link', { name: '政策文件', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: '政策文件' })).toBeVisible();
});

test('a newer version asks before updating, never mid-questionnaire, and saved checklists survive it', async ({
	page
}) => {
	await visitOnceOnline(page);
	await page.goto(`${server.url}/questionnaire`);
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	const checklistUrl = page.url();

	server.override('/service-worker.js', (text) =>
		text.replace(/huiqi-[0-9a-f]{12}/, 'huiqi-e2e0newer0')
	);
	await page.goto(`${server.url}/questionnaire`);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	await page.waitForTimeout(1500);
	await expect(page.getByText('有新版本')).toBeHidden();

	await page.getByRole('link', { name: '我的清单', exact: true }).first().click();
	await expect(page.getByText('有新版本')).toBeVisible({ timeout: 15_000 });
	await page.getByRole('button', { name: '立即更新' }).click();
	await page.waitForEvent('load');
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['huiqi-e2e0newer0']);
	await page.goto(checklistUrl);
	await expect(page.locator('section.summary')).toContainText('可估算的资金奖补：50万元');
});

test('Chromium finds the app installable', async ({ playwright }) => {
	// Incognito windows can never install apps, and every default context is one: use a profile.
	const profile = mkdtempSync(join(tmpdir(), 'huiqi-install-'));
	const context = await playwright.chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		args: chromiumArgs,
		...devices['Pixel 7']
	});
	try {
		const page = await context.newPage();
		await visitOnceOnline(page);
		await page.reload();
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('crafted addresses never grow the offline cache; real pages visited online are kept', async ({
	page
}) => {
	await visitOnceOnline(page);
	const before = await precachedPaths(page);
	for (const path of ['/measures/crafted-1', '/crafted/2', '/documents/crafted-3?x=1', '/%'])
		await page.goto(`${server.url}${path}`);
	await page.goto(`${server.url}/measures/zz-srdi-loan?from=share`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('银行“专精特新贷”');
	const after = await precachedPaths(page);
	expect(after.filter((path) => !before.includes(path))).toEqual(['/measures/zz-srdi-loan']);
});
