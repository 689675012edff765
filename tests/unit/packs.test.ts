// Region packs (docs/packs.md): every document and measure lies in exactly one part of the pack its
// jurisdiction's province names, the index and the directory find it, phones receive the compiled
// records without what only the data tools read, and a profile gets the same answers from its
// region's packs as from the whole dataset: for every real measure, and for generated national data.
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/lib/checklist/checklist.ts';
import { matchProfile, type MatchResult } from '../../src/lib/matching/engine.ts';
import {
	bucketOf,
	changedPacks,
	expandPart,
	packFile,
	type DirectoryBucket,
	type PackIndex,
	type PartFile
} from '../../src/lib/policy/packs.ts';
import type { Dataset } from '../../src/lib/policy/types.ts';
import type { Profile } from '../../src/lib/profile/profile.ts';
import { provinceOf } from '../../src/lib/regions/tree.ts';
import { buildPacks, type BuiltPacks } from '../../src/lib/server/packs.ts';
import type { Compiled } from '../../src/lib/server/policy/compile.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';
import { buildPinyinIndexes } from '../../src/lib/server/search-entries.ts';
import { compileNational, random } from '../bench/national-seeds.ts';
import { manifestOf, regionFromPacks } from '../fixtures/packs.ts';

const OPTIONS = { year: 2026 };

function packsOf(compiled: Compiled): BuiltPacks {
	return buildPacks(compiled.dataset, compiled.quoteContexts, buildPinyinIndexes(compiled.dataset));
}

/** A pack file by its URL path, as a phone would fetch it. */
function file<T>(built: BuiltPacks, url: string): T {
	const text = built.files.get(url.slice(1));
	if (text === undefined) throw new Error(`no pack file ${url}`);
	return JSON.parse(text) as T;
}

const manifestIn = (built: BuiltPacks, province: string) =>
	manifestOf(built.index, (url) => file(built, url), province);

/** A region's data from its packs, the way the app composes it. */
const regionDataset = (built: BuiltPacks, region: string) =>
	regionFromPacks(built.index, (url) => file(built, url), region).dataset;

const verdict = (result: MatchResult) => ({
	status: result.status,
	unlockedBy: result.unlockedBy,
	unlockedStatus: result.unlockedStatus,
	reasons: result.reasons
});

/**
 * The same answers from the region's packs as from the whole dataset: every measure the packs
 * hold gets the same verdict and explanation, every other measure is outside the region, and the
 * checklist is the same. Returns the ids the packs held.
 */
function expectSameAnswers(whole: Dataset, built: BuiltPacks, profile: Profile): string[] {
	const region = regionDataset(built, profile.region);
	const fromPacks = new Map(matchProfile(region, profile, OPTIONS).map((r) => [r.measureId, r]));
	for (const result of matchProfile(whole, profile, OPTIONS)) {
		const packed = fromPacks.get(result.measureId);
		if (packed) expect(verdict(packed), result.measureId).toEqual(verdict(result));
		else expect(result.status, `${result.measureId} outside ${profile.region}`).toBe('ineligible');
		if (!packed) expect(result.unlockedBy, result.measureId).toBeUndefined();
	}
	// The same items; among items ranked alike, the order follows the data's order, which differs.
	const ids = (list: { measure: { id: string } }[]) => list.map((item) => item.measure.id).sort();
	const a = buildChecklist(whole, profile, OPTIONS);
	const b = buildChecklist(region, profile, OPTIONS);
	expect({ eligible: ids(b.eligible), maybe: ids(b.maybe), totals: b.totals }).toEqual({
		eligible: ids(a.eligible),
		maybe: ids(a.maybe),
		totals: a.totals
	});
	expect(b.ladder.map((step) => [step.tier, ids(step.unlocked), step.gain])).toEqual(
		a.ladder.map((step) => [step.tier, ids(step.unlocked), step.gain])
	);
	return [...fromPacks.keys()];
}

/** Answers that reach different parts of the eligibility trees. */
function profilesIn(region: string): Profile[] {
	const base = {
		v: 1 as const,
		region,
		industry: 'manufacturing' as const,
		revenue: '2000-10000' as const,
		employees: '20-300' as const,
		needs: ['finance' as const]
	};
	return [
		{ ...base, certifications: [] },
		{ ...base, certifications: [{ tier: 'srdi_provincial', year: 2023 }, { tier: 'high_tech' }] },
		{ ...base, certifications: [{ tier: 'little_giant', year: 2024 }], revenue: 'unknown' },
		{ ...base, certifications: [{ tier: 'cultivation_pool' }], industry: 'software_it' },
		{ ...base, certifications: [{ tier: 'champion', year: 2022 }], situations: [] }
	];
}

function expectEachInOnePart(compiled: Compiled, built: BuiltPacks) {
	const { dataset } = compiled;
	const holders = new Map<string, string[]>();
	for (const [path, text] of built.files) {
		if (!/\/\d{6}\/\d{6}\.[0-9a-f]{10}\.json$/.test(path)) continue;
		const part = JSON.parse(text) as PartFile;
		for (const item of [...part.documents, ...part.measures])
			holders.set(item.id, [...(holders.get(item.id) ?? []), `/${path}`]);
	}
	const jurisdictionOf = new Map(dataset.documents.map((d) => [d.id, d.jurisdiction.code]));
	const items = [
		...dataset.documents.map((d) => ({ id: d.id, code: d.jurisdiction.code })),
		...dataset.measures.map((m) => ({ id: m.id, code: jurisdictionOf.get(m.documentId)! }))
	];
	for (const { id, code } of items) {
		const paths = holders.get(id) ?? [];
		expect(paths, id).toHaveLength(1);
		const province = provinceOf(code);
		expect(paths[0], id).toContain(`/packs/${province}/${code}.`);
		const manifest = manifestIn(built, province)!;
		expect(manifest.parts.find((part) => part.code === code)?.file, id).toBe(paths[0]);
		const { directory } = built.index;
		const bucket = file<DirectoryBucket>(built, directory[bucketOf(id, directory.length)]);
		expect(bucket[id], id).toBe(code);
	}
	expect(holders.size).toBe(items.length);
}

describe('the real data in packs', () => {
	const compiled = policyData();
	const built = packsOf(compiled);
	const { dataset } = compiled;

	test('every document and measure lies in one part of its province’s pack, which the index and the directory name', () => {
		expectEachInOnePart(compiled, built);
		const index: PackIndex = built.index;
		expect(index.packs.map((pack) => pack.province)).toEqual(
			[...new Set(dataset.documents.map((d) => provinceOf(d.jurisdiction.code)))].sort()
		);
		for (const pack of index.packs) {
			const manifest = manifestIn(built, pack.province)!;
			expect(manifest.version).toBe(pack.version);
			expect(pack.measures).toBe(manifest.parts.reduce((sum, part) => sum + part.measures, 0));
		}
		expect(index.measures).toBe(dataset.measures.length);
	});

	test('phones receive the compiled records without what only the data tools read', () => {
		const shipped = built.index.packs.flatMap((pack) =>
			manifestIn(built, pack.province)!.parts.map((entry) =>
				expandPart(file<PartFile>(built, entry.file))
			)
		);
		for (const part of shipped) {
			for (const document of part.documents) {
				const compiledDocument = dataset.documents.find((d) => d.id === document.id)!;
				const { exclusions, originalFile, leadRule, clauses, ...rest } = compiledDocument;
				void [exclusions, originalFile, leadRule];
				expect(document).toEqual({
					...rest,
					clauses: clauses.map(({ anchor, ...clause }) => (void anchor, clause))
				});
				expect(document).not.toHaveProperty('exclusions');
			}
			for (const measure of part.measures) {
				const { leadReason, source, ...rest } = dataset.measures.find((m) => m.id === measure.id)!;
				void leadReason;
				expect(measure).toEqual({ ...rest, source: { quote: source.quote } });
				expect(part.quotes[measure.id]).toEqual(compiled.quoteContexts.get(measure.id));
			}
		}
	});

	test('a profile gets the same answers from its region’s packs as from the whole dataset, for every real measure', () => {
		const regions = [
			// each document's own jurisdiction, a district below each city, the city above each
			// district (named alone, its districts' documents may apply), a province, nowhere covered
			...dataset.documents.map((d) => d.jurisdiction.code),
			'410105',
			'320400',
			'500000',
			'370200',
			'450000',
			'110101'
		];
		const reached = new Set<string>();
		for (const region of regions)
			for (const profile of profilesIn(region))
				for (const id of expectSameAnswers(dataset, built, profile)) reached.add(id);
		expect([...reached].sort()).toEqual(dataset.measures.map((m) => m.id).sort());
	});
});

describe('generated national data in packs', () => {
	const compiled = compileNational(3000);
	const built = packsOf(compiled);

	test('spreads over every province and places every measure in one part of its province’s pack', () => {
		expect(built.index.packs).toHaveLength(34);
		expect(compiled.dataset.measures).toHaveLength(3000);
		expectEachInOnePart(compiled, built);
	});

	test('a sample of profiles gets the same answers from the packs as from the whole dataset', () => {
		const next = random(13);
		const jurisdictions = [...new Set(compiled.dataset.documents.map((d) => d.jurisdiction.code))];
		for (let i = 0; i < 40; i++) {
			const code = jurisdictions[Math.floor(next() * jurisdictions.length)];
			// Its own region, or the city above it named alone.
			const region = i % 4 === 3 && !code.endsWith('00') ? `${code.slice(0, 4)}00` : code;
			const [profile] = profilesIn(region).slice(i % 5, (i % 5) + 1);
			expect(expectSameAnswers(compiled.dataset, built, profile).length).toBeGreaterThan(0);
		}
	});
});

describe('a new version', () => {
	test('names the kept provinces whose manifests it changes, and no others', () => {
		const current = [
			{ province: '410000', manifest: '/m/410000.a.json' },
			{ province: '450000', manifest: '/m/450000.a.json' },
			{ province: '500000', manifest: '/m/500000.a.json' }
		];
		const next = {
			'410000': '/m/410000.b.json',
			'450000': '/m/450000.a.json',
			'500000': '/m/500000.b.json'
		};
		// Chongqing changed but is not on the device.
		expect(changedPacks(['410000', '450000'], current, next)).toEqual(['410000']);
		// A province whose documents all went changed too.
		const { '450000': _dropped, ...without } = next;
		void _dropped;
		expect(changedPacks(['450000'], current, without)).toEqual(['450000']);
	});

	test('tells pack files apart by their paths alone', () => {
		const at = (path: string) => packFile(`/_app/immutable/packs/${path}`);
		expect(at('410000/410105.0123456789.json')).toEqual({ folder: '410000', name: '410105' });
		expect(at('410000/manifest.0123456789.json')).toEqual({ folder: '410000', name: 'manifest' });
		expect(at('ids/3.0123456789.json')).toEqual({ folder: 'ids', name: '3' });
		for (const path of ['../x.0123456789.json', '410000/a.b.0123456789.json', '410000/410105.json'])
			expect(at(path), path).toBeUndefined();
	});
});
