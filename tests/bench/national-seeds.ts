// A national dataset of any size, grown from the reviewed records: the one generator behind the
// bench at scale, the pack tests and the end-to-end tests on national data (docs/packs.md).
//
// Documents are placed on every province first, then every city (and the districts of the four
// municipalities), then every county, each level in a fixed shuffled order; once every region has
// a document, a second round of documents (a renewed plan) starts. Each document copies a reviewed
// record of its level (provincial records for provinces, the city record for cities, district
// records for counties) with a run of its measures, so that the measures spread evenly over the
// regions: about size / regions each, at least 10, at most the whole record. Copies name their
// region, renumber their ids, vary their stated amounts and sometimes ask for a tier more, and keep
// quoting their record's source text, which the build still checks quote by quote.
//
//   npx tsx tests/bench/national-seeds.ts 100000 /tmp/huiqi-seeds-100k
//   HUIQI_SEEDS_DIR=/tmp/huiqi-seeds-100k npm run build
//
// Records are written as JSON (a subset of YAML that parses many times faster); generated seeds are
// never committed.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { DocumentRecord, MeasureRecord } from '../../src/lib/server/policy/schema.ts';
import { compileSeeds, type Compiled } from '../../src/lib/server/policy/compile.ts';
import {
	englishRegionNames,
	knownRegionCodes,
	loadRegionTree
} from '../../src/lib/server/regions.ts';
import type { RegionNode } from '../../src/lib/regions/tree.ts';
import { TIER_LADDER, type Condition } from '../../src/lib/vocabulary.ts';

/** A small deterministic generator, so two runs build the same data. */
export function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const MIN_MEASURES_PER_DOCUMENT = 10;

/** The reviewed records by level: which record a province, a city or a county copies. */
const SOURCES: Record<'province' | 'city' | 'county', string[]> = {
	province: ['guangxi-2022', 'shandong-2022'],
	city: ['zhengzhou-2022'],
	county: ['changzhou-xinbei-2022', 'chongqing-dazu-2022']
};

/** Groupings that are no region of their own (市辖区, 省直辖县级行政区划). */
const isGrouping = (node: RegionNode) => node.name === '市辖区' || node.name.includes('直辖');

type Level = keyof typeof SOURCES;

/** Every region, provinces first, then cities, then counties, each level in a shuffled order. */
export function regionsInOrder(seed = 2026): { node: RegionNode; level: Level }[] {
	const next = random(seed);
	const shuffled = <T>(items: T[]) =>
		items
			.map((item) => ({ item, key: next() }))
			.sort((a, b) => a.key - b.key)
			.map(({ item }) => item);
	const provinces = loadRegionTree();
	const cities = provinces.flatMap((p) => p.children ?? []).filter((n) => !isGrouping(n));
	const counties = provinces
		.flatMap((p) => p.children ?? [])
		.flatMap((c) => c.children ?? [])
		.filter((n) => !isGrouping(n));
	return [
		...shuffled(provinces).map((node) => ({ node, level: 'province' as const })),
		...shuffled(cities).map((node) => ({ node, level: 'city' as const })),
		...shuffled(counties).map((node) => ({ node, level: 'county' as const }))
	];
}

/** The reviewed records, as their YAML reads (the build validates every copy anyway). */
export function reviewedRecords(seedsDir = 'seeds'): DocumentRecord[] {
	return readdirSync(seedsDir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => parseYaml(readFileSync(join(seedsDir, name), 'utf8')) as DocumentRecord);
}

/** Points a condition's regions at the copy's own region (the records name only their own). */
function relocated(condition: Condition, from: string, to: string): Condition {
	if ('all' in condition) return { all: condition.all.map((c) => relocated(c, from, to)) };
	if ('any' in condition) return { any: condition.any.map((c) => relocated(c, from, to)) };
	if ('not' in condition) return { not: relocated(condition.not, from, to) };
	if ('region' in condition) return { region: condition.region.map(() => to) };
	return condition;
}

/** The records of a national dataset of `size` measures (see the module comment). */
export function nationalRecords(size: number, base = reviewedRecords()): DocumentRecord[] {
	const next = random(20261122);
	const english = englishRegionNames();
	const byId = new Map(base.map((record) => [record.id, record]));
	const regions = regionsInOrder();
	const perDocument = Math.max(MIN_MEASURES_PER_DOCUMENT, Math.floor(size / regions.length));
	const records: DocumentRecord[] = [];
	let measures = 0;
	for (let n = 0; measures < size; n++) {
		const { node, level } = regions[n % regions.length];
		const round = Math.floor(n / regions.length);
		const choices = SOURCES[level];
		const source = byId.get(choices[n % choices.length])!;
		const suffix = `${node.code}${round ? `-r${round + 1}` : ''}`;
		const count = Math.min(perDocument, source.measures.length, size - measures);
		const offset = Math.floor(next() * source.measures.length);
		const picked = Array.from(
			{ length: count },
			(_, i) => source.measures[(offset + i) % source.measures.length]
		);
		const from = source.jurisdiction.code;
		const name = { zh: node.name, en: english.get(node.code)?.full ?? node.name };
		records.push({
			...source,
			id: `${source.id}-${suffix}`,
			title: { zh: `${node.name}·${source.title.zh}`, en: `${name.en}: ${source.title.en}` },
			shortTitle: {
				zh: `${node.name}·${source.shortTitle.zh}`,
				en: `${name.en}: ${source.shortTitle.en}`
			},
			jurisdiction: { code: node.code, name },
			scopes: source.scopes.map((scope) => ({
				...scope,
				condition: relocated(scope.condition, from, node.code)
			})),
			measures: picked.map((measure): MeasureRecord => {
				const { amount } = measure.benefit;
				return {
					...measure,
					id: `${measure.id}-${suffix}`,
					benefit: {
						...measure.benefit,
						...(measure.benefit.exclusivityGroup
							? { exclusivityGroup: `${measure.benefit.exclusivityGroup}-${suffix}` }
							: {}),
						amount:
							amount.kind === 'stated'
								? { ...amount, wan: Math.max(1, Math.round(amount.wan * (0.5 + next()))) }
								: amount
					},
					eligibility:
						next() < 0.3
							? {
									all: [
										relocated(measure.eligibility, from, node.code),
										{ tierAtLeast: TIER_LADDER[Math.floor(next() * TIER_LADDER.length)] }
									]
								}
							: relocated(measure.eligibility, from, node.code)
				};
			})
		});
		measures += count;
	}
	return records;
}

/** A national dataset compiled in memory, by the build's own compiler (no files written). */
export function compileNational(size: number): Compiled {
	const codes = knownRegionCodes();
	return compileSeeds(
		nationalRecords(size).map((record) => ({
			path: `generated/${record.id}.json`,
			yaml: JSON.stringify(record),
			readSource: (name) => readFileSync(join('seeds', name), 'utf8')
		})),
		(code) => codes.has(code)
	);
}

/** Writes the records of a national dataset and the sources they quote into `dir`. */
export function writeNationalSeeds(
	size: number,
	dir: string
): { documents: number; measures: number } {
	const records = nationalRecords(size);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync('seeds/sources', join(dir, 'sources'), { recursive: true });
	for (const record of records)
		writeFileSync(join(dir, `${record.id}.json`), JSON.stringify(record));
	return {
		documents: records.length,
		measures: records.reduce((sum, record) => sum + record.measures.length, 0)
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [size, dir] = process.argv.slice(2);
	if (!size || !dir || !/^\d+$/.test(size)) {
		console.error('usage: npx tsx tests/bench/national-seeds.ts SIZE DIR');
		process.exit(2);
	}
	const written = writeNationalSeeds(Number(size), resolve(dir));
	console.log(`wrote ${written.documents} records, ${written.measures} measures, to ${dir}`);
}
