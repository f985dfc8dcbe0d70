/** Small model objects for the search unit tests, shaped as the loader makes them. */
import type { Archive, ArchiveConfig, Issue, Page } from "../../src/model.js";
import type { Item } from "../../src/read/types.js";

export const config: ArchiveConfig = {
  title: "聊城新闻档案",
  description: "测试",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  baseUrl: "https://example.org",
  pathPrefix: "/archive/",
  publisher: "聊城日报",
  feedLimit: 50,
};

export function item(fields: Partial<Item> = {}): Item {
  return {
    kind: "article",
    kicker: null,
    headline: "聊城乡村振兴有能人",
    subtitle: null,
    byline: "本报记者 孙亚飞 高田",
    reporters: ["孙亚飞", "高田"],
    correspondents: [],
    dateline: "本报聊城讯",
    place: "聊城",
    blocks: [{ type: "p", text: "乡村要振兴，有产业还得有“能人”。" }],
    lines: { first: 1, last: 5 },
    ...fields,
  };
}

export function page(number: number, items: Item[], name: string | null = null): Page {
  return {
    number,
    name,
    file: `issues/2025/x/${number}.txt`,
    text: "",
    reading: { headlinePosition: "before-body", items, warnings: [] },
  };
}

export function issue(date: string, pages: Page[], edition: string | null = null): Issue {
  return { date, edition, number: null, dir: `issues/${date.slice(0, 4)}/${date}`, pages };
}

export const archive = (issues: Issue[]): Archive => ({ config, issues });
