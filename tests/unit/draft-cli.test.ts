// npm run -s data:draft as a maintainer runs it: the JSON draft of a real source, one-line errors
// with exit status 2 for anything that is not a policy text, hostile inputs that never crash, and
// --yaml writing a seed record and a byte-for-byte copy of the raw text (in a temporary folder).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftFromBytes } from '../../src/lib/server/draft/draft.ts';
import { DraftInputError } from '../../src/lib/server/draft/input.ts';

const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], cwd = ROOT) {
	const result = spawnSync(TSX, [join(ROOT, `src/cli/${script}.ts`), ...args], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 64 * 2 ** 20
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'huiqi-draft-'));
function file(name: string, content: string | Uint8Array) {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** Bytes from a fixed seed, so a failing case can be replayed. */
function randomBytes(seed: number, length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed;
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		bytes[i] = state >>> 24;
	}
	return bytes;
}

describe('data:draft prints a draft', () => {
	test('of a real mirror copy: cleaned text, counted cleaning, defects, particulars, items, measures', () => {
		const { status, stdout, stderr } = run('data-draft', ['seeds/sources/guangxi-2022.txt']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const draft = JSON.parse(stdout);
		expect(Object.keys(draft)).toEqual(
			expect.arrayContaining(['cleanText', 'cleaning', 'defects', 'document', 'items', 'measures'])
		);
		expect(draft.cleaning).toContainEqual({ step: 'site_boilerplate', count: 16 });
		expect(draft.defects.map((d: { kind: string }) => d.kind)).toContain('mirror_noise');
		expect(draft.document).toMatchObject({
			title: '广西壮族自治区中小企业“专精特新”培育提升行动计划',
			issuer: '广西壮族自治区促进中小企业发展工作领导小组办公室',
			docNumber: '桂工信企业〔2022〕109号',
			issued: '2022-02-15',
			periodTo: 2025
		});
		expect(draft.items[0]).toMatchObject({ ref: '一(一)', heading: '指导思想' });
		for (const measure of draft.measures) {
			expect(draft.cleanText.slice(measure.start, measure.end)).toBe(measure.quote);
			expect(Object.keys(measure)).toEqual(
				expect.arrayContaining(['ref', 'quote', 'contacts', 'amounts', 'tiers', 'once', 'new'])
			);
		}
		const grant = draft.measures.find((m: { quote: string }) => m.quote.includes('一次性50万元'));
		expect(grant).toMatchObject({
			ref: '二(二)',
			once: true,
			amounts: [{ wan: 50, kind: 'fixed' }]
		});
	}, 30_000);
});

describe('data:draft refuses what is not a policy text', () => {
	const bad: [string, () => string[], RegExp][] = [
		['a missing file', () => [join(dir, 'nope.txt')], /^error: no such file: .*nope\.txt$/],
		['an empty file', () => [file('empty.txt', '')], /^error: .*empty\.txt is empty$/],
		[
			'a binary file',
			() => [file('image.bin', randomBytes(7, 2048))],
			/^error: .*image\.bin is binary/
		],
		[
			'a GBK (non-UTF-8) file',
			() => [
				file(
					'gbk.txt',
					new Uint8Array([0xd6, 0xa7, 0xb3, 0xd6, 0xc6, 0xf3, 0xd2, 0xb5, 0xb7, 0xa2, 0xd5, 0xb9])
				)
			],
			/^error: .*gbk\.txt is not UTF-8 text \(it reads as GB18030\/GBK/
		],
		[
			'a text with no numbered structure',
			() => [file('plain.txt', '这是一段没有编号的文字。支持企业发展。')],
			/^error: no recognizable structure/
		],
		[
			'a text of only numbering',
			() => [file('numbers.txt', '一、\n二、\n(一)\n(二)\n1.\n2.\n（1）\n①\n第一条\n')],
			/^error: no recognizable structure/
		],
		[
			'a 10 MB file',
			() => [file('huge.txt', '1.对企业给予奖励。\n'.repeat(400_000))],
			/^error: .*huge\.txt is 1\d\.\d MB; a policy text is under 2 MB/
		],
		['no argument', () => [], /^error: usage: npm run -s data:draft -- RAW\.txt/],
		[
			'a record name that is not URL-safe',
			() => [file('ok.txt', '1.对企业给予奖励。'), '--yaml', join(dir, 'Bad Name.yaml')],
			/^error: --yaml .*: name the record NAME\.yaml/
		]
	];
	test.each(bad)(
		'%s gets a one-line error and exit status 2',
		(_, args, message) => {
			const { status, stdout, stderr } = run('data-draft', args());
			expect(status).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr.trim()).toMatch(message);
		},
		30_000
	);
});

describe('hostile inputs never crash the drafter', () => {
	test('random bytes of every size: a one-line refusal or a valid draft', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const bytes = randomBytes(seed, 1 + ((seed * 97) % 5000));
			try {
				const draft = draftFromBytes(bytes);
				for (const m of draft.measures) expect(draft.cleanText.slice(m.start, m.end)).toBe(m.quote);
			} catch (error) {
				expect(error).toBeInstanceOf(DraftInputError);
				expect((error as Error).message).not.toContain('\n');
			}
		}
	});

	test('random Chinese text with numbering marks mixed in: a refusal or a valid draft', () => {
		const pieces = [
			'一、',
			'(一)',
			'（二）',
			'1.',
			'2、',
			'（3）',
			'①',
			'第一条',
			'。',
			'，',
			'\n',
			'给予',
			'50万元',
			'企业',
			'(责任单位:市工信局)',
			'“',
			'〔〕',
			'@@',
			'(yè)',
			'業'
		];
		for (let seed = 1; seed <= 300; seed++) {
			const picks = randomBytes(seed, 400);
			const text = [...picks].map((b) => pieces[b % pieces.length]).join('');
			try {
				const draft = draftFromBytes(new TextEncoder().encode(text));
				for (const m of draft.measures) expect(draft.cleanText.slice(m.start, m.end)).toBe(m.quote);
				for (const item of draft.items) expect(item.ref).toBeTruthy();
			} catch (error) {
				expect(error).toBeInstanceOf(DraftInputError);
			}
		}
	});

	test('a text of two thousand items is refused quickly as not one document', () => {
		const text = '一、总则\n(一)对企业给予奖励。\n'.repeat(1500);
		const started = performance.now();
		expect(() => draftFromBytes(new TextEncoder().encode(text))).toThrow(
			/more than 2000 numbered units/
		);
		// Generous for a loaded machine: the point is that it never hangs.
		expect(performance.now() - started).toBeLessThan(20_000);
	});
});

describe('data:draft --yaml', () => {
	test('writes a seed record with every field unreviewed and copies the raw text byte for byte', () => {
		const project = mkdtempSync(join(tmpdir(), 'huiqi-draft-yaml-'));
		mkdirSync(join(project, 'seeds'));
		const raw = readFileSync('seeds/sources/zhengzhou-2022.txt');
		const { status, stdout, stderr } = run(
			'data-draft',
			[join(ROOT, 'seeds/sources/zhengzhou-2022.txt'), '--yaml', 'seeds/zhengzhou-copy.yaml'],
			project
		);
		expect(status).toBe(0);
		expect(stderr).toMatch(/^wrote seeds\/zhengzhou-copy\.yaml/);
		expect(JSON.parse(stdout).measures.length).toBeGreaterThan(10);
		expect(readFileSync(join(project, 'seeds/sources/zhengzhou-copy.txt')).equals(raw)).toBe(true);
		const yaml = readFileSync(join(project, 'seeds/zhengzhou-copy.yaml'), 'utf8');
		expect(yaml).toMatch(/^# Drafted by `npm run -s data:draft`/);
		expect(yaml).toContain('sourceFile: sources/zhengzhou-copy.txt');
		expect(yaml).toContain('cleaning:\n  - site_boilerplate');

		// data:check lists the unreviewed fields per record so a reviewer can work through them.
		const check = run('data-check', [], project);
		expect(check.status).toBe(1);
		expect(check.stderr).toMatch(
			/^seeds\/zhengzhou-copy\.yaml: \d+ unreviewed field\(s\) in \d+ place\(s\)$/m
		);
		expect(check.stderr).toMatch(
			/^ {2}\(record\): cleaning, title, shortTitle, issuer, docNumber/m
		);
		expect(check.stderr).toMatch(
			/^ {2}zhengzhou-copy-1-2-2 \[\(一\)2\]: id, clause, title, summary, category, benefit/m
		);

		// A second run never overwrites a record under review.
		const again = run(
			'data-draft',
			[join(ROOT, 'seeds/sources/zhengzhou-2022.txt'), '--yaml', 'seeds/zhengzhou-copy.yaml'],
			project
		);
		expect(again.status).toBe(2);
		expect(again.stderr.trim()).toBe(
			'error: seeds/zhengzhou-copy.yaml already exists: choose another name or remove it first'
		);
	}, 60_000);
});
