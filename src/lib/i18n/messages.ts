// Every UI string, Chinese first, English beside it. Data texts carry their own translations.
export const MESSAGES = {
	appName: { zh: '惠企清单', en: 'Huiqi' },
	appTagline: {
		zh: '一分钟答题，找到您的企业能享受的“专精特新”扶持政策',
		en: 'Answer for one minute and find the SRDI support your enterprise can claim'
	},
	srdiExplained: {
		zh: '“专精特新”指专业化、精细化、特色化、新颖化的中小企业，政府按层级认定并给予扶持。',
		en: 'SRDI stands for “specialized, refined, distinctive and innovative” (专精特新): small and medium enterprises that the government certifies in tiers and supports.'
	},
	colon: { zh: '：', en: ': ' },
	offlineReady: { zh: '已可离线使用：断网时也能打开', en: 'Ready to work offline' },
	offlineBadge: { zh: '离线', en: 'Offline' },
	offlineBadgeLabel: {
		zh: '当前离线：已保存的清单和您所在地区的政策仍可使用',
		en: 'Offline: saved checklists and the policies of your region still work'
	},
	updateAvailable: { zh: '有新版本', en: 'A new version is available' },
	updateData: {
		zh: '其中有您设备上{regions}的政策数据更新。',
		en: 'It updates the policy data of {regions} on your device.'
	},
	updateNow: { zh: '立即更新', en: 'Update' },
	updateLater: { zh: '稍后', en: 'Later' },
	dismiss: { zh: '知道了', en: 'OK' },
	skipToContent: { zh: '跳到正文', en: 'Skip to content' },
	navHomeLabel: { zh: '惠企清单首页', en: 'Huiqi home' },
	navDocuments: { zh: '政策文件', en: 'Policies' },
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
		en: 'Data {version} · {count} {count|measure|measures}'
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
		zh: '联网答题一次后，您所在地区的政策离线可用，清单保存在您的手机上。',
		en: 'Answer once with a connection and the policies of your region work offline; your checklists stay on your phone.'
	},
	homeCoverageTitle: { zh: '覆盖地区与文件', en: 'Regions and documents covered' },
	provinceCounts: {
		zh: '{documents} 份文件 · {measures} 项措施',
		en: '{documents} {documents|document|documents} · {measures} {measures|measure|measures}'
	},
	homeCoverageNote: {
		zh: '共 {documents} 份文件、{measures} 项措施。区县企业同时适用所在市、省的文件。',
		en: '{documents} documents, {measures} measures. An enterprise in a district is also covered by its city and province documents.'
	},
	homeBrowse: { zh: '浏览全部政策', en: 'Browse all policies' },
	homeSearch: { zh: '搜索措施', en: 'Search measures' },
	measuresCount: { zh: '{count} 项措施', en: '{count} {count|measure|measures}' },

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
	measureNextStep: { zh: '下一步', en: 'Next step' },
	measureContacts: { zh: '联系部门', en: 'Contact' },
	measureSource: { zh: '原文出处', en: 'Source' },
	measureClause: { zh: '第 {clause} 条', en: '{clause}' },
	measureQuoteLabel: {
		zh: '原文（高亮为本措施依据）',
		en: 'Source text (highlighted: the basis of this measure)'
	},
	measureNotes: { zh: '说明与存疑之处', en: 'Notes and open questions' },
	measureGeneral: { zh: '一般性鼓励，未写明具体支持', en: 'General encouragement; no stated form' },
	dataNotes: { zh: '数据说明', en: 'Data notes' },
	dataNotesHint: {
		zh: '供数据审核者参考：本应用如何读取和整理原文。',
		en: 'For data reviewers: how this app reads and normalizes the source.'
	},
	docFor: { zh: '适用对象', en: 'For' },
	docAudienceTerms: {
		zh: '文件按自己的说法界定适用对象：{terms}。各项措施的条件见措施页。',
		en: 'The document names whom it covers in its own terms: {terms}. Each measure page gives its conditions.'
	},
	docMeasuresInParts: {
		zh: '{count} 项措施，分 {parts} 个部分',
		en: '{count} {count|measure|measures} in {parts} {parts|part|parts}'
	},
	docApplyTitle: { zh: '哪些适用于您？', en: 'Which apply to you?' },
	docApplyStart: {
		zh: '回答一分钟问卷，只看可能适用于您的措施',
		en: 'Answer the one-minute questionnaire to see only what could apply to you'
	},
	docApplyCounts: {
		zh: '按您上次的回答（{region}）：{eligible} 项适用，{maybe} 项可能适用。',
		en: 'From your last answers ({region}): {eligible} apply, {maybe} may apply.'
	},
	docApplyNone: {
		zh: '按您上次的回答（{region}），本文件暂无适用的措施。',
		en: 'From your last answers ({region}), no measure of this document applies.'
	},
	docOnlyMine: { zh: '只看可能适用于我的', en: 'Only those that may apply to me' },
	docChangeAnswers: { zh: '重新回答', en: 'Answer again' },
	docContents: { zh: '目录', en: 'Contents' },
	docExpandAll: { zh: '全部展开', en: 'Expand all' },
	docCollapseAll: { zh: '全部收起', en: 'Collapse all' },
	docDefectsNotice: {
		zh: '这份原文副本有 {count} 处已知缺陷（已记录，未猜补），详见页末“数据说明”。',
		en: 'This copy of the text has {count} known {count|defect|defects} (recorded, not guessed); see “Data notes” at the end.'
	},
	docNoMeasureClauses: {
		zh: '没有企业可申请措施的条目',
		en: 'Items with no measure for enterprises'
	},
	docScopesTitle: { zh: '本应用如何读取适用对象', en: 'How this app reads whom it covers' },
	statusEligible: { zh: '适用', en: 'Applies' },
	statusMaybe: { zh: '可能适用', en: 'May apply' },
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
		zh: '在所选地区搜索标题、摘要、原文和联系部门，在全国搜索标题；支持拼音和首字母，您所在地区离线可用。',
		en: 'Searches titles, summaries, source text and departments within a region, titles across the country; pinyin and initials work; your region works offline too.'
	},
	searchResults: { zh: '找到 {count} 条结果', en: '{count} {count|result|results}' },
	searchResultsHere: {
		zh: '在{region}找到 {count} 条结果',
		en: '{count} {count|result|results} for {region}'
	},
	searchNone: { zh: '没有找到“{query}”相关的措施。', en: 'Nothing found for “{query}”.' },
	searchDocument: { zh: '文件', en: 'Document' },
	searchLoading: { zh: '正在载入搜索索引…', en: 'Loading the search index…' },
	searchProvincesLoading: {
		zh: '正在载入 {count} 个省份的标题…',
		en: 'Loading the titles of {count} provinces…'
	},
	searchProvincesOffline: {
		zh: '{count} 个省份的政策需要联网才能搜索：{names}',
		en: 'The policies of {count} provinces need a connection to be searched: {names}'
	},
	searchNationalOffline: {
		zh: '在全国范围内搜索需要联网。联网打开过的地区（例如您所在地区）离线也能搜索：请选择地区。',
		en: 'Searching across the country needs a connection. Regions opened online before (your own, for one) can be searched offline: choose a region.'
	},
	searchRegionOffline: {
		zh: '{region}的政策需要联网才能搜索。',
		en: 'The policies of {region} need a connection to be searched.'
	},
	searchOnlyMyRegion: { zh: '只看我所在地区', en: 'Only my region' },
	searchPickRegion: { zh: '按地区筛选', en: 'Filter by region' },
	searchChangeRegion: { zh: '更换地区', en: 'Change region' },
	searchAnyCity: { zh: '全省 / 全市', en: 'Whole province' },
	searchTrimmed: {
		zh: '搜索词过长，只按前 {count} 个字搜索。',
		en: 'The search was too long; only its first {count} characters are used.'
	},
	whyInitials: { zh: '拼音首字母 {query}：{word}', en: 'Pinyin initials {query}: {word}' },
	whyPinyin: { zh: '按拼音匹配', en: 'Matched by pinyin' },
	whyEnglish: { zh: '按英文匹配', en: 'Matched in English' },
	whyChinese: { zh: '按中文匹配', en: 'Matched the Chinese text' },
	whySource: { zh: '出现在原文中', en: 'Found in the source text' },
	whyContacts: { zh: '按联系部门匹配', en: 'Matched a department' },
	whyPlace: { zh: '按地区匹配', en: 'Matched the region' },
	whyNear: { zh: '近似匹配', en: 'Close match' },

	navQuestionnaire: { zh: '开始匹配', en: 'Match' },
	homeStart: { zh: '开始一分钟匹配', en: 'Start the one-minute match' },

	qTitle: { zh: '一分钟匹配', en: 'One-minute match' },
	qProgress: { zh: '第 {step} 步，共 {total} 步', en: 'Step {step} of {total}' },
	qBack: { zh: '上一步', en: 'Back' },
	qNext: { zh: '下一步', en: 'Next' },
	qFinish: { zh: '查看我的清单', en: 'See my checklist' },
	qRequired: { zh: '请先选择一项再继续。', en: 'Please choose an answer to continue.' },
	qPrivacy: {
		zh: '答案只保存在本机，刷新页面也不会丢失。',
		en: 'Your answers stay on this device and survive a reload.'
	},
	qInvalid: {
		zh: '答案未通过校验：{error}。请检查后重试，已填写的内容都已保留。',
		en: 'The answers did not pass validation: {error}. Please check; everything you entered is kept.'
	},

	qRegionTitle: { zh: '企业注册在哪里？', en: 'Where is the enterprise registered?' },
	qRegionHint: {
		zh: '选到区县最准确；不确定区县时可只选到城市。',
		en: 'A district is most precise; choose just the city if unsure.'
	},
	qRegionSearch: {
		zh: '搜索地区（汉字、拼音或首字母）',
		en: 'Search (characters, pinyin or initials)'
	},
	qRegionSearchPlaceholder: {
		zh: '例如：金水、jinshui、js',
		en: 'e.g. Jinshui District, jinshui, js'
	},
	qRegionNoHit: { zh: '没有找到这个地区。', en: 'No region found.' },
	qProvince: { zh: '省份', en: 'Province' },
	qCity: { zh: '城市', en: 'City' },
	qDistrict: { zh: '区县', en: 'District or county' },
	qChoose: { zh: '请选择', en: 'Choose' },
	qWholeCity: { zh: '不确定 / 全市', en: 'Not sure / whole city' },
	qLoadingRegions: { zh: '正在载入地区列表…', en: 'Loading regions…' },
	qCovered: { zh: '已覆盖：适用以下文件', en: 'Covered: these documents apply' },
	qCoveredMaybe: {
		zh: '您所在城市有区县文件；选到区县后结果更准确。',
		en: 'Your city has a district document; choosing the district makes results precise.'
	},
	qUncovered: {
		zh: '惠企清单暂未收录{region}的政策文件，因此无法为您匹配。目前覆盖的地区：',
		en: 'Huiqi holds no policy document for {region} yet, so it cannot match you. Regions covered now:'
	},
	qContinueAnyway: { zh: '仍然继续', en: 'Continue anyway' },
	qNeedsConnectionNext: {
		zh: '请联网后继续。',
		en: 'Connect to the internet to go on.'
	},
	qRegionLoading: {
		zh: '正在读取该地区的政策…',
		en: 'Loading the policies of this region…'
	},

	qCertsTitle: { zh: '企业已获得哪些认定？', en: 'Which certifications does the enterprise hold?' },
	qCertsHint: {
		zh: '可多选，没有就直接下一步。填写获得年份，可判断“新认定”奖励。',
		en: 'Tick all that apply, or none. The year obtained settles “newly certified” rewards.'
	},
	qCertsLadder: { zh: '梯度培育层级', en: 'Cultivation tiers' },
	qCertsOther: { zh: '其他认定', en: 'Other recognitions' },
	qYear: { zh: '{name}的获得年份', en: 'Year obtained: {name}' },
	qCertImplied: {
		zh: '已选{higher}：按国家梯度培育规则视为已持有，可补充获得年份。',
		en: 'Held because you hold {higher} (national tiering rules); add the year if you know it.'
	},
	qYearShort: { zh: '获得年份', en: 'Year obtained' },
	qYearUnknown: { zh: '不记得', en: 'Not sure' },

	qIndustryTitle: { zh: '企业属于哪个行业？', en: 'Which industry is the enterprise in?' },
	qRevenueTitle: { zh: '上一年营业收入大约多少？', en: "Last year's revenue, roughly?" },
	qEmployeesTitle: { zh: '从业人数大约多少？', en: 'How many employees, roughly?' },
	qSituationsTitle: { zh: '以下情况是否适用？', en: 'Do any of these apply?' },
	qSituationsHint: {
		zh: '您所在地区的文件对这些情况另有支持。都不适用就直接下一步。',
		en: 'Documents for your region offer extra support in these cases. If none applies, go on.'
	},
	qNeedsTitle: { zh: '最需要哪些支持？', en: 'What support matters most?' },
	qNeedsHint: {
		zh: '可多选。选中的会排在清单前面，但不会隐藏其他适用措施。',
		en: 'Tick any. They come first in the checklist; nothing applicable is hidden.'
	},

	clTitle: { zh: '您的政策清单', en: 'Your policy checklist' },
	clNoProfile: {
		zh: '还没有清单。回答几个问题，一分钟生成。',
		en: 'No checklist yet. Answer a few questions; it takes a minute.'
	},
	clRegion: { zh: '注册地', en: 'Registered in' },
	clTier: { zh: '当前层级', en: 'Current tier' },
	clNoTier: { zh: '尚未获得梯度培育认定', en: 'No cultivation tier yet' },
	clApplies: { zh: '适用', en: 'Apply' },
	clMaybe: { zh: '可能适用', en: 'May apply' },
	clItems: { zh: '{count} 项', en: '{count}' },
	clEstimate: { zh: '可估算的资金奖补', en: 'Estimated cash support' },
	clEstimateInPeriod: {
		zh: '原规划期内可估算的资金奖补',
		en: 'Estimated cash support within the original plan period'
	},
	clPeriodBanner: {
		zh: '规划期已于{year}年结束，办理前请先向牵头部门确认是否延续。',
		en: 'These plans ran until {year}. Before applying, ask the lead office whether they continue.'
	},
	clEstimateNone: { zh: '适用措施均未载明金额', en: 'No applicable measure states an amount' },
	clExclusive: {
		zh: '已按“从高、不重复”规则，同组奖励只计最高一项（{count} 项未重复计入）。',
		en: 'Under the “highest only, not cumulative” rule only the highest reward of a group counts ({count} not added).'
	},
	clAlternatives: {
		zh: '按认定层级“分别”给予的奖励只计最高一项（{count} 项未重复计入）。',
		en: 'Rewards given “respectively” to different tiers count once, the highest ({count} not added).'
	},
	clUnquantified: {
		zh: '另有 {count} 项资金支持为一事一议、按比例或金额未载明，未计入合计。',
		en: '{count} more cash {count|measure is|measures are} case by case, a share, or unstated: not in the total.'
	},
	clNonCash: {
		zh: '{count} 项为贷款、担保或服务类支持，不计入金额。',
		en: 'Loans, guarantees and services, not counted as money: {count}.'
	},
	clDisclaimer: {
		zh: '这是根据您的回答所做的初步筛查估算，不是资格认定；以主管部门审核为准。',
		en: 'A screening estimate from your answers, not a determination; the departments decide.'
	},
	clPeriodsEnded: {
		zh: '其中 {count} 项所在文件的规划期已结束，请向主管部门确认是否延续。',
		en: '{count} of these {count|comes|come} from plans whose period has ended; ask the departments whether they continue.'
	},
	clEdit: { zh: '修改答案', en: 'Change answers' },
	clStorageFailed: {
		zh: '本机存储不可用（可能是隐私模式），这份清单不会保存到下次；内容仍完整显示。',
		en: 'Storage is unavailable (private mode?), so this checklist will not be kept; it is shown in full.'
	},
	clUncovered: {
		zh: '根据您的回答暂不匹配：惠企清单暂未收录{region}的政策文件。目前覆盖：{covered}。',
		en: 'Nothing matches your answers yet: Huiqi holds no document for {region}. Covered now: {covered}.'
	},
	clSectionApplies: { zh: '适用的措施', en: 'Measures that apply' },
	clSectionRest: { zh: '其余适用的措施', en: 'Other measures that apply' },
	clTopTitle: { zh: '先办这几件', en: 'Do these first' },
	clTopIntro: {
		zh: '按您的回答排出：适用的在前，需确认的在后；有具体内容的先于一般鼓励；限期的新认定奖励和您选的需求优先。每件写明找哪个部门、下一步做什么，点开看详情。',
		en: 'Ranked from your answers: what applies, concrete offers, time-limited rewards and your needs come first. Each names the office to call; tap for details.'
	},
	clTop_confirm: { zh: '需确认', en: 'To confirm' },
	clTop_newReward: { zh: '新认定奖励', en: 'New-certificate reward' },
	clTop_new: { zh: '新认定', en: 'Newly certified' },
	clTop_need: { zh: '您选了{need}', en: 'Your need: {need}' },
	clTop_money: { zh: '资金', en: 'Money' },
	clTop_finance: { zh: '融资', en: 'Financing' },
	clTop_recognition: { zh: '认定推荐', en: 'Recognition' },
	clTop_concrete: { zh: '明确支持', en: 'Concrete offer' },
	clTop_general: { zh: '一般鼓励', en: 'Encouragement' },
	clTopWhy: { zh: '排在前面的原因：{why}', en: 'Why it is first: {why}' },
	clLeadOffice: { zh: '找{office}', en: 'Call {office}' },
	clLeadMark: { zh: '牵头', en: 'lead' },
	clJumpLabel: { zh: '本页目录', en: 'On this page' },
	clJumpTop: { zh: '先办', en: 'First' },
	clJumpNext: { zh: '晋级', en: 'Next tier' },
	clJumpVisit: { zh: '走访单', en: 'Visit sheet' },
	clShowDetails: { zh: '展开详情', en: 'Show details' },
	clPrintSheet: { zh: '打印办事单', en: 'Print office sheet' },
	clPrintFull: { zh: '打印完整版', en: 'Print full version' },
	clSheetTitle: { zh: '办事单', en: 'Office sheet' },
	clSheetHead: { zh: '惠企清单 · 办事单 · {name}', en: 'Huiqi · office sheet · {name}' },
	clFullHead: { zh: '惠企清单 · 完整版 · {name}', en: 'Huiqi · full version · {name}' },
	clSheetDone: { zh: '办', en: '✓' },
	clSheetMeasure: { zh: '措施', en: 'Measure' },
	clSheetClause: { zh: '条款', en: 'Clause' },
	clSheetAsk: { zh: '要问什么', en: 'What to ask' },
	clSheetCounts: {
		zh: '适用 {eligible} 项 · 可能适用 {maybe} 项',
		en: '{eligible} {eligible|applies|apply} · {maybe} may apply'
	},
	clHotline: {
		zh: '原文未载明各部门电话。联系不上时，可拨打政务服务便民热线 12345，请其转接上述部门。',
		en: 'The documents give no phone numbers. If you cannot reach an office, call the government service hotline 12345 and ask to be put through.'
	},
	clEmptyNotSaved: {
		zh: '这份结果没有保存，也不能分享或打印成清单。',
		en: 'This result is not saved, and cannot be shared or printed as a checklist.'
	},
	clSectionMaybe: { zh: '可能适用：需要确认', en: 'May apply: to confirm' },
	clSectionMaybeHint: {
		zh: '以下措施有条件无法从您的回答判断，请向所列部门确认。',
		en: 'Your answers cannot settle a condition of these; confirm with the departments listed.'
	},
	clSectionNext: { zh: '晋级到{tier}可解锁', en: 'Reaching {tier} would unlock' },
	clSectionNextNone: {
		zh: '根据现有文件，更高层级暂无额外措施。',
		en: 'The documents offer no further measures at higher tiers.'
	},
	clNothingApplies: {
		zh: '根据您的回答暂不匹配任何措施。',
		en: 'Nothing matches your answers for now.'
	},
	clGroupBy: { zh: '排列方式', en: 'Arrange by' },
	clGroupRank: { zh: '推荐顺序', en: 'Suggested' },
	clGroupCategory: { zh: '按类别', en: 'Category' },
	clGroupDepartment: { zh: '按部门', en: 'Department' },
	clGroupValue: { zh: '按金额', en: 'Value' },
	clNeeded: { zh: '符合您的需求', en: 'Matches your needs' },
	clWhy: { zh: '为什么', en: 'Why' },
	clMet: { zh: '已满足', en: 'Met' },
	clUnknown: { zh: '待确认', en: 'To confirm' },
	clUnmet: { zh: '暂不满足', en: 'Not yet' },
	clSeeSource: { zh: '查看原文条款', en: 'Source clause' },
	clLadderTitle: { zh: '梯度培育阶梯', en: 'The tier ladder' },
	clGrowthTitle: { zh: '晋级与分类', en: 'Next tier and categories' },
	clLadderHere: { zh: '您在这里', en: 'You are here' },
	clLadderUnlock: { zh: '+{count} 项', en: '+{count}' },
	clChartTitle: {
		zh: '适用的 {count} 项措施按类别（不含可能适用）',
		en: 'The {count} {count|measure that applies|measures that apply}, by category (“may apply” not included)'
	},
	clChartValue: { zh: '{count} 项 · {value}', en: '{count} · {value}' },
	clChartCount: { zh: '{count} 项', en: '{count}' },
	clVisitTitle: { zh: '走访单：按牵头部门', en: 'Visit sheet: by lead office' },
	clVisitCount: { zh: '{count} 个部门', en: '{count} {count|office|offices}' },
	clVisitHint: {
		zh: '每项措施先找一个牵头部门；每个部门要咨询的措施（含“可能适用”）。',
		en: 'One office to call first for each measure; what to raise with each (including “may apply”).'
	},

	navSaved: { zh: '我的清单', en: 'My checklists' },
	clDone: { zh: '已办', en: 'Done' },
	clMarkDone: { zh: '标记为已办：{title}', en: 'Mark as done: {title}' },
	clNote: { zh: '备注', en: 'Note' },
	clNoteFor: { zh: '备注：{title}', en: 'Note: {title}' },
	clNotePlaceholder: {
		zh: '例如：已联系、材料清单、截止日期',
		en: 'e.g. called, documents needed, deadline'
	},
	clProgress: { zh: '已办 {done} / {total} 项', en: '{done} of {total} done' },
	clSavedAs: {
		zh: '已自动保存到“我的清单”：{name}',
		en: 'Saved automatically to My checklists: {name}'
	},
	clNotFound: {
		zh: '找不到这份清单，可能已被删除。',
		en: 'This checklist was not found; it may have been deleted.'
	},
	clCorrupt: {
		zh: '这份清单的数据已损坏，无法打开（{problem}）。其他清单不受影响。',
		en: 'This checklist’s stored data is damaged and cannot be opened ({problem}). Others are unaffected.'
	},
	clSaveProblem_quota: {
		zh: '手机存储空间已满，最近的修改未能保存；清单仍完整显示。请清理空间后再试。',
		en: 'Storage is full, so the latest change was not saved; the checklist is still shown in full. Free some space and try again.'
	},
	clSaveProblem_unavailable: {
		zh: '本机存储不可用（可能是隐私模式），修改无法保存；清单仍完整显示。',
		en: 'Storage is unavailable (private mode?), so changes cannot be saved; the checklist is still shown in full.'
	},
	clSaveProblem_blocked: {
		zh: '另一个标签页正在使用旧版本，请关闭其他惠企清单标签页后重试；清单仍完整显示。',
		en: 'Another tab holds an older version open; close other Huiqi tabs and try again. The checklist is still shown in full.'
	},
	clSaveProblem_outdated: {
		zh: '惠企清单已在另一个标签页更新到新版本，请刷新本页后再修改；清单仍完整显示。',
		en: 'Huiqi was updated in another tab; reload this page before making changes. The checklist is still shown in full.'
	},
	clSaveProblem_failed: {
		zh: '保存失败，修改未能存储；清单仍完整显示，下次修改时会再试。',
		en: 'Saving failed; the checklist is still shown in full and the next change will try again.'
	},
	clAnswers: { zh: '您的回答', en: 'Your answers' },
	clIndustry: { zh: '行业', en: 'Industry' },
	clRevenue: { zh: '营业收入', en: 'Revenue' },
	clEmployees: { zh: '从业人数', en: 'Employees' },
	clCertifications: { zh: '已获认定', en: 'Certifications' },
	clNeeds: { zh: '需求', en: 'Needs' },
	clSituations: { zh: '特殊情况', en: 'Situations' },
	clNone: { zh: '无', en: 'None' },
	clGenerated: { zh: '生成日期 {date}', en: 'Generated {date}' },
	clPrint: { zh: '打印 / 保存为 PDF', en: 'Print / save as PDF' },
	clShare: { zh: '分享', en: 'Share' },
	clShareFailed_too_large: {
		zh: '无法生成分享链接（清单内容过多）。可以改用打印或保存为 PDF。',
		en: 'Could not make a share link (the checklist is too large). Print or save as PDF instead.'
	},
	clShareFailed_invalid: {
		zh: '无法生成分享链接：这份清单含有无法放进链接的内容。可以改用打印或保存为 PDF。',
		en: 'Could not make a share link: this checklist holds something a link cannot carry. Print or save as PDF instead.'
	},
	clShareTitle: { zh: '分享这份清单', en: 'Share this checklist' },
	clShareHint: {
		zh: '链接里包含您的回答和已办勾选，只在“#”之后，不会发送到任何服务器。对方扫码即可打开同一份清单。',
		en: 'The link carries your answers and ticks after the “#” only; no server ever sees them. Scanning opens the same checklist.'
	},
	clShareQr: { zh: '打开这份清单的二维码', en: 'QR code that opens this checklist' },
	clShareVia: { zh: '发送给…', en: 'Send…' },
	clCopy: { zh: '复制链接', en: 'Copy link' },
	clCopied: { zh: '链接已复制', en: 'Link copied' },
	clCopyFailed: {
		zh: '无法自动复制，请长按链接手动复制。',
		en: 'Could not copy; press and hold the link to copy it.'
	},
	clShared: { zh: '这是别人分享给您的清单。', en: 'This checklist was shared with you.' },
	clSaveShared: { zh: '保存到我的清单', en: 'Save to my checklists' },
	clNotSaved: {
		zh: '这份清单尚未保存，保存后才能记录勾选和备注。',
		en: 'This checklist is not saved yet; save it to keep ticks and notes.'
	},
	clDeletedElsewhere: {
		zh: '这份清单已在其他页面被删除，这里仍显示它的内容。',
		en: 'This checklist was deleted in another tab; its contents are still shown here.'
	},
	clShareError_empty: { zh: '分享链接是空的。', en: 'The shared link is empty.' },
	clShareError_too_large: {
		zh: '分享链接过长，无法打开。',
		en: 'The shared link is too long to open.'
	},
	clShareError_version: {
		zh: '分享链接来自不兼容的版本，无法打开。',
		en: 'The shared link comes from an incompatible version.'
	},
	clShareError_encoding: {
		zh: '分享链接已损坏（含有无效字符），可能复制不完整。',
		en: 'The shared link is damaged (invalid characters); it may have been copied incompletely.'
	},
	clShareError_corrupt: {
		zh: '分享链接已损坏，无法读取，可能复制不完整。',
		en: 'The shared link is damaged and cannot be read; it may have been copied incompletely.'
	},
	clShareError_schema: {
		zh: '分享链接中的内容无效，已拒绝打开。',
		en: 'The shared link holds invalid content and was not opened.'
	},
	clShareErrorHint: {
		zh: '您的其他清单不受影响。可请对方重新分享，或自己回答问题生成清单。',
		en: 'Your own checklists are unaffected. Ask for the link again, or answer the questions yourself.'
	},
	clChangesTitle: {
		zh: '政策数据已更新，这份清单有变化',
		en: 'The policy data was updated; this checklist changed'
	},
	clChangesNew: { zh: '新增适用', en: 'Newly applies' },
	clChangesChanged: { zh: '内容变更', en: 'Changed' },
	clChangesWithdrawn: {
		zh: '不再适用或已撤回（您的勾选和备注已保留）',
		en: 'No longer applies or withdrawn (your ticks and notes are kept)'
	},
	clChangesAck: { zh: '知道了', en: 'Got it' },
	clChangeWas: { zh: '原为：{value}', en: 'Was: {value}' },

	savedTitle: { zh: '我的清单', en: 'My checklists' },
	savedIntro: {
		zh: '清单只保存在这台设备上，断网也能打开。',
		en: 'Checklists are kept on this device only and open offline.'
	},
	savedEmpty: { zh: '还没有保存的清单。', en: 'No saved checklists yet.' },
	savedUpdated: { zh: '更新于 {date}', en: 'Updated {date}' },
	savedOpen: { zh: '打开', en: 'Open' },
	savedRename: { zh: '重命名', en: 'Rename' },
	savedRenameLabel: { zh: '“{name}”的新名称', en: 'New name for “{name}”' },
	savedRenameSave: { zh: '保存名称', en: 'Save name' },
	savedRenameEmpty: {
		zh: '名称须包含可见的文字。',
		en: 'A name needs at least one visible character.'
	},
	savedDuplicate: { zh: '复制', en: 'Duplicate' },
	savedCopyName: { zh: '{name}（副本）', en: '{name} (copy)' },
	savedDelete: { zh: '删除', en: 'Delete' },
	savedDeleted: { zh: '已删除“{name}”', en: 'Deleted “{name}”' },
	savedUndo: { zh: '撤销', en: 'Undo' },
	savedDamagedTitle: {
		zh: '{count} 条已保存的数据已损坏',
		en: '{count} saved {count|record is|records are} damaged'
	},
	savedDamagedHint: {
		zh: '这些数据无法读取（可能被其他程序改动或存储出错），其他清单不受影响。可以删除它们。',
		en: 'These records cannot be read (changed by another program, or a storage fault); other checklists are unaffected. You can delete them.'
	},
	savedDamagedChecklist: { zh: '清单 {key}', en: 'Checklist {key}' },
	savedDamagedItem: {
		zh: '清单中的一项勾选或备注（{key}）',
		en: 'A tick or note in a checklist ({key})'
	},
	savedDamagedDeleteLabel: { zh: '删除损坏的数据 {key}', en: 'Delete damaged record {key}' },
	savedLoadFailed_unavailable: {
		zh: '本机存储不可用（可能是隐私模式），无法读取已保存的清单。',
		en: 'Storage is unavailable (private mode?), so saved checklists cannot be read.'
	},
	savedLoadFailed_blocked: {
		zh: '另一个标签页正在使用旧版本，请关闭其他惠企清单标签页后刷新。',
		en: 'Another tab holds an older version open; close other Huiqi tabs and reload.'
	},
	savedLoadFailed_outdated: {
		zh: '惠企清单已在另一个标签页更新到新版本，请刷新本页。',
		en: 'Huiqi was updated in another tab; reload this page.'
	},
	savedLoadFailed_quota: {
		zh: '存储空间已满，无法读取已保存的清单。',
		en: 'Storage is full, so saved checklists cannot be read.'
	},
	savedLoadFailed_failed: {
		zh: '读取已保存的清单失败，请刷新重试。',
		en: 'Reading saved checklists failed; reload to try again.'
	},

	needsConnectionTitle: { zh: '需要联网', en: 'A connection is needed' },
	needsConnectionRegion: {
		zh: '{region}的政策数据还没有保存在这台设备上。请联网打开一次，之后断网也能使用。',
		en: 'The policy data of {region} is not on this device yet. Open it once with a connection; after that it works offline too.'
	},
	needsConnection: {
		zh: '这部分政策数据还没有保存在这台设备上。请联网打开一次，之后断网也能使用。',
		en: 'This policy data is not on this device yet. Open it once with a connection; after that it works offline too.'
	},
	tryAgain: { zh: '重试', en: 'Try again' },

	notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
	notFoundBody: {
		zh: '找不到这个页面，可能链接有误或措施已调整。',
		en: 'This page does not exist; the link may be wrong or the measure may have changed.'
	},
	errorTitle: { zh: '出错了', en: 'Something went wrong' },
	backHome: { zh: '返回首页', en: 'Back to home' }
} as const;

export type MessageKey = keyof typeof MESSAGES;

/**
 * The Chinese messages the home page shows (the layout, the home and error pages and their
 * components): they travel with the first page; every other page loads the rest before it renders
 * (src/routes/+layout.ts). tests/unit/messages.test.ts keeps the list complete.
 */
export const FIRST_SCREEN: readonly MessageKey[] = [
	'appName',
	'appTagline',
	'backHome',
	'dismiss',
	'errorTitle',
	'footerData',
	'footerDisclaimer',
	'footerPrivacy',
	'homeBrowse',
	'homeCoverageNote',
	'homeCoverageTitle',
	'homeStart',
	'homeWhat1',
	'homeWhat2',
	'homeWhat3',
	'homeWhatTitle',
	'measuresCount',
	'navDocuments',
	'navHomeLabel',
	'navMain',
	'navQuestionnaire',
	'navSaved',
	'navSearch',
	'needsConnection',
	'needsConnectionRegion',
	'needsConnectionTitle',
	'notFoundBody',
	'notFoundTitle',
	'offlineBadge',
	'offlineBadgeLabel',
	'offlineReady',
	'periodEnded',
	'periodEndedShort',
	'periodRunning',
	'periodUnstated',
	'provinceCounts',
	'skipToContent',
	'srdiExplained',
	'switchLanguage',
	'switchLanguageLabel',
	'tryAgain',
	'updateAvailable',
	'updateData',
	'updateLater',
	'updateNow'
];
