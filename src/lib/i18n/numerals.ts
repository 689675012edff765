// Chinese numerals as documents number their parts and items (一, 十二, 二十, 一百零五): read by the
// clause references the app shows and by the draft tool that finds numbering in raw texts.

const CN_DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; also plain digits. */
export function parseChineseNumeral(text: string): number | null {
	if (/^\d+$/.test(text)) return Number(text);
	let total = 0;
	let current = 0;
	for (const ch of text) {
		if (ch in CN_DIGITS) current = CN_DIGITS[ch];
		else if (ch === '十') {
			total += (current || 1) * 10;
			current = 0;
		} else if (ch === '百') {
			total += (current || 1) * 100;
			current = 0;
		} else return null;
	}
	const value = total + current;
	return value > 0 ? value : null;
}
