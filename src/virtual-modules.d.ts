declare module 'virtual:huiqi/dataset' {
	const dataset: import('$lib/policy/types').Dataset;
	export default dataset;
}
declare module 'virtual:huiqi/summary' {
	const summary: import('$lib/policy/summary').DatasetSummary;
	export default summary;
}
declare module 'virtual:huiqi/quotes' {
	const quotes: Record<string, import('$lib/policy/types').QuoteContext>;
	export default quotes;
}
declare module 'virtual:huiqi/pinyin' {
	const pinyin: import('$lib/search/entries').PinyinIndex;
	export default pinyin;
}
declare module 'virtual:huiqi/region-pinyin' {
	const pinyin: string;
	export default pinyin;
}
declare module 'virtual:huiqi/region-names' {
	const names: string;
	export default names;
}
declare module 'virtual:huiqi/region-english' {
	const english: string;
	export default english;
}
