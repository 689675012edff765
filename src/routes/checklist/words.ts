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

/** One answer: its label (a message key) and its value in words. */
export type Answer = {
	label:
		'clCertifications' | 'clIndustry' | 'clRevenue' | 'clEmployees' | 'clSituations' | 'clNeeds';
	value: string;
};

/**
 * The answers after the region, in words: certifications with their years, industry, revenue,
 * employees, situations (where asked) and needs; "无" / "None" where nothing was chosen.
 */
export function answers(profile: Profile, lang: Lang): Answer[] {
	const sep = LIST_SEPARATOR[lang];
	const none = MESSAGES.clNone[lang];
	const certifications = profile.certifications.map(
		(c) => certificationLabel(c.tier, profile.region)[lang] + (c.year ? ` (${c.year})` : '')
	);
	return [
		{ label: 'clCertifications', value: certifications.join(sep) || none },
		{ label: 'clIndustry', value: INDUSTRY_LABELS[profile.industry][lang] },
		{ label: 'clRevenue', value: REVENUE_LABELS[profile.revenue][lang] },
		{ label: 'clEmployees', value: EMPLOYEE_LABELS[profile.employees][lang] },
		...(profile.situations
			? [
					{
						label: 'clSituations' as const,
						value: profile.situations.map((s) => SITUATION_LABELS[s][lang]).join(sep) || none
					}
				]
			: []),
		{ label: 'clNeeds', value: profile.needs.map((n) => NEED_LABELS[n][lang]).join(sep) || none }
	];
}

/** The answers on one line: "重庆市 大足区 · 国家级…（2023）· 制造业 · 营业收入：1亿–4亿元 · …". */
export function answerLine(profile: Profile, regionName: string, lang: Lang): string {
	const unlabelled = new Set<Answer['label']>(['clCertifications', 'clIndustry']);
	const parts = answers(profile, lang).map(({ label, value }) =>
		unlabelled.has(label) ? value : `${MESSAGES[label][lang]}${MESSAGES.colon[lang]}${value}`
	);
	return [regionName, ...parts].join(' · ');
}
