// What a condition requires, in words. The engine attaches its verdicts to these sentences and
// the measure page lists them for everyone, so both always say the same thing.
import {
	certificationLabel,
	EMPLOYEE_LABELS,
	INDUSTRY_LABELS,
	listText,
	REVENUE_LABELS,
	SITUATION_LABELS
} from '../i18n/labels.ts';
import type { Bilingual, Certification, Condition } from '../vocabulary.ts';
import type { PolicyDocument } from '../policy/types.ts';

function listOf(items: readonly string[], label: (item: string) => Bilingual): Bilingual {
	return listText(items.map(label));
}

const joined = (parts: Bilingual[], zh: string, en: string): Bilingual => ({
	zh: parts.map((p) => p.zh).join(zh),
	en: parts.map((p) => p.en).join(en)
});

/**
 * One sentence for a condition. `region` is the owner's region where known: tier names follow it
 * (重庆's 市级 is the provincial tier).
 */
export function requirementText(
	condition: Condition,
	document: PolicyDocument,
	region?: string
): Bilingual {
	const text = (c: Condition) => requirementText(c, document, region);
	const certifications = (items: readonly Certification[]) =>
		listOf(items, (c) =>
			certificationLabel(c as Certification, region ?? document.jurisdiction.code)
		);

	if ('all' in condition) return joined(condition.all.map(text), '；', '; ');
	if ('any' in condition) {
		const alternatives = joined(condition.any.map(text), ' / ', ' / ');
		return { zh: `满足其一：${alternatives.zh}`, en: `One of: ${alternatives.en}` };
	}
	if ('not' in condition) {
		const inner = text(condition.not);
		return { zh: `不属于：${inner.zh}`, en: `Not: ${inner.en}` };
	}
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		if (!scope) return { zh: '本文件适用范围', en: "Within the document's scope" };
		const inner = text(scope.condition);
		return {
			zh: `属于本文件所称${scope.term}（${inner.zh}）`,
			en: `Within the document's ${scope.term} (${inner.en})`
		};
	}
	if ('region' in condition) {
		const codes = condition.region.join('、');
		return { zh: `注册地在指定区域（${codes}）`, en: `Registered in the named area (${codes})` };
	}
	if ('tierAtLeast' in condition) {
		const name = certifications([condition.tierAtLeast]);
		return { zh: `${name.zh}及以上`, en: `${name.en} or higher` };
	}
	if ('holds' in condition) {
		const names = certifications(condition.holds);
		return { zh: `已获认定：${names.zh}`, en: `Holds: ${names.en}` };
	}
	if ('certifiedBetween' in condition) {
		const { tiers, from, to } = condition.certifiedBetween;
		const names = certifications(tiers);
		const span = to === undefined ? `${from}年及以后` : `${from}–${to}年`;
		const spanEn = to === undefined ? `in ${from} or later` : `in ${from}–${to}`;
		return { zh: `${span}新认定为${names.zh}`, en: `Newly certified as ${names.en} ${spanEn}` };
	}
	if ('industry' in condition) {
		const names = listOf(
			condition.industry,
			(i) => INDUSTRY_LABELS[i as keyof typeof INDUSTRY_LABELS]
		);
		return { zh: `行业：${names.zh}`, en: `Industry: ${names.en}` };
	}
	if ('revenue' in condition) {
		const names = listOf(
			condition.revenue,
			(r) => REVENUE_LABELS[r as keyof typeof REVENUE_LABELS]
		);
		return { zh: `年营业收入：${names.zh}`, en: `Annual revenue: ${names.en}` };
	}
	if ('employees' in condition) {
		const names = listOf(
			condition.employees,
			(e) => EMPLOYEE_LABELS[e as keyof typeof EMPLOYEE_LABELS]
		);
		return { zh: `从业人数：${names.zh}`, en: `Employees: ${names.en}` };
	}
	if ('situation' in condition) return SITUATION_LABELS[condition.situation];
	return { zh: `需确认：${condition.confirm.zh}`, en: `To confirm: ${condition.confirm.en}` };
}

/** The top-level requirements of an eligibility tree, one sentence each. */
export function requirementLines(
	condition: Condition,
	document: PolicyDocument,
	region?: string
): Bilingual[] {
	if ('all' in condition)
		return condition.all.flatMap((c) => requirementLines(c, document, region));
	return [requirementText(condition, document, region)];
}
