// The tiers and recognitions a sentence names, in the vocabulary of src/lib/vocabulary.ts, read
// from its words only. In 北京, 上海, 天津 and 重庆 "市级" is the provincial-level certification.
import { CERTIFICATIONS, type Certification } from '../../vocabulary.ts';

const SRDI = '[“"‘\']?专精特新';

const PATTERNS: [Certification, RegExp][] = [
	['cultivation_pool', /入库|培育库|库内企业|入选.{0,4}培育/],
	['innovative', /创新型中小企业/],
	['srdi_provincial', new RegExp(`(?:省级|省|自治区级|自治区)(?:以上)?${SRDI}`)],
	['little_giant', /小巨人/],
	['little_giant', new RegExp(`国家(?:级)?(?:、|和|及)?(?:[^、，,。；]{0,6}级)?${SRDI}`)],
	['champion', /单项冠军|[“"]单项[”"]|单项企业|单项产品/],
	['high_tech', /高新技术企业|高企/],
	['gazelle', /瞪羚/],
	['above_scale', /规模以上|规上/]
];

export function tiersNamed(sentence: string, municipality = false): Certification[] {
	const found = new Set<Certification>();
	for (const [tier, pattern] of PATTERNS) if (pattern.test(sentence)) found.add(tier);
	if (new RegExp(`市级(?:以上)?${SRDI}`).test(sentence))
		found.add(municipality ? 'srdi_provincial' : 'srdi_municipal');
	return CERTIFICATIONS.filter((tier) => found.has(tier));
}

/** 一次性: a one-off payment. */
export function isOnce(sentence: string): boolean {
	return /一次性/.test(sentence);
}

/** 首次 / 新认定: only for what is newly obtained. */
export function isNew(sentence: string): boolean {
	return /首次|新认定|新评定|新获评|新获批|新获得|新入选|新晋|新被认定/.test(sentence);
}
