// Search across provinces (src/lib/search/national.ts): province by province, with the browser
// given its turn, the same hits as one index over all of them, near misses only when all together
// found too few, provinces that need a connection named, and a newer query stopping an older one.
import { describe, expect, test } from 'vitest';
import {
	inParts,
	mergeHits,
	PART_ENTRIES,
	ProvinceIndexes,
	searchProvinces
} from '../../src/lib/search/national.ts';
import {
	createSearchIndex,
	type SearchEntry,
	type SearchHit
} from '../../src/lib/search/search.ts';

const entry = (id: string, zh: string, en: string, pinyin = '', initials = ''): SearchEntry => ({
	kind: 'measure',
	id,
	documentId: `doc-${id.split('-')[0]}`,
	title: { zh, en },
	summary: { zh: '', en: '' },
	quote: '',
	contacts: '',
	place: '',
	pinyin,
	initials
});

const PROVINCES: Record<string, SearchEntry[]> = {
	'410000': [
		entry('410-a', '融资担保费补贴', 'Guarantee fee subsidy', 'rongzidanbaofeibutie', 'rzdbfbt'),
		entry('410-b', '首台套奖励', 'First-of-kind reward', 'shoutaitaojiangli', 'sttjl')
	],
	'450000': [
		entry('450-a', '政府性融资担保', 'Government guarantee', 'zhengfuxingrongzidanbao', 'zfxrzdb'),
		entry('450-b', '人才培训', 'Talent training', 'rencaipeixun', 'rcpx')
	],
	'500000': [entry('500-a', '贷款贴息', 'Loan interest subsidy', 'daikuantiexi', 'dktx')]
};

async function searchAll(query: string, failing: string[] = []) {
	const progress: { hits: SearchHit[]; unavailable: string[]; remaining: number }[] = [];
	const indexes = new ProvinceIndexes(async (province) => {
		if (failing.includes(province)) throw new Error('offline');
		// Each province in parts of one entry: results must not depend on how it is cut.
		return PROVINCES[province].map((entry) => createSearchIndex([entry]));
	});
	let pauses = 0;
	await searchProvinces(query, {
		provinces: Object.keys(PROVINCES),
		index: (province) => indexes.get(province),
		current: () => true,
		progress: (hits, unavailable, remaining) => progress.push({ hits, unavailable, remaining }),
		pause: async () => void (pauses += 1)
	});
	return { last: progress.at(-1)!, progress, pauses };
}

describe('searching every province', () => {
	test('finds what one index over all of them finds, best first', async () => {
		const whole = createSearchIndex(Object.values(PROVINCES).flat());
		for (const query of ['担保', 'guarantee', 'dbf', 'danbao', '贷款']) {
			const { last } = await searchAll(query);
			const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id).sort();
			expect(ids(last.hits), query).toEqual(ids(whole.search(query)));
			expect(last.remaining).toBe(0);
		}
	});

	test('looks for near misses only once every province together found too few', async () => {
		const { last } = await searchAll('guarentee');
		expect(last.hits.map((hit) => [hit.id, hit.field])).toContainEqual(['410-a', 'near']);
		const whole = createSearchIndex(Object.values(PROVINCES).flat());
		expect(last.hits.map((hit) => hit.id).sort()).toEqual(
			whole
				.search('guarentee')
				.map((hit) => hit.id)
				.sort()
		);
		const many = await searchAll('补贴');
		expect(many.last.hits.every((hit) => hit.field !== 'near')).toBe(true);
	});

	test('names the provinces it could not search and searches the others', async () => {
		const { last } = await searchAll('担保', ['450000']);
		expect(last.unavailable).toEqual(['450000']);
		expect(last.hits.map((hit) => hit.id)).toEqual(['410-a']);
	});

	test('a newer query stops an older one between slices', async () => {
		let current = true;
		const seen: string[] = [];
		await searchProvinces('担保', {
			provinces: Object.keys(PROVINCES),
			index: async (province) => {
				seen.push(province);
				// The owner types on while the first province is searched.
				current = false;
				return [createSearchIndex(PROVINCES[province])];
			},
			current: () => current,
			progress: () => {},
			pause: async () => {}
		});
		expect(seen).toEqual(['410000']);
	});

	test('merged results keep the better match first, and the earlier province among equals', () => {
		const hit = (id: string, score: number) =>
			({ ...entry(id, id, id), field: 'title', score }) as SearchHit;
		expect(
			mergeHits(
				[
					[hit('a', 8), hit('b', 3)],
					[hit('c', 8.5), hit('d', 3)]
				],
				3
			).map((h) => h.id)
		).toEqual(['c', 'a', 'b']);
	});
});

test('a large province is searched in parts of at most PART_ENTRIES entries', () => {
	const entries = Array.from({ length: PART_ENTRIES * 2 + 1 }, (_, i) => i);
	expect(inParts(entries).map((part) => part.length)).toEqual([PART_ENTRIES, PART_ENTRIES, 1]);
	expect(inParts(entries).flat()).toEqual(entries);
});
