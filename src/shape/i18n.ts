/**
 * The reader's interface in the archive's language. Two languages are built in: Chinese (any `zh`
 * tag; Traditional characters for a Traditional one) and English (everything else). Pages only
 * print these strings; the ones that depend on data are functions so that word order stays the
 * language's business.
 */
import { inTraditional, traditionalTarget } from "./traditional.js";

export interface UiStrings {
  /** The `lang` these strings are written in (the UI may differ from the archive's own text). */
  lang: string;
  skipToContent: string;
  mainNav: string;
  home: string;
  years: string;
  people: string;
  places: string;
  search: string;
  searchLabel: string;
  searchButton: string;
  /** The issue page's search box, which searches that day's issue only. */
  searchIssue: string;
  latestIssue: string;
  issueNumber: (n: number) => string;
  issues: (n: number) => string;
  articles: (n: number) => string;
  /** `第5版 聊城新闻`, `Page 5: 聊城新闻`. */
  pageLabel: (number: number, name: string | null) => string;
  /** The item's place on its page: `第3篇`, `item 3`. */
  itemPosition: (n: number) => string;
  /** Label of the previous/next links of a page. */
  pager: string;
  previousIssue: string;
  nextIssue: string;
  previousArticle: string;
  nextArticle: string;
  /** What a note (text printed without a headline) is called when its text names no label. */
  pageNote: string;
  /** A note's title: its label, the issue's date and the page (`本版导语 · 2025年3月17日 第1版`). */
  noteTitle: (label: string, date: string, pageNumber: number) => string;
  note: string;
  pagesOfIssue: string;
  itemsOnPage: string;
  originalText: string;
  originalTextHint: string;
  whereItStands: string;
  cite: string;
  citeGbt: string;
  citePlain: string;
  /** Stands in the GB/T 7714 citation for the access date until the page's script writes the reader's date. */
  accessDate: string;
  copy: string;
  copied: string;
  /** The issue's citation files, for reference managers. */
  citeFiles: string;
  citeRis: string;
  citeCsl: string;
  dataDownloads: string;
  dataIntro: string;
  /** A year's JSONL file: every article and note of the year, one per line. */
  dataYearFile: (year: number) => string;
  dataSchemas: string;
  dataIssueSchema: string;
  dataArticleSchema: string;
  permalink: string;
  previousPage: string;
  nextPage: string;
  previousYear: string;
  nextYear: string;
  /** The page view's print column, and the alt text of a page's scan: `第5版 聊城新闻版面图像`. */
  printHeading: string;
  printOf: (pageLabel: string) => string;
  openFullImage: string;
  /** PDF links, with the file's size: `本版PDF（1.2 MB）`. */
  pagePdf: (size: string) => string;
  issuePdf: (size: string) => string;
  /** On the page view of a page published with its print only. */
  printOnly: string;
  /** Label of the list of an issue's pages at the top of the page view. */
  pagesNav: string;
  /** The issues of the same day in other years (历史上的今天). */
  sameDay: string;
  /** The find-an-issue-by-date box. */
  findByDate: string;
  findDateButton: string;
  findDateNone: string;
  /** Before the months of a year page that have no issue: `无报纸的月份`. */
  monthsWithout: string;
  feeds: string;
  reporter: string;
  correspondent: string;
  articlesBy: (name: string) => string;
  articlesFrom: (place: string) => string;
  feedOf: (name: string) => string;
  feedLatestArticles: string;
  feedLatestIssues: string;
  /** The page a browser shows for a feed (its XSLT stylesheet): what a feed is, how to subscribe. */
  feedPageAbout: string;
  feedPageHowTo: string;
  feedPageAddress: string;
  feedPageEntries: string;
  feedPageBack: (site: string) => string;
  peopleIntro: string;
  placesIntro: string;
  calendarOf: (year: number) => string;
  notFoundTitle: string;
  notFoundText: string;
  /** A plain citation in the language's usual form. */
  plainCitation: (c: CitationParts) => string;
  /** Between a label and what it labels: `：`, `: `. */
  colon: string;
  /** Separates a list of names in running text. */
  nameSeparator: string;
}

/** What a citation is made of, already in display form. */
export interface CitationParts {
  authors: string[];
  title: string;
  subtitle: string | null;
  newspaper: string;
  /** The issue's date without the weekday: `2025年3月17日`, `March 17, 2025`. */
  date: string;
  pageNumber: number;
  url: string;
}

const zh: UiStrings = {
  lang: "zh-CN",
  skipToContent: "跳到正文",
  mainNav: "主导航",
  home: "首页",
  years: "年份",
  people: "记者与通讯员",
  places: "地点",
  search: "搜索",
  searchLabel: "搜索全文",
  searchButton: "搜索",
  searchIssue: "搜索本期",
  latestIssue: "最新一期",
  issueNumber: (n) => `第${n}期`,
  issues: (n) => `${n}期`,
  articles: (n) => `${n}篇`,
  pageLabel: (n, name) => `第${n}版${name ? ` ${name}` : ""}`,
  itemPosition: (n) => `第${n}篇`,
  pager: "前后翻阅",
  previousIssue: "上一期",
  nextIssue: "下一期",
  previousArticle: "上一篇",
  nextArticle: "下一篇",
  pageNote: "本版导语",
  noteTitle: (label, date, n) => `${label} · ${date} 第${n}版`,
  note: "版面文字",
  pagesOfIssue: "版面目录",
  itemsOnPage: "本版文章",
  originalText: "版面原文",
  originalTextHint: "以下为版面文件的原始文字，保留原有换行，供与印刷版核对。",
  whereItStands: "出处",
  cite: "引用本文",
  citeGbt: "GB/T 7714",
  citePlain: "通用格式",
  accessDate: "引用日期",
  copy: "复制",
  copied: "已复制",
  citeFiles: "本期全部文章的引文（供文献管理软件导入）",
  citeRis: "RIS",
  citeCsl: "CSL-JSON",
  dataDownloads: "数据下载",
  dataIntro:
    "本档案的全部文字可供下载再利用：每期一个 JSON 文件（各版的文章与版面文字，含每篇的网址）及其引文（RIS、CSL-JSON），每年一个 JSONL 文件（每行一篇）。文件结构见下方的 JSON Schema。",
  dataYearFile: (y) => `${y}年全部文章（JSONL，每行一篇）`,
  dataSchemas: "数据结构（JSON Schema）",
  dataIssueSchema: "每期数据（JSON）",
  dataArticleSchema: "年度文章（JSONL 的每一行）",
  permalink: "永久链接",
  previousPage: "上一版",
  nextPage: "下一版",
  previousYear: "上一年",
  nextYear: "下一年",
  printHeading: "版面图像",
  printOf: (label) => `${label}版面图像`,
  openFullImage: "查看大图",
  pagePdf: (size) => `本版PDF（${size}）`,
  issuePdf: (size) => `整期PDF（${size}）`,
  printOnly: "本版只有版面图像，没有文字，无法检索。",
  pagesNav: "本期各版",
  sameDay: "历史上的今天",
  findByDate: "按日期查找",
  findDateButton: "前往",
  findDateNone: "该日期及以前没有报纸。",
  monthsWithout: "无报纸的月份",
  feeds: "订阅（Atom）",
  reporter: "记者",
  correspondent: "通讯员",
  articlesBy: (name) => `${name}的文章`,
  articlesFrom: (place) => `${place}的报道`,
  feedOf: (name) => `${name}的文章订阅（Atom）`,
  feedLatestArticles: "最新文章",
  feedLatestIssues: "最新各期",
  feedPageAbout: "这是一个订阅源（RSS/Atom）：供阅读器软件自动获取新文章的地址。浏览器打开时显示为本页。",
  feedPageHowTo:
    "订阅方法：复制下面的地址，粘贴到你使用的阅读器（如 Feedly、Inoreader、NetNewsWire、Thunderbird）的“添加订阅”中。有新文章时，阅读器会自动显示。",
  feedPageAddress: "订阅地址",
  feedPageEntries: "最近的条目",
  feedPageBack: (site) => `返回${site}`,
  peopleIntro: "署名的记者与通讯员，按姓名排列。",
  placesIntro: "电头中的地点，按名称排列。",
  calendarOf: (y) => `${y}年`,
  notFoundTitle: "找不到该页面",
  notFoundText: "这个地址没有页面。可以从首页按日期浏览，或搜索全文。",
  plainCitation: (c) =>
    `${c.authors.length ? `${c.authors.join("、")}：` : ""}《${c.title}${c.subtitle ? `——${c.subtitle}` : ""}》，《${c.newspaper}》${c.date}第${c.pageNumber}版。${c.url}`,
  colon: "：",
  nameSeparator: "、",
};

const en: UiStrings = {
  lang: "en",
  skipToContent: "Skip to content",
  mainNav: "Main",
  home: "Home",
  years: "Years",
  people: "Reporters",
  places: "Places",
  search: "Search",
  searchLabel: "Search the full text",
  searchButton: "Search",
  searchIssue: "Search this issue",
  latestIssue: "Latest issue",
  issueNumber: (n) => `No. ${n}`,
  issues: (n) => `${n} ${n === 1 ? "issue" : "issues"}`,
  articles: (n) => `${n} ${n === 1 ? "article" : "articles"}`,
  pageLabel: (n, name) => `Page ${n}${name ? `: ${name}` : ""}`,
  itemPosition: (n) => `item ${n}`,
  pager: "Previous and next",
  previousIssue: "Previous issue",
  nextIssue: "Next issue",
  previousArticle: "Previous article",
  nextArticle: "Next article",
  pageNote: "Note on this page",
  noteTitle: (label, date, n) => `${label} · ${date}, page ${n}`,
  note: "Note",
  pagesOfIssue: "Pages of this issue",
  itemsOnPage: "On this page",
  originalText: "Original text of the page",
  originalTextHint: "The page file's text as received, line breaks kept, for checking against the print.",
  whereItStands: "Where it stands",
  cite: "Cite this article",
  citeGbt: "GB/T 7714",
  citePlain: "Plain",
  accessDate: "date accessed",
  copy: "Copy",
  copied: "Copied",
  citeFiles: "Citations of every article of this issue, for reference managers",
  citeRis: "RIS",
  citeCsl: "CSL-JSON",
  dataDownloads: "Data downloads",
  dataIntro:
    "All of the archive's text, to download and reuse: one JSON file per issue (every page read into articles, each with its URL) with its citations (RIS, CSL-JSON), and one JSONL file per year (one article per line). Their structure is in the JSON Schemas below.",
  dataYearFile: (y) => `All articles of ${y} (JSONL, one per line)`,
  dataSchemas: "Structure (JSON Schema)",
  dataIssueSchema: "Issue data (JSON)",
  dataArticleSchema: "Articles of a year (one JSONL line)",
  permalink: "Permalink",
  previousPage: "Previous page",
  nextPage: "Next page",
  previousYear: "Previous year",
  nextYear: "Next year",
  printHeading: "The printed page",
  printOf: (label) => `Scan of ${label}`,
  openFullImage: "Open the full image",
  pagePdf: (size) => `PDF of this page (${size})`,
  issuePdf: (size) => `PDF of the whole issue (${size})`,
  printOnly: "This page has its print only: there is no text of it to read or search.",
  pagesNav: "Pages of this issue",
  sameDay: "On this day in other years",
  findByDate: "Find an issue by date",
  findDateButton: "Go",
  findDateNone: "No issue on or before that date.",
  monthsWithout: "Months without issues",
  feeds: "Feeds (Atom)",
  reporter: "Reporter",
  correspondent: "Correspondent",
  articlesBy: (name) => `Articles by ${name}`,
  articlesFrom: (place) => `Datelined ${place}`,
  feedOf: (name) => `Feed of ${name}'s articles (Atom)`,
  feedLatestArticles: "Latest articles",
  feedLatestIssues: "Latest issues",
  feedPageAbout:
    "This is a feed (RSS/Atom): an address that feed reader apps check for new articles. A browser shows it as this page.",
  feedPageHowTo:
    "To subscribe, copy the address below and paste it into your feed reader's “add feed” or “subscribe” (Feedly, Inoreader, NetNewsWire, Thunderbird…). New articles then show up there by themselves.",
  feedPageAddress: "Feed address",
  feedPageEntries: "Latest entries",
  feedPageBack: (site) => `Back to ${site}`,
  peopleIntro: "Reporters and correspondents named in bylines, by name.",
  placesIntro: "Places named in datelines, by name.",
  calendarOf: (y) => `${y}`,
  notFoundTitle: "Page not found",
  notFoundText:
    "There is no page at this address. Browse by date from the home page, or search the full text.",
  plainCitation: (c) =>
    `${c.authors.length ? `${c.authors.join(", ")}, ` : ""}“${c.title}${c.subtitle ? `: ${c.subtitle}` : ""},” ${c.newspaper}, ${c.date}, p. ${c.pageNumber}. ${c.url}`,
  colon: ": ",
  nameSeparator: ", ",
};

const traditional = new Map<string, UiStrings>();

/**
 * The built-in strings for a BCP 47 tag: Chinese for any `zh` tag (in Traditional characters for a
 * Traditional one, `traditional.ts`), English otherwise.
 */
export function uiStrings(language: string): UiStrings {
  if (!/^zh\b/i.test(language)) return en;
  if (!traditionalTarget(language)) return zh;
  let strings = traditional.get(language);
  if (!strings) traditional.set(language, (strings = inTraditional(zh, language)));
  return strings;
}

/**
 * Whether a language has a built-in interface: Chinese (any `zh` tag, as `uiStrings` chooses) and
 * English. Any other language gets the English one, which `npm run check` warns about.
 */
export const hasBuiltInInterface = (language: string): boolean => /^(zh|en)\b/i.test(language);
