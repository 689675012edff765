// Every UI string, Chinese first, English beside it. Data texts carry their own translations.
export const MESSAGES = {
	appName: { zh: '惠企清单', en: 'Huiqi' },
	appTagline: {
		zh: '一分钟答题，找到您的企业能享受的“专精特新”扶持政策',
		en: 'Answer for one minute and find the SRDI support your enterprise can claim'
	},
	skipToContent: { zh: '跳到正文', en: 'Skip to content' },
	navHome: { zh: '首页', en: 'Home' },
	navDocuments: { zh: '政策文件', en: 'Documents' },
	navSearch: { zh: '搜索', en: 'Search' },
	navMain: { zh: '主导航', en: 'Main navigation' },
	switchLanguage: { zh: 'English', en: '中文' },
	switchLanguageLabel: { zh: 'Switch to English', en: '切换到中文' },
	footerPrivacy: {
		zh: '您的回答只保存在本机，不会上传。',
		en: 'Your answers stay on this device; nothing is uploaded.'
	},
	footerData: {
		zh: '数据版本 {version} · {count} 项措施',
		en: 'Data {version} · {count} measures'
	},
	footerDisclaimer: {
		zh: '本应用依据公开政策文件整理，仅供参考，以主管部门解释为准。',
		en: 'Compiled from public policy documents, for reference only; the departments have the final word.'
	},

	homeWhatTitle: { zh: '惠企清单能做什么', en: 'What Huiqi does' },
	homeWhat1: {
		zh: '把公开的“专精特新”扶持政策整理成逐条可查的措施，每条都附原文出处。',
		en: 'Turns public SRDI support policies into measures you can look up, each with its source text.'
	},
	homeWhat2: {
		zh: '根据您的地区、认定层级和需求，列出适用的措施、价值、下一步和联系部门。',
		en: 'Lists the measures that fit your region, tier and needs: their value, the next step and whom to contact.'
	},
	homeWhat3: {
		zh: '联网打开一次后可离线使用，清单保存在您的手机上。',
		en: 'Works offline after one visit; your checklists stay on your phone.'
	},
	homeCoverageTitle: { zh: '覆盖地区与文件', en: 'Regions and documents covered' },
	homeCoverageNote: {
		zh: '共 {documents} 份文件、{measures} 项措施。区县企业同时适用所在市、省的文件。',
		en: '{documents} documents, {measures} measures. An enterprise in a district is also covered by its city and province documents.'
	},
	homeBrowse: { zh: '浏览全部政策', en: 'Browse all policies' },
	homeSearch: { zh: '搜索措施', en: 'Search measures' },
	measuresCount: { zh: '{count} 项措施', en: '{count} measures' },

	periodEnded: {
		zh: '规划期已结束（{year}），请向主管部门确认是否延续',
		en: 'Plan period ended ({year}); ask the department whether it continues'
	},
	periodEndedShort: { zh: '规划期已结束（{year}）', en: 'Period ended ({year})' },
	periodRunning: { zh: '规划期至 {year} 年', en: 'Runs to {year}' },
	periodUnstated: {
		zh: '本文件未载明（或缺失）规划期',
		en: 'This copy states no plan period (or the figure is lost)'
	},

	documentsTitle: { zh: '政策文件', en: 'Policy documents' },
	documentsIntro: {
		zh: '以下文件的原文逐字收录，每项措施都可追溯到条款和原话。',
		en: 'These documents are kept word for word; every measure traces back to its clause and exact words.'
	},
	docNumber: { zh: '文号', en: 'Document no.' },
	docNumberConfirmed: { zh: '核实文号', en: 'Confirmed no.' },
	issuer: { zh: '发文机关', en: 'Issued by' },
	jurisdiction: { zh: '适用地区', en: 'Region' },
	issued: { zh: '印发日期', en: 'Issued' },
	written: { zh: '成文日期', en: 'Written' },
	published: { zh: '发布日期', en: 'Published' },
	dateUnknown: { zh: '原文未载明', en: 'Not stated in the text' },
	period: { zh: '规划期', en: 'Plan period' },
	scopeTitle: { zh: '本文件的适用对象', en: 'Whom this document covers' },
	defectsTitle: {
		zh: '原文缺陷（已记录，未猜补）',
		en: 'Defects of this copy (recorded, not guessed)'
	},
	defectExample: { zh: '原文示例', en: 'In the text' },
	measuresBySection: { zh: '按章节的措施', en: 'Measures by section' },
	noMeasureClause: {
		zh: '无企业可申请的措施：{reason}',
		en: 'No measure for enterprises: {reason}'
	},
	sourceFile: { zh: '原文件', en: 'Source file' },

	measureBenefit: { zh: '支持内容', en: 'Support' },
	measureValue: { zh: '金额', en: 'Value' },
	measureType: { zh: '类型', en: 'Type' },
	measureCategory: { zh: '类别', en: 'Category' },
	measureWho: { zh: '适用条件', en: 'Who qualifies' },
	measureJurisdiction: { zh: '注册地在{region}', en: 'Registered in {region}' },
	measureNextStep: { zh: '下一步', en: 'Next step' },
	measureContacts: { zh: '联系部门', en: 'Contact' },
	measureSource: { zh: '原文出处', en: 'Source' },
	measureClause: { zh: '第 {clause} 条', en: 'Clause {clause}' },
	measureQuoteLabel: {
		zh: '原文（高亮为本措施依据）',
		en: 'Source text (highlighted: the basis of this measure)'
	},
	measureNotes: { zh: '说明与存疑之处', en: 'Notes and open questions' },
	measureExclusive: {
		zh: '同一企业多项奖励“从高、不重复”：只按最高一项发放。',
		en: 'Rewards to the same enterprise are “highest only, not cumulative”: only the highest is paid.'
	},
	measureNotCash: {
		zh: '此为融资额度或服务，不是补贴现金，不计入金额合计。',
		en: 'A financing ceiling or a service, not a cash grant; never added to totals.'
	},
	asWrittenIn: { zh: '原文作“{name}”', en: 'Written as “{name}”' },
	translationNote: {
		zh: '英文为意译，以中文原文为准。',
		en: 'English is a translation; the Chinese text prevails.'
	},

	searchTitle: { zh: '搜索政策措施', en: 'Search measures' },
	searchLabel: { zh: '关键词、拼音或拼音首字母', en: 'Words, pinyin or pinyin initials' },
	searchPlaceholder: { zh: '例如：担保、数字化、szh', en: 'e.g. guarantee, 担保, dbzc' },
	searchHint: {
		zh: '可搜索标题、摘要、原文和联系部门；支持拼音和首字母，离线可用。',
		en: 'Searches titles, summaries, source text and departments; pinyin and initials work; offline too.'
	},
	searchResults: { zh: '找到 {count} 条结果', en: '{count} results' },
	searchNone: { zh: '没有找到“{query}”相关的措施。', en: 'Nothing found for “{query}”.' },
	searchDocument: { zh: '文件', en: 'Document' },
	searchLoading: { zh: '正在载入搜索索引…', en: 'Loading the search index…' },

	notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
	notFoundBody: {
		zh: '找不到这个页面，可能链接有误或措施已调整。',
		en: 'This page does not exist; the link may be wrong or the measure may have changed.'
	},
	errorTitle: { zh: '出错了', en: 'Something went wrong' },
	backHome: { zh: '返回首页', en: 'Back to home' }
} as const;

export type MessageKey = keyof typeof MESSAGES;
