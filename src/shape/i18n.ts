/**
 * The reader's interface in the archive's language. Two languages are built in: Chinese (any `zh`
 * tag) and English (everything else). Pages only print these strings; the ones that depend on data
 * are functions so that word order stays the language's business.
 */

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
  /** Shown instead of a headline for text the page prints without one. */
  untitledNote: string;
  note: string;
  pagesOfIssue: string;
  itemsOnPage: string;
  originalText: string;
  originalTextHint: string;
  whereItStands: string;
  cite: string;
  citeGbt: string;
  citePlain: string;
  permalink: string;
  previousPage: string;
  nextPage: string;
  previousYear: string;
  nextYear: string;
  feeds: string;
  reporter: string;
  correspondent: string;
  articlesBy: (name: string) => string;
  articlesFrom: (place: string) => string;
  feedOf: (name: string) => string;
  feedLatestArticles: string;
  feedLatestIssues: string;
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
  untitledNote: "无标题文字",
  note: "版面文字",
  pagesOfIssue: "本期版面",
  itemsOnPage: "本版文章",
  originalText: "版面原文",
  originalTextHint: "以下为版面文件的原始文字，保留原有换行，供与印刷版核对。",
  whereItStands: "出处",
  cite: "引用本文",
  citeGbt: "GB/T 7714",
  citePlain: "通用格式",
  permalink: "永久链接",
  previousPage: "上一版",
  nextPage: "下一版",
  previousYear: "上一年",
  nextYear: "下一年",
  feeds: "订阅（Atom）",
  reporter: "记者",
  correspondent: "通讯员",
  articlesBy: (name) => `${name}的文章`,
  articlesFrom: (place) => `${place}的报道`,
  feedOf: (name) => `${name}的文章订阅（Atom）`,
  feedLatestArticles: "最新文章",
  feedLatestIssues: "最新各期",
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
  untitledNote: "Untitled text",
  note: "Note",
  pagesOfIssue: "Pages of this issue",
  itemsOnPage: "On this page",
  originalText: "Original text of the page",
  originalTextHint: "The page file's text as received, line breaks kept, for checking against the print.",
  whereItStands: "Where it stands",
  cite: "Cite this article",
  citeGbt: "GB/T 7714",
  citePlain: "Plain",
  permalink: "Permalink",
  previousPage: "Previous page",
  nextPage: "Next page",
  previousYear: "Previous year",
  nextYear: "Next year",
  feeds: "Feeds (Atom)",
  reporter: "Reporter",
  correspondent: "Correspondent",
  articlesBy: (name) => `Articles by ${name}`,
  articlesFrom: (place) => `Datelined ${place}`,
  feedOf: (name) => `Feed of ${name}'s articles (Atom)`,
  feedLatestArticles: "Latest articles",
  feedLatestIssues: "Latest issues",
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

/** The built-in strings for a BCP 47 tag: Chinese for any `zh` tag, English otherwise. */
export function uiStrings(language: string): UiStrings {
  return /^zh\b/i.test(language) ? zh : en;
}
