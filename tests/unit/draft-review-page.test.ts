// The dev-only review page, as the Vite dev server serves it: a draft beside its source, with
// drafted quotes highlighted, uncovered offer sentences marked and the fields behind each quote.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { draftFromText } from '../../src/lib/server/draft/draft.ts';
import { draftRecordYaml } from '../../src/lib/server/draft/record.ts';
import {
	draftReviewMiddleware,
	renderReviewPage,
	reviewOfRawText
} from '../../src/lib/server/draft/review-page.ts';

const seeds = mkdtempSync(join(tmpdir(), 'huiqi-review-'));
mkdirSync(join(seeds, 'sources'));
copyFileSync('seeds/sources/zhengzhou-2022.txt', join(seeds, 'sources/zz-draft.txt'));
const raw = readFileSync('seeds/sources/zhengzhou-2022.txt', 'utf8');
writeFileSync(
	join(seeds, 'zz-draft.yaml'),
	draftRecordYaml(draftFromText(raw), { id: 'zz-draft', originalFile: 'zhengzhou-2022.txt' })
);

let server: Server;
let base: string;
beforeAll(async () => {
	const middleware = draftReviewMiddleware(seeds);
	server = createServer((req, res) =>
		middleware(req, res, () => {
			res.statusCode = 404;
			res.end('not the review page');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
	const response = await fetch(base + path);
	return { status: response.status, html: await response.text() };
};
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the review page', () => {
	test('lists the records and raw sources to review', async () => {
		const { status, html } = await get('/__draft');
		expect(status).toBe(200);
		expect(html).toContain('href="/__draft?record=zz-draft.yaml"');
		expect(html).toContain('href="/__draft?source=zz-draft.txt"');
	});

	test('a fresh draft of a raw source: every drafted quote highlighted, uncovered offers marked', async () => {
		const draft = draftFromText(raw);
		const { status, html } = await get('/__draft?source=zz-draft.txt');
		expect(status).toBe(200);
		const marked = new Set([...html.matchAll(/data-m="(\d+)"/g)].map((m) => m[1]));
		expect(marked.size).toBe(draft.measures.length);
		expect(count(html, /class="uncovered"/g)).toBeGreaterThan(0);
		// The panel's data: every measure's drafted fields.
		expect(html).toContain('"from":"(一)2"');
		expect(html).toContain('"contacts":["市工信局","市市场监管局"');
	});

	test('a drafted record shows its measures as unreviewed and the record fields still to check', async () => {
		const { status, html } = await get('/__draft?record=zz-draft.yaml');
		expect(status).toBe(200);
		expect(count(html, /<mark tabindex="0" class="pending/g)).toBeGreaterThan(10);
		expect(html).toContain('record fields unreviewed: cleaning, title');
	});

	test('names outside seeds/ and missing files are refused; other paths pass through', async () => {
		expect((await get('/__draft?record=..%2Fpackage.json')).status).toBe(400);
		expect((await get('/__draft?source=nope.txt')).status).toBe(404);
		expect(await get('/questionnaire')).toEqual({ status: 404, html: 'not the review page' });
	});

	test('source text is escaped, so a hostile source cannot inject markup', () => {
		const input = reviewOfRawText('x.txt', '1.对<script>alert(1)</script>企业给予奖励。');
		const html = renderReviewPage(input);
		expect(html).not.toContain('<script>alert(1)');
		expect(html).toContain('&#60;script&#62;');
	});
});
