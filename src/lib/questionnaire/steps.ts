// The questionnaire as data: which steps it asks, in order, and what each needs before moving on.
// At most eight short steps; the situations step appears only where a document for the owner's
// region names a situation.
import { documentsCovering } from '../policy/dataset.ts';
import type { Condition, Situation } from '../vocabulary.ts';
import type { Dataset } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';

export type StepId =
	'region' | 'certifications' | 'industry' | 'revenue' | 'employees' | 'situations' | 'needs';

export type Draft = Partial<Omit<Profile, 'v'>>;

function situationsIn(condition: Condition, found: Set<Situation>): void {
	if ('all' in condition) condition.all.forEach((c) => situationsIn(c, found));
	else if ('any' in condition) condition.any.forEach((c) => situationsIn(c, found));
	else if ('not' in condition) situationsIn(condition.not, found);
	else if ('situation' in condition) found.add(condition.situation);
}

/** The situations that some measure covering this region depends on. */
export function situationsFor(dataset: Dataset, region: string | undefined): Situation[] {
	if (!region) return [];
	const documents = new Set(documentsCovering(dataset, region).map((d) => d.id));
	const found = new Set<Situation>();
	for (const measure of dataset.measures)
		if (documents.has(measure.documentId)) situationsIn(measure.eligibility, found);
	return [...found];
}

export function stepsFor(dataset: Dataset, draft: Draft): StepId[] {
	const asksSituations = situationsFor(dataset, draft.region).length > 0;
	return [
		'region',
		'certifications',
		'industry',
		'revenue',
		'employees',
		...(asksSituations ? (['situations'] as const) : []),
		'needs'
	];
}

/** Whether a step has the answer it needs; optional steps are always complete. */
export function isAnswered(step: StepId, draft: Draft): boolean {
	switch (step) {
		case 'region':
			return !!draft.region;
		case 'industry':
			return !!draft.industry;
		case 'revenue':
			return !!draft.revenue;
		case 'employees':
			return !!draft.employees;
		default:
			return true;
	}
}

/** The profile a complete draft makes; situations are kept only where the step was asked. */
export function toProfileInput(draft: Draft, steps: StepId[]): unknown {
	return {
		v: 1,
		region: draft.region,
		certifications: draft.certifications ?? [],
		industry: draft.industry,
		revenue: draft.revenue,
		employees: draft.employees,
		needs: draft.needs ?? [],
		...(steps.includes('situations') ? { situations: draft.situations ?? [] } : {})
	};
}
