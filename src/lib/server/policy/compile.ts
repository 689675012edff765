// Turns the reviewed seed records into the dataset the app ships, refusing anything it cannot
// vouch for: every rule names the file, the measure and the reason.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { documentSchema, PLACEHOLDER, type DocumentRecord } from './schema.ts';
import { unaccountedOffers, type UnaccountedOffer } from './offers.ts';
import { contactGaps, type MissingContact, type UnknownUnit } from './units.ts';
import { indexSource } from './provenance.ts';
import { clauseSpans, locateInItem } from './spans.ts';
import { cleanText } from '../draft/cleaning/index.ts';
import { isWithin } from '../../regions/tree.ts';
import type { Bilingual, Condition } from '../../vocabulary.ts';
import type { Dataset, Measure, PolicyDocument, QuoteContext } from '../../policy/types.ts';

/**
 * A measure as compiled: what phones receive (Measure) and what only the data tools read (why
 * its lead office was picked, the source file its quote comes from).
 */
export type CompiledMeasure = Measure & {
	leadReason?: Bilingual;
	source: { quote: string; file: string };
};

/** A document as compiled: what phones receive and what only the data tools read. */
export type CompiledDocument = PolicyDocument &
	Pick<DocumentRecord, 'exclusions' | 'originalFile' | 'leadRule'>;

/** Every compiled document and measure: `npm run -s data:json` prints it; packs ship a projection. */
export type CompiledDataset = Pick<Dataset, 'dataVersion'> & {
	documents: CompiledDocument[];
	measures: CompiledMeasure[];
};

export type SeedFile = {
	/** Path shown in messages, e.g. seeds/zhengzhou-2022.yaml */
	path: string;
	/** The record's text: YAML, or JSON where the path ends in .json (generated records). */
	yaml: string;
	/** Reads a source text named by the record's sourceFile; null when there is no such file. */
	readSource(sourceFile: string): string | null;
};

export type DataIssue = {
	file: string;
	measure?: string;
	reason: string;
	/** For a record or measure still marked unreviewed: the fields a reviewer has yet to check. */
	unreviewed?: string[];
};

export class DataError extends Error {
	constructor(readonly issues: DataIssue[]) {
		super(
			`The policy data has ${issues.length} problem(s):\n` + issues.map(formatIssue).join('\n')
		);
		this.name = 'DataError';
	}
}

export function formatIssue(issue: DataIssue): string {
	return `${issue.file}${issue.measure ? ` › ${issue.measure}` : ''}: ${issue.reason}`;
}

export type Compiled = {
	dataset: CompiledDataset;
	/** The paragraph around each measure's quote, keyed by measure id (pages only). */
	quoteContexts: Map<string, QuoteContext>;
	/** Every numbered item per document with the measures it yields (for data:check). */
	coverage: ClauseCoverage[];
	/** Per document, the offers no measure or exclusion accounts for (for data:coverage). */
	offers: OfferCoverage[];
};

export type OfferCoverage = {
	documentId: string;
	unaccounted: UnaccountedOffer[];
	/** Numbered items whose heading or anchor is not found in the source. */
	unlocated: string[];
	/** Departments an item names as responsible that its measures do not list as contacts. */
	missingContacts: MissingContact[];
	/** Responsible bodies an item names that match no department of the record. */
	unknownUnits: UnknownUnit[];
};

export type ClauseCoverage = {
	documentId: string;
	measureCount: number;
	clauses: { ref: string; heading: string; measures: string[]; noMeasure?: string }[];
};

export type RegionCheck = (code: string) => boolean;

/** Validates and compiles seed files; throws DataError listing every problem found. */
export function compileSeeds(files: SeedFile[], isKnownRegion: RegionCheck): Compiled {
	const issues: DataIssue[] = [];
	const records: { file: SeedFile; record: DocumentRecord; source: string }[] = [];

	for (const file of files) {
		const record = parseRecord(file, issues);
		if (!record) continue;
		const source = file.readSource(record.sourceFile);
		if (source === null) {
			issues.push({ file: file.path, reason: `source file seeds/${record.sourceFile} not found` });
			continue;
		}
		records.push({ file, record, source });
	}

	const seenDocuments = new Set<string>();
	const seenMeasures = new Map<string, string>();
	const documents: CompiledDocument[] = [];
	const measures: CompiledMeasure[] = [];
	const quoteContexts = new Map<string, QuoteContext>();
	const coverage: ClauseCoverage[] = [];
	const offers: OfferCoverage[] = [];

	for (const { file, record, source } of records) {
		const at = (measure?: string) => (reason: string) =>
			issues.push({ file: file.path, measure, reason });
		const docIssue = at();
		if (seenDocuments.has(record.id)) docIssue(`duplicate document id "${record.id}"`);
		seenDocuments.add(record.id);
		if (!isKnownRegion(record.jurisdiction.code))
			docIssue(`jurisdiction code ${record.jurisdiction.code} is not a GB/T 2260 region`);

		// A record that names cleaning steps quotes the cleaned text, re-derived here from the raw
		// bytes; the raw file itself stays byte for byte.
		const cleaned = record.cleaning?.length ? cleanText(source, record.cleaning).text : source;
		const sourceIndex = indexSource(cleaned);
		const rawIndex = cleaned === source ? sourceIndex : indexSource(source);
		const inSource = `seeds/${record.sourceFile}${cleaned === source ? '' : ` (cleaned: ${record.cleaning!.join(', ')})`}`;
		const spans = clauseSpans(record, sourceIndex);
		const checkQuote = (
			quote: string,
			report: (reason: string) => void,
			what: string,
			clause?: string
		) => {
			const location = locateInItem(sourceIndex, spans, clause, quote);
			if (!location) report(`${what} is not found verbatim in ${inSource}: "${clip(quote)}"`);
			return location;
		};
		if (record.period.quote) checkQuote(record.period.quote, docIssue, 'period.quote');
		for (const scope of record.scopes)
			if (scope.quote) checkQuote(scope.quote, docIssue, `scope "${scope.key}" quote`);
		// A defect's example shows the raw copy, so it may stand in what cleaning removed.
		for (const defect of record.defects)
			if (defect.example && !rawIndex.locate(defect.example))
				checkQuote(defect.example, docIssue, `defect "${defect.kind}" example`);

		const sectionKeys = unique(
			record.sections.map((s) => s.key),
			'section key',
			docIssue
		);
		const clauseSection = new Map<string, string>();
		for (const clause of record.clauses) {
			if (clauseSection.has(clause.ref)) docIssue(`clause "${clause.ref}" is listed twice`);
			if (!sectionKeys.has(clause.section))
				docIssue(`clause "${clause.ref}" names unknown section "${clause.section}"`);
			clauseSection.set(clause.ref, clause.section);
		}
		const departments = new Map(record.departments.map((d) => [d.key, d]));
		unique(
			record.departments.map((d) => d.key),
			'department key',
			docIssue
		);
		const keys: ConditionKeys = {
			scopes: new Set(record.scopes.map((s) => s.key)),
			pools: unique(
				record.pools.map((p) => p.key),
				'pool key',
				docIssue
			)
		};
		for (const pool of record.pools) {
			if (pool.quote) checkQuote(pool.quote, docIssue, `pool "${pool.key}" quote`);
			for (const key of pool.contacts)
				if (!departments.has(key)) docIssue(`pool "${pool.key}" names unknown contact "${key}"`);
		}
		for (const scope of record.scopes)
			checkCondition(
				scope.condition,
				{ ...keys, scopes: new Set() },
				record.jurisdiction.code,
				(reason) => docIssue(`scope "${scope.key}": ${reason}`)
			);

		const clauseMeasures = new Map<string, string[]>();
		for (const measure of record.measures) {
			const report = at(measure.id);
			const earlier = seenMeasures.get(measure.id);
			if (earlier) report(`duplicate measure id (also in ${earlier})`);
			seenMeasures.set(measure.id, file.path);

			const section = clauseSection.get(measure.clause);
			if (!section) report(`clause "${measure.clause}" is not listed in clauses`);
			clauseMeasures.set(measure.clause, [
				...(clauseMeasures.get(measure.clause) ?? []),
				measure.id
			]);

			const contacts = measure.contacts.map((key) => {
				const department = departments.get(key);
				if (!department) report(`unknown contact "${key}": add it to departments`);
				return department;
			});
			if (measure.lead && !measure.contacts.includes(measure.lead))
				report(`lead "${measure.lead}" is not one of the measure's contacts`);
			checkCondition(measure.eligibility, keys, record.jurisdiction.code, report);
			const location = checkQuote(measure.source.quote, report, 'source.quote', measure.clause);
			if (location) quoteContexts.set(measure.id, sourceIndex.context(location));
			if (
				measure.benefit.amount.kind === 'stated' ||
				measure.benefit.amount.kind === 'case_by_case'
			)
				checkQuote(measure.benefit.amount.text, report, 'benefit.amount.text');

			const { unreviewed: _unreviewed, ...reviewed } = measure;
			void _unreviewed;
			measures.push({
				...reviewed,
				documentId: record.id,
				section: section ?? '',
				contacts: contacts.filter((c) => c !== undefined),
				source: { quote: measure.source.quote, file: record.sourceFile }
			});
		}

		for (const exclusion of record.exclusions) {
			if (exclusion.clause !== undefined && !clauseSection.has(exclusion.clause))
				docIssue(`exclusion names clause "${exclusion.clause}", which is not listed in clauses`);
			checkQuote(exclusion.quote, docIssue, `exclusion "${clip(exclusion.quote)}"`);
		}
		for (const clause of record.clauses)
			if (clause.anchor) checkQuote(clause.anchor, docIssue, `clause "${clause.ref}" anchor`);
		for (const clause of record.clauses)
			if (clause.noMeasure && clauseMeasures.has(clause.ref))
				docIssue(`clause "${clause.ref}" has measures but is marked noMeasure`);

		const {
			measures: recordMeasures,
			departments: _departments,
			cleaning: _cleaning,
			unreviewed: _unreviewed,
			pools,
			...document
		} = record;
		void [_departments, _cleaning, _unreviewed];
		documents.push({
			...document,
			pools: pools.map((pool) => ({
				...pool,
				contacts: pool.contacts.flatMap((key) => departments.get(key) ?? [])
			})),
			measureCount: recordMeasures.length
		});
		offers.push({
			documentId: record.id,
			unaccounted: unaccountedOffers(record, sourceIndex),
			...renamed(contactGaps(record, sourceIndex)),
			unlocated: record.clauses
				.filter((c) => !sourceIndex.locate(c.anchor ?? c.heading))
				.map((c) => c.ref)
		});
		coverage.push({
			documentId: record.id,
			measureCount: recordMeasures.length,
			clauses: record.clauses.map((c) => ({
				ref: c.ref,
				heading: c.heading,
				measures: clauseMeasures.get(c.ref) ?? [],
				noMeasure: c.noMeasure?.en
			}))
		});
	}

	if (issues.length) throw new DataError(issues);
	const content = { documents, measures };
	return {
		dataset: { dataVersion: versionOf(content), ...content },
		quoteContexts,
		coverage,
		offers
	};
}

/**
 * The hash of `JSON.stringify(content)`, fed a document or measure at a time: at national size
 * (300,000 measures) the whole text would exceed the longest string V8 allows.
 */
function versionOf(content: { documents: unknown[]; measures: unknown[] }): string {
	const hash = createHash('sha256');
	let first = true;
	for (const [key, list] of Object.entries(content)) {
		hash.update(`${first ? '{' : ','}${JSON.stringify(key)}:[`);
		first = false;
		list.forEach((item, i) => hash.update(`${i ? ',' : ''}${JSON.stringify(item)}`));
		hash.update(']');
	}
	return hash.update('}').digest('hex').slice(0, 12);
}

const renamed = ({ missing, unknown }: ReturnType<typeof contactGaps>) => ({
	missingContacts: missing,
	unknownUnits: unknown
});

function parseRecord(file: SeedFile, issues: DataIssue[]): DocumentRecord | null {
	let raw: unknown;
	try {
		raw = file.path.endsWith('.json')
			? JSON.parse(file.yaml)
			: parseYaml(file.yaml, { prettyErrors: true });
	} catch (error) {
		issues.push({ file: file.path, reason: `not valid YAML: ${(error as Error).message}` });
		return null;
	}
	const unreviewed = unreviewedIssues(file.path, raw);
	issues.push(...unreviewed);
	if (file.yaml.includes(PLACEHOLDER))
		issues.push({
			file: file.path,
			reason: `still holds the draft placeholder "${PLACEHOLDER}": write the words it stands for`
		});
	const result = documentSchema.safeParse(raw);
	if (result.success) return unreviewed.length ? null : result.data;
	for (const problem of result.error.issues) {
		const measure = measureIdAt(raw, problem.path);
		issues.push({
			file: file.path,
			measure,
			reason: `${problem.path.join('.') || '(record)'}: ${problem.message}`
		});
	}
	return null;
}

/**
 * A drafted record lists the fields no reviewer has checked (`unreviewed:` on the record and on
 * each measure); the build refuses it until every list is empty, naming file, measure and fields.
 */
function unreviewedIssues(path: string, raw: unknown): DataIssue[] {
	const issues: DataIssue[] = [];
	const listed = (value: unknown): string[] =>
		Array.isArray(value) ? value.filter((field): field is string => typeof field === 'string') : [];
	const record = (raw ?? {}) as { unreviewed?: unknown; measures?: unknown };
	const fields = listed(record.unreviewed);
	if (fields.length)
		issues.push({ file: path, reason: `unreviewed: ${fields.join(', ')}`, unreviewed: fields });
	const measures = Array.isArray(record.measures) ? record.measures : [];
	measures.forEach((measure: { id?: unknown; clause?: unknown; unreviewed?: unknown }, index) => {
		const fields = listed(measure?.unreviewed);
		if (!fields.length) return;
		const id = typeof measure.id === 'string' ? measure.id : `measures[${index}]`;
		const clause = typeof measure.clause === 'string' ? ` [${measure.clause}]` : '';
		issues.push({
			file: path,
			measure: `${id}${clause}`,
			reason: `unreviewed: ${fields.join(', ')}`,
			unreviewed: fields
		});
	});
	return issues;
}

/** Names the measure a schema problem lies in, so the message says which record to fix. */
function measureIdAt(raw: unknown, path: PropertyKey[]): string | undefined {
	if (path[0] !== 'measures' || typeof path[1] !== 'number') return undefined;
	const measures = (raw as { measures?: unknown[] })?.measures;
	const measure = measures?.[path[1]] as { id?: unknown } | undefined;
	return typeof measure?.id === 'string' ? measure.id : `measures[${path[1]}]`;
}

/** The keys a condition may name: scopes (not inside a scope's own condition) and pools. */
type ConditionKeys = { scopes: Set<string>; pools: Set<string> };

function checkCondition(
	condition: Condition,
	keys: ConditionKeys,
	jurisdiction: string,
	report: (reason: string) => void
): void {
	if ('all' in condition || 'any' in condition) {
		const parts = 'all' in condition ? condition.all : condition.any;
		for (const part of parts) checkCondition(part, keys, jurisdiction, report);
	} else if ('not' in condition) {
		checkCondition(condition.not, keys, jurisdiction, report);
	} else if ('scope' in condition) {
		if (!keys.scopes.has(condition.scope))
			report(`eligibility names unknown scope "${condition.scope}"`);
	} else if ('pool' in condition) {
		if (!keys.pools.has(condition.pool))
			report(`eligibility names unknown pool "${condition.pool}"`);
	} else if ('region' in condition) {
		for (const code of condition.region)
			if (!isWithin(code, jurisdiction))
				report(
					`eligibility region ${code} lies outside the document's jurisdiction ${jurisdiction}`
				);
	} else if ('certifiedBetween' in condition || 'certifiedInPeriod' in condition) {
		const { from, to } =
			'certifiedBetween' in condition ? condition.certifiedBetween : condition.certifiedInPeriod;
		if (to !== undefined && to < from) report(`certifiedBetween runs backwards (${from}–${to})`);
	}
}

function unique(keys: string[], what: string, report: (reason: string) => void): Set<string> {
	const seen = new Set<string>();
	for (const key of keys) {
		if (seen.has(key)) report(`duplicate ${what} "${key}"`);
		seen.add(key);
	}
	return seen;
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
