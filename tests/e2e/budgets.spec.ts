// Size budgets: bytes are deterministic, so these fail the moment the app outgrows its promise to
// phones on a slow network (issue "Measured quality").
import { expect, test } from '@playwright/test';
import {
	BUDGETS,
	builtPacks,
	firstLoadScripts,
	precachedPaths,
	transferred,
	weigh,
	wholePack
} from '../bench/weight';
import { answerQuestionnaire, ZHENGZHOU_MANUFACTURER } from './fixtures';

test('the home page loads at most 60 KB of gzipped JavaScript', async ({ page }) => {
	const weight = weigh('build', await firstLoadScripts(page, '/'));
	console.info('first-load JavaScript (gzip):', weight);
	expect(weight.total).toBeLessThanOrEqual(BUDGETS.firstLoadJs);
});

// The first screen in one round trip (README, "The first screen"): everything the home page
// transfers, headers included, as Lighthouse counts it.
test('the home page transfers at most 50 KB in all', async ({ page }) => {
	const bytes = await transferred(page, '/');
	console.info('home page transfer (bytes, headers included):', bytes);
	expect(bytes).toBeLessThanOrEqual(BUDGETS.homeTransfer);
});

// What a first visit keeps for offline use (docs/packs.md): the app, the national index of region
// packs and, once the owner has answered, the pack of their province. The browser's own cache is
// read after a real first visit and questionnaire; every other province's pack is weighed from the
// build in its place, so the budget holds for an owner anywhere.
test('a first visit keeps at most 400 KB gzipped for offline use, whichever province the owner is in', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByText('已可离线使用：断网时也能打开')).toBeVisible({ timeout: 20_000 });
	const app = await precachedPaths(page);
	expect(app.some((path) => path.includes('/packs/'))).toBe(false);
	console.info('first visit, before any answer (gzip):', weigh('build', app));

	await page.goto('/questionnaire');
	await answerQuestionnaire(page, ZHENGZHOU_MANUFACTURER);
	const henan = builtPacks('build').find((pack) => pack.province === '410000')!;
	const kept = await precachedPaths(page);
	expect(kept.sort()).toEqual([...app, ...wholePack(henan)].sort());

	const owners = builtPacks('build').map((pack) => ({
		province: pack.province,
		weight: weigh('build', [...app, ...wholePack(pack)])
	}));
	const heaviest = owners.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
	console.info(`heaviest, an owner in ${heaviest.province} (gzip):`, heaviest.weight);
	expect(app.length).toBeGreaterThan(30);
	expect(heaviest.weight.total).toBeLessThanOrEqual(BUDGETS.precache);
});
