// The document's particulars, each only where the text states it: title, issuer, document number,
// dates, policy period and the jurisdiction the issuer names. A covering notice ("关于印发《X》的
// 通知") gives way to the plan X it issues; a website's metadata block (removed from the cleaned
// text as boilerplate) is read for 发文字号 / 成文日期 / 发布日期, never a reposting site's 发布时间.
import { loadRegionTree } from '../regions.ts';
import type { RegionNode } from '../../regions/tree.ts';
import type { DraftDocument } from './types.ts';

const HAN = '\\u4e00-\\u9fff';
const DOC_NUMBER = new RegExp(
	`[${HAN}]{1,12}\\s*[〔\\[【(（]\\s*(?:\\d{4})?\\s*[〕\\]】)）]\\s*\\d{1,4}\\s*号`
);
const TITLE_WORDS =
	/(?:意见|通知|方案|办法|措施|规定|决定|计划|细则|政策|若干条|通告|规划)(?:[(（][^)）]*[)）])?$/;
const ORGANISATION = /(?:厅|办公室|政府|委员会|小组|局|委|办|区|部|中心|\))$/;

export type MetadataInput = {
	/** The cleaned text. */
	text: string;
	/** Where the numbered body begins: particulars come from the lines above it. */
	bodyStart: number;
	/** The text cleaned but for site boilerplate, whose metadata block may hold particulars. */
	withBoilerplate: string;
};

const joinTitle = (text: string) =>
	text.replace(new RegExp(`(?<=[${HAN}“”《》()（）])\\s+(?=[${HAN}“”《》()（）])`, 'g'), '');

export function readMetadata({ text, bodyStart, withBoilerplate }: MetadataInput): DraftDocument {
	const head = text.slice(0, bodyStart);
	const lines = head
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	const document: DraftDocument = {};

	const titled = titleAndIssuer(lines);
	Object.assign(document, titled);
	const signature = signedIssuerAndDate(lines);
	if (signature.issuer) document.issuer = signature.issuer;
	if (signature.issued) document.issued = signature.issued;

	const labels = metadataLabels(withBoilerplate);
	const docNumber =
		lines.map(joinTitle).find((line) => new RegExp(`^${DOC_NUMBER.source}$`).test(line)) ??
		labels.get('发文字号')?.match(DOC_NUMBER)?.[0];
	if (docNumber) document.docNumber = docNumber.replace(/\s+/g, '');
	const written = isoDate(labels.get('成文日期'));
	const published = isoDate(labels.get('发布日期'));
	if (written) document.written = written;
	if (published) document.published = published;
	document.issued ??= written;
	if (!document.issuer) {
		const agency = labels.get('发布机构');
		if (agency) document.issuer = agency;
	}

	Object.assign(document, period(text, document.title));
	const jurisdiction = jurisdictionOf(`${document.issuer ?? ''} ${document.title ?? ''}`);
	if (jurisdiction) document.jurisdiction = jurisdiction;
	return document;
}

function titleAndIssuer(lines: string[]): Pick<DraftDocument, 'title' | 'issuer'> {
	const joined = lines.map(joinTitle);
	// A covering notice: the plan it issues is the document.
	for (let i = 0; i < joined.length; i++) {
		const here = joined.slice(i, i + 3).join('');
		const notice = /^(.*?)关于印发《?(.+?)》?的通知/.exec(here);
		if (!notice || /[。，,]/.test(notice[0])) continue;
		const plan = notice[2];
		const fuller = joined.find((line) => line !== plan && line.endsWith(plan) && line.length < 60);
		return {
			title: fuller && !/[，,。]/.test(fuller) ? fuller : plan,
			...(ORGANISATION.test(notice[1]) ? { issuer: notice[1] } : {})
		};
	}
	for (const line of joined) {
		if (line.length > 80 || /[。，,；;]/.test(line) || !TITLE_WORDS.test(line)) continue;
		const about = /^(.+?)关于/.exec(line);
		if (about && ORGANISATION.test(about[1])) return { title: line, issuer: about[1] };
		// The same title repeated with the issuer in front: "常州国家高新区(新北区) 关于…".
		const fuller = joined.find((l) => l !== line && l.endsWith(line) && !/[，,。]/.test(l));
		return { title: line, ...(fuller ? issuerBefore(fuller, line) : {}) };
	}
	return {};
}

function issuerBefore(fuller: string, title: string): Pick<DraftDocument, 'issuer'> {
	const issuer = fuller.slice(0, fuller.length - title.length).trim();
	return issuer && ORGANISATION.test(issuer) ? { issuer } : {};
}

/** A signature block: one or two short lines above a date "2022年2月15日" (the year may be blank). */
function signedIssuerAndDate(lines: string[]): Pick<DraftDocument, 'issuer' | 'issued'> {
	const signatureLine = (line: string | undefined) =>
		line !== undefined && line.length <= 30 && !/[。，,；;：:]/.test(line);
	const unsealed = (name: string) => name.replace(/[(（](?:代章|盖章|印)[)）]$/, '');
	for (let i = 1; i < lines.length; i++) {
		const date = /^(\d{4})?年(\d{1,2})月(\d{1,2})日$/.exec(lines[i]);
		if (!date || !signatureLine(lines[i - 1])) continue;
		const one = unsealed(lines[i - 1]);
		const two =
			signatureLine(lines[i - 2]) && !/^(?:特此通知|特此公告|此复)$/.test(lines[i - 2])
				? unsealed(lines[i - 2] + lines[i - 1])
				: undefined;
		const issuer = [two, one].find(
			(name) => name && ORGANISATION.test(name) && !TITLE_WORDS.test(name)
		);
		return {
			...(issuer ? { issuer } : {}),
			...(date[1]
				? { issued: `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` }
				: {})
		};
	}
	return {};
}

/** "[ 成文日期 ] 2022-07-04" and "成文日期:2022-07-04" lines of a government site's info block. */
function metadataLabels(text: string): Map<string, string> {
	const labels = new Map<string, string>();
	const pattern = /(?:\[\s*([^\]\n]{2,8}?)\s*\]|^([^\s:：\n]{2,6})\s*[:：])\s*([^[\n]*)/gm;
	for (const match of text.matchAll(pattern)) {
		const label = (match[1] ?? match[2]).trim();
		const value = match[3].trim();
		if (value && !labels.has(label)) labels.set(label, value);
	}
	return labels;
}

function isoDate(value: string | undefined): string | undefined {
	const match = value && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(value);
	return match
		? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`
		: undefined;
}

function period(
	text: string,
	title?: string
): Pick<DraftDocument, 'periodFrom' | 'periodTo' | 'periodQuote'> {
	const range = title && /[(（]?(\d{4})\s*[—–\-~至到]+\s*(\d{4})年?[)）]?/.exec(title);
	if (range)
		return { periodFrom: Number(range[1]), periodTo: Number(range[2]), periodQuote: range[0] };
	const until = /(?:到|至|截至)\s*(\d{4})\s*年/.exec(text);
	if (until) return { periodTo: Number(until[1]), periodQuote: until[0] };
	return {};
}

/** The most specific region the issuer or title names, preferring one whose parents it names too. */
function jurisdictionOf(words: string): DraftDocument['jurisdiction'] {
	let best: { node: RegionNode; score: number } | undefined;
	const visit = (nodes: RegionNode[], ancestors: RegionNode[]) => {
		for (const node of nodes) {
			if (words.includes(node.name)) {
				const score =
					ancestors.length * 2 + ancestors.filter((a) => words.includes(shortName(a.name))).length;
				if (!best || score > best.score) best = { node, score };
			}
			if (node.children) visit(node.children, [...ancestors, node]);
		}
	};
	visit(loadRegionTree(), []);
	return best ? { code: best.node.code, name: best.node.name } : undefined;
}

function shortName(name: string): string {
	return name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市|区|县)$/, '') || name;
}
