// The draft review page is a maintainer's tool of `npm run dev` (src/lib/server/draft/review-page.ts):
// nothing of it may reach the built app that phones download.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (/\.(html|js|json|css|webmanifest)$/.test(name)) yield path;
	}
}

test('the draft review page is not served by the built app', async ({ request }) => {
	const html = await (await request.get('/__draft?source=zhengzhou-2022.txt')).text();
	expect(html).not.toContain('data-draft-review');
	expect(html).not.toContain('草稿审阅');
});

test('no file of the build carries the review page or the draft tool', () => {
	const carriers = [...files('build')].filter((path) =>
		/data-draft-review|草稿审阅|draftReviewMiddleware|opencc|site_boilerplate/.test(
			readFileSync(path, 'utf8')
		)
	);
	expect(carriers).toEqual([]);
});
