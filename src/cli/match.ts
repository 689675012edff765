// npm run -s match -- PROFILE.json — matches one Profile against every measure with the same
// engine the app uses and prints { dataVersion, results: [{ measureId, status, reasons, unlockedBy? }] }.
import { readFileSync } from 'node:fs';
import { matchProfile } from '../lib/matching/engine.ts';
import { parseProfile } from '../lib/profile/profile.ts';
import { policyData } from '../lib/server/policy/seeds.ts';
import { failWith, printJson } from './output.ts';

const [path, ...extra] = process.argv.slice(2);
if (!path || extra.length) failWith('usage: npm run -s match -- PROFILE.json');

let text: string;
try {
	text = readFileSync(path, 'utf8');
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	failWith(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? error})`);
}

let json: unknown;
try {
	json = JSON.parse(text);
} catch (error) {
	failWith(`${path} is not valid JSON: ${(error as Error).message}`);
}

const parsed = parseProfile(json);
if (!parsed.ok) failWith(`${path} is not a valid profile: ${parsed.error}`);

const { dataset } = policyData();
const results = matchProfile(dataset, parsed.profile, { year: new Date().getFullYear() });
printJson({ dataVersion: dataset.dataVersion, results });
