declare module 'virtual:huiqi/summary' {
	const summary: import('$lib/policy/summary').DatasetSummary;
	export default summary;
}
declare module 'virtual:huiqi/packs' {
	const index: import('$lib/policy/packs').PackIndex;
	export default index;
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
declare module 'virtual:huiqi/messages-zh' {
	const messages: Partial<Record<import('$lib/i18n/messages').MessageKey, string>>;
	export default messages;
}
declare module 'virtual:huiqi/messages-en' {
	const messages: Record<import('$lib/i18n/messages').MessageKey, string>;
	export default messages;
}
declare module 'virtual:huiqi/messages-zh-first' {
	const messages: Partial<Record<import('$lib/i18n/messages').MessageKey, string>>;
	export default messages;
}
