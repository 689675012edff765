// The app at national size (docs/packs.md), for `npm run bench`: for each size a national dataset
// grown from the reviewed records (national-seeds.ts), the real app built on it, and what an owner
// meets — the bytes of a first visit, of the packs their answers keep and of the largest pack;
// matching one profile, the worst search query and the search index build, in Node and in the
// built app in Chromium with the CPU throttled 4× (a mid-range phone).
//
// BENCH_NATIONAL=1000,10000,100000,300000 picks the sizes (default 1000,10000,100000: a 100,000
// build takes about eight minutes on the project's machine, 300,000 about half an hour);
// BENCH_NATIONAL= (empty) leaves the section out.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, devices, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config.ts';
import { serveBuild } from '../../src/cli/serve.ts';
import { matchProfile } from '../../src/lib/matching/engine.ts';
import {
	partsCovering,
	type PackIndex,
	type ProvinceManifest
} from '../../src/lib/policy/packs.ts';
import { certificationLabel } from '../../src/lib/i18n/labels.ts';
import { regionPath, type RegionNode } from '../../src/lib/regions/tree.ts';
import { searchEntries, shardEntries } from '../../src/lib/search/entries.ts';
import { inParts } from '../../src/lib/search/national.ts';
import { createSearchIndex } from '../../src/lib/search/search.ts';
import { compilePolicyData } from '../../src/lib/server/policy/seeds.ts';
import { loadRegionTree } from '../../src/lib/server/regions.ts';
import { regionFromPacks, type ReadPack } from '../fixtures/packs.ts';
import { answerQuestionnaire, type Answers } from '../e2e/fixtures.ts';
import { writeNationalSeeds } from './national-seeds.ts';
import { profileIn, QUERIES, stats, time } from './scale.ts';
import { BUDGETS, builtPacks, gzipSize, precachedPaths, weigh } from './weight.ts';

export const NATIONAL_SIZES = (process.env.BENCH_NATIONAL ?? '1000,10000,100000')
	.split(',')
	.filter(Boolean)
	.map(Number);

/** The targets at 100,000 measures. */
export const NATIONAL_TARGETS = {
	precacheBytes: BUDGETS.precache,
	phoneMatchMs: 10,
	phoneSearchMs: 20,
	phoneIndexMs: 300
};

const OPTIONS = { year: 2026 };
const THROTTLING = 4;

/** Every region an owner can answer with: cities (whole city) and counties, no groupings. */
function answerableRegions(): RegionNode[] {
	const regions: RegionNode[] = [];
	const visit = (nodes: RegionNode[], depth: number) => {
		for (const node of nodes) {
			if (depth > 0 && node.name !== '市辖区' && !node.name.includes('直辖')) regions.push(node);
			if (node.children) visit(node.children, depth + 1);
		}
	};
	visit(loadRegionTree(), 0);
	return regions;
}

/** The build's packs as the app's index names them, and a reader of its pack files. */
function packsIn(buildDir: string): {
	index: Pick<PackIndex, 'packs' | 'dataVersion'>;
	read: ReadPack;
} {
	const read: ReadPack = (url) => JSON.parse(readFileSync(join(buildDir, url), 'utf8'));
	const packs = builtPacks(buildDir).map((pack) => ({
		province: pack.province,
		manifest: pack.manifest,
		search: pack.search,
		version: '',
		documents: 0,
		measures: 0
	}));
	return { index: { packs, dataVersion: '' }, read };
}

type Owner = { region: string; measures: number; bytes: number };

/** The bytes of the packs: what each owner's answers keep, the largest pack, the search shards. */
function packBytes(buildDir: string) {
	const gz = new Map<string, number>();
	const size = (url: string) => {
		if (!gz.has(url)) gz.set(url, gzipSize(join(buildDir, url)));
		return gz.get(url)!;
	};
	const { index, read } = packsIn(buildDir);
	const manifests = new Map<string, ProvinceManifest>(
		index.packs.map((pack) => [pack.province, read<ProvinceManifest>(pack.manifest)])
	);
	const owners: Owner[] = answerableRegions().map(({ code }) => {
		const pack = index.packs.find((p) => p.province === `${code.slice(0, 2)}0000`);
		const manifest = manifests.get(`${code.slice(0, 2)}0000`);
		const parts = manifest ? partsCovering(manifest, code) : [];
		return {
			region: code,
			measures: parts.reduce((sum, part) => sum + part.measures, 0),
			bytes: pack ? size(pack.manifest) + parts.reduce((sum, part) => sum + size(part.file), 0) : 0
		};
	});
	const byBytes = [...owners].sort((a, b) => a.bytes - b.bytes);
	// A county or district named: what most owners answer (a city named alone covers its districts).
	const counties = byBytes.filter((owner) => !owner.region.endsWith('00'));
	const provinces = index.packs.map((pack) => {
		const manifest = manifests.get(pack.province)!;
		return {
			province: pack.province,
			bytes: size(pack.manifest) + manifest.parts.reduce((sum, part) => sum + size(part.file), 0),
			largestPart: Math.max(...manifest.parts.map((part) => size(part.file)))
		};
	});
	return {
		owners,
		ownerMedian: byBytes[Math.floor(byBytes.length / 2)],
		ownerWorst: byBytes.at(-1)!,
		ownerWorstCounty: counties.at(-1)!,
		/** The owner with the most measures to match and search: the one timed. */
		busiest: owners.reduce((a, b) => (b.measures > a.measures ? b : a)),
		largestPack: provinces.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
		largestPartBytes: Math.max(...provinces.map((p) => p.largestPart)),
		searchShardsBytes: index.packs.reduce((sum, pack) => sum + size(pack.search), 0)
	};
}

/** Matching and search in Node: the owner's region from its packs, and the whole dataset. */
function nodeTimings(buildDir: string, seedsDir: string, owner: Owner) {
	const { index, read } = packsIn(buildDir);
	const region = regionFromPacks(index, read, owner.region);
	const profile = profileIn(owner.region);
	const match = stats(time(() => matchProfile(region.dataset, profile, OPTIONS), 60));
	const { dataset: whole } = compilePolicyData(seedsDir);
	const wholeMatch = stats(time(() => matchProfile(whole, profile, OPTIONS), 10));
	const entries = searchEntries(region.dataset, region.pinyin);
	const indexBuild = stats(time(() => createSearchIndex(entries), 5));
	const regionIndex = createSearchIndex(entries);
	const regionQueries = Object.values(QUERIES).map(
		(query) => stats(time(() => regionIndex.search(query), 15)).medianMs
	);
	// Across provinces: every province's shard, searched one after another (national.ts in lib).
	const shards = index.packs.flatMap((pack) =>
		inParts(shardEntries(read(pack.search))).map((entries) => ({
			build: stats(time(() => createSearchIndex(entries), 3)).medianMs,
			index: createSearchIndex(entries)
		}))
	);
	const national = Object.values(QUERIES).map((query) => {
		const slices = shards.map(({ index }) => stats(time(() => index.search(query), 5)).medianMs);
		return { slice: Math.max(...slices), all: slices.reduce((a, b) => a + b, 0) };
	});
	return {
		ownerMeasures: region.dataset.measures.length,
		match,
		wholeMatch,
		regionIndexBuildMs: indexBuild.medianMs,
		regionWorstQueryMs: Math.max(...regionQueries),
		shardIndexBuildMs: Math.max(...shards.map((s) => s.build)),
		allShardsIndexBuildMs: +shards.reduce((sum, s) => sum + s.build, 0).toFixed(1),
		nationalWorstSliceMs: Math.max(...national.map((n) => n.slice)),
		nationalWorstQueryMs: +Math.max(...national.map((n) => n.all)).toFixed(2)
	};
}

const durations = (page: Page, name: string) =>
	page.evaluate(
		(name) => performance.getEntriesByName(name, 'measure').map((entry) => entry.duration),
		name
	);

/** Waits for a new measure of `name` after `count` and returns its duration. */
async function nextDuration(page: Page, name: string, count: number): Promise<number> {
	await page.waitForFunction(
		([name, count]) => performance.getEntriesByName(name, 'measure').length > count,
		[name, count] as const,
		{ timeout: 180_000 }
	);
	return (await durations(page, name)).at(-1)!;
}

/** The bench's owner: a provincial 专精特新 manufacturer (the tier named as the region names it). */
function ownerAnswers(region: string): Answers {
	return {
		region: { path: regionPath(loadRegionTree(), region).map((node) => node.code) },
		certification: [certificationLabel('srdi_provincial', region).zh],
		industry: '制造业',
		revenue: '2000万–1亿元',
		employees: '20–300人'
	};
}

/** The built app in Chromium at Pixel 7 size with the CPU throttled 4×. */
async function phoneTimings(buildDir: string, owner: Owner) {
	// Any free port: the bench's own server may still be serving build/.
	const server = await serveBuild({ root: buildDir, port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'zh-CN' });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
		await page.goto(`${server.url}/`);
		await page.getByText('已可离线使用').waitFor({ timeout: 120_000 });
		const firstVisit = weigh(buildDir, await precachedPaths(page));

		// The first checklist meets code the phone has not run yet (cold); the next ones, made in the
		// same visit through the app's own navigation, show the matching itself (warm).
		const checklists: number[] = [];
		await page.goto(`${server.url}/questionnaire`);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		for (let run = 0; run < 4; run++) {
			if (run) await page.getByRole('link', { name: '开始匹配' }).click();
			await page.locator('.cascade select').first().waitFor();
			const count = (await durations(page, 'huiqi:checklist')).length;
			await answerQuestionnaire(page, ownerAnswers(owner.region));
			checklists.push(await nextDuration(page, 'huiqi:checklist', count));
		}
		const ownerKept = weigh(buildDir, await precachedPaths(page));

		await page.goto(`${server.url}/search`);
		const box = page.getByLabel('关键词、拼音或拼音首字母');
		const regionIndexMs = await nextDuration(page, 'huiqi:search-index', 0);
		// Each query typed three times (the median counts): the first time may meet cold code.
		const typed = async (query: string, name: string) => {
			const runs: number[] = [];
			for (let run = 0; run < 3; run++) {
				await box.fill('');
				const count = (await durations(page, name)).length;
				await box.fill(query);
				runs.push(await nextDuration(page, name, count));
			}
			return stats(runs).medianMs;
		};
		const regionQueries: Record<string, number> = {};
		for (const [name, query] of Object.entries(QUERIES))
			regionQueries[name] = +(await typed(query, 'huiqi:search')).toFixed(1);
		await box.fill('');
		await page.getByLabel(/只看我所在地区/).uncheck();
		// The first search across provinces fetches and indexes every shard: not a keystroke's work.
		const warm = (await durations(page, 'huiqi:search-all')).length;
		await box.fill('专精特新');
		const firstNationalMs = +(await nextDuration(page, 'huiqi:search-all', warm)).toFixed(1);
		const nationalQueries: Record<string, number> = {};
		let worstSlice = 0;
		for (const [name, query] of Object.entries(QUERIES)) {
			const slicesBefore = (await durations(page, 'huiqi:search-slice')).length;
			nationalQueries[name] = +(await typed(query, 'huiqi:search-all')).toFixed(1);
			const slices = (await durations(page, 'huiqi:search-slice')).slice(slicesBefore);
			worstSlice = Math.max(worstSlice, ...slices);
		}
		const shardBuilds = await durations(page, 'huiqi:search-shard-index');
		return {
			firstVisit,
			ownerKept,
			checklistColdMs: +checklists[0].toFixed(1),
			checklistMs: stats(checklists.slice(1)),
			regionIndexMs: +regionIndexMs.toFixed(1),
			regionQueries,
			regionWorstQueryMs: Math.max(...Object.values(regionQueries)),
			shardIndexBuildMs: +Math.max(...shardBuilds).toFixed(1),
			allShardsIndexBuildMs: +shardBuilds.reduce((a, b) => a + b, 0).toFixed(1),
			firstNationalMs,
			nationalQueries,
			nationalWorstSliceMs: +worstSlice.toFixed(1),
			nationalWorstQueryMs: Math.max(...Object.values(nationalQueries))
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Generates the records, builds the app on them (builds/, git-ignored) and measures it. */
export async function benchNationalSize(size: number) {
	const seedsDir = `builds/national-${size}-seeds`;
	const buildDir = `builds/national-${size}`;
	const generated = writeNationalSeeds(size, seedsDir);
	const started = performance.now();
	// BENCH_REUSE_BUILDS=1 measures a build left by an earlier run (the 300,000 build takes a quarter
	// of an hour); its build time is then not measured.
	const reuse = process.env.BENCH_REUSE_BUILDS === '1' && existsSync(join(buildDir, 'index.html'));
	if (!reuse)
		execSync('npm run -s build', {
			stdio: 'ignore',
			env: { ...process.env, HUIQI_SEEDS_DIR: seedsDir, HUIQI_BUILD_DIR: buildDir }
		});
	const buildSeconds = reuse ? null : Math.round((performance.now() - started) / 1000);
	const bytes = packBytes(buildDir);
	const owner = bytes.busiest;
	const node = nodeTimings(buildDir, seedsDir, owner);
	const phone = await phoneTimings(buildDir, owner);
	const { owners, ...packs } = bytes;
	return {
		size,
		...generated,
		regions: owners.length,
		buildSeconds,
		owner,
		packs: {
			...packs,
			firstVisitBytes: phone.firstVisit.total,
			ownerMedianBytes: phone.firstVisit.total + packs.ownerMedian.bytes,
			ownerWorstBytes: phone.firstVisit.total + packs.ownerWorst.bytes,
			ownerWorstCountyBytes: phone.firstVisit.total + packs.ownerWorstCounty.bytes,
			/** A whole province (an owner naming only a province keeps all of it). */
			largestProvinceBytes: phone.firstVisit.total + packs.largestPack.bytes
		},
		node,
		phone
	};
}

export type NationalRow = Awaited<ReturnType<typeof benchNationalSize>>;

export async function benchNational(sizes = NATIONAL_SIZES): Promise<NationalRow[]> {
	const rows: NationalRow[] = [];
	for (const size of sizes) {
		console.log(`national data, ${size} measures: generating, building, measuring…`);
		rows.push(await benchNationalSize(size));
	}
	return rows;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${value} ms`;

export function printNational(rows: NationalRow[]) {
	console.log(`\nNational data (Node ${process.version}; phone: Chromium, CPU ×${THROTTLING})`);
	console.table(
		Object.fromEntries(
			rows.map((r) => [
				r.size,
				{
					documents: r.documents,
					'first visit': kb(r.packs.firstVisitBytes),
					'owner kept (median)': kb(r.packs.ownerMedianBytes),
					'(worst county)': kb(r.packs.ownerWorstCountyBytes),
					'(worst answer)': kb(r.packs.ownerWorstBytes),
					'largest pack': kb(r.packs.largestPack.bytes),
					'search shards': kb(r.packs.searchShardsBytes)
				}
			])
		)
	);
	console.table(
		Object.fromEntries(
			rows.map((r) => [
				r.size,
				{
					'owner measures': r.node.ownerMeasures,
					'match node': ms(r.node.match.medianMs),
					'checklist phone (cold / warm)': `${r.phone.checklistColdMs} / ${r.phone.checklistMs.medianMs} ms`,
					'whole dataset node': ms(r.node.wholeMatch.medianMs),
					'search node': ms(r.node.regionWorstQueryMs),
					'search phone': ms(r.phone.regionWorstQueryMs),
					'index node': ms(r.node.regionIndexBuildMs),
					'index phone': ms(r.phone.regionIndexMs),
					'all provinces phone (slice / all)': `${r.phone.nationalWorstSliceMs} / ${r.phone.nationalWorstQueryMs} ms`
				}
			])
		)
	);
	console.log(
		`  targets at 100,000: first visit and owner ≤ ${kb(NATIONAL_TARGETS.precacheBytes)}; phone: match < ${NATIONAL_TARGETS.phoneMatchMs} ms, every query < ${NATIONAL_TARGETS.phoneSearchMs} ms, index < ${NATIONAL_TARGETS.phoneIndexMs} ms`
	);
}
