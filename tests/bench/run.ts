// npm run bench — builds the app, serves it, and measures what a phone on a slow network meets:
// Lighthouse (mobile defaults, three runs, medians) on the home page, the questionnaire and a
// checklist; the weight of the first load and of the offline precache; the app built on national
// data at several sizes (national.ts); the draft tool against the reviewed records; the checklist's
// screens and printouts (checklist-pages.ts). Prints a summary and writes bench-results/<date>.json
// to compare runs. BENCH_ONLY=draft, BENCH_ONLY=national or BENCH_ONLY=checklist runs that section
// alone.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium, devices } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../playwright.config.ts';
import { serveBuild } from '../../src/cli/serve.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { sharedChecklistPath } from '../e2e/fixtures.ts';
import { benchChecklistPages, printChecklistBench } from './checklist-pages.ts';
import { benchDraft, printDraftBench } from './draft.ts';
import { benchNational, NATIONAL_TARGETS, printNational } from './national.ts';
import { BUDGETS, firstLoadScripts, precachedPaths, weigh } from './weight.ts';

const PORT = Number(process.env.HUIQI_BENCH_PORT ?? 4175);
const BASE = `http://localhost:${PORT}`;
const RUNS = 3;
const TARGETS = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	firstLoadJsBytes: BUDGETS.firstLoadJs,
	precacheBytes: BUDGETS.precache,
	/** Lighthouse's total transfer of the home page (issue 13). */
	homeTransferBytes: BUDGETS.homeTransfer,
	national: NATIONAL_TARGETS
};

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseRuns(url: string) {
	const runs: Record<string, number>[] = [];
	const failing: string[] = [];
	for (let i = 0; i < RUNS; i++) {
		const chrome = await chromeLauncher.launch({
			chromePath: chromiumPath,
			chromeFlags: ['--headless=new', ...chromiumArgs]
		});
		try {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			const lhr = result!.lhr;
			const requests = (
				lhr.audits['network-requests'].details as unknown as {
					items: { resourceType: string; transferSize: number }[];
				}
			).items;
			runs.push({
				performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
				accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
				'best-practices': Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
				seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
				fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue ?? 0),
				lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
				tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
				cls: +(lhr.audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3),
				speedIndexMs: Math.round(lhr.audits['speed-index'].numericValue ?? 0),
				totalBytes: Math.round(lhr.audits['total-byte-weight'].numericValue ?? 0),
				jsTransferBytes: requests
					.filter((r) => r.resourceType === 'Script')
					.reduce((sum, r) => sum + r.transferSize, 0)
			});
			failing.push(
				...Object.values(lhr.audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id)
			);
		} finally {
			await chrome.kill();
		}
	}
	return {
		median: Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])),
		failingAudits: [...new Set(failing)]
	};
}

async function pageWeights() {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const page = await (await browser.newContext({ ...devices['Pixel 7'] })).newPage();
		const firstLoadJs = weigh('build', await firstLoadScripts(page, `${BASE}/`));
		await page.getByText('已可离线使用').waitFor({ timeout: 30_000 });
		const precache = weigh('build', await precachedPaths(page));
		return { firstLoadJs, precache };
	} finally {
		await browser.close();
	}
}

function machine() {
	return {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version
	};
}

function writeReport(report: { date: string } & Record<string, unknown>): string {
	mkdirSync('bench-results', { recursive: true });
	const file = `bench-results/bench-${report.date.replace(/[:.]/g, '-')}.json`;
	writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
	return file;
}

if (process.env.BENCH_ONLY === 'national') {
	const national = await benchNational();
	printNational(national);
	const file = writeReport({ date: new Date().toISOString(), machine: machine(), national } as {
		date: string;
	});
	console.log(`\nwritten to ${file}`);
	process.exit(0);
}

if (process.env.BENCH_ONLY === 'draft') {
	const draft = benchDraft();
	printDraftBench(draft);
	const file = writeReport({ date: new Date().toISOString(), machine: machine(), draft } as {
		date: string;
	});
	console.log(`\nwritten to ${file}`);
	process.exit(0);
}

console.log('building…');
execSync('npm run -s build', { stdio: 'ignore' });
const server = await serveBuild({ port: PORT });
if (process.env.BENCH_ONLY === 'checklist') {
	const checklistPages = await benchChecklistPages(BASE);
	await server.close();
	printChecklistBench(checklistPages);
	const file = writeReport({ date: new Date().toISOString(), machine: machine(), checklistPages });
	console.log(`\nwritten to ${file}`);
	process.exit(0);
}
try {
	const pages = {
		home: `${BASE}/`,
		questionnaire: `${BASE}/questionnaire`,
		checklist: `${BASE}${await sharedChecklistPath()}`
	};
	const lighthouseResults: Record<string, Awaited<ReturnType<typeof lighthouseRuns>>> = {};
	// BENCH_PAGES=checklist limits the Lighthouse runs while working on one page.
	const only = process.env.BENCH_PAGES?.split(',');
	for (const [name, url] of Object.entries(pages).filter(
		([name]) => !only || only.includes(name)
	)) {
		console.log(`lighthouse ×${RUNS}: ${name}`);
		lighthouseResults[name] = await lighthouseRuns(url);
	}
	console.log('page weight…');
	const weights = await pageWeights();
	const { dataset } = policyData();
	const national = await benchNational();
	console.log('draft tool against the reviewed records…');
	const draft = benchDraft();
	console.log('the checklist on phones and paper…');
	const checklistPages = await benchChecklistPages(BASE);

	const report = {
		date: new Date().toISOString(),
		machine: machine(),
		dataVersion: dataset.dataVersion,
		measures: dataset.measures.length,
		targets: TARGETS,
		lighthouse: lighthouseResults,
		weights,
		national,
		draft,
		checklistPages
	};
	const file = writeReport(report);

	console.log('\nLighthouse (mobile, median of 3)');
	console.table(
		Object.fromEntries(Object.entries(lighthouseResults).map(([name, r]) => [name, r.median]))
	);
	for (const [name, r] of Object.entries(lighthouseResults))
		if (r.failingAudits.length)
			console.log(`  ${name}: failing audits ${r.failingAudits.join(', ')}`);
	console.log('\nWeight (gzip bytes)');
	console.table({
		'first-load JS (home)': { total: weights.firstLoadJs.total, budget: TARGETS.firstLoadJsBytes },
		precache: {
			total: weights.precache.total,
			budget: TARGETS.precacheBytes,
			...weights.precache.byKind
		}
	});
	printNational(national);
	printDraftBench(draft);
	printChecklistBench(checklistPages);
	console.log(`\nwritten to ${file}`);
} finally {
	await server.close();
}
