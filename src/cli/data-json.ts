// npm run -s data:json — prints the compiled dataset (DESIGN.md: documents[] and measures[]).
import { DataError } from '../lib/policy/compile.ts';
import { policyData } from '../lib/server/policy-data.ts';
import { failWith } from './fail.ts';

try {
	process.stdout.write(`${JSON.stringify(policyData().dataset, null, 2)}\n`);
} catch (error) {
	if (error instanceof DataError) failWith(error.message.split('\n').slice(0, 2).join(' '), 1);
	throw error;
}
