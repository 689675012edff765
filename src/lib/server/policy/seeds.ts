// Reads seeds/ from disk and compiles it once per process: the build, the prerendered pages and
// the command-line tools all go through here, so they can never disagree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileSeeds, type Compiled, type SeedFile } from './compile.ts';
import { englishRegionLabel, regionLabel } from '../../regions/names.ts';
import { knownRegionCodes, packedRegionEnglish, packedRegionNames } from '../regions.ts';

/**
 * The records the build compiles: seeds/, or HUIQI_SEEDS_DIR (a generated national dataset,
 * tests/bench/national-seeds.ts), so the app itself can be built and measured at any size.
 */
export const SEEDS_DIR = resolve(process.cwd(), process.env.HUIQI_SEEDS_DIR ?? 'seeds');

export function seedFiles(seedsDir = SEEDS_DIR, only?: string[]): SeedFile[] {
	const wanted = only?.map((path) => resolve(path));
	return (
		readdirSync(seedsDir)
			// Generated national datasets write JSON, a subset of YAML that parses many times faster.
			.filter((name) => name.endsWith('.yaml') || name.endsWith('.json'))
			.sort()
			.map((name) => join(seedsDir, name))
			.filter((path) => !wanted || wanted.includes(path))
			.map((path) => ({
				path: relative(process.cwd(), path),
				yaml: readFileSync(path, 'utf8'),
				readSource(sourceFile) {
					const sourcePath = join(seedsDir, sourceFile);
					return existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : null;
				}
			}))
	);
}

let cached: Compiled | undefined;

export function compilePolicyData(seedsDir = SEEDS_DIR, only?: string[]): Compiled {
	const codes = knownRegionCodes();
	return withPlaceNames(compileSeeds(seedFiles(seedsDir, only), (code) => codes.has(code)));
}

/** Names each document's jurisdiction as GB/T 2260 does, in both languages (policy/jurisdiction.ts). */
function withPlaceNames(compiled: Compiled): Compiled {
	const names = { zh: packedRegionNames(), en: packedRegionEnglish() };
	for (const document of compiled.dataset.documents) {
		const { code } = document.jurisdiction;
		const en = englishRegionLabel(names, code);
		const zh = regionLabel(names.zh, code).split(' ').at(-1);
		if (en && zh) document.jurisdiction.place = { zh, en };
	}
	return compiled;
}

/** The compiled dataset of this checkout, compiled once. Throws DataError on a broken record. */
export function policyData(): Compiled {
	cached ??= compilePolicyData();
	return cached;
}
