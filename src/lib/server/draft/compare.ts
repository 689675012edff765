// Measures a draft against the reviewed record of the same source: which numbered items it finds
// with the right ref, which reviewed measures lie inside a drafted quote, which stated amounts it
// finds with the right value and kind, which contacts it names. Computed from whatever the records
// hold, so the figures follow the records as reviewers extend them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SEEDS_DIR } from '../policy/seeds.ts';
import { draftFromBytes } from './draft.ts';
import type { Draft, DraftMeasure } from './types.ts';

/** The parts of a seed record the comparison reads (records are validated by the build). */
export type ReviewedRecord = {
	id: string;
	sourceFile: string;
	clauses: { ref: string }[];
	departments: { key: string; asWritten: string }[];
	measures: {
		id: string;
		clause: string;
		contacts: string[];
		source: { quote: string };
		benefit: { amount: { kind: string; wan?: number; upTo?: boolean } };
	}[];
};

export type Share = { found: number; total: number; missing: string[] };

export type Comparison = {
	document: string;
	/** The record's source, relative to seeds/. */
	sourceFile: string;
	/** Reviewed clause refs found among drafted item refs. */
	items: Share & {
		/** Refs whose record adds a label the source does not write (目标(一)): compared by their numbering. */
		labelled: string[];
		/** Drafted items the record does not list. */
		extra: string[];
	};
	measures: Share & { drafted: number };
	amounts: Share;
	/** Reviewed contacts (as written) among the contacts drafted for the measure. */
	contacts: Share & {
		/** Of those found, how many as written letter for letter (the rest differ by a level prefix, 自治区市场监管局 ~ 市场监管局). */
		exact: number;
	};
};

/** Whitespace aside and punctuation of either width read alike: cleaning may fold widths. */
function comparable(text: string): string {
	return text
		.replace(/[\s\u3000\u00a0]/g, '')
		.replace(/[，；：（）？！]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const NUMBERING =
	/\([一二三四五六七八九十百]+\)|[一二三四五六七八九十百]+|\(\d+\)|\d+|[\u2460-\u2473]|第[一二三四五六七八九十百\d]+[条章]/g;

/** The numbering a ref is made of, without any label a record added: 目标(一) → (一). */
export function numberingOf(ref: string): string {
	return (ref.replace(/（/g, '(').replace(/）/g, ')').match(NUMBERING) ?? []).join('');
}

function sameOffice(reviewed: string, drafted: string): boolean {
	if (reviewed === drafted) return true;
	const [short, long] =
		reviewed.length < drafted.length ? [reviewed, drafted] : [drafted, reviewed];
	return short.length >= 3 && long.endsWith(short);
}

function compareDraft(draft: Draft, record: ReviewedRecord): Comparison {
	const draftedRefs = new Set(draft.items.map((item) => numberingOf(item.ref)));
	const reviewedRefs = record.clauses.map((c) => c.ref);
	const labelled = reviewedRefs.filter((ref) => numberingOf(ref) !== ref);
	const missingItems = reviewedRefs.filter((ref) => !draftedRefs.has(numberingOf(ref)));
	const reviewedNumbering = new Set(reviewedRefs.map(numberingOf));

	const drafted = draft.measures.map((m) => ({ measure: m, words: comparable(m.quote) }));
	const containing = (quote: string): DraftMeasure[] => {
		const words = comparable(quote);
		return drafted.filter((d) => d.words.includes(words)).map((d) => d.measure);
	};

	const measures: Share = { found: 0, total: 0, missing: [] };
	const amounts: Share = { found: 0, total: 0, missing: [] };
	const contacts: Comparison['contacts'] = { found: 0, total: 0, missing: [], exact: 0 };
	const asWritten = new Map(record.departments.map((d) => [d.key, d.asWritten]));
	for (const measure of record.measures) {
		const matches = containing(measure.source.quote);
		measures.total++;
		if (matches.length) measures.found++;
		else measures.missing.push(`${measure.clause} ${measure.id}: ${measure.source.quote}`);

		const amount = measure.benefit.amount;
		if (amount.kind === 'stated' && amount.wan !== undefined) {
			amounts.total++;
			const kind = amount.upTo ? 'max' : 'fixed';
			if (matches.some((m) => m.amounts.some((a) => a.wan === amount.wan && a.kind === kind)))
				amounts.found++;
			else amounts.missing.push(`${measure.clause} ${measure.id}: ${amount.wan} 万元 ${kind}`);
		}

		const sameItem = draft.measures.filter(
			(m) => numberingOf(m.ref) === numberingOf(measure.clause)
		);
		const named = [...new Set((matches.length ? matches : sameItem).flatMap((m) => m.contacts))];
		for (const key of measure.contacts) {
			const written = asWritten.get(key) ?? key;
			contacts.total++;
			if (named.includes(written)) contacts.exact++;
			if (named.some((d) => sameOffice(written, d))) contacts.found++;
			else contacts.missing.push(`${measure.clause} ${measure.id}: ${written}`);
		}
	}
	return {
		document: record.id,
		sourceFile: record.sourceFile,
		items: {
			found: reviewedRefs.length - missingItems.length,
			total: reviewedRefs.length,
			missing: missingItems,
			labelled,
			extra: draft.items.map((i) => i.ref).filter((ref) => !reviewedNumbering.has(numberingOf(ref)))
		},
		measures: { ...measures, drafted: draft.measures.length },
		amounts,
		contacts
	};
}

export type ComparisonTotals = Record<
	'items' | 'measures' | 'amounts' | 'contacts',
	{ found: number; total: number; share: number }
>;

export function totals(comparisons: Comparison[]): ComparisonTotals {
	const sum = (key: keyof ComparisonTotals) => {
		const found = comparisons.reduce((n, c) => n + c[key].found, 0);
		const total = comparisons.reduce((n, c) => n + c[key].total, 0);
		return { found, total, share: total ? found / total : 1 };
	};
	return {
		items: sum('items'),
		measures: sum('measures'),
		amounts: sum('amounts'),
		contacts: sum('contacts')
	};
}

/** Re-drafts every seed source from scratch and compares each draft with its reviewed record. */
export function compareSeeds(seedsDir = SEEDS_DIR): Comparison[] {
	return readdirSync(seedsDir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const record = parse(readFileSync(join(seedsDir, name), 'utf8')) as ReviewedRecord;
			const draft = draftFromBytes(
				readFileSync(join(seedsDir, record.sourceFile)),
				record.sourceFile
			);
			return compareDraft(draft, record);
		});
}
