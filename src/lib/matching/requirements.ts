// What a condition requires, in plain words. The measure page lists these sentences for everyone;
// the engine adds what the owner answered (reasons.ts), so both always say the same thing.
import {
	certificationLabel,
	EMPLOYEE_LABELS,
	INDUSTRY_LABELS,
	REVENUE_LABELS,
	SITUATION_LABELS
} from '../i18n/labels.ts';
import { joinBilingual, listOf } from '../i18n/lists.ts';
import type { Bilingual, Certification, Condition } from '../vocabulary.ts';
import type { PolicyDocument } from '../policy/types.ts';

export type Wording = {
	document: PolicyDocument;
	/** The owner's region where known: tier names follow it (重庆's 市级 is the provincial tier). */
	region?: string;
};

export function certificationNames(items: readonly Certification[], region: string): Bilingual {
	return listOf(
		items.map((c) => certificationLabel(c, region)),
		'or'
	);
}

function span(from: number, to: number | undefined): Bilingual {
	return to === undefined
		? { zh: `${from}年及以后`, en: `in ${from} or later` }
		: { zh: `${from}–${to}年`, en: `in ${from}–${to}` };
}

/** The name of a place a condition names: the document's own jurisdiction reads by its name. */
function placeName(code: string, document: PolicyDocument): Bilingual {
	return code === document.jurisdiction.code
		? document.jurisdiction.name
		: { zh: `所列地区（${code}）`, en: `the listed area (${code})` };
}

/** The alternatives of an `any`, with nested ones (directly or through a scope) made one list. */
function alternativesOf(condition: Condition, document: PolicyDocument): Condition[] {
	if ('any' in condition) return condition.any.flatMap((c) => alternativesOf(c, document));
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		if (scope && 'any' in scope.condition) return alternativesOf(scope.condition, document);
	}
	return [condition];
}

/** One sentence for a condition, in the "requires …" form. */
export function requirementText(condition: Condition, wording: Wording): Bilingual {
	const { document } = wording;
	const region = wording.region ?? document.jurisdiction.code;
	const text = (c: Condition) => requirementText(c, wording);

	if ('all' in condition) return joinBilingual(condition.all.map(text), '；', '; ');
	if ('any' in condition) {
		// An alternative that is itself several conditions reads as one clause: "A且B".
		const clause = (c: Condition) =>
			'all' in c ? joinBilingual(c.all.map(text), '，且', ', and ') : text(c);
		const alternatives = joinBilingual(
			alternativesOf(condition, document).map(clause),
			'；或',
			'; or '
		);
		return { zh: `满足其一：${alternatives.zh}`, en: `One of: ${alternatives.en}` };
	}
	if ('not' in condition) {
		const inner = text(condition.not);
		return {
			zh: `不适用于：${inner.zh.replace(/^需/, '')}`,
			en: `Does not apply to: ${inner.en.replace(/^Requires /, '')}`
		};
	}
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return scope
			? text(scope.condition)
			: { zh: '属于本文件的适用对象', en: "Within the document's scope" };
	}
	if ('pool' in condition) {
		const pool = document.pools.find((p) => p.key === condition.pool);
		const name = pool?.name ?? { zh: '培育库', en: 'the cultivation pool' };
		return { zh: `需已进入${name.zh}`, en: `Requires membership of ${name.en}` };
	}
	if ('region' in condition) {
		const places = listOf(
			condition.region.map((code) => placeName(code, document)),
			'or'
		);
		return { zh: `注册地需在${places.zh}`, en: `Must be registered in ${places.en}` };
	}
	if ('tierAtLeast' in condition) {
		const name = certificationLabel(condition.tierAtLeast, region);
		return {
			zh: `需获${name.zh}或更高层级认定`,
			en: `Requires ${name.en} or a higher tier`
		};
	}
	if ('holds' in condition) {
		const names = certificationNames(condition.holds, region);
		return condition.holds.length === 1
			? { zh: `需持有${names.zh}认定`, en: `Requires the ${names.en} certification` }
			: { zh: `需持有以下任一认定：${names.zh}`, en: `Requires one of: ${names.en}` };
	}
	if ('certifiedBetween' in condition) {
		const { tiers, from, to } = condition.certifiedBetween;
		const names = certificationNames(tiers, region);
		const when = span(from, to);
		return {
			zh: `需于${when.zh}新获${names.zh}认定`,
			en: `Requires being newly certified as ${names.en} ${when.en}`
		};
	}
	if ('certifiedInPeriod' in condition) {
		const { tiers, from } = condition.certifiedInPeriod;
		const names = certificationNames(tiers, region);
		return {
			zh: `需持有${names.zh}认定（本文件未写“新认定”；${from}年以前获得的请向主管部门确认）`,
			en: `Requires the ${names.en} certification (the text does not say "newly"; if obtained before ${from}, confirm with the office)`
		};
	}
	if ('industry' in condition) {
		const names = listOf(
			condition.industry.map((i) => INDUSTRY_LABELS[i]),
			'or'
		);
		return { zh: `行业需为${names.zh}`, en: `Industry must be ${names.en}` };
	}
	if ('revenue' in condition) {
		const names = listOf(
			condition.revenue.map((r) => REVENUE_LABELS[r]),
			'or'
		);
		return { zh: `年营业收入需为${names.zh}`, en: `Annual revenue must be ${names.en}` };
	}
	if ('employees' in condition) {
		const names = listOf(
			condition.employees.map((e) => EMPLOYEE_LABELS[e]),
			'or'
		);
		return { zh: `从业人数需为${names.zh}`, en: `Employees must be ${names.en}` };
	}
	if ('situation' in condition) {
		const label = SITUATION_LABELS[condition.situation];
		return { zh: `需符合：${label.zh}`, en: `Applies if: ${label.en}` };
	}
	return { zh: `需确认：${condition.confirm.zh}`, en: `To confirm: ${condition.confirm.en}` };
}

/** The top-level requirements of an eligibility tree, one sentence each. */
export function requirementLines(condition: Condition, wording: Wording): Bilingual[] {
	if ('all' in condition) return condition.all.flatMap((c) => requirementLines(c, wording));
	return [requirementText(condition, wording)];
}
