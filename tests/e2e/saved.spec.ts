import { expect, test, type Page } from '@playwright/test';
import { answerQuestionnaire } from './fixtures';

async function makeChecklist(page: Page, query: string, region: string) {
	await page.goto('/questionnaire');
	await answerQuestionnaire(page, {
		region: [query, region],
		certification: ['创新型中小企业'],
		industry: '制造业',
		revenue: '不确定',
		employees: '不确定'
	});
}

test('my checklists can be renamed, duplicated and deleted with undo', async ({ page }) => {
	await makeChecklist(page, 'qingxiu', '广西壮族自治区 南宁市 青秀区');
	await page.goto('/saved');
	const cards = page.locator('main li.card');
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('广西壮族自治区 南宁市 青秀区');

	await page.getByRole('button', { name: '重命名' }).click();
	const nameField = page.getByRole('textbox', { name: /的新名称/ });
	await nameField.fill('   ');
	await page.getByRole('button', { name: '保存名称' }).click();
	await expect(page.getByRole('alert')).toHaveText('名称不能为空。');
	await nameField.fill('<b>南宁客户</b>');
	await page.getByRole('button', { name: '保存名称' }).click();
	// Text from the owner is shown as text, never as HTML.
	await expect(page.getByRole('link', { name: '<b>南宁客户</b>' })).toBeVisible();

	await page.getByRole('button', { name: '复制' }).click();
	await expect(cards).toHaveCount(2);
	await expect(page.getByRole('link', { name: '<b>南宁客户</b>（副本）' })).toBeVisible();

	await cards.first().getByRole('button', { name: '删除' }).click();
	await expect(cards).toHaveCount(1);
	await expect(page.getByText(/已删除“/)).toBeVisible();
	await page.getByRole('button', { name: '撤销' }).click();
	await expect(cards).toHaveCount(2);
	await page.reload();
	await expect(cards).toHaveCount(2);
});

test('without IndexedDB the checklist is still shown in full with a plain message', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Some private modes have no IndexedDB at all.
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await makeChecklist(page, 'dazu', '重庆市 大足区');
	await expect(page.getByText(/本机存储不可用（可能是隐私模式）/)).toBeVisible();
	await expect(page.locator('section.summary')).toContainText('重庆市 大足区');
	await expect(page.locator('main article').first()).toBeVisible();
	await page.goto('/saved');
	await expect(page.getByRole('alert')).toContainText('本机存储不可用');
});

test('a damaged saved checklist is reported and the others still open', async ({ page }) => {
	await makeChecklist(page, 'lixia', '山东省 济南市 历下区');
	await page.evaluate(async () => {
		const request = indexedDB.open('huiqi');
		const db: IDBDatabase = await new Promise(
			(resolve) => (request.onsuccess = () => resolve(request.result))
		);
		const tx = db.transaction('checklists', 'readwrite');
		tx.objectStore('checklists').put({ id: 'damaged-record-1', updatedAt: 1, profile: 'nonsense' });
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.goto('/saved');
	await expect(page.getByText(/有 1 份清单的数据已损坏，已跳过/)).toBeVisible();
	await expect(page.locator('main li.card')).toHaveCount(1);
	await page.goto('/checklist?id=damaged-record-1');
	await expect(page.getByRole('alert')).toContainText('这份清单的数据已损坏，无法打开');
});
