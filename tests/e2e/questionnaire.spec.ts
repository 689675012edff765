import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerQuestionnaire, chooseRegion, next, ZHENGZHOU_MANUFACTURER } from './fixtures';

async function answerAsZhengzhouManufacturer(page: Page) {
	await page.goto('/questionnaire');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.getByText(/^第 1 步，共 \d 步$/)).toBeVisible();
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
}

test('a Zhengzhou manufacturer answers, sees totals, changes an answer and sees the update', async ({
	page
}) => {
	await answerAsZhengzhouManufacturer(page);
	const summary = page.locator('section.summary');
	await expect(summary).toContainText('河南省 郑州市 金水区');
	await expect(summary).toContainText('省级专精特新中小企业');
	await expect(summary).toContainText('原规划期内可估算的资金奖补：50万元');
	await expect(summary).toContainText('规划期已于2025年结束，办理前请先向牵头部门确认是否延续。');
	await expect(summary).toContainText('不是资格认定');
	// The reward for the new certificate comes first, with why, whom to call and what to do.
	const first = page.locator('#first li').first();
	await expect(first).toContainText('新认定省级“专精特新”企业一次性奖励50万元');
	await expect(first).toContainText('新认定奖励');
	await expect(first).toContainText('找郑州市工业和信息化局');
	await expect(first).toContainText('向市工信局');
	await expect(
		page.getByRole('heading', { name: /晋级到国家级专精特新“小巨人”企业可解锁/ })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: '走访单：按牵头部门' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText('您不符合');

	await page.getByRole('link', { name: '修改答案' }).click();
	await expect(page.getByText('河南省 郑州市 金水区 · 已覆盖')).toBeVisible();
	await next(page);
	await page.getByLabel('国家级专精特新“小巨人”企业', { exact: true }).check();
	await page.getByLabel('国家级专精特新“小巨人”企业的获得年份').selectOption('2024');
	for (let i = 0; i < 6; i++) await next(page);
	await page.waitForURL(/\/checklist\?id=/);
	await expect(summary).toContainText('可估算的资金奖补：200万元');
	await expect(summary).toContainText('“从高、不重复”');
});

test('the checklist can be arranged by lead office, by category and by value', async ({ page }) => {
	await answerAsZhengzhouManufacturer(page);
	const applies = page.locator('section[aria-labelledby=applies]');
	await page.getByLabel('排列方式').selectOption('按部门');
	await expect(applies.locator('h3.group').first()).toContainText('郑州市');
	await page.getByLabel('排列方式').selectOption('按类别');
	await expect(applies.locator('h3.group').first()).toContainText('研发创新');
	await page.getByLabel('排列方式').selectOption('按金额');
	await expect(applies.locator('h3.group')).toHaveCount(0);
	await page.getByLabel('排列方式').selectOption('推荐顺序');
	await expect(applies.locator('h3.group')).toHaveCount(0);
	await expect(applies.locator('details.row').first()).toContainText('重大科研设施');
});

test('an uncovered region offers browsing first, and its empty result is neither saved nor shared nor printed', async ({
	page
}) => {
	await page.goto('/questionnaire');
	await chooseRegion(page, 'chaoyang', '北京市 朝阳区');
	await expect(
		page.getByText('惠企清单暂未收录北京市 朝阳区的政策文件，因此无法为您匹配。')
	).toBeVisible();
	// Browsing is the main button; going on is the second choice.
	const browse = page.getByRole('link', { name: '浏览全部政策' });
	const onward = page.getByRole('button', { name: '仍然继续' });
	await expect(browse).toHaveClass(/primary/);
	await expect(onward).not.toHaveClass(/primary/);
	await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
	await onward.click();
	await next(page);
	await page.getByLabel('制造业').check();
	await next(page);
	await page.getByLabel('不确定').check();
	await next(page);
	await page.getByLabel('不确定').check();
	await next(page);
	await next(page);
	await page.waitForURL(/\/checklist$/);
	await expect(
		page.getByText(/根据您的回答暂不匹配：惠企清单暂未收录北京市 朝阳区的政策文件。目前覆盖：/)
	).toBeVisible();
	// It says what Huiqi covers, by name.
	await expect(page.locator('main')).toContainText('重庆市大足区');
	await expect(page.getByText('这份结果没有保存，也不能分享或打印成清单。')).toBeVisible();
	for (const name of ['分享', '打印办事单', '打印完整版', '保存到我的清单'])
		await expect(page.getByRole('button', { name })).toHaveCount(0);
	await expect(page.getByRole('link', { name: '浏览全部政策' })).toHaveClass(/primary/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('main table')).toHaveCount(0);
	await page.emulateMedia({ media: 'screen' });
	await page.goto('/saved');
	await expect(page.getByText('还没有保存的清单。')).toBeVisible();
});

test('going on without an answer asks for one and keeps everything', async ({ page }) => {
	await page.goto('/questionnaire');
	await next(page);
	await expect(page.getByRole('alert')).toHaveText('请先选择一项再继续。');
	await chooseRegion(page, 'dazu', '重庆市 大足区');
	await next(page);
	// In Chongqing the provincial-level certification is called 市级.
	await expect(page.getByLabel('市级专精特新中小企业（省级）')).toBeVisible();
	await next(page);
	await next(page);
	await expect(page.getByRole('alert')).toHaveText('请先选择一项再继续。');
	await expect(page.getByText('第 3 步')).toBeVisible();
});

test('a draft survives a reload and the back button steps back', async ({ page }) => {
	await page.goto('/questionnaire');
	await chooseRegion(page, 'xinbei', '江苏省 常州市 新北区');
	await next(page);
	await page.getByLabel('高新技术企业', { exact: true }).check();
	await page.reload();
	await expect(page.getByLabel('高新技术企业', { exact: true })).toBeChecked();
	await page.goBack();
	await expect(page.getByRole('heading', { name: '企业注册在哪里？' })).toBeVisible();
	await expect(page.getByText('江苏省 常州市 新北区 · 已覆盖')).toBeVisible();
});

test('axe finds no violations on the questionnaire and the checklist', async ({ page }) => {
	await page.goto('/questionnaire');
	await chooseRegion(page, 'jinshui', '河南省 郑州市 金水区');
	const onQuestionnaire = await new AxeBuilder({ page }).analyze();
	expect(onQuestionnaire.violations).toEqual([]);
	await next(page);
	await page.getByLabel('省级专精特新中小企业', { exact: true }).check();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await answerAsZhengzhouManufacturer(page);
	await page
		.locator('details')
		.first()
		.evaluate((d) => ((d as HTMLDetailsElement).open = true));
	const onChecklist = await new AxeBuilder({ page }).analyze();
	expect(onChecklist.violations).toEqual([]);
});
