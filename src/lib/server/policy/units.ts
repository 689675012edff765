// Every department a numbered item names as responsible (its 责任单位 or 牵头单位 line, or the
// trailing parentheses some documents use) is a contact of each of that item's measures: the owner
// may need any of them. `npm run -s data:coverage` lists what is missing.
import type { DocumentRecord } from './schema.ts';
import type { SourceIndex } from './provenance.ts';
import { clauseSpans } from './spans.ts';

export type MissingContact = {
	clause: string;
	measure: string;
	/** The department as the item writes it. */
	unit: string;
};

export type UnknownUnit = { clause: string; unit: string };

// "责任单位:市工信局、区县(市)人民政府。" — to the end of the line, a closing parenthesis that ends it,
// or a full stop; a parenthesis inside a name ("区县(市)") does not end the list.
const LABELLED = /(?:责任单位|牵头单位)[:：](.*?)(?:[)）](?=[。;；]?\s*$)|。|$)/gm;
const TRAILING =
	/[（(]([^（()）:：\n]*(?:厅|局|委|会|行|政府|联|办|院|中心)[^（()）:：\n]*)[)）][。;；]?\s*$/gm;
const SEPARATORS = /[、,，;；]/;
/**
 * A list shares a place prefix with its first name ("自治区市场监管局、商务厅" = 自治区商务厅): a name
 * matches a department whose written name ends with it.
 */
const sameBody = (written: string, name: string) =>
	name.length > 2 && (written === name || written.endsWith(name));

/** The lists of responsible bodies an item's text gives, as written. */
function unitLists(text: string): string[] {
	return [...text.matchAll(LABELLED), ...text.matchAll(TRAILING)].map((m) => m[1]);
}

/**
 * The departments a list names, and the names in it that match no department. Departments are
 * found by their written name first (a name may itself hold a separator: "滨开区及各镇、街道");
 * the rest is split into names and matched without a shared place prefix.
 */
function readList(
	list: string,
	departments: DocumentRecord['departments']
): { keys: string[]; unknown: string[] } {
	const keys: string[] = [];
	let rest = list;
	for (const department of [...departments].sort((a, b) => b.asWritten.length - a.asWritten.length))
		if (rest.includes(department.asWritten)) {
			keys.push(department.key);
			rest = rest.replaceAll(department.asWritten, '、');
		}
	const unknown: string[] = [];
	for (const name of rest
		.split(SEPARATORS)
		.map((n) => n.trim())
		.filter((n) => n.length > 1)) {
		const department = departments.find((d) => sameBody(d.asWritten, name));
		if (department) keys.push(department.key);
		else unknown.push(name);
	}
	return { keys, unknown };
}

/** Departments each item names that some of its measures do not list, and names no key matches. */
export function contactGaps(
	record: DocumentRecord,
	index: SourceIndex
): { missing: MissingContact[]; unknown: UnknownUnit[] } {
	const missing: MissingContact[] = [];
	const unknown: UnknownUnit[] = [];
	const byKey = new Map(record.departments.map((d) => [d.key, d]));
	for (const { ref, text } of clauseSpans(record, index)) {
		const measures = record.measures.filter((m) => m.clause === ref);
		if (!measures.length) continue;
		const named = new Set<string>();
		for (const list of unitLists(text)) {
			const { keys, unknown: names } = readList(list, record.departments);
			for (const key of keys) named.add(key);
			for (const unit of names) unknown.push({ clause: ref, unit });
		}
		for (const key of named)
			for (const measure of measures)
				if (!measure.contacts.includes(key))
					missing.push({ clause: ref, measure: measure.id, unit: byKey.get(key)!.asWritten });
	}
	return { missing, unknown };
}
