// Region names for display, without the tree: the packed strings the build ships are searched,
// never rebuilt into a tree, so pages that only show where an owner is registered stay light.
// Chinese: "|110000北京市|110101东城区|…"; English, in the same order and only in English mode:
// "Beijing Municipality/Beijing|Dongcheng District|…" (src/lib/server/regions.ts).

/** A region's English name on its own, and the shorter form it takes inside a path. */
export type EnglishRegionName = { full: string; short: string };

export type PackedRegionNames = { zh: string; en?: string };

/** "Zhengzhou City/Zhengzhou" → both forms; a name without a slash is its own short form. */
export function parseEnglishEntry(entry: string): EnglishRegionName {
	const slash = entry.indexOf('/');
	return slash < 0
		? { full: entry, short: entry }
		: { full: entry.slice(0, slash), short: entry.slice(slash + 1) };
}

/** "Jinshui District, Zhengzhou, Henan": the region's own name, then the wider ones it lies in. */
export function englishPath(path: EnglishRegionName[]): string {
	const own = path.at(-1);
	if (!own) return '';
	const wider = path
		.slice(0, -1)
		.map((name) => name.short)
		.filter(Boolean)
		.reverse();
	return [own.full, ...wider].join(', ');
}

/** How the English screens name a place: "Dazu District, Chongqing (大足区)". */
export function bilingualPlace(english: string, chinese: string): string {
	return `${english} (${chinese})`;
}

/** Entries that group regions without being one (市辖区, 省直辖县级行政区划) stay out of paths. */
const isGrouping = (name: string) => name === '市辖区' || name.includes('直辖县级行政区划');

/** The position and name a GB/T 2260 code has in the packed Chinese list, if it is there. */
function entryIn(names: string, code: string): { at: number; name: string } | undefined {
	const at = names.indexOf(`|${code}`);
	if (at < 0) return undefined;
	const end = names.indexOf('|', at + 1);
	return { at, name: names.slice(at + 7, end < 0 ? undefined : end) };
}

/** Province, city and the region itself, as far as the list knows them and a path shows them. */
function pathCodes(names: string, code: string): string[] {
	return [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code].filter(
		(c, i, all) =>
			all.indexOf(c) === i &&
			(c === code || !isGrouping(entryIn(names, c)?.name ?? '市辖区')) &&
			entryIn(names, c) !== undefined
	);
}

/** "河南省 郑州市 金水区" for 410105; the code itself where the list does not know it. */
export function regionLabel(names: string, code: string): string {
	const path = pathCodes(names, code).map((c) => entryIn(names, c)!.name);
	return path.length ? path.join(' ') : code;
}

let englishByCode: { names: PackedRegionNames; byCode: Map<string, string> } | undefined;

/** The English entry of a code: the same position in the English list as in the Chinese one. */
function englishEntry(names: PackedRegionNames, code: string): EnglishRegionName | undefined {
	if (!names.en) return undefined;
	if (englishByCode?.names.zh !== names.zh || englishByCode.names.en !== names.en) {
		const entries = names.en.split('|');
		const codes = names.zh.slice(1).split('|');
		englishByCode = { names, byCode: new Map(codes.map((c, i) => [c.slice(0, 6), entries[i]])) };
	}
	const entry = englishByCode.byCode.get(code);
	return entry === undefined ? undefined : parseEnglishEntry(entry);
}

/** "Jinshui District, Zhengzhou, Henan" for 410105, when the English names are loaded. */
export function englishRegionLabel(names: PackedRegionNames, code: string): string | undefined {
	const path = pathCodes(names.zh, code).map((c) => englishEntry(names, c));
	if (!path.length || path.some((name) => !name)) return undefined;
	return englishPath(path as EnglishRegionName[]);
}

/**
 * A region as the screens name it: "河南省 郑州市 金水区" in Chinese; in English
 * "Jinshui District, Zhengzhou, Henan (金水区)", or the Chinese while the English is not loaded.
 */
export function placeLabel(names: PackedRegionNames, code: string, lang: 'zh' | 'en'): string {
	const english = lang === 'en' ? englishRegionLabel(names, code) : undefined;
	const own = entryIn(names.zh, code)?.name;
	return english && own ? bilingualPlace(english, own) : regionLabel(names.zh, code);
}
