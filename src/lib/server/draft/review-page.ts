// The dev-only review page (served by src/lib/server/vite-plugin-policy-data.ts under /__draft in
// `npm run dev`, never built into the app): a draft beside its source. The source text shows each
// drafted quote highlighted and each sentence with an offer word that no quote covers marked; the
// panel shows the drafted fields of the measure under the cursor or focus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'yaml';
import { indexSource } from '../policy/provenance.ts';
import { cleanText } from './cleaning/index.ts';
import type { CleaningStepName } from './cleaning/names.ts';
import { draftFromText } from './draft.ts';
import { DraftInputError } from './input.ts';
import { outline } from './items.ts';
import { uncoveredSentences } from './measures.ts';

const REVIEW_PATH = '/__draft';

/** A highlighted span of the source and the fields the panel shows for it. */
export type ReviewMeasure = {
	start: number;
	end: number;
	label: string;
	fields: Record<string, unknown>;
	unreviewed?: string[];
};

export type ReviewInput = {
	name: string;
	text: string;
	measures: ReviewMeasure[];
	uncovered: { start: number; end: number }[];
	/** Sentences a record accounts for without a measure (its exclusions), with the reason. */
	excluded: { start: number; end: number; reason: string }[];
	notes: string[];
};

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The draft of a raw text, as the tool proposes it. */
export function reviewOfRawText(name: string, raw: string): ReviewInput {
	const draft = draftFromText(raw);
	return {
		name,
		text: draft.cleanText,
		measures: draft.measures.map(({ start, end, ref, quote: _quote, ...fields }) => ({
			start,
			end,
			label: ref,
			fields: { ref, ...fields }
		})),
		uncovered: draft.uncovered,
		excluded: [],
		notes: [
			`cleaning: ${
				draft.cleaning
					.filter((c) => c.count)
					.map((c) => `${c.step} ×${c.count}`)
					.join(', ') || 'none'
			}`,
			...draft.defects.map((d) => `${d.kind}: ${d.note}`),
			`document: ${JSON.stringify(draft.document)}`
		]
	};
}

type RecordMeasure = {
	id?: string;
	clause?: string;
	title?: { zh?: string };
	benefit?: unknown;
	eligibility?: unknown;
	contacts?: string[];
	lead?: string;
	source?: { quote?: string };
	unreviewed?: string[];
};

/** A seed record (drafted or reviewed) against the cleaned text of its source. */
function reviewOfRecord(
	name: string,
	yaml: string,
	readSource: (file: string) => string | null
): ReviewInput {
	const record = parse(yaml) as {
		sourceFile?: string;
		cleaning?: CleaningStepName[];
		departments?: { key: string; asWritten: string }[];
		measures?: RecordMeasure[];
		exclusions?: { quote?: string; reason?: { kind?: string; en?: string } }[];
		unreviewed?: string[];
	};
	const raw = record.sourceFile ? readSource(record.sourceFile) : null;
	if (raw === null) throw new DraftInputError(`${name} names no readable sourceFile`);
	const text = record.cleaning?.length ? cleanText(raw, record.cleaning).text : raw;
	const index = indexSource(text);
	const asWritten = new Map((record.departments ?? []).map((d) => [d.key, d.asWritten]));
	const notes: string[] = [];
	const measures: ReviewMeasure[] = [];
	for (const measure of record.measures ?? []) {
		const at = measure.source?.quote ? index.locate(measure.source.quote) : null;
		if (!at) {
			notes.push(`${measure.id}: quote not found in the source`);
			continue;
		}
		measures.push({
			...at,
			label: measure.clause ?? '',
			unreviewed: measure.unreviewed,
			fields: {
				id: measure.id,
				clause: measure.clause,
				title: measure.title?.zh,
				benefit: measure.benefit,
				eligibility: measure.eligibility,
				contacts: (measure.contacts ?? []).map((key) => asWritten.get(key) ?? key),
				lead: measure.lead && (asWritten.get(measure.lead) ?? measure.lead),
				unreviewed: measure.unreviewed ?? []
			}
		});
	}
	const excluded = (record.exclusions ?? []).flatMap((exclusion) => {
		const at = exclusion.quote ? index.locate(exclusion.quote) : null;
		return at ? [{ ...at, reason: `${exclusion.reason?.kind}: ${exclusion.reason?.en}` }] : [];
	});
	if (record.unreviewed?.length)
		notes.unshift(`record fields unreviewed: ${record.unreviewed.join(', ')}`);
	return {
		name,
		text,
		measures,
		uncovered: uncoveredSentences(text, outline(text), [...measures, ...excluded]),
		excluded,
		notes
	};
}

/** Cuts the text at every boundary so overlapping quotes each keep their highlight. */
function segments(input: ReviewInput) {
	const cuts = new Set([0, input.text.length]);
	for (const span of [...input.measures, ...input.uncovered, ...input.excluded])
		cuts.add(span.start).add(span.end);
	const points = [...cuts].sort((a, b) => a - b);
	return points.slice(0, -1).map((start, i) => {
		const end = points[i + 1];
		return {
			text: input.text.slice(start, end),
			measures: input.measures.flatMap((m, index) =>
				m.start <= start && end <= m.end ? [index] : []
			),
			uncovered: input.uncovered.some((u) => u.start <= start && end <= u.end),
			excluded: input.excluded.find((x) => x.start <= start && end <= x.end)?.reason
		};
	});
}

export function renderReviewPage(input: ReviewInput): string {
	const body = segments(input)
		.map((segment) => {
			const text = escape(segment.text);
			if (segment.measures.length) {
				const pending = segment.measures.some((i) => input.measures[i].unreviewed?.length);
				// Neighbouring quotes alternate in shade so each measure's extent shows.
				const alternate = segment.measures[0] % 2 ? ' alt' : '';
				return `<mark tabindex="0" class="${pending ? 'pending' : ''}${alternate}" data-m="${segment.measures.join(' ')}">${text}</mark>`;
			}
			if (segment.excluded)
				return `<span class="excluded" title="${escape(segment.excluded)}">${text}</span>`;
			return segment.uncovered
				? `<span class="uncovered" title="offer words, no drafted measure">${text}</span>`
				: text;
		})
		.join('');
	const data = JSON.stringify(
		input.measures.map((m) => ({ label: m.label, fields: m.fields }))
	).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="zh-CN" data-draft-review>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>草稿审阅 Draft review — ${escape(input.name)}</title>
<style>
body { margin: 0; font: 15px/1.7 system-ui, "Noto Sans CJK SC", sans-serif; color: #1a1a1a; background: #fafaf7; }
header { padding: 0.6rem 1rem; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 1.05rem; margin: 0; }
header p { margin: 0.2rem 0 0; color: #555; font-size: 0.85rem; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1rem; padding: 1rem; }
.source { white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid #ddd; border-radius: 6px; }
mark { background: #cfe8ff; border-bottom: 2px solid #2a6fb0; cursor: pointer; }
mark.alt { background: #b9dcf7; }
mark.pending { background: #ffe9b3; border-bottom-color: #b07a00; }
mark.pending.alt { background: #ffdb8a; }
.excluded { color: #666; background: #eee; }
mark:hover, mark:focus, mark.active { background: #9fd0ff; outline: 2px solid #2a6fb0; }
.uncovered { background: #ffd6d6; text-decoration: underline wavy #c0392b; }
aside { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; }
.panel { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem 1rem; margin-bottom: 1rem; }
.panel h2 { font-size: 0.95rem; margin: 0 0 0.4rem; }
.panel h3 { font-size: 1rem; margin: 0.4rem 0 0.2rem; }
.flag { margin: 0 0 0.4rem; color: #8a5a00; font-size: 0.85rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; margin: 0; font-size: 0.85rem; }
dt { color: #555; } dd { margin: 0; white-space: pre-wrap; word-break: break-word; }
dt.unreviewed::after { content: " ⚑"; color: #b07a00; }
ul { margin: 0; padding-left: 1.1rem; font-size: 0.85rem; }
.legend span { padding: 0 0.3rem; margin-right: 0.5rem; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } aside { position: static; max-height: none; order: -1; } }
</style>
</head>
<body>
<header>
<h1>草稿审阅 Draft review · ${escape(input.name)}</h1>
<p class="legend"><mark>drafted quote</mark> <mark class="pending">quote with unreviewed fields</mark> <span class="uncovered">offer words, no measure</span> <span class="excluded">excluded with a reason</span> · ${input.measures.length} measures, ${input.uncovered.length} uncovered offer sentences · <a href="${REVIEW_PATH}">all files</a></p>
</header>
<main>
<div class="source" lang="zh-CN">${body}</div>
<aside>
<section class="panel" aria-live="polite"><h2>Measure under the cursor</h2><div id="fields"><p>Point at or focus a highlighted quote.</p></div></section>
<section class="panel"><h2>Notes</h2><ul>${input.notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul></section>
</aside>
</main>
<script>
const measures = ${data};
const panel = document.getElementById('fields');
const esc = (s) => String(s).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const readable = (v) => typeof v === 'string' ? v
	: Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join('、') || '—'
	: Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join('\\n') || '—'
	: JSON.stringify(v);
const show = (mark) => {
	document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
	mark.classList.add('active');
	panel.innerHTML = mark.dataset.m.split(' ').map((i) => {
		const { label, fields } = measures[i];
		const pending = fields.unreviewed || [];
		const rows = Object.entries(fields).filter(([k]) => k !== 'unreviewed').map(([k, v]) =>
			'<dt class="' + (pending.includes(k) ? 'unreviewed' : '') + '">' + esc(k) + '</dt><dd>' + esc(readable(v)) + '</dd>').join('');
		return '<h3>' + esc(label) + '</h3>' + (pending.length ? '<p class="flag">⚑ unreviewed: ' + esc(pending.join(', ')) + '</p>' : '') + '<dl>' + rows + '</dl>';
	}).join('');
};
document.addEventListener('mouseover', (e) => { const m = e.target.closest('mark[data-m]'); if (m) show(m); });
document.addEventListener('focusin', (e) => { const m = e.target.closest('mark[data-m]'); if (m) show(m); });
</script>
</body>
</html>`;
}

function renderIndex(seedsDir: string): string {
	const records = readdirSync(seedsDir)
		.filter((n) => n.endsWith('.yaml'))
		.sort();
	const sources = existsSync(join(seedsDir, 'sources'))
		? readdirSync(join(seedsDir, 'sources'))
				.filter((n) => n.endsWith('.txt'))
				.sort()
		: [];
	const link = (query: string, label: string) =>
		`<li><a href="${REVIEW_PATH}?${query}">${escape(label)}</a></li>`;
	return `<!doctype html><html lang="en" data-draft-review><head><meta charset="utf-8"><title>Draft review</title></head><body style="font:15px/1.7 system-ui,sans-serif;margin:2rem">
<h1>草稿审阅 Draft review</h1>
<h2>Records against their sources</h2><ul>${records.map((n) => link(`record=${encodeURIComponent(n)}`, n)).join('')}</ul>
<h2>Fresh drafts of the raw sources</h2><ul>${sources.map((n) => link(`source=${encodeURIComponent(n)}`, n)).join('')}</ul>
</body></html>`;
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.(?:yaml|txt)$/;

/** Connect-style middleware for Vite's dev server: GET /__draft[?record=NAME.yaml|?source=NAME.txt]. */
export function draftReviewMiddleware(seedsDir: string) {
	return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname !== REVIEW_PATH && url.pathname !== `${REVIEW_PATH}/`) return next();
		const send = (status: number, html: string) => {
			res.statusCode = status;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(html);
		};
		const record = url.searchParams.get('record');
		const source = url.searchParams.get('source');
		const name = record ?? source;
		if (!name) return send(200, renderIndex(seedsDir));
		if (!SAFE_NAME.test(name)) return send(400, `<p>Not a file in seeds/: ${escape(name)}</p>`);
		const path = record ? join(seedsDir, name) : join(seedsDir, 'sources', name);
		if (!existsSync(path)) return send(404, `<p>No such file: ${escape(name)}</p>`);
		try {
			const readSource = (file: string) => {
				const at = join(seedsDir, file);
				return existsSync(at) ? readFileSync(at, 'utf8') : null;
			};
			const input = record
				? reviewOfRecord(name, readFileSync(path, 'utf8'), readSource)
				: reviewOfRawText(name, readFileSync(path, 'utf8'));
			send(200, renderReviewPage(input));
		} catch (error) {
			if (error instanceof DraftInputError) return send(422, `<p>${escape(error.message)}</p>`);
			throw error;
		}
	};
}
