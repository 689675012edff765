// How the checklist words a measure in one line and the owner's answers in one line: shared by
// the rows on screen, the visit sheet and the printed office sheet.
import { leadContacts } from '$lib/checklist/checklist';
import type { Lang } from '$lib/i18n/i18n.svelte';
import {
	BENEFIT_LABELS,
	certificationLabel,
	contactNames,
	EMPLOYEE_LABELS,
	INDUSTRY_LABELS,
	NEED_LABELS,
	REVENUE_LABELS,
	SITUATION_LABELS
} from '$lib/i18n/labels';
import { LIST_SEPARATOR } from '$lib/i18n/lists';
import { MESSAGES } from '$lib/i18n/messages';
import { formatAmount } from '$lib/policy/amount';
import type { Measure } from '$lib/policy/types';
import type { Profile } from '$lib/profile/profile';

/**
 * The amount where the text states one (or a rate, or "case by case"), else the kind of support;
 * nothing where the kind is "other" and no amount is stated.
 */
export function amountOrKind(measure: Measure, lang: Lang): string | undefined {
	const { amount, type } = measure.benefit;
	if (amount.kind !== 'not_stated') return formatAmount(amount, lang);
	return type === 'other' ? undefined : BENEFIT_LABELS[type][lang];
}

/** The one office to call first (docs/ranking.md, "One office to call"). */
export function leadName(measure: Measure, lang: Lang): string {
	return contactNames(leadContacts(measure))[lang];
}

/**
 * The answers after the region, as short parts: certifications with their years, industry,
 * revenue, employees, situations and needs ("需求：资金奖补、融资贷款").
 */
export function answerParts(profile: Profile, lang: Lang): string[] {
	const sep = LIST_SEPARATOR[lang];
	const labelled = (key: 'clRevenue' | 'clEmployees' | 'clSituations' | 'clNeeds', value: string) =>
		`${MESSAGES[key][lang]}${MESSAGES.colon[lang]}${value}`;
	const certifications = profile.certifications.map(
		(c) => certificationLabel(c.tier, profile.region)[lang] + (c.year ? ` (${c.year})` : '')
	);
	return [
		certifications.join(sep) || MESSAGES.clNoTier[lang],
		INDUSTRY_LABELS[profile.industry][lang],
		labelled('clRevenue', REVENUE_LABELS[profile.revenue][lang]),
		labelled('clEmployees', EMPLOYEE_LABELS[profile.employees][lang]),
		...(profile.situations?.length
			? [
					labelled(
						'clSituations',
						profile.situations.map((s) => SITUATION_LABELS[s][lang]).join(sep)
					)
				]
			: []),
		...(profile.needs.length
			? [labelled('clNeeds', profile.needs.map((n) => NEED_LABELS[n][lang]).join(sep))]
			: [])
	];
}
