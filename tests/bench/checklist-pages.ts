// The checklist as an owner meets it on a phone and on paper, for the reference owners
// (tests/fixtures/profiles.ts): how many screen-heights it runs on a Pixel 7 and on a 360×640
// phone in each language, on which screen the first action's next step and office are fully
// visible, and how many A4 pages its default and its full printout take.
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config.ts';
import { REFERENCE_OWNERS } from '../fixtures/profiles.ts';
import { sharedChecklistPath } from '../e2e/fixtures.ts';

export const PHONES = {
	'pixel-7': devices['Pixel 7'],
	'360x640': { ...devices['Pixel 7'], viewport: { width: 360, height: 640 } }
} as const;
export type Phone = keyof typeof PHONES;
type Lang = 'zh' | 'en';

/** Targets of issue 9 for the 大足 little giant (济南: default print ≤ 2 pages). */
export const CHECKLIST_TARGETS = {
	firstActionScreen360: 1,
	collapsedScreensPixel7: 6,
	defaultPrintPages: 3,
	defaultPrintPagesJinan: 2
};

/** The elements that hold the first action's next step and its office. */
const FIRST_ACTION = '[data-first-action] :is(.next-step, .office)';

/** Opens a checklist from its share link in the given language and waits until it is shown. */
export async function openChecklist(page: Page, path: string, lang: Lang): Promise<void> {
	await page.addInitScript((l) => localStorage.setItem('huiqi.lang', l), lang);
	await page.goto(path);
	await page.locator(`html[data-ready][lang=${lang === 'zh' ? 'zh-CN' : 'en'}]`).waitFor({
		state: 'attached'
	});
	await page.locator('#applies').waitFor();
	await page.evaluate(() => document.fonts.ready);
}

/** The number of pages of a PDF Chromium wrote (one `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Prints the page to an A4 PDF as the print dialog would. `full` chooses the full-detail print
 * (the "完整版" button); window.print is stubbed so the button only sets the print up.
 */
export async function printToPdf(page: Page, kind: 'default' | 'full'): Promise<Buffer> {
	await page.evaluate(() => (window.print = () => {}));
	if (kind === 'full') await page.locator('[data-print=full]').click();
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const pdf = await page.pdf({ format: 'A4' });
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	return pdf;
}

type Screens = { screens: number; firstActionScreen: number | null };

async function measureScreens(page: Page): Promise<Screens> {
	return page.evaluate((selector) => {
		const height = innerHeight;
		const bottoms = [...document.querySelectorAll(selector)].map(
			(e) => e.getBoundingClientRect().bottom + scrollY
		);
		return {
			screens: +(document.documentElement.scrollHeight / height).toFixed(1),
			firstActionScreen: bottoms.length ? Math.ceil(Math.max(...bottoms) / height) : null
		};
	}, FIRST_ACTION);
}

async function measureOwner(browser: Browser, path: string) {
	const screens: Record<string, Screens> = {};
	const printPages: Record<string, { default: number; full: number }> = {};
	for (const lang of ['zh', 'en'] as const) {
		for (const [phone, device] of Object.entries(PHONES)) {
			const context = await browser.newContext({ ...device });
			const page = await context.newPage();
			await openChecklist(page, path, lang);
			screens[`${phone} ${lang}`] = await measureScreens(page);
			if (phone === 'pixel-7')
				printPages[lang] = {
					default: pdfPageCount(await printToPdf(page, 'default')),
					full: pdfPageCount(await printToPdf(page, 'full'))
				};
			await context.close();
		}
	}
	return { screens, printPages };
}

export async function benchChecklistPages(base: string) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const owners: Record<string, Awaited<ReturnType<typeof measureOwner>>> = {};
		for (const [name, profile] of Object.entries(REFERENCE_OWNERS))
			owners[name] = await measureOwner(browser, base + (await sharedChecklistPath(profile)));
		return { targets: CHECKLIST_TARGETS, owners };
	} finally {
		await browser.close();
	}
}

export function printChecklistBench(result: Awaited<ReturnType<typeof benchChecklistPages>>) {
	console.log('\nThe checklist on phones and paper (screen-heights; first action on screen n)');
	console.table(
		Object.fromEntries(
			Object.entries(result.owners).flatMap(([owner, r]) =>
				Object.entries(r.screens).map(([where, s]) => [
					`${owner} ${where}`,
					{ screens: s.screens, 'first action on screen': s.firstActionScreen ?? '—' }
				])
			)
		)
	);
	console.table(
		Object.fromEntries(
			Object.entries(result.owners).flatMap(([owner, r]) =>
				Object.entries(r.printPages).map(([lang, p]) => [
					`${owner} ${lang}`,
					{ 'default print (A4 pages)': p.default, 'full print': p.full }
				])
			)
		)
	);
}
