// The departments an item names as responsible, as written: a 责任单位 / 牵头单位 line or
// parenthesis, or a trailing parenthesis that lists nothing but offices ("(省工业和信息化厅、省财政厅)").
// Where an item names none, the offices its own sentences name as doing something.

const LABEL =
	/^(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|主责单位|负责单位|实施单位|责任主体)\s*[:：]\s*/;
const LABEL_ANYWHERE =
	/(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|主责单位|负责单位|实施单位|责任主体)\s*[:：]\s*/g;

/** Endings of office names; a list of such names may be split at 、. */
const OFFICE =
	/(局|厅|委|办|部|署|会|院|府|中心|行|处|室|所|司|队|站|联|团|组|社|公司|单位|部门|海关|区|园|小组|政府)$/;

/** Splits a list of departments as written: groups at commas and semicolons, names at 、 only
 * where every part is an office name ("区统计局、区经发局"), so "滨开区及各镇、街道" stays one. */
export function splitDepartments(list: string): string[] {
	const out: string[] = [];
	for (const group of list.split(/[,，;；]/)) {
		const clean = group
			.replace(LABEL, '')
			.replace(/[。.\s]+$/, '')
			.replace(/^(?:等|和|及)/, '')
			.trim();
		if (!clean) continue;
		const parts = clean.split('、').map((part) => part.trim());
		const names = parts.every((part) => OFFICE.test(stripRole(part)))
			? parts.map(stripRole)
			: [stripRole(clean)];
		for (const name of names) if (name && !out.includes(name)) out.push(name);
	}
	return out;
}

function stripRole(name: string): string {
	return name.replace(/(?:牵头|负责|配合|等)$/, '').trim();
}

/** Whether a bracketed list names offices only, so it can be read as the item's contacts. */
function isOfficeList(content: string): boolean {
	const parts = content.split(/[,，;；、]/).map((p) => stripRole(p.trim()));
	return parts.length > 0 && parts.every((part) => part.length >= 3 && OFFICE.test(part));
}

export type ContactsFound = {
	contacts: string[];
	/** Where the contacts stand in the text given, so the body can leave them out. */
	start: number;
	end: number;
};

/** The contacts an item states at its end (a labelled line or a trailing parenthesis). */
export function statedContacts(text: string): ContactsFound | null {
	const line =
		/(?:^|\n)[ \t]*((?:责任单位|牵头单位|责任部门|牵头部门|主责单位|负责单位|实施单位)\s*[:：][^\n]*)\s*$/.exec(
			text
		);
	if (line) {
		const start = line.index + line[0].indexOf(line[1]);
		return { contacts: labelledList(line[1]), start, end: text.length };
	}
	const close = text.search(/[)）][。.]?\s*$/);
	if (close < 0) return null;
	let depth = 0;
	for (let i = close; i >= 0; i--) {
		const ch = text[i];
		if (ch === ')' || ch === '）') depth++;
		else if (ch === '(' || ch === '（') depth--;
		if (depth === 0) {
			const content = text.slice(i + 1, close);
			if (LABEL.test(content) || isOfficeList(content))
				return { contacts: labelledList(content), start: i, end: text.length };
			return null;
		}
	}
	return null;
}

/** "牵头单位:甲;配合单位:乙、丙" → [甲, 乙, 丙], the lead first as written. */
function labelledList(content: string): string[] {
	return splitDepartments(content.replace(LABEL_ANYWHERE, ','));
}

/** Characters of an office name: Chinese, but not the words that join two names. */
const NAME_CHAR = '[^\\s\\x00-\\x7f及和与并或、，。；：“”（）]';
const NAMED_OFFICE = new RegExp(
	`(?:^|[,，。；;：:、由])((?:市|区|县|省|州|自治区)${NAME_CHAR}{1,12}?(?:局|厅|委员会|委|办公室|办|中心)|${NAME_CHAR}{1,12}?主管部门)(?=牵头|负责|确定|会同|组织|建立|统筹|安排|[,，、和及])`,
	'g'
);
/** Verbs that can stand before an office named as a partner ("积极联动科技主管部门"). */
const LEADING_VERBS = /^(?:积极|联动|会同|协调|配合|依托|联合|充分|发挥|组织)+/;

/** Offices a sentence names as doing something ("由市工信局确定企业名单,市金融局负责组织…"). */
export function namedOffices(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(NAMED_OFFICE)) {
		const name = match[1].replace(LEADING_VERBS, '');
		if (name.length >= 3 && !out.includes(name)) out.push(name);
	}
	return out;
}

/** The document's lead office, where it says one leads ("区经济信息委牵头负责综合协调"). */
export function leadOffice(text: string): string | undefined {
	return /((?:市|区|县|省|自治区)[\u4e00-\u9fa5]{1,12}?(?:局|厅|委|办))牵头/.exec(text)?.[1];
}
