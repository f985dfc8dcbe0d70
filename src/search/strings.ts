/**
 * The search page's words, in the two built-in languages (Chinese for any `zh` archive, English
 * otherwise, as `src/shape/i18n.ts` chooses). Kept here rather than in the site's catalogue because
 * the browser bundle needs them as data: `{n}` and `{from}`/`{to}` are filled in by the script.
 */
import type { FilterKey } from "./record.js";
import { inTraditional } from "../shape/traditional.js";

export interface SearchStrings {
  heading: string;
  queryLabel: string;
  submit: string;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  sortOldest: string;
  /** The filters' disclosure. */
  filtersLabel: string;
  /** Label of each filter, and of its "no filter" choice. */
  filters: Record<FilterKey, string>;
  anyValue: string;
  /** How filter values read: `2025年`, `2025年3月`, `第5版`. `{y}`, `{m}`, `{n}` are filled in. */
  yearValue: string;
  monthValue: string;
  pageValue: string;
  searching: string;
  /** `{n}` results, all of the archive searched. */
  resultsComplete: string;
  /** `{n}` results so far: only the newest (or oldest) part of the archive is searched yet. */
  resultsPartial: string;
  /**
   * About `{n}` results: some candidates (records holding the query's rarest pair) are not read
   * yet and are counted at the rate of those read (`docs/search.md`).
   */
  resultsEstimated: string;
  /** The same, with only part of the archive searched yet. */
  resultsPartialEstimated: string;
  /** None found among the candidates read; `{n}` are still to be read. */
  noneYet: string;
  /** None found in the shards searched so far; older ones are left. */
  noneInSearched: string;
  /** `{from}`–`{to}`: the issue dates searched so far. */
  searchedRange: string;
  /** Between two sentences of the status: nothing after 。, a space after a full stop. */
  sentenceGap: string;
  noResults: string;
  /** The from–to date fields, and how a chosen range reads as a chip (`{from}`, `{to}`). */
  dateFrom: string;
  dateTo: string;
  rangeFrom: string;
  rangeTo: string;
  rangeBoth: string;
  /** The label of the active filters, a chip's "remove" name (`{label}`), and clearing them all. */
  activeFilters: string;
  /** Between a filter's name and its value in a chip: `：`, `: `. */
  colon: string;
  removeFilter: string;
  clearAll: string;
  /** Next steps when nothing is found. */
  tryHeading: string;
  /** `{q}`: the query as searched, in Simplified characters. */
  bothScripts: string;
  /** Both scripts were searched, whatever the query was typed in. */
  bothScriptsPlain: string;
  /** `{q}`: a shorter query to try. */
  tryShorter: string;
  tryWithoutFilters: string;
  /** `{range}`: the dates searched, a link to browse them. */
  browseDates: string;
  browseAll: string;
  more: string;
  emptyQuery: string;
  /** The query has fewer characters than search needs (`{n}`). */
  tooShort: string;
  failed: string;
  noScript: string;
}

const zh: SearchStrings = {
  heading: "搜索全文",
  queryLabel: "检索词",
  submit: "搜索",
  sortLabel: "排序",
  sortRelevance: "相关度",
  sortNewest: "日期（最新在前）",
  sortOldest: "日期（最早在前）",
  filtersLabel: "筛选",
  filters: {
    year: "年份",
    month: "月份",
    reporter: "记者",
    correspondent: "通讯员",
    place: "地点",
    page: "版次",
  },
  anyValue: "全部",
  yearValue: "{y}年",
  monthValue: "{y}年{m}月",
  pageValue: "第{n}版",
  searching: "正在检索……",
  resultsComplete: "共找到 {n} 篇。",
  resultsPartial: "已找到 {n} 篇，尚未检索全部报纸。",
  resultsEstimated: "约找到 {n} 篇。",
  resultsPartialEstimated: "已找到约 {n} 篇，尚未检索全部报纸。",
  noneYet: "暂未找到，还有 {n} 篇可能包含该检索词的文章有待核对。",
  noneInSearched: "已检索的报纸中没有找到，尚未检索全部报纸。",
  searchedRange: "已检索{from}至{to}的报纸。",
  sentenceGap: "",
  noResults: "没有找到包含该检索词的文章。",
  dateFrom: "起始日期",
  dateTo: "截止日期",
  rangeFrom: "{from}起",
  rangeTo: "至{to}",
  rangeBoth: "{from}至{to}",
  activeFilters: "当前筛选",
  colon: "：",
  removeFilter: "去掉筛选：{label}",
  clearAll: "清除全部筛选",
  tryHeading: "可以试试：",
  bothScripts: "简体、繁体写法都已检索（按“{q}”检索）。",
  bothScriptsPlain: "简体、繁体写法都已检索。",
  tryShorter: "少几个字：{q}",
  tryWithoutFilters: "去掉筛选条件再检索",
  browseDates: "按日期浏览{range}的报纸",
  browseAll: "按日期浏览全部报纸",
  more: "显示更多",
  emptyQuery: "请输入检索词。检索词按原文逐字匹配，不分词。",
  tooShort: "请至少输入{n}个字。",
  failed: "检索出错，请稍后重试。",
  noScript: "搜索需要启用 JavaScript。也可以按日期浏览，或使用记者、地点索引。",
};

const en: SearchStrings = {
  heading: "Search the full text",
  queryLabel: "Search for",
  submit: "Search",
  sortLabel: "Sort by",
  sortRelevance: "Relevance",
  sortNewest: "Date, newest first",
  sortOldest: "Date, oldest first",
  filtersLabel: "Filters",
  filters: {
    year: "Year",
    month: "Month",
    reporter: "Reporter",
    correspondent: "Correspondent",
    place: "Place",
    page: "Page",
  },
  anyValue: "Any",
  yearValue: "{y}",
  monthValue: "{y}-{m}",
  pageValue: "Page {n}",
  searching: "Searching…",
  resultsComplete: "{n} found.",
  resultsPartial: "{n} found so far; not every issue has been searched yet.",
  resultsEstimated: "About {n} found.",
  resultsPartialEstimated: "About {n} found so far; not every issue has been searched yet.",
  noneYet: "None found yet; {n} more articles that may contain it are still to be checked.",
  noneInSearched: "None found in the issues searched so far; not every issue has been searched yet.",
  searchedRange: "Issues from {from} to {to} searched.",
  sentenceGap: " ",
  noResults: "No article contains these words.",
  dateFrom: "From",
  dateTo: "To",
  rangeFrom: "From {from}",
  rangeTo: "Until {to}",
  rangeBoth: "{from} to {to}",
  activeFilters: "Active filters",
  colon: ": ",
  removeFilter: "Remove filter: {label}",
  clearAll: "Clear all filters",
  tryHeading: "You could try:",
  bothScripts: "Simplified and Traditional forms were both searched (as “{q}”).",
  bothScriptsPlain: "Simplified and Traditional forms were both searched.",
  tryShorter: "Fewer characters: {q}",
  tryWithoutFilters: "The same search without filters",
  browseDates: "Browse the issues of {range}",
  browseAll: "Browse every issue by date",
  more: "Show more",
  emptyQuery: "Type what to look for. The text is matched exactly, character by character.",
  tooShort: "Type at least {n} characters.",
  failed: "The search failed; please try again.",
  noScript: "Search needs JavaScript. You can still browse by date, reporter or place.",
};

/** The search page's words for a BCP 47 tag; Traditional Chinese as `src/shape/traditional.ts` writes it. */
export const searchStrings = (language: string): SearchStrings =>
  /^zh\b/i.test(language) ? inTraditional(zh, language) : en;
