import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import {
	answerQuestionnaire,
	chooseRegion,
	next,
	openRow,
	ZHENGZHOU_MANUFACTURER
} from './fixtures';
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

/** A first visit online, then the questionnaire answered as a Zhengzhou owner. */
async function answerOnceOnline(page: Page) {
	await visitOnceOnline(page);
	await page.goto(`${server.url}/questionnaire`);
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
}

test('after answering online, the owner’s region works offline and survives a reload', async ({
	page,
	context
}) => {
	await visitOnceOnline(page);
	await page.getByRole('link', { name: '开始一分钟匹配' }).click();
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await expect(page.locator('section.summary')).toContainText('可估算的资金奖补：50万元');
	const checklist = page.url();

	await context.setOffline(true);
	await page.goto(`${server.url}/`);
	await expect(page.getByRole('heading', { level: 1, name: '惠企清单' })).toBeVisible();
	await expect(page.getByText('离线', { exact: true })).toBeVisible();
	await page.goto(checklist);
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

	// A new questionnaire for a partner in the same region works offline too.
	await page.goto(`${server.url}/questionnaire`);
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await expect(page.locator('section.summary')).toContainText('可估算的资金奖补：50万元');

	// Pages of the region that were never opened online open from the offline shell.
	await page.goto(`${server.url}/measures/zz-srdi-loan`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('银行“专精特新贷”');
	await page.goto(`${server.url}/documents/zhengzhou-2022`);
	await expect(page.getByText('郑政办〔2022〕36号', { exact: true }).first()).toBeVisible();
	await page.goto(`${server.url}/search?q=zkd`);
	await expect(page.getByText(/在河南省 郑州市 金水区找到 \d+ 条结果/)).toBeVisible();
	await expect(page.getByRole('link', { name: /“郑科贷”等风险分担与补偿类贷款/ })).toBeVisible();
	await page.goto(`${server.url}/saved`);
	await expect(page.getByText('已办 1 / ')).toBeVisible();
});

test('offline, another province says plainly it needs a connection, in Chinese and English; opened once online, it works offline too', async ({
	page,
	context
}) => {
	await answerOnceOnline(page);
	await context.setOffline(true);

	await page.goto(`${server.url}/questionnaire`);
	await chooseRegion(page, 'qingxiu', '广西壮族自治区 南宁市 青秀区');
	const needed =
		'广西壮族自治区的政策数据还没有保存在这台设备上。请联网打开一次，之后断网也能使用。';
	await expect(page.getByText(needed)).toBeVisible();
	await next(page);
	await expect(page.getByRole('alert')).toHaveText('请联网后继续。');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(
		page.getByText(
			'The policy data of Guangxi Zhuang Autonomous Region (广西壮族自治区) is not on this device yet.',
			{ exact: false }
		)
	).toBeVisible();
	await page.getByRole('button', { name: '切换到中文' }).click();

	await page.goto(`${server.url}/documents/guangxi-2022`);
	await expect(page.getByRole('heading', { level: 1, name: '需要联网' })).toBeVisible();
	// Which province holds an id is in the directory, itself not on the device yet.
	await expect(page.getByText('这部分政策数据还没有保存在这台设备上')).toBeVisible();
	await page.goto(`${server.url}/documents`);
	await expect(page.getByRole('link', { name: /郑州市人民政府办公厅关于支持/ })).toBeVisible();
	await expect(page.locator('details[id="450000"]')).toContainText('还没有保存在这台设备上');

	await context.setOffline(false);
	await page.goto(`${server.url}/documents/guangxi-2022`);
	const guangxi = page.getByRole('heading', {
		level: 1,
		name: '广西中小企业专精特新培育提升行动计划'
	});
	await expect(guangxi).toBeVisible();
	await context.setOffline(true);
	await page.reload();
	await expect(guangxi).toBeVisible();
	await page.goto(`${server.url}/questionnaire`);
	await chooseRegion(page, 'qingxiu', '广西壮族自治区 南宁市 青秀区');
	await expect(page.getByText('已覆盖：适用以下文件')).toBeVisible();
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

test('a newer version asks before updating, never mid-questionnaire, and saved checklists survive it, offline too', async ({
	page,
	context
}) => {
	await answerOnceOnline(page);
	const checklistUrl = page.url();

	// A new deployment: the same files under a new version, so a new cache.
	const { version } = JSON.parse(readFileSync('build/_app/version.json', 'utf8'));
	server.override('/service-worker.js', (text) => text.replaceAll(version, 'e2e0newer000'));
	await page.goto(`${server.url}/questionnaire`);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	await page.waitForTimeout(1500);
	await expect(page.getByText('有新版本')).toBeHidden();

	await page.getByRole('link', { name: '我的清单', exact: true }).first().click();
	await expect(page.getByText('有新版本')).toBeVisible({ timeout: 15_000 });
	// The same data under a new version: no region's data is said to change.
	await expect(page.getByText(/的政策数据更新/)).toBeHidden();
	// The page reloads once the new version controls it: wait for that from before the tap.
	const reloaded = page.waitForEvent('load');
	await page.getByRole('button', { name: '立即更新' }).click();
	await reloaded;
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['huiqi-e2e0newer000']);
	// The new version holds the owner's region pack too, so the checklist still works offline.
	await context.setOffline(true);
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

test('crafted addresses never grow the offline cache; region packs opened online are kept', async ({
	page
}) => {
	await visitOnceOnline(page);
	const before = await precachedPaths(page);
	for (const path of ['/measures/crafted-1', '/crafted/2', '/documents/crafted-3?x=1', '/%'])
		await page.goto(`${server.url}${path}`);
	// Shaped like a pack file, but the host has no such file.
	await page.evaluate(() => fetch('/_app/immutable/packs/410000/410100.0123456789.json'));
	await page.goto(`${server.url}/measures/zz-srdi-loan?from=share`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('银行“专精特新贷”');
	const added = (await precachedPaths(page)).filter((path) => !before.includes(path));
	// The directory that found the measure, Henan's manifest and the part holding Zhengzhou.
	expect(added.sort()).toEqual([
		expect.stringMatching(/^\/_app\/immutable\/packs\/410000\/410100\.[0-9a-f]{10}\.json$/),
		expect.stringMatching(/^\/_app\/immutable\/packs\/410000\/manifest\.[0-9a-f]{10}\.json$/),
		expect.stringMatching(/^\/_app\/immutable\/packs\/ids\/0\.[0-9a-f]{10}\.json$/)
	]);
});
