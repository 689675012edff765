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
declare module 'virtual:huiqi/search' {
	const entries: import('$lib/search/search').SearchEntry[];
	export default entries;
}
declare module 'virtual:huiqi/regions' {
	const regions: import('$lib/regions/tree').RegionTree;
	export default regions;
}
