/**
 * The feeds of a real build of a small archive (test/fixtures/feeds/archive: three issues, six
 * articles, feedLimit 3), served under /archive/, read back with a real XML parser and JSON.parse.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../support/build.js";
import { fileForUrl } from "./file-for-url.js";

const fixture = resolve(import.meta.dirname, "../fixtures/feeds/archive");
const origin = "https://news.example.org";
const prefix = "/archive/";
const siteUrl = `${origin}${prefix}`;
/** Far from the archive's zone, so that dates that fell back to the machine's zone would show. */
const FAR_ZONE = "America/Los_Angeles";

/** What a subscriber's reader sees of one feed, whatever its format. */
interface ReadFeed {
  title: string;
  language: string;
  selfUrl: string;
  entries: { id: string; url: string; title: string; date: string; content: string }[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  // Atom may repeat these; RSS's <link> is one text element and stays a string.
  isArray: (_name, jpath) =>
    ["feed.entry", "feed.link", "feed.entry.link", "feed.entry.author", "rss.channel.item"].includes(
      String(jpath),
    ),
});

function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(text) as Record<string, unknown>;
}

/** XML 1.0's `Char` production: what a feed may hold at all (fast-xml-parser does not check it). */
const xmlChars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

type Node = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "object" && value
      ? String((value as Node)["#text"] ?? "")
      : "";
const links = (node: Node) =>
  (node.link as Node[]).map((l) => ({ rel: String(l["@rel"] ?? "alternate"), href: String(l["@href"]) }));

function readAtom(xml: string): ReadFeed {
  const feed = parseXml(xml).feed as Node;
  return {
    title: text(feed.title),
    language: String(feed["@xml:lang"]),
    selfUrl: links(feed).find((l) => l.rel === "self")?.href ?? "",
    entries: ((feed.entry as Node[] | undefined) ?? []).map((entry) => ({
      id: text(entry.id),
      url: links(entry).find((l) => l.rel === "alternate")?.href ?? "",
      title: text(entry.title),
      date: text(entry.updated),
      content: text(entry.content),
    })),
  };
}

function readRss(xml: string): ReadFeed {
  const channel = (parseXml(xml).rss as Node).channel as Node;
  return {
    title: text(channel.title),
    language: text(channel.language),
    selfUrl: String((channel["atom:link"] as Node)["@href"]),
    entries: ((channel.item as Node[] | undefined) ?? []).map((item) => ({
      id: text(item.guid),
      url: text(item.link),
      title: text(item.title),
      date: text(item.pubDate),
      content: text(item.description),
    })),
  };
}

function readJsonFeed(json: string): ReadFeed {
  const feed = JSON.parse(json) as {
    title: string;
    language: string;
    feed_url: string;
    items: { id: string; url: string; title: string; date_published: string; content_html: string }[];
  };
  return {
    title: feed.title,
    language: feed.language,
    selfUrl: feed.feed_url,
    entries: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      date: item.date_published,
      content: item.content_html,
    })),
  };
}

/** Every feed file of the site, read in its format. */
function readFeeds(site: BuiltSite): Map<string, ReadFeed> {
  const feeds = new Map<string, ReadFeed>();
  for (const file of site.files()) {
    if (file === "feeds/articles.rss") feeds.set(file, readRss(site.read(file)));
    else if (file === "feeds/articles.json") feeds.set(file, readJsonFeed(site.read(file)));
    else if (file.endsWith(".xml") && (file.startsWith("feeds/") || /^people\/[^/]+\/feed\.xml$/.test(file)))
      feeds.set(file, readAtom(site.read(file)));
  }
  return feeds;
}

const get = (feeds: Map<string, ReadFeed>, file: string): ReadFeed => {
  const feed = feeds.get(file);
  if (!feed) throw new Error(`${file} was not built; built feeds: ${[...feeds.keys()].join(", ")}`);
  return feed;
};

const articleFeeds = ["feeds/articles.xml", "feeds/articles.rss", "feeds/articles.json"];
const atomPeople = ["张三", "李四", "王五", "赵六"].map((name) => `people/${name}/feed.xml`);

let first: BuiltSite;
let second: BuiltSite;
let feeds: Map<string, ReadFeed>;

beforeAll(async () => {
  [first, second] = await Promise.all([
    buildSite(fixture, { prefix, env: { TZ: FAR_ZONE } }),
    buildSite(fixture, { prefix, env: { TZ: FAR_ZONE } }),
  ]);
  feeds = readFeeds(first);
});

afterAll(() => {
  first?.remove();
  second?.remove();
});

describe("feeds of a built archive", () => {
  it("should write the latest-articles feeds in Atom, RSS and JSON Feed, and the latest-issues feed", () => {
    for (const file of [...articleFeeds, "feeds/issues.xml"]) expect(first.exists(file), file).toBe(true);
  });

  it("should hold the newest feedLimit (3) articles, newest issue first, in every format", () => {
    for (const file of articleFeeds)
      expect(
        get(feeds, file).entries.map((e) => e.title),
        file,
      ).toEqual(['聊城<高新区>&"双招双引"提速', "运河文化节筹备启动", "图书馆延长开放时间"]);
  });

  it("should hold one entry per issue, newest first, listing the issue's headlines", () => {
    const issues = get(feeds, "feeds/issues.xml");
    expect(issues.entries.map((e) => e.url)).toEqual([
      `${siteUrl}2025/03/17/`,
      `${siteUrl}2025/03/16/`,
      `${siteUrl}2025/03/15/`,
    ]);
    const contents = parseHTML(`<html><body>${issues.entries[1]?.content}</body></html>`).document;
    expect([...contents.querySelectorAll("li a")].map((a) => a.textContent)).toEqual([
      "春耕备耕有序推进",
      "健步走活动在东昌湖畔举行",
    ]);
  });

  it("should write one feed per reporter and correspondent with their articles, newest first", () => {
    expect(get(feeds, "people/张三/feed.xml").entries.map((e) => e.title)).toEqual([
      "健步走活动在东昌湖畔举行",
      "城区供暖季顺利结束",
    ]);
    expect(get(feeds, "people/王五/feed.xml").entries.map((e) => e.title)).toEqual([
      "图书馆延长开放时间",
      "春耕备耕有序推进",
    ]);
    expect(get(feeds, "people/李四/feed.xml").entries).toHaveLength(2);
    expect(get(feeds, "people/赵六/feed.xml").entries).toHaveLength(1);
  });

  it("should link every entry to a page that was built, under the base URL and path prefix", () => {
    let checked = 0;
    for (const [file, feed] of feeds)
      for (const entry of feed.entries) {
        const page = fileForUrl(entry.url, siteUrl);
        expect(page, `${file}: ${entry.url}`).not.toBeNull();
        expect(first.exists(page ?? ""), `${file}: ${entry.url} → ${page}`).toBe(true);
        checked++;
      }
    // 3 articles in each of 3 formats, 3 issues, and 2 + 2 + 2 + 1 articles in the people's feeds.
    expect(checked).toBe(19);
  });

  it("should link each issue's contents to built pages", () => {
    for (const entry of get(feeds, "feeds/issues.xml").entries) {
      const contents = parseHTML(`<html><body>${entry.content}</body></html>`).document;
      const hrefs = [...contents.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(first.exists(fileForUrl(href, siteUrl) ?? ""), href).toBe(true);
    }
  });

  it("should give each feed its own absolute address as self link", () => {
    for (const [file, feed] of feeds) expect(feed.selfUrl, file).toBe(`${siteUrl}${encodeURI(file)}`);
  });

  it("should give entries ids that are unique within a feed and the same in a second build", () => {
    const again = readFeeds(second);
    const all = [...articleFeeds, "feeds/issues.xml", ...atomPeople].sort();
    expect([...feeds.keys()].sort()).toEqual(all);
    expect([...again.keys()].sort()).toEqual(all);
    for (const [file, feed] of feeds) {
      const ids = feed.entries.map((e) => e.id);
      expect(new Set(ids).size, file).toBe(ids.length);
      expect(
        ids.every((id) => id.startsWith(siteUrl)),
        file,
      ).toBe(true);
      expect(
        get(again, file).entries.map((e) => e.id),
        file,
      ).toEqual(ids);
    }
  });

  it("should write byte-identical feeds in two builds", () => {
    for (const file of [...articleFeeds, "feeds/issues.xml", ...atomPeople])
      expect(second.read(file), file).toBe(first.read(file));
  });

  it("should date entries at their issue day in the archive's time zone, whatever the machine's zone", () => {
    const atomDates = ["feeds/articles.xml", "feeds/issues.xml", ...atomPeople].flatMap((file) =>
      get(feeds, file).entries.map((e) => e.date),
    );
    // On the issue's day, seconds after midnight so that time-sorting readers keep printed order.
    expect(new Set(atomDates.map((d) => d.replace(/T00:00:\d\d\+08:00$/, "")))).toEqual(
      new Set(["2025-03-17", "2025-03-16", "2025-03-15"]),
    );
    expect(get(feeds, "feeds/articles.json").entries[0]?.date).toMatch(/^2025-03-17T00:00:\d\d\+08:00$/);
    expect(get(feeds, "feeds/articles.rss").entries[0]?.date).toMatch(/^Mon, 17 Mar 2025 00:00:\d\d \+0800$/);
  });

  it("should write only characters XML 1.0 allows, though the config's description holds a control character", () => {
    for (const file of feeds.keys()) expect(first.read(file), file).toMatch(xmlChars);
    expect(first.read("feeds/articles.xml")).toContain("<subtitle>供订阅源测试用的小档案</subtitle>");
    expect(JSON.parse(first.read("feeds/articles.json"))).toMatchObject({
      description: "供订阅源测试用的小档案",
    });
  });

  it("should take the feed's title and language from the archive config", () => {
    for (const file of articleFeeds)
      expect(get(feeds, file), file).toMatchObject({
        title: "聊城新闻档案（订阅源测试） · 最新文章",
        language: "zh-CN",
      });
  });

  it("should carry a headline with < & and quotes through as text, and the full article as HTML", () => {
    for (const file of [...articleFeeds, "people/李四/feed.xml"]) {
      const entry = get(feeds, file).entries[0];
      expect(entry?.title, file).toBe('聊城<高新区>&"双招双引"提速');
      const body = parseHTML(`<html><body>${entry?.content}</body></html>`).document.body;
      expect(body.querySelector("h1")?.textContent, file).toBe('聊城<高新区>&"双招双引"提速');
      expect(body.textContent, file).toContain("本报记者 李四");
      expect(body.textContent, file).toContain("本报聊城讯");
      expect(body.textContent, file).toContain("今年以来，高新区新签约项目十二个，总投资八十亿元。");
    }
  });
});

describe("feed links in the built pages", () => {
  const alternates = (html: string) =>
    [...parseHTML(html).document.querySelectorAll('head link[rel="alternate"]')]
      .map((link) => ({ type: link.getAttribute("type") ?? "", href: link.getAttribute("href") ?? "" }))
      .filter((link) => /atom|rss|feed\+json/.test(link.type));

  it("should announce in the home page's head the four archive feeds, each of which exists", () => {
    const found = alternates(first.read("index.html"));
    expect(found.map((l) => l.type).sort()).toEqual([
      "application/atom+xml",
      "application/atom+xml",
      "application/feed+json",
      "application/rss+xml",
    ]);
    for (const link of found) {
      const file = fileForUrl(new URL(link.href, siteUrl).href, siteUrl);
      expect(file && feeds.has(file), link.href).toBe(true);
    }
  });

  it("should announce on each person's page their own feed, which exists", () => {
    for (const name of ["张三", "王五"]) {
      const page = `people/${name}/index.html`;
      expect(first.exists(page), page).toBe(true);
      const hrefs = alternates(first.read(page)).map((l) => new URL(l.href, siteUrl).href);
      expect(hrefs, page).toContain(`${siteUrl}${encodeURI(`people/${name}/feed.xml`)}`);
    }
  });
});
