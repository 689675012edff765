// npm run -s data:check [-- seeds/FILE.yaml ...]
// Validates the seeds and shows, per document, its measures and the numbered items without one.
import { DataError, formatIssue } from '../lib/server/policy/compile.ts';
import { compilePolicyData, SEEDS_DIR } from '../lib/server/policy/seeds.ts';
import { failWith } from './output.ts';

const only = process.argv.slice(2);
try {
	const { coverage, dataset } = compilePolicyData(SEEDS_DIR, only.length ? only : undefined);
	for (const doc of coverage) {
		const empty = doc.clauses.filter((c) => c.measures.length === 0);
		console.log(
			`${doc.documentId}: ${doc.measureCount} measures, ${doc.clauses.length} numbered items`
		);
		for (const clause of empty)
			console.log(
				`  ${clause.ref} ${clause.heading}: no measure${clause.noMeasure ? ` (${clause.noMeasure})` : ' — and no reason given'}`
			);
	}
	console.log(
		`total: ${dataset.measures.length} measures in ${dataset.documents.length} documents`
	);
	const unexplained = coverage.flatMap((d) =>
		d.clauses.filter((c) => !c.measures.length && !c.noMeasure)
	);
	if (unexplained.length)
		failWith(`${unexplained.length} numbered item(s) have no measure and no reason`, 1);
} catch (error) {
	if (error instanceof DataError) {
		for (const issue of error.issues) console.error(formatIssue(issue));
		failWith(`${error.issues.length} problem(s) in the policy data`, 1);
	}
	throw error;
}
