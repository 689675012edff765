// How a benefit's value reads, and whether it is money that a total may add up.
import type { Amount } from '../server/policy/schema.ts';
import { CASH_BENEFIT_TYPES } from '../vocabulary.ts';
import type { Measure } from './types.ts';

export type Lang = 'zh' | 'en';

/** 万元 in words: 50 → 50万元 / ¥500,000; 20000 → 2亿元 / ¥200 million. */
export function formatWan(wan: number, lang: Lang): string {
	if (lang === 'zh')
		return wan >= 10000 ? `${+(wan / 10000).toFixed(2)}亿元` : `${+wan.toFixed(2)}万元`;
	const yuan = wan * 10000;
	return yuan >= 1e6 ? `¥${+(yuan / 1e6).toFixed(2)} million` : `¥${yuan.toLocaleString('en-US')}`;
}

/** A sum of money that may include ceilings: "最高250万元" / "up to ¥2.5 million". */
export function formatSum(sum: { wan: number; ceiling: boolean }, lang: Lang): string {
	const value = formatWan(sum.wan, lang);
	if (!sum.ceiling) return value;
	return lang === 'zh' ? `最高${value}` : `up to ${value}`;
}

export function formatAmount(amount: Amount, lang: Lang): string {
	switch (amount.kind) {
		case 'stated': {
			const value = formatWan(amount.wan, lang);
			if (!amount.upTo) return value;
			return lang === 'zh' ? `最高${value}` : `up to ${value}`;
		}
		case 'rate':
			return lang === 'zh' ? `按比例：${amount.text}` : `A share: ${amount.text}`;
		case 'case_by_case':
			return lang === 'zh' ? '一事一议（无固定金额）' : 'Decided case by case (no fixed amount)';
		case 'not_stated':
			return lang === 'zh' ? '金额未载明' : 'Amount not stated';
	}
}

/** The stated sum of money a measure may pay, or null where nothing can be added up. */
export function cashValue(measure: Measure): number | null {
	const { type, amount } = measure.benefit;
	return CASH_BENEFIT_TYPES.includes(type) && amount.kind === 'stated' ? amount.wan : null;
}
