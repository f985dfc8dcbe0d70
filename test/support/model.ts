/**
 * The one way unit tests make model objects in memory, shaped as the loader and the page parser
 * make them (the declared types of `src/model.ts` and `src/read/types.ts`).
 */
import type { ArchiveConfig } from "../../src/model.js";
import type { Item } from "../../src/read/types.js";

/** An archive's configuration as `archive.yaml` gives it, built under `/archive/`; `overrides` win. */
export const testConfig = (overrides: Partial<ArchiveConfig> = {}): ArchiveConfig => ({
  title: "聊城新闻档案",
  description: "",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  baseUrl: "https://example.org",
  pathPrefix: "/archive/",
  newspaper: [{ title: "聊城日报", from: null }],
  publisher: "聊城日报",
  feedLimit: 50,
  ...overrides,
});

/** A reported article with byline, dateline and one paragraph, as the parser reads one; `fields` win. */
export const testItem = (fields: Partial<Item> = {}): Item => ({
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
});
