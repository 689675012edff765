// The shape of a draft: what `npm run -s data:draft` prints and what the review page and the
// record writer read. A draft is a proposal for a reviewer, never data the app ships.
import type { Certification } from '../../vocabulary.ts';
import type { CleaningStepName } from './cleaning/names.ts';

export type CleaningCount = { step: CleaningStepName; count: number };

export type DraftDefectKind =
	| 'truncated'
	| 'mirror_noise'
	| 'traditional_script'
	| 'blanked_numbers'
	| 'lost_characters'
	| 'lost_headings'
	| 'numbering_gap'
	| 'missing_metadata';

export type DraftDefect = {
	kind: DraftDefectKind;
	note: string;
	/** Words of the raw text that show the defect, where they can be shown. */
	example?: string;
};

export type DraftDocument = {
	title?: string;
	issuer?: string;
	docNumber?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD, only where the text states it. */
	issued?: string;
	written?: string;
	published?: string;
	periodFrom?: number;
	periodTo?: number;
	/** The words that state the period. */
	periodQuote?: string;
	jurisdiction?: { code: string; name: string };
};

/** A numbered heading that groups items (一、重点任务, (一)梯度培育专项). */
export type DraftSection = { ref: string; marker: string; heading: string };

export type DraftItem = {
	/** The document's own numbering, outer levels first: 三(一)2, 一(二), (一)1. */
	ref: string;
	heading: string;
	/** The item's own words after its number, up to its first sub-item. */
	text: string;
	/** Where `text` stands in cleanText. */
	start: number;
	end: number;
	/** The ref of the section the item belongs to, if any. */
	section?: string;
	/** Departments as written in the item's 责任单位 / 牵头单位 / trailing parentheses. */
	contacts: string[];
	/**
	 * What its headings say the item holds: targets (主要目标, "…以下目标:") and guiding principles
	 * (指导思想, 基本原则) are listed as items but never drafted as measures.
	 */
	holds: 'measures' | 'targets' | 'principles';
};

export type AmountKind = 'fixed' | 'max' | 'min' | 'rate';

export type DraftAmount = {
	/** 万元; for a rate, its cap where the text states one. */
	wan?: number;
	kind: AmountKind;
	/** Percent, for kind rate. */
	rate?: number;
	/** The words that state the amount, verbatim. */
	text: string;
	/** The ref of the item whose figures a "参照…标准" sentence points to. */
	from?: string;
};

export type DraftMeasure = {
	ref: string;
	/** Verbatim from cleanText: cleanText.slice(start, end) === quote. */
	quote: string;
	start: number;
	end: number;
	contacts: string[];
	amounts: DraftAmount[];
	tiers: Certification[];
	once: boolean;
	new: boolean;
};

export type Draft = {
	cleanText: string;
	cleaning: CleaningCount[];
	defects: DraftDefect[];
	document: DraftDocument;
	sections: DraftSection[];
	items: DraftItem[];
	measures: DraftMeasure[];
	/** Sentences with an offer word that no drafted measure covers: what a reviewer checks first. */
	uncovered: { ref?: string; start: number; end: number; sentence: string }[];
};
