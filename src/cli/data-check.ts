// npm run -s data:check [-- seeds/FILE.yaml ...]
// Validates the seeds and shows, per document, its measures and the numbered items without one;
// for a drafted record, the fields each measure still needs a reviewer for.
import { DataError, formatIssue } from '../lib/server/policy/compile.ts';
import { compilePolicyData, SEEDS_DIR } from '../lib/server/policy/seeds.ts';
import { failWith, quietWhenPipeCloses } from './output.ts';

quietWhenPipeCloses();

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
		const toReview = error.issues.filter((issue) => issue.unreviewed);
		for (const issue of error.issues) if (!issue.unreviewed) console.error(formatIssue(issue));
		// A drafted record's work list: per record, what each measure still needs a reviewer for.
		for (const file of new Set(toReview.map((issue) => issue.file))) {
			const inFile = toReview.filter((issue) => issue.file === file);
			const fields = inFile.reduce((n, issue) => n + issue.unreviewed!.length, 0);
			console.error(`${file}: ${fields} unreviewed field(s) in ${inFile.length} place(s)`);
			for (const issue of inFile)
				console.error(`  ${issue.measure ?? '(record)'}: ${issue.unreviewed!.join(', ')}`);
		}
		failWith(`${error.issues.length} problem(s) in the policy data`, 1);
	}
	throw error;
}
