/**
 * The few words feeds print themselves (feed titles, page names in an issue's contents), in the
 * archive's language: Chinese for zh archives, English for every other.
 */
export interface FeedLabels {
  latestArticles: string;
  latestIssues: string;
  /** A page of an issue as its contents list it: 第2版 聊城新闻, Page 2: City News. */
  page: (number: number, name: string | null) => string;
  /** The issue number after the date: 第1234期, No. 1234. */
  issueNumber: (number: number) => string;
}

const zh: FeedLabels = {
  latestArticles: "最新文章",
  latestIssues: "最新各期",
  // Page names are often written with their number already (第5版 聊城新闻); it is not repeated.
  page: (number, name) =>
    name && /^第\s*\d+\s*版/.test(name) ? name : `第${number}版${name ? ` ${name}` : ""}`,
  issueNumber: (number) => `第${number}期`,
};

const en: FeedLabels = {
  latestArticles: "Latest articles",
  latestIssues: "Latest issues",
  page: (number, name) => `Page ${number}${name ? `: ${name}` : ""}`,
  issueNumber: (number) => `No. ${number}`,
};

export const feedLabels = (language: string): FeedLabels => (/^zh\b/i.test(language) ? zh : en);
