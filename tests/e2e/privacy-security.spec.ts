import { expect, test, type Page } from '@playwright/test';
import { answerQuestionnaire, sharedChecklistPath, ZHENGZHOU_MANUFACTURER } from './fixtures';

/** Records every CSP violation the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) console.push(m.text());
	});
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { violations: string[] }).violations.push(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))
	];
}

test('a full journey sends nothing off the device and raises no CSP violation', async ({
	page,
	context,
	baseURL
}) => {
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	const violations = await watchCsp(page);

	await page.goto('/');
	await page.getByRole('link', { name: '开始一分钟匹配' }).click();
	await answerQuestionnaire(page, {
		...ZHENGZHOU_MANUFACTURER,
		certification: ['国家级专精特新“小巨人”企业', '2024'],
		revenue: '1亿–4亿元',
		employees: '300–1000人',
		needs: ['资金奖补']
	});
	await page.waitForURL(/\/checklist\?id=/);
	await page.locator('details.row summary').first().click();
	await page.locator('details.row[open] input[type=checkbox]').first().check();
	await page.getByRole('button', { name: '分享' }).click();
	await expect(page.getByRole('img', { name: '打开这份清单的二维码' })).toBeVisible();
	await page.goto('/saved');
	await expect(page.locator('main li.card')).toHaveCount(1);

	const origin = new URL(baseURL!).origin;
	const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
	expect(elsewhere).toEqual([]);
	// The answers never travel in a request: not in a path, a query or a body.
	expect(requests.filter((url) => /410105|little_giant/.test(url))).toEqual([]);
	expect(await violations()).toEqual([]);
});

test('notes with script, HTML and very long text are kept and shown as text', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto(await sharedChecklistPath());
	await page.getByRole('button', { name: '保存到我的清单' }).click();
	await page.waitForURL(/\/checklist\?id=/);
	const hostile = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>${'长'.repeat(1990)}`;
	await page.locator('details.row summary').first().click();
	const note = page.getByRole('textbox', { name: /^备注：/ }).first();
	await note.fill(hostile);
	await page.waitForTimeout(600);
	await page.reload();
	await page.locator('details.row summary').first().click();
	await expect(note).toHaveValue(hostile.slice(0, 2000));
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
	expect(await page.locator('main img').count()).toBe(0);
	expect(await violations()).toEqual([]);
});

test('a shared link whose name holds script shows it as text, also once saved', async ({
	page
}) => {
	const name = '<script>window.pwned=1</script>';
	await page.goto(await sharedChecklistPath(undefined, [], name));
	await expect(page.getByText('这是别人分享给您的清单。')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await page.getByRole('button', { name: '保存到我的清单' }).click();
	await page.waitForURL(/\/checklist\?id=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
});

test('the policy blocks an injected inline script, and the watcher above would report it', async ({
	page
}) => {
	const violations = await watchCsp(page);
	await page.goto('/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.inlineRan = true';
		document.head.append(script);
	});
	expect(
		await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)
	).toBeUndefined();
	await expect.poll(violations).toContainEqual(expect.stringMatching(/script-src/));
});
