// npm run -s data:coverage [-- seeds/FILE.yaml ...]
// Lists, per document, every sentence with an offer word that no measure's quote and no exclusion
// accounts for, with its numbered item, and every responsible department an item names that its
// measures do not list as contacts. Exit status 0 only when there are none (seeds/README.md).
import { DataError, formatIssue } from '../lib/server/policy/compile.ts';
import { compilePolicyData, SEEDS_DIR } from '../lib/server/policy/seeds.ts';
import { failWith, quietWhenPipeCloses } from './output.ts';

quietWhenPipeCloses();

const only = process.argv.slice(2);
try {
	const { offers } = compilePolicyData(SEEDS_DIR, only.length ? only : undefined);
	let missing = 0;
	for (const { documentId, unaccounted, unlocated, missingContacts, unknownUnits } of offers) {
		console.log(
			`${documentId}: ${unaccounted.length} sentence(s) with an unaccounted offer, ` +
				`${missingContacts.length} missing contact(s), ${unknownUnits.length} unknown unit(s)`
		);
		for (const ref of unlocated)
			console.log(`  item ${ref}: heading not found in the source; give it an anchor`);
		for (const { clause, sentence, words } of unaccounted)
			console.log(
				`  [${clause ?? 'outside the numbered items'}] ${sentence} (${words.join('、')})`
			);
		for (const { clause, measure, unit } of missingContacts)
			console.log(`  [${clause}] ${measure}: the item names ${unit}, not among its contacts`);
		for (const { clause, unit } of unknownUnits)
			console.log(`  [${clause}] the item names ${unit}, which matches no department`);
		missing += unaccounted.length + unlocated.length + missingContacts.length + unknownUnits.length;
	}
	if (missing) failWith(`${missing} offer sentence(s), item(s) or contact(s) not accounted for`, 1);
} catch (error) {
	if (error instanceof DataError) {
		for (const issue of error.issues) console.error(formatIssue(issue));
		failWith(`${error.issues.length} problem(s) in the policy data`, 2);
	}
	throw error;
}
