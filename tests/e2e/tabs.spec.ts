// One owner, several tabs of one browser (pages of one context: separate contexts would not share
// storage), and a page closed mid-sentence: nothing is lost, nothing is stuck.
import { expect, test, type Page } from '@playwright/test';
import { answerQuestionnaire, openRow, ZHENGZHOU_MANUFACTURER } from './fixtures';

const loanTitle = '银行“专精特新贷”';
const rewardTitle = '新认定省级“专精特新”企业一次性奖励50万元';
const loan = /标记为已办：银行“专精特新贷”/;
const reward = /标记为已办：新认定省级“专精特新”企业一次性奖励50万元/;

/** Both rows open, so their ticks can be seen and changed. */
async function openBoth(page: Page) {
	await openRow(page, loanTitle);
	await openRow(page, rewardTitle);
}

async function makeChecklist(page: Page): Promise<string> {
	await page.goto('/questionnaire');
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await page.waitForURL(/\/checklist\?id=/);
	return page.url();
}

test('ticks made in two tabs both survive, and each tab shows the other’s', async ({
	page,
	context
}) => {
	const url = await makeChecklist(page);
	const other = await context.newPage();
	await other.goto(url);
	await openBoth(page);
	await openBoth(other);
	await page.getByRole('checkbox', { name: loan }).check();
	await other.getByRole('checkbox', { name: reward }).check();
	// Each tab learns of the other's tick without a reload.
	await expect(other.getByRole('checkbox', { name: loan })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: reward })).toBeChecked();
	for (const tab of [page, other]) {
		await tab.reload();
		await openBoth(tab);
		await expect(tab.getByRole('checkbox', { name: loan })).toBeChecked();
		await expect(tab.getByRole('checkbox', { name: reward })).toBeChecked();
	}
});

test('a rename in My checklists is shown in the open tab and not undone by its next tick', async ({
	page,
	context
}) => {
	const url = await makeChecklist(page);
	const list = await context.newPage();
	await list.goto('/saved');
	await list.getByRole('button', { name: '重命名' }).click();
	await list.getByRole('textbox', { name: /的新名称/ }).fill('郑州客户');
	await list.getByRole('button', { name: '保存名称' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('郑州客户');
	await openRow(page, loanTitle);
	await page.getByRole('checkbox', { name: loan }).check();
	await list.reload();
	await expect(list.getByRole('link', { name: '郑州客户' })).toBeVisible();
	await expect(list.getByText('已办 1 / ')).toBeVisible();
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('郑州客户');
});

test('a checklist deleted in My checklists stays deleted, and the open tab says so', async ({
	page,
	context
}) => {
	await makeChecklist(page);
	const list = await context.newPage();
	await list.goto('/saved');
	await list.getByRole('button', { name: '删除' }).click();
	await expect(list.locator('main li.card')).toHaveCount(0);
	await expect(page.getByText('这份清单已在其他页面被删除，这里仍显示它的内容。')).toBeVisible();
	await openRow(page, loanTitle);
	await page.getByRole('checkbox', { name: loan }).check();
	await list.reload();
	await expect(list.getByText('还没有保存的清单。')).toBeVisible();
	// The owner can still keep it, as a new checklist with the tick.
	await page.getByRole('button', { name: '保存到我的清单' }).click();
	await page.waitForURL(/\/checklist\?id=/);
	await list.reload();
	await expect(list.getByText('已办 1 / ')).toBeVisible();
});

test('a note typed just before a reload is kept', async ({ page }) => {
	await makeChecklist(page);
	await openRow(page, rewardTitle);
	await page.getByRole('textbox', { name: /备注：新认定省级/ }).fill('材料已交区工信局');
	await page.waitForTimeout(100);
	await page.reload();
	await openRow(page, rewardTitle);
	await expect(page.getByRole('textbox', { name: /备注：新认定省级/ })).toHaveValue(
		'材料已交区工信局'
	);
});

test('a note typed just before the tab closes is kept', async ({ page, context }) => {
	const url = await makeChecklist(page);
	await openRow(page, rewardTitle);
	await page.getByRole('textbox', { name: /备注：新认定省级/ }).fill('下周一去区工信局');
	await page.waitForTimeout(100);
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await again.goto(url);
	await openRow(again, rewardTitle);
	await expect(again.getByRole('textbox', { name: /备注：新认定省级/ })).toHaveValue(
		'下周一去区工信局'
	);
});

test('a tab holding an older database never leaves the app hanging, and nothing is saved twice', async ({
	page,
	context
}) => {
	// An old tab of a previous release: it holds version 1 open and ignores requests to let go.
	const old = await context.newPage();
	await old.goto('/documents');
	await old.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const request = indexedDB.open('huiqi', 1);
				request.onupgradeneeded = () =>
					request.result.createObjectStore('checklists', { keyPath: 'id' });
				request.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = request.result;
					resolve();
				};
			})
	);

	await page.goto('/questionnaire');
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	const blocked = '另一个标签页正在使用旧版本，请关闭其他惠企清单标签页后重试；清单仍完整显示。';
	await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();
	await expect(page.locator('section.summary')).toContainText('可估算的资金奖补：50万元');

	// Asked again while the old tab holds on, the answer comes at once, every time.
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: '保存到我的清单' }).click();
		await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();
	}
	await page.goto('/saved');
	// A fresh page's request waits silently behind the first; it is refused after a short wait.
	await expect(page.getByRole('alert')).toContainText('另一个标签页正在使用旧版本', {
		timeout: 4000
	});

	// The old tab goes: My checklists works again, with no checklist saved behind the owner's back.
	await old.close();
	await expect(page.getByRole('alert')).toBeHidden();
	await expect(page.getByText('还没有保存的清单。')).toBeVisible();
	await page.goto('/questionnaire');
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	await page.waitForURL(/\/checklist\?id=/);
	await page.goto('/saved');
	await expect(page.locator('main li.card')).toHaveCount(1);
});
