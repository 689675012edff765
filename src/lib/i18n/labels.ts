// Bilingual names of the closed vocabularies. Tier names follow the owner's region: in the four
// municipalities the provincial-level certification is called 市级.
import { isMunicipality } from '../regions/tree.ts';
import type {
	BenefitType,
	Bilingual,
	Category,
	Certification,
	EmployeeBand,
	Industry,
	Need,
	RevenueBand,
	Situation,
	Tier
} from '../vocabulary.ts';
import type { Contact } from '../policy/types.ts';
import { listOf } from './lists.ts';

const CERTIFICATION_LABELS: Record<Certification, Bilingual> = {
	cultivation_pool: { zh: '入库培育企业', en: 'Cultivation-pool enterprise' },
	innovative: { zh: '创新型中小企业', en: 'Innovative SME' },
	srdi_municipal: { zh: '市级专精特新中小企业', en: 'City-level SRDI SME' },
	srdi_provincial: { zh: '省级专精特新中小企业', en: 'Provincial SRDI SME' },
	little_giant: { zh: '国家级专精特新“小巨人”企业', en: 'National SRDI “Little Giant”' },
	champion: { zh: '制造业单项冠军', en: 'Manufacturing single-item champion' },
	high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
	gazelle: { zh: '瞪羚企业', en: 'Gazelle enterprise' },
	above_scale: { zh: '规模以上工业企业', en: 'Above-scale industrial enterprise' }
};

const MUNICIPALITY_LABELS: Partial<Record<Certification, Bilingual>> = {
	srdi_municipal: { zh: '区县级专精特新中小企业', en: 'District-level SRDI SME' },
	srdi_provincial: {
		zh: '市级专精特新中小企业（省级）',
		en: 'Municipal (provincial-level) SRDI SME'
	}
};

export function certificationLabel(tier: Certification, region?: string): Bilingual {
	return (
		(region && isMunicipality(region) && MUNICIPALITY_LABELS[tier]) || CERTIFICATION_LABELS[tier]
	);
}

export const INDUSTRY_LABELS: Record<Industry, Bilingual> = {
	manufacturing: { zh: '制造业', en: 'Manufacturing' },
	software_it: { zh: '软件和信息技术服务', en: 'Software & IT services' },
	services: { zh: '其他服务业', en: 'Other services' },
	agriculture: { zh: '农业', en: 'Agriculture' },
	construction: { zh: '建筑业', en: 'Construction' },
	other: { zh: '其他行业', en: 'Other' }
};

export const REVENUE_LABELS: Record<RevenueBand, Bilingual> = {
	'<1000': { zh: '1000万元以下', en: 'Under ¥10 million' },
	'1000-2000': { zh: '1000万–2000万元', en: '¥10–20 million' },
	'2000-10000': { zh: '2000万–1亿元', en: '¥20–100 million' },
	'10000-40000': { zh: '1亿–4亿元', en: '¥100–400 million' },
	'>=40000': { zh: '4亿元及以上', en: '¥400 million or more' },
	unknown: { zh: '不确定', en: 'Not sure' }
};

export const EMPLOYEE_LABELS: Record<EmployeeBand, Bilingual> = {
	'<20': { zh: '20人以下', en: 'Under 20' },
	'20-300': { zh: '20–300人', en: '20–300' },
	'300-1000': { zh: '300–1000人', en: '300–1,000' },
	'>=1000': { zh: '1000人及以上', en: '1,000 or more' },
	unknown: { zh: '不确定', en: 'Not sure' }
};

export const NEED_LABELS: Record<Need, Bilingual> = {
	cash: { zh: '资金奖补', en: 'Grants and rewards' },
	finance: { zh: '融资贷款', en: 'Loans and financing' },
	listing: { zh: '上市挂牌', en: 'Going public' },
	rnd: { zh: '研发创新', en: 'R&D and innovation' },
	digital: { zh: '数字化转型', en: 'Digital transformation' },
	tech_upgrade: { zh: '技术改造', en: 'Technical upgrading' },
	talent: { zh: '人才培训', en: 'Talent and training' },
	market: { zh: '市场开拓', en: 'Market expansion' },
	ip_standards: { zh: '知识产权与标准', en: 'IP and standards' },
	quality_brand: { zh: '质量品牌', en: 'Quality and brand' },
	land_energy: { zh: '用地用能', en: 'Land and energy' },
	services: { zh: '公共服务', en: 'Public services' }
};

export const SITUATION_LABELS: Record<Situation, Bilingual> = {
	relocated_in: { zh: '整体迁入本地', en: 'Relocated into the area' },
	listing_pipeline: { zh: '已列入上市后备或正在辅导', en: 'In a listing pipeline' },
	listed: { zh: '已上市或挂牌', en: 'Listed or quoted' }
};

export const CATEGORY_LABELS: Record<Category, Bilingual> = {
	cultivation: { zh: '梯度培育与认定', en: 'Tiered cultivation' },
	rnd: { zh: '研发创新', en: 'R&D and innovation' },
	digital: { zh: '数字化转型', en: 'Digital transformation' },
	tech_upgrade: { zh: '技术改造', en: 'Technical upgrading' },
	ip_standards: { zh: '知识产权与标准', en: 'IP and standards' },
	quality_brand: { zh: '质量品牌', en: 'Quality and brand' },
	market: { zh: '市场开拓', en: 'Market expansion' },
	finance: { zh: '融资支持', en: 'Financing' },
	listing: { zh: '上市挂牌', en: 'Going public' },
	talent: { zh: '人才培训', en: 'Talent and training' },
	land_energy: { zh: '用地用能', en: 'Land and energy' },
	services: { zh: '公共服务', en: 'Public services' }
};

export const BENEFIT_LABELS: Record<BenefitType, Bilingual> = {
	reward: { zh: '奖励', en: 'Reward' },
	subsidy: { zh: '补助', en: 'Subsidy' },
	interest_subsidy: { zh: '贴息', en: 'Interest subsidy' },
	loan: { zh: '贷款', en: 'Loan' },
	guarantee: { zh: '融资担保', en: 'Guarantee' },
	equity: { zh: '股权投资', en: 'Equity' },
	service: { zh: '服务', en: 'Service' },
	priority: { zh: '优先支持', en: 'Priority' },
	recommendation: { zh: '推荐', en: 'Recommendation' },
	training: { zh: '培训', en: 'Training' },
	event: { zh: '活动', en: 'Event' },
	green_channel: { zh: '绿色通道', en: 'Green channel' },
	reduced_inspection: { zh: '减少检查', en: 'Fewer inspections' },
	land: { zh: '用地', en: 'Land' },
	energy: { zh: '用能', en: 'Energy' },
	other: { zh: '其他', en: 'Other' }
};

/** A department's name for the UI: the full official name where known, else as written. */
export function contactName(contact: Contact, lang: 'zh' | 'en'): string {
	if (lang === 'zh') return contact.fullName?.zh ?? contact.asWritten;
	return contact.fullName?.en ?? contact.en;
}

/** "区经济信息委或区科技局" / "… or …": whom to ask, in both languages. */
export function contactNames(contacts: readonly Contact[]): Bilingual {
	return listOf(
		contacts.map((c) => ({ zh: contactName(c, 'zh'), en: contactName(c, 'en') })),
		'or'
	);
}

// The ladder's columns are narrow on a phone: a zero-width space marks the one place a Chinese
// label may wrap (the ladder keeps words whole), so 专精特新 never breaks in the middle.
const TIER_SHORT: Record<Tier, Bilingual> = {
	cultivation_pool: { zh: '入库培育', en: 'Pool' },
	innovative: { zh: '创新型', en: 'Innov.' },
	srdi_municipal: { zh: '市级\u200b专精特新', en: 'City SRDI' },
	srdi_provincial: { zh: '省级\u200b专精特新', en: 'Prov. SRDI' },
	little_giant: { zh: '小巨人', en: 'Little Giant' },
	champion: { zh: '单项冠军', en: 'Champion' }
};

const TIER_SHORT_MUNICIPALITY: Partial<Record<Tier, Bilingual>> = {
	srdi_municipal: { zh: '区县级\u200b专精特新', en: 'District SRDI' },
	srdi_provincial: { zh: '市级\u200b专精特新', en: 'Munic. SRDI' }
};

/** A ladder step's short name, in the words of the owner's region. */
export function tierShortLabel(tier: Tier, region?: string): Bilingual {
	return (region && isMunicipality(region) && TIER_SHORT_MUNICIPALITY[tier]) || TIER_SHORT[tier];
}

/** Between items in running text: 、 in Chinese, commas in English. */
/** Where an owner must be registered: "注册地在郑州市" / "Registered in Zhengzhou". */
export function registeredIn(place: Bilingual): Bilingual {
	return { zh: `注册地在${place.zh}`, en: `Registered in ${place.en}` };
}
