// Writes a draft as a seed record in the reviewed-record format (seeds/README.md), every drafted
// field listed under `unreviewed:` and every word the tool cannot know (English, summaries) left
// as the placeholder: the build refuses the record until a reviewer has checked and written all
// of them. Guesses (category, benefit type, eligibility, lead office) are proposals like the rest.
import { Document } from 'yaml';
import type { Certification, ExclusionKind } from '../../vocabulary.ts';
import { PLACEHOLDER, type DocumentRecord } from '../policy/schema.ts';
import { parseChineseNumeral } from '../../i18n/numerals.ts';
import { isTarget, sentencesIn } from './sentences.ts';
import { appliedSteps } from './cleaning/index.ts';
import type { Draft, DraftAmount, DraftDefectKind, DraftMeasure } from './types.ts';

export type RecordOptions = {
	/** The record's id and file name (seeds/<id>.yaml). */
	id: string;
	/** The file name the raw text had, for the record. */
	originalFile: string;
};

const DEFECT_KIND: Record<DraftDefectKind, DocumentRecord['defects'][number]['kind']> = {
	truncated: 'excerpt',
	lost_headings: 'excerpt',
	mirror_noise: 'page_noise',
	traditional_script: 'traditional_script',
	blanked_numbers: 'blanked_figures',
	lost_characters: 'lost_words',
	numbering_gap: 'lost_words',
	missing_metadata: 'missing_metadata'
};

const CATEGORY_WORDS: [DocumentRecord['measures'][number]['category'], RegExp][] = [
	['listing', /上市|挂牌|北交所|新三板|科创板|创业板/],
	['finance', /贷|融资|担保|信贷|金融|基金|股权|贴息|保险/],
	['digital', /数字化|智能|上云|工业互联网|两化融合|信息化/],
	['tech_upgrade', /技改|技术改造|设备更新/],
	['ip_standards', /专利|知识产权|标准/],
	['quality_brand', /质量|品牌|商标|老字号/],
	['market', /展会|博览会|市场|采购|营销|推介|供需|出口/],
	['talent', /人才|培训|企业家|技能|职称|用工|学徒/],
	['land_energy', /用地|用能|能耗|土地|供地/],
	['rnd', /研发|创新|科技|攻关|实验室/],
	['cultivation', /认定|培育库|入库|梯度|奖励/]
];

const BENEFIT_WORDS: [DocumentRecord['measures'][number]['benefit']['type'], RegExp][] = [
	['reward', /奖励|奖补/],
	['interest_subsidy', /贴息/],
	['subsidy', /补助|补贴|资助|服务券/],
	['guarantee', /担保/],
	['loan', /贷/],
	['equity', /股权|基金/],
	['green_channel', /绿色通道/],
	['reduced_inspection', /减少.{0,12}检查|检查频次/],
	['recommendation', /推荐/],
	['priority', /优先/],
	['training', /培训|辅导/],
	['event', /展会|博览会|对接活动|路演|交流活动/],
	['land', /用地|供地/],
	['energy', /用能/],
	['service', /服务|诊断|咨询/]
];

const guess = <T>(words: [T, RegExp][], text: string, fallback: T): T =>
	words.find(([, pattern]) => pattern.test(text))?.[0] ?? fallback;

/** 三(一)2 → 3-1-2: ids stay URL-safe. */
function refSlug(ref: string): string {
	return (
		(ref.match(/[一二三四五六七八九十百]+|\d+|~\d+/g) ?? [])
			.map((part) => (part.startsWith('~') ? part.slice(1) : String(parseChineseNumeral(part))))
			.join('-') || 'x'
	);
}

const bilingualDraft = (zh?: string) => ({ zh: zh || PLACEHOLDER, en: PLACEHOLDER });

function amountRecord(amount: DraftAmount | undefined, quote: string) {
	if (amount?.kind === 'rate') return { kind: 'rate' as const, text: amount.text };
	if (amount?.wan !== undefined && amount.kind !== 'min')
		return {
			kind: 'stated' as const,
			wan: amount.wan,
			upTo: amount.kind === 'max',
			text: amount.text
		};
	const caseByCase = /一事一议|一企一策/.exec(quote);
	if (caseByCase) return { kind: 'case_by_case' as const, text: caseByCase[0] };
	return { kind: 'not_stated' as const };
}

function eligibility(measure: DraftMeasure, fromYear?: number) {
	const tiers = measure.tiers as Certification[];
	if (!tiers.length) return { scope: 'srdi' };
	const tier =
		measure.new && fromYear ? { certifiedBetween: { tiers, from: fromYear } } : { holds: tiers };
	return { all: [{ scope: 'srdi' }, tier] };
}

/** The term the document uses most for the enterprises it is about. */
function scopeTerm(text: string): string {
	const counts = new Map<string, number>();
	for (const match of text.matchAll(/[“"]专精特新[”"](?:中小)?企业/g))
		counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '“专精特新”企业';
}

/** Items outside any numbered section: the line that introduces them ("…以下目标:"), if any. */
function introOf(draft: Draft): { heading: string } {
	const first = draft.items.find((item) => !item.section)!;
	const lineStart = draft.cleanText.lastIndexOf('\n', first.start) + 1;
	const before = draft.cleanText.slice(0, Math.max(0, lineStart - 1));
	const line = before.slice(before.lastIndexOf('\n') + 1).trim();
	return { heading: /[:：]$/.test(line) ? line : '（未编入章节的条目）' };
}

function draftRecord(draft: Draft, { id, originalFile }: RecordOptions) {
	const { document } = draft;
	// The steps that changed something re-derive cleanText exactly (src/lib/server/draft/cleaning).
	const cleaning = appliedSteps(draft.cleaning);
	const year = (document.periodFrom ?? Number(document.issued?.slice(0, 4))) || undefined;

	const sectionKey = (ref?: string) => (ref ? `s-${refSlug(ref)}` : 's-body');
	const sections = draft.sections.map((s) => ({
		key: sectionKey(s.ref),
		heading: `${s.marker}${s.heading}`,
		title: bilingualDraft(s.heading)
	}));
	if (draft.items.some((item) => !item.section))
		sections.unshift({ key: 's-body', ...introOf(draft), title: bilingualDraft() });

	const departmentNames = [
		...new Set([
			...draft.items.flatMap((i) => i.contacts),
			...draft.measures.flatMap((m) => m.contacts)
		])
	];
	const departmentKey = new Map(departmentNames.map((name, i) => [name, `dept-${i + 1}`]));

	const measuresIn = new Map<string, number>();
	const measures = draft.measures.flatMap((measure) => {
		const item = draft.items.find((i) => i.ref === measure.ref);
		const money = measure.amounts.filter((a) => a.kind !== 'min');
		// "分别给予200万元、50万元": one measure per amount, as reviewers split them.
		return (money.length ? money : [undefined]).map((amount) => {
			const n = (measuresIn.get(measure.ref) ?? 0) + 1;
			measuresIn.set(measure.ref, n);
			const contacts = measure.contacts.map((c) => departmentKey.get(c)!);
			const fields = {
				id: `${id}-${refSlug(measure.ref)}-${n}`,
				clause: measure.ref,
				title: bilingualDraft(item?.heading),
				summary: bilingualDraft(),
				// The item's heading names its topic better than the sentence's incidental words.
				category: guess(
					CATEGORY_WORDS,
					item?.heading ?? '',
					guess(CATEGORY_WORDS, measure.quote, 'services')
				),
				benefit: {
					type: guess(BENEFIT_WORDS, measure.quote, 'other'),
					amount: amountRecord(amount, measure.quote)
				},
				eligibility: eligibility(measure, year),
				nextStep: {
					zh: contacts.length ? `联系${measure.contacts[0]}了解申报条件和材料` : PLACEHOLDER,
					en: PLACEHOLDER
				},
				contacts,
				...(contacts.length ? { lead: contacts[0] } : {}),
				source: { quote: measure.quote }
			};
			return { ...fields, unreviewed: Object.keys(fields) };
		});
	});

	const withMeasures = new Set(draft.measures.map((m) => m.ref));
	const clauses = draft.items.map((item) => {
		const sentences = sentencesIn(draft.cleanText, item.start, item.end).map((s) =>
			draft.cleanText.slice(s.start, s.end)
		);
		const kind: ExclusionKind =
			item.holds === 'targets' ||
			(item.holds === 'measures' && sentences.some((sentence) => isTarget(sentence)))
				? 'target'
				: 'context';
		return {
			ref: item.ref,
			section: sectionKey(item.section),
			heading: item.heading || PLACEHOLDER,
			...(withMeasures.has(item.ref)
				? {}
				: {
						noMeasure: {
							kind,
							zh: kind === 'target' ? '目标任务，不是企业可申请的措施' : '没有企业可申请的内容',
							en:
								kind === 'target'
									? 'A target, not a measure an enterprise can apply for'
									: 'Offers nothing an enterprise can apply for'
						}
					})
		};
	});

	const fields = {
		id,
		sourceFile: `sources/${id}.txt`,
		originalFile,
		...(cleaning.length ? { cleaning } : {}),
		title: bilingualDraft(document.title),
		shortTitle: bilingualDraft(),
		issuer: bilingualDraft(document.issuer),
		docNumber: document.docNumber ?? PLACEHOLDER,
		dates: {
			issued: document.issued ?? null,
			...(document.written ? { written: document.written } : {}),
			...(document.published ? { published: document.published } : {})
		},
		jurisdiction: {
			code: document.jurisdiction?.code ?? PLACEHOLDER,
			name: bilingualDraft(document.jurisdiction?.name)
		},
		period: {
			from: document.periodFrom ?? null,
			to: document.periodTo ?? null,
			...(document.periodQuote ? { quote: document.periodQuote } : {})
		},
		scopes: [
			{
				key: 'srdi',
				term: scopeTerm(draft.cleanText),
				condition: {
					tierAtLeast: /0000$|^(11|12|31|50)/.test(document.jurisdiction?.code ?? '')
						? 'srdi_provincial'
						: 'srdi_municipal'
				},
				explanation: bilingualDraft()
			}
		],
		defects: draft.defects.map((defect) => ({
			kind:
				DEFECT_KIND[defect.kind] === 'missing_metadata' && /date/.test(defect.note)
					? 'missing_date'
					: DEFECT_KIND[defect.kind],
			description: { zh: PLACEHOLDER, en: defect.note },
			...(defect.example ? { example: defect.example } : {})
		})),
		sections,
		clauses,
		departments: departmentNames.map((name) => ({
			key: departmentKey.get(name)!,
			asWritten: name,
			en: PLACEHOLDER
		}))
	};
	return {
		...fields,
		unreviewed: Object.keys(fields).filter(
			(key) => !['id', 'sourceFile', 'originalFile'].includes(key)
		),
		measures
	};
}

export function draftRecordYaml(draft: Draft, options: RecordOptions): string {
	// No anchors and aliases: a reviewer edits each measure's fields on their own.
	const yaml = new Document(draftRecord(draft, options), { aliasDuplicateObjects: false });
	yaml.commentBefore = [
		` Drafted by \`npm run -s data:draft\` from ${options.originalFile}. A proposal, not data:`,
		' check every field listed under `unreviewed:` against the source, correct it, write what',
		` reads "${PLACEHOLDER}", then remove the field from the list. The build refuses this`,
		' record until every list is empty (seeds/README.md, "Adding a document with the draft tool").'
	].join('\n');
	return yaml.toString({ lineWidth: 100 });
}
