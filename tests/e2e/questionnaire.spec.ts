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
	await expect(summary).toContainText('可估算的资金奖补：50万元');
	await expect(summary).toContainText('不是资格认定');
	await expect(
		page
			.locator('#applies + * , section[aria-labelledby=applies]')
			.getByRole('link', { name: '新认定省级“专精特新”企业一次性奖励50万元' })
			.first()
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /晋级到国家级专精特新“小巨人”企业可解锁/ })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: '走访单：按部门' })).toBeVisible();
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

test('the checklist can be arranged by department and by value', async ({ page }) => {
	await answerAsZhengzhouManufacturer(page);
	await page.getByRole('radio', { name: '按部门' }).check();
	await expect(page.locator('section[aria-labelledby=applies] h3.group').first()).toContainText(
		'郑州市'
	);
	await page.getByRole('radio', { name: '按金额' }).check();
	await expect(page.locator('section[aria-labelledby=applies] article').first()).toContainText(
		'50万元'
	);
});

test('an uncovered region gets the plain message and can still browse', async ({ page }) => {
	await page.goto('/questionnaire');
	await chooseRegion(page, 'chaoyang', '北京市 朝阳区');
	await expect(
		page.getByText('惠企清单暂未收录北京市 朝阳区的政策文件，因此无法为您匹配。')
	).toBeVisible();
	await expect(page.getByRole('link', { name: '您仍可浏览全部政策' })).toBeVisible();
	await next(page);
	await next(page);
	await page.getByLabel('制造业').check();
	await next(page);
	await page.getByLabel('不确定').check();
	await next(page);
	await page.getByLabel('不确定').check();
	await next(page);
	await next(page);
	await page.waitForURL(/\/checklist\?id=/);
	await expect(
		page.getByText(/根据您的回答暂不匹配：惠企清单暂未收录北京市 朝阳区的政策文件/)
	).toBeVisible();
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
