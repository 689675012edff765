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
	// Names that show nothing, by the same rule as share links.
	for (const invisible of ['   ', '\u200b\u200b', '\u200e\u200f', '\u2028', '\u{e0041}\u{e007f}']) {
		await nameField.fill(invisible);
		await page.getByRole('button', { name: '保存名称' }).click();
		await expect(page.getByRole('alert')).toHaveText('名称须包含可见的文字。');
	}
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
	await expect(page.locator('main details.row').first()).toBeVisible();
	await page.goto('/saved');
	await expect(page.getByRole('alert')).toContainText('本机存储不可用');
});

test('damaged saved records are listed, explained and deletable; the others still open', async ({
	page
}) => {
	await makeChecklist(page, 'lixia', '山东省 济南市 历下区');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.evaluate(async (id) => {
		const request = indexedDB.open('huiqi');
		const db: IDBDatabase = await new Promise(
			(resolve) => (request.onsuccess = () => resolve(request.result))
		);
		const tx = db.transaction(['checklists', 'items'], 'readwrite');
		const checklists = tx.objectStore('checklists');
		checklists.put({ id: 'damaged-record-1', updatedAt: 1, profile: 'nonsense' });
		// No time at all, a number for a key: records that once slipped past the list unseen.
		checklists.put({ id: 'damaged-record-2', name: 'x' });
		checklists.put({ id: 7, name: 'numeric key' });
		tx.objectStore('items').put({
			checklistId: id,
			measureId: 'NOT A MEASURE',
			done: true,
			note: '',
			updatedAt: 1
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, id);
	await page.goto('/saved');
	const damaged = page.getByRole('region', { name: /条已保存的数据已损坏$/ });
	await expect(damaged.getByRole('heading')).toHaveText('4 条已保存的数据已损坏');
	await expect(damaged).toContainText('清单 damaged-record-1');
	await expect(damaged).toContainText('profile:');
	await expect(damaged).toContainText('清单 damaged-record-2');
	await expect(damaged).toContainText('清单 7');
	await expect(damaged).toContainText(`清单中的一项勾选或备注（${id} / NOT A MEASURE）`);
	await expect(page.locator('main li.card')).toHaveCount(1);

	// The checklist with a damaged item still opens, and can be shared (nothing says "too large").
	await page.goto(`/checklist?id=${id}`);
	await page.getByRole('button', { name: '分享' }).click();
	await expect(page.getByRole('img', { name: '打开这份清单的二维码' })).toBeVisible();

	await page.goto('/checklist?id=damaged-record-1');
	await expect(page.getByRole('alert')).toContainText('这份清单的数据已损坏，无法打开');

	await page.goto('/saved');
	for (let left = 4; left > 0; left--) {
		await damaged
			.getByRole('button', { name: /^删除损坏的数据/ })
			.first()
			.click();
		if (left > 1) await expect(damaged.getByRole('listitem')).toHaveCount(left - 1);
	}
	await expect(damaged).toBeHidden();
	await page.reload();
	await expect(page.locator('main li.card')).toHaveCount(1);
	await expect(page.getByText(/已损坏/)).toBeHidden();
});
