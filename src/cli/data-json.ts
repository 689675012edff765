// npm run -s data:json — prints the compiled dataset (docs/contracts.md: documents[] and measures[]).
import { DataError } from '../lib/server/policy/compile.ts';
import { policyData } from '../lib/server/policy/seeds.ts';
import { failWith, printJson } from './output.ts';

try {
	printJson(policyData().dataset);
} catch (error) {
	if (error instanceof DataError) failWith(error.message.split('\n').slice(0, 2).join(' '), 1);
	throw error;
}
