/**
 * Small archives made in memory for the feeds' pure functions. They stand for what the loader and
 * the page parser produce (the model's declared types), so the feeds can be tested without them.
 */
import type { Archive, ArchiveConfig, Issue, Page } from "../../src/model.js";
import type { Item } from "../../src/read/types.js";
import { testConfig, testItem } from "../support/model.js";

export const config = testConfig({
  description: "聊城本地新闻",
  baseUrl: "https://news.example.org",
  publisher: "聊城日报社",
});

/** An article with only a headline and one paragraph (no byline, no dateline). */
export function article(headline: string, fields: Partial<Item> = {}): Item {
  return testItem({
    headline,
    byline: null,
    reporters: [],
    dateline: null,
    place: null,
    blocks: [{ type: "p", text: `${headline}的正文。` }],
    lines: { first: 1, last: 3 },
    ...fields,
  });
}

export function note(text: string, fields: Partial<Item> = {}): Item {
  return { ...article("", fields), kind: "note", headline: null, blocks: [{ type: "p", text }], ...fields };
}

/** `pages[i]` holds the items of page i + 1. */
export function issue(date: string, pages: Item[][], fields: Partial<Issue> = {}): Issue {
  return {
    date,
    edition: null,
    number: null,
    dir: `issues/${date}`,
    pages: pages.map((items, i): Page => ({
      number: i + 1,
      name: null,
      file: `issues/${date}/0${i + 1}.txt`,
      text: "",
      reading: { headlinePosition: "before-body", items, warnings: [] },
    })),
    ...fields,
  };
}

/** Issues oldest first, as the loader gives them. */
export const archive = (issues: Issue[], overrides: Partial<ArchiveConfig> = {}): Archive => ({
  config: { ...config, ...overrides },
  issues,
});
