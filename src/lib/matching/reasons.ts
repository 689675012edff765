// The engine's explanations: each requirement as a plain sentence (requirements.ts) followed by
// what the owner answered and, where the verdict rests on the national tiering rules or on a
// missing year, what to confirm and with whom. Never a condition dump, never a region code.
import {
	certificationLabel,
	contactNames,
	registeredIn,
	EMPLOYEE_LABELS,
	INDUSTRY_LABELS,
	REVENUE_LABELS
} from '../i18n/labels.ts';
import { listOf } from '../i18n/lists.ts';
import { jurisdictionName } from '../policy/jurisdiction.ts';
import type { PolicyDocument } from '../policy/types.ts';
import type { Profile } from '../profile/profile.ts';
import type { Bilingual, Certification, Condition, Verdict } from '../vocabulary.ts';
import { heldCertifications } from './held.ts';
import { requirementText } from './requirements.ts';

/** "注册地在大足区" — or, for an owner who named only the wider area, what to confirm. */
export function jurisdictionSentence(document: PolicyDocument, verdict: Verdict): Bilingual {
	const name = jurisdictionName(document);
	if (verdict === 'unknown')
		return {
			zh: `需确认注册地是否在${name.zh}（您只选到了上一级地区）`,
			en: `Confirm you are registered in ${name.en} (you chose only the wider area)`
		};
	if (verdict === 'unmet')
		return { zh: `注册地需在${name.zh}`, en: `Must be registered in ${name.en}` };
	return registeredIn(name);
}

/** The certifications a condition asks about, wherever they sit in its tree. */
function certificationsIn(condition: Condition, document: PolicyDocument): Certification[] {
	if ('all' in condition) return condition.all.flatMap((c) => certificationsIn(c, document));
	if ('any' in condition) return condition.any.flatMap((c) => certificationsIn(c, document));
	if ('not' in condition) return certificationsIn(condition.not, document);
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return scope ? certificationsIn(scope.condition, document) : [];
	}
	if ('holds' in condition) return condition.holds;
	if ('tierAtLeast' in condition) return [condition.tierAtLeast];
	if ('certifiedBetween' in condition) return condition.certifiedBetween.tiers;
	if ('certifiedInPeriod' in condition) return condition.certifiedInPeriod.tiers;
	if ('pool' in condition) return ['cultivation_pool'];
	return [];
}

function mentions(
	condition: Condition,
	document: PolicyDocument,
	test: (c: Condition) => boolean
): boolean {
	if (test(condition)) return true;
	if ('all' in condition) return condition.all.some((c) => mentions(c, document, test));
	if ('any' in condition) return condition.any.some((c) => mentions(c, document, test));
	if ('not' in condition) return mentions(condition.not, document, test);
	if ('scope' in condition) {
		const scope = document.scopes.find((s) => s.key === condition.scope);
		return !!scope && mentions(scope.condition, document, test);
	}
	return false;
}

/** "小巨人（2023年）、高新技术企业" — what the owner ticked, with the years given. */
function tickedCertifications(profile: Profile): Bilingual {
	if (!profile.certifications.length) return { zh: '未填写任何认定', en: 'no certification' };
	return listOf(
		profile.certifications.map(({ tier, year }) => {
			const name = certificationLabel(tier, profile.region);
			return year === undefined
				? name
				: { zh: `${name.zh}（${year}年）`, en: `${name.en} (${year})` };
		}),
		'and'
	);
}

/**
 * The sentence on tiers the verdict takes as held because a higher one requires them — only where
 * it matters: when none of the tiers asked for was ticked itself.
 */
function implications(
	asked: readonly Certification[],
	profile: Profile,
	needsYear: boolean
): Bilingual[] {
	const held = heldCertifications(profile);
	if (asked.some((tier) => held.has(tier) && !held.get(tier)?.impliedBy)) return [];
	const implied = [...new Set(asked)].filter((tier) => held.get(tier)?.impliedBy);
	if (!implied.length) return [];
	const higher = certificationLabel(held.get(implied[0])!.impliedBy!, profile.region);
	const lower = listOf(
		implied.map((tier) => certificationLabel(tier, profile.region)),
		'and'
	);
	return [
		needsYear
			? {
					zh: `${higher.zh}须已获${lower.zh}认定，但获得年份未知，请向主管部门确认是哪一年`,
					en: `a ${higher.en} must already hold ${lower.en}, but the year it was obtained is unknown: confirm the year with the office`
				}
			: {
					zh: `${higher.zh}须已获${lower.zh}认定，按已持有计`,
					en: `a ${higher.en} must already hold ${lower.en}, so it counts as held`
				}
	];
}

/** What the owner answered that a condition depends on, and what follows from it. */
function answerNotes(
	condition: Condition,
	verdict: Verdict,
	profile: Profile,
	document: PolicyDocument
): Bilingual[] {
	const notes: Bilingual[] = [];
	const asked = certificationsIn(condition, document);
	const byYear = mentions(
		condition,
		document,
		(c) => 'certifiedBetween' in c || 'certifiedInPeriod' in c
	);
	if (asked.length) {
		const ticked = tickedCertifications(profile);
		notes.push({ zh: `您填写：${ticked.zh}`, en: `you answered: ${ticked.en}` });
		notes.push(...implications(asked, profile, byYear && verdict === 'unknown'));
		const held = heldCertifications(profile);
		if (
			byYear &&
			verdict === 'unknown' &&
			asked.some(
				(tier) => held.has(tier) && !held.get(tier)?.impliedBy && held.get(tier)?.year === undefined
			)
		)
			notes.push({ zh: '请补充认定年份', en: 'add the year obtained' });
	}
	if (mentions(condition, document, (c) => 'pool' in c) && verdict === 'unknown')
		notes.push(...poolNotes(condition, profile, document));
	if (mentions(condition, document, (c) => 'industry' in c))
		notes.push(answered(INDUSTRY_LABELS[profile.industry]));
	if (mentions(condition, document, (c) => 'revenue' in c))
		notes.push(answered(REVENUE_LABELS[profile.revenue]));
	if (mentions(condition, document, (c) => 'employees' in c))
		notes.push(answered(EMPLOYEE_LABELS[profile.employees]));
	return notes;
}

const answered = (label: Bilingual): Bilingual => ({
	zh: `您填写：${label.zh}`,
	en: `you answered: ${label.en}`
});

function poolNotes(condition: Condition, profile: Profile, document: PolicyDocument): Bilingual[] {
	const keys = new Set<string>();
	mentions(condition, document, (c) => {
		if ('pool' in c) keys.add(c.pool);
		return false;
	});
	return document.pools
		.filter((pool) => keys.has(pool.key))
		.map((pool) => {
			const who = contactNames(pool.contacts);
			const ladder = heldCertifications(profile).size > 0 && pool.tiered;
			return ladder
				? {
						zh: `${pool.name.zh}分层储备、培育、提升，已获认定的企业也可在库内；请向${who.zh}确认是否已入库`,
						en: `${pool.name.en} takes in enterprises at every stage, certified ones included: confirm your membership with ${who.en}`
					}
				: {
						zh: `您未填写已入库；请向${who.zh}确认是否已入库或如何入库`,
						en: `you did not say you are in a pool: confirm with ${who.en} whether you are in it or how to join`
					};
		});
}

/** One requirement as the owner reads it: the sentence, then what they answered. */
export function explainRequirement(
	condition: Condition,
	verdict: Verdict,
	profile: Profile,
	document: PolicyDocument
): Bilingual {
	const text = requirementText(condition, { document, region: profile.region });
	const notes = answerNotes(condition, verdict, profile, document);
	if (!notes.length) return text;
	return {
		zh: `${text.zh}（${notes.map((n) => n.zh).join('；')}）`,
		en: `${text.en} (${notes.map((n) => n.en).join('; ')})`
	};
}
