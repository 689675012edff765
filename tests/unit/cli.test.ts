// The command-line views of the engine (docs/contracts.md), run as a user runs them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/lib/checklist/checklist.ts';
import { parseProfile } from '../../src/lib/profile/profile.ts';
import { policyData } from '../../src/lib/server/policy/seeds.ts';

function run(script: string, ...args: string[]) {
	const result = spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr.replace(/^npm warn.*\n/gm, '')
	};
}

const dir = mkdtempSync(join(tmpdir(), 'huiqi-cli-'));
function file(name: string, content: string) {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

const zhengzhouManufacturer = {
	v: 1,
	region: '410105',
	certifications: [{ tier: 'little_giant', year: 2023 }],
	industry: 'manufacturing',
	revenue: '2000-10000',
	employees: '20-300',
	needs: ['finance', 'digital']
};

describe('data:json', () => {
	test('prints documents and measures with the contract fields', () => {
		const { status, stdout } = run('data-json');
		expect(status).toBe(0);
		const data = JSON.parse(stdout);
		expect(data.documents).toHaveLength(5);
		for (const key of [
			'id',
			'title',
			'issuer',
			'docNumber',
			'dates',
			'jurisdiction',
			'period',
			'defects'
		])
			expect(data.documents[0]).toHaveProperty(key);
		expect(data.documents[0].jurisdiction.code).toMatch(/^\d{6}$/);
		for (const key of [
			'id',
			'documentId',
			'clause',
			'title',
			'category',
			'benefit',
			'eligibility',
			'contacts',
			'source'
		])
			expect(data.measures[0]).toHaveProperty(key);
		expect(data.measures[0].title).toEqual({ zh: expect.any(String), en: expect.any(String) });
		expect(data.measures[0].source.quote).toEqual(expect.any(String));
	}, 30_000);
});

describe('match', () => {
	test('prints a verdict with reasons for every measure', () => {
		const { status, stdout } = run('match', file('zz.json', JSON.stringify(zhengzhouManufacturer)));
		expect(status).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.dataVersion).toMatch(/^[0-9a-f]{12}$/);
		expect(out.results.length).toBeGreaterThan(100);
		const reward = out.results.find(
			(r: { measureId: string }) => r.measureId === 'zz-new-little-giant-reward'
		);
		expect(reward.status).toBe('eligible');
		expect(reward.reasons.every((r: { verdict: string }) => r.verdict === 'met')).toBe(true);
		const shandong = out.results.find((r: { measureId: string }) => r.measureId.startsWith('sd-'));
		expect(shandong.status).toBe('ineligible');
	}, 30_000);

	const bad: [string, () => string[], RegExp][] = [
		['a missing file', () => [join(dir, 'nope.json')], /^error: no such file: .*nope\.json$/],
		[
			'invalid JSON',
			() => [file('bad.json', '{ "v": 1,')],
			/^error: .*bad\.json is not valid JSON/
		],
		[
			'a profile that fails the schema',
			() => [file('wrong.json', JSON.stringify({ ...zhengzhouManufacturer, revenue: 'lots' }))],
			/^error: .*wrong\.json is not a valid profile: revenue: unknown revenue band$/
		],
		[
			'a profile with a missing field',
			() => [file('partial.json', JSON.stringify({ v: 1, region: '410105' }))],
			/is not a valid profile: certifications: is missing/
		],
		['no argument', () => [], /^error: usage: npm run -s match -- PROFILE\.json$/]
	];
	test.each(bad)(
		'%s gets a one-line error and exit status 2',
		(_, args, message) => {
			const { status, stdout, stderr } = run('match', ...args());
			expect(status).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr.trim()).toMatch(message);
		},
		30_000
	);
});

describe('data:coverage', () => {
	test('accounts for every offer and contact in the real data, and says so with exit status 0', () => {
		const { status, stdout } = run('data-coverage');
		expect(status).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(5);
		for (const line of lines)
			expect(line).toMatch(
				/^[a-z0-9-]+: 0 sentence\(s\) with an unaccounted offer, 0 missing contact\(s\), 0 unknown unit\(s\)$/
			);
	}, 30_000);
});

describe('match and the checklist', () => {
	// Owners who tick only their highest certificate (issue: certificates imply the lower tiers).
	const littleGiants = [
		{ ...zhengzhouManufacturer, region: '500111', revenue: '10000-40000', employees: '300-1000' },
		{ ...zhengzhouManufacturer, region: '450200' }
	];
	test.for(littleGiants.map((p) => [p.region, p] as const))(
		'a little giant in %s gets the same verdicts from the command as from the checklist',
		{ timeout: 30_000 },
		([, profile]) => {
			const { status, stdout } = run(
				'match',
				file(`lg-${profile.region}.json`, JSON.stringify(profile))
			);
			expect(status).toBe(0);
			const results: { measureId: string; status: string }[] = JSON.parse(stdout).results;
			const parsed = parseProfile(profile);
			if (!parsed.ok) throw new Error(parsed.error);
			const checklist = buildChecklist(policyData().dataset, parsed.profile, {
				year: new Date().getFullYear()
			});
			const ids = (status: string) =>
				results
					.filter((r) => r.status === status)
					.map((r) => r.measureId)
					.sort();
			expect(checklist.eligible.map((i) => i.measure.id).sort()).toEqual(ids('eligible'));
			expect(checklist.maybe.map((i) => i.measure.id).sort()).toEqual(ids('maybe'));
			expect(ids('eligible').length).toBeGreaterThan(10);
		}
	);
});
