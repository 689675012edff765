// npm run -s data:draft -- RAW.txt [--yaml seeds/NAME.yaml]
// Drafts a seed record from a raw policy text: JSON on stdout (cleanText, cleaning, defects,
// document, items, measures). With --yaml it also writes the draft as a seed record, every field
// marked unreviewed, and copies the raw text byte for byte into seeds/sources/. Drafts are
// proposals: the build refuses a record until a reviewer has cleared every unreviewed field.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { draftFromBytes } from '../lib/server/draft/draft.ts';
import { DraftInputError } from '../lib/server/draft/input.ts';
import { draftRecordYaml } from '../lib/server/draft/record.ts';
import { failWith, printJson } from './output.ts';

const USAGE = 'usage: npm run -s data:draft -- RAW.txt [--yaml seeds/NAME.yaml]';
const args = process.argv.slice(2);
const yamlAt = args.indexOf('--yaml');
const yamlPath = yamlAt >= 0 ? args[yamlAt + 1] : undefined;
const rest = yamlAt >= 0 ? args.filter((_, i) => i !== yamlAt && i !== yamlAt + 1) : args;
if (rest.length !== 1 || (yamlAt >= 0 && !yamlPath) || rest[0].startsWith('--')) failWith(USAGE);
const [path] = rest;

let target: { yaml: string; source: string; id: string } | undefined;
if (yamlPath) {
	const id = basename(yamlPath, '.yaml');
	if (!yamlPath.endsWith('.yaml') || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
		failWith(
			`--yaml ${yamlPath}: name the record NAME.yaml with NAME in lowercase letters, digits and hyphens`
		);
	target = { yaml: yamlPath, source: join(dirname(yamlPath), 'sources', `${id}.txt`), id };
	for (const file of [target.yaml, target.source])
		if (existsSync(file))
			failWith(`${file} already exists: choose another name or remove it first`);
}

let bytes: Buffer;
try {
	bytes = readFileSync(path);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	failWith(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? error})`);
}

let draft: ReturnType<typeof draftFromBytes>;
try {
	draft = draftFromBytes(bytes, path);
} catch (error) {
	if (error instanceof DraftInputError) failWith(error.message);
	throw error;
}

if (target) {
	mkdirSync(dirname(target.source), { recursive: true });
	copyFileSync(path, target.source);
	writeFileSync(
		target.yaml,
		draftRecordYaml(draft, { id: target.id, originalFile: basename(path) })
	);
	console.error(
		`wrote ${target.yaml} (${draft.measures.length} drafted measures, every field unreviewed) and ${target.source}; review it with npm run -s data:check -- ${target.yaml}`
	);
}
printJson(draft);
