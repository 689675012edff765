// Size budgets: bytes are deterministic, so these fail the moment the app outgrows its promise to
// phones on a slow network (issue "Measured quality").
import { expect, test } from '@playwright/test';
import { BUDGETS, firstLoadScripts, precachedPaths, weigh } from '../bench/weight';

test('the home page loads at most 60 KB of gzipped JavaScript', async ({ page }) => {
	const weight = weigh('build', await firstLoadScripts(page, '/'));
	console.info('first-load JavaScript (gzip):', weight);
	expect(weight.total).toBeLessThanOrEqual(BUDGETS.firstLoadJs);
});

test('everything kept for offline use weighs at most 400 KB gzipped', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('已可离线使用：断网时也能打开')).toBeVisible({ timeout: 20_000 });
	const weight = weigh('build', await precachedPaths(page));
	console.info('precache (gzip):', weight);
	expect(weight.files).toBeGreaterThan(30);
	expect(weight.total).toBeLessThanOrEqual(BUDGETS.precache);
});
