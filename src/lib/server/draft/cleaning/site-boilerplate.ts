// Whole lines that a website or a news aggregator wraps around a document: navigation, "you are
// here" trails, metadata blocks ([ 索引号 ] …), share and print links, download widgets, footers
// with copyright, phones and addresses, "previous/next article" links and a news lead before the
// title. Only whole lines go, and only lines of these kinds: the document's own words stay.
import type { CleaningStep } from './names.ts';

const CHROME_LINE = [
	/^(欢迎(来到|访问|光临)|当前位置|您(当前)?的?位置|您现在的位置|所在位置)/,
	/^首页\s*[>›»/]/,
	/(上一篇|下一篇)\s*[:：]/,
	/^(扫一扫|分享到|打印本页|关闭窗口|【?打印】?$|【?关闭】?$|字号\s*[:：]|浏览次数|阅读次数|点击数|访问量|责任编辑|来源\s*[:：]|作者\s*[:：]|发布时间\s*[:：]|信息来源\s*[:：])/,
	/^\[\s*[^\]\n]{2,10}\s*\]/,
	/^【\s*(文字解读|媒体视角|图片解读|视频解读|图解|解读|打印|关闭)\s*】/,
	/^(附件下载|文件下载|相关下载|部门解读|政策解读|一图读懂|媒体视角|图片解读|视频解读|相关链接|相关文章|相关阅读|热点推荐|猜你喜欢)\s*[:：]?$/,
	/^(原文链接|原文地址|文章来源|转载自)\s*[:：]/,
	/^(本站|本网)/,
	/版权所有|ICP备|公网安备|网站标识码/,
	/^(联系电话|监督电话|举报电话|电话|传真|邮箱|E-?mail|客服QQ|通联QQ|第[一二三四]办公区)\s*[:：]/i,
	/^(网站专栏|网站地图|无障碍|繁体版|简体版|English|登录|注册|搜索)$/,
	/(主办|主管|承办)\s*[|｜]|[|｜].*(主办|主管|承办)$/,
	/\.(docx?|pdf|xlsx?|wps|zip|rar|ofd)$/i
];

/** A navigation bar: four or more short words separated by spaces or bars, no sentence marks. */
function isNavigation(line: string): boolean {
	if (/[。，,;；：:！!？?“”]/.test(line)) return false;
	if ((line.match(/[|｜]/g)?.length ?? 0) >= 2) return true;
	const words = line.split(/[\s|｜]+/).filter(Boolean);
	return words.length >= 4 && words.every((word) => word.length <= 8);
}

/** A news aggregator's lead paragraph before the document ("近日,某某发布…。"). */
const NEWS_LEAD = /^(近日|日前|据悉|记者从|\d{1,2}月\d{1,2}日)[,，].*(发布|印发|出台).*。$/;

export const siteBoilerplate: CleaningStep = {
	name: 'site_boilerplate',
	apply(text) {
		let count = 0;
		let example: string | undefined;
		const lines = text.split('\n');
		const firstLine = lines.findIndex((line) => line.trim());
		const kept = lines.filter((line, index) => {
			const trimmed = line.trim();
			const chrome =
				trimmed &&
				(CHROME_LINE.some((pattern) => pattern.test(trimmed)) ||
					isNavigation(trimmed) ||
					(index === firstLine && NEWS_LEAD.test(trimmed)));
			if (chrome) {
				example ??= trimmed;
				count++;
			}
			return !chrome;
		});
		if (!count) return { text, count };
		const out = kept
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.replace(/^\n+|\n+$/g, '');
		return { text: out, count, example };
	}
};
