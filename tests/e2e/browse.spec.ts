import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';

test('an owner browses from a document to a measure and reads its verbatim source', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: '浏览全部政策' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '政策文件' })).toBeVisible();
	await page.getByRole('link', { name: /郑州市人民政府办公厅关于支持/ }).click();
	await expect(page.getByText('郑政办〔2022〕36号', { exact: true }).first()).toBeVisible();
	await expect(page.getByText(/规划期已结束（2025）/).first()).toBeVisible();
	await page.getByRole('button', { name: '全部展开' }).click();
	await page
		.getByRole('link', { name: /小巨人.*200万元/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('小巨人');
	const quote = page.locator('blockquote mark');
	await expect(quote).toContainText(
		'对新认定为专精特新“小巨人”企业、省级“专精特新”企业分别给予200万元、50万元的一次性奖励'
	);
	await expect(page.getByText('郑州市工业和信息化局')).toBeVisible();
});

test('searching 担保 finds the guarantee measures', async ({ page }) => {
	await page.goto('/search');
	await page.getByLabel('关键词、拼音或拼音首字母').fill('担保');
	await expect(page.getByText(/找到 \d+ 条结果/)).toBeVisible();
	await expect(
		page.getByRole('link', { name: '政府性融资担保机构提供融资担保服务' })
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: /政府性融资担保单户最高额度可提高至3000万元/ })
	).toBeVisible();
});

test('searching by pinyin initials finds a measure', async ({ page }) => {
	await page.goto('/search');
	await page.getByLabel('关键词、拼音或拼音首字母').fill('zkd');
	await expect(page.getByRole('link', { name: /“郑科贷”等风险分担与补偿类贷款/ })).toBeVisible();
	await page.getByLabel('关键词、拼音或拼音首字母').fill('danbao');
	await expect(
		page.getByRole('link', { name: '政府性融资担保机构提供融资担保服务' })
	).toBeVisible();
});

test('a search that finds nothing says so plainly', async ({ page }) => {
	await page.goto('/search?q=量子引力');
	await expect(page.getByText('没有找到“量子引力”相关的措施。')).toBeVisible();
});

test('switching to English changes every label and is remembered', async ({ page }) => {
	await openApp(page, '/documents/zhengzhou-2022');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Policies');
	await expect(page.getByText('Plan period ended (2025)').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Which apply to you?' })).toBeVisible();
	await expect(page.getByText('Zhengzhou City, Henan (郑州市)', { exact: true })).toBeVisible();
	// No Chinese UI label remains outside the data's own Chinese (quotes, as-written names, headings).
	const labels = await page.locator('nav, footer, dt, h2, .badge').allInnerTexts();
	for (const label of labels) expect(label, label).not.toMatch(/[规政搜首页覆盖您]/);
	await page.reload();
	await expect(page.getByRole('button', { name: '切换到中文' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huiqi');
});

test('an unknown measure shows a plain not-found page', async ({ page }) => {
	await page.goto('/measures/no-such-measure');
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('a malformed address shows the not-found page, online and offline', async ({
	page,
	context
}) => {
	const hostile = ['/%', '/measures/%', '/documents/%E0%A4%A'];
	await page.goto('/');
	await expect(page.getByText('已可离线使用：断网时也能打开')).toBeVisible({ timeout: 20_000 });
	for (const path of hostile) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: '页面不存在' }), path).toBeVisible();
	}
	await context.setOffline(true);
	for (const path of hostile) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: '页面不存在' }), path).toBeVisible();
	}
	await page.getByRole('link', { name: '返回首页' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '惠企清单' })).toBeVisible();
});
