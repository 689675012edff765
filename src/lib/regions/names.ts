// Region names for display, without the tree: one string "110000北京市|110101东城区|…" that is
// searched, never parsed, so pages that only show where an owner is registered stay light.

/** The name a GB/T 2260 code has in the packed list, if it is there. */
function nameIn(names: string, code: string): string | undefined {
	const at = names.indexOf(`|${code}`);
	if (at < 0) return undefined;
	const end = names.indexOf('|', at + 1);
	return names.slice(at + 7, end < 0 ? undefined : end);
}

/** "河南省 郑州市 金水区" for 410105; the code itself where the list does not know it. */
export function regionLabel(names: string, code: string): string {
	const path = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code]
		.filter((c, i, all) => all.indexOf(c) === i)
		.map((c) => nameIn(names, c))
		.filter((name): name is string => name !== undefined);
	return path.length ? path.join(' ') : code;
}
