import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildFeeds } from "../../src/feeds/build.js";
import type { Feed } from "../../src/feeds/types.js";
import { archive, article, issue, note } from "./model-builders.js";

const titles = (feed: Feed) => feed.entries.map((entry) => entry.title);
const feedAt = (feeds: Feed[], path: string): Feed => {
  const found = feeds.find((feed) => feed.outputPath === path);
  if (!found) throw new Error(`no feed at ${path}`);
  return found;
};

/** Three issues, oldest first; the middle one has a note on page 1 and two pages. */
const threeIssues = () =>
  archive([
    issue("2025-03-15", [[article("十五日一版", { reporters: ["张三"] })]]),
    issue("2025-03-16", [
      [note("编者按"), article("十六日一版", { reporters: ["张三", "李四"], correspondents: ["王五"] })],
      [article("十六日二版", { correspondents: ["张三"] })],
    ]),
    issue("2025-03-17", [[article("十七日一版"), article("十七日一版之二", { reporters: ["李四"] })]]),
  ]);

describe("buildFeeds: latest articles", () => {
  it("should list articles newest issue first, in printed order within an issue, without notes", () => {
    const { atom, rss, json } = buildFeeds(threeIssues());
    const expected = ["十七日一版", "十七日一版之二", "十六日一版", "十六日二版", "十五日一版"];
    expect(titles(feedAt(atom, "/feeds/articles.xml"))).toEqual(expected);
    expect(titles(rss)).toEqual(expected);
    expect(json.items.map((item) => item.title)).toEqual(expected);
  });

  it("should hold only the newest feedLimit articles", () => {
    const { atom, json } = buildFeeds({
      ...threeIssues(),
      config: { ...threeIssues().config, feedLimit: 3 },
    });
    expect(titles(feedAt(atom, "/feeds/articles.xml"))).toEqual([
      "十七日一版",
      "十七日一版之二",
      "十六日一版",
    ]);
    expect(json.items).toHaveLength(3);
  });

  it("should date each entry on its issue day in the archive's time zone, in printed order a second apart", () => {
    const { atom, rss, json } = buildFeeds(threeIssues());
    const latest = feedAt(atom, "/feeds/articles.xml");
    // An issue's last article is at midnight, each one printed before it a second later, so that
    // readers that sort by time (newest first) keep the printed order.
    expect(latest.entries.map((e) => e.published)).toEqual([
      "2025-03-17T00:00:01+08:00",
      "2025-03-17T00:00:00+08:00",
      "2025-03-16T00:00:01+08:00",
      "2025-03-16T00:00:00+08:00",
      "2025-03-15T00:00:00+08:00",
    ]);
    expect(latest.updated).toBe("2025-03-17T00:00:01+08:00");
    expect(rss.entries[1]?.publishedRfc822).toBe("Mon, 17 Mar 2025 00:00:00 +0800");
    expect(rss.entries[0]?.publishedRfc822).toBe("Mon, 17 Mar 2025 00:00:01 +0800");
    expect(json.items[1]?.date_published).toBe("2025-03-17T00:00:00+08:00");
    const times = latest.entries.map((e) => Date.parse(e.published));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("should follow the archive's time zone west of Greenwich too", () => {
    const { atom } = buildFeeds({
      ...threeIssues(),
      config: { ...threeIssues().config, timeZone: "America/New_York" },
    });
    expect(feedAt(atom, "/feeds/articles.xml").entries[1]?.published).toBe("2025-03-17T00:00:00-04:00");
  });

  it("should give every entry its absolute permalink, under base URL and path prefix, as id", () => {
    const latest = feedAt(buildFeeds(threeIssues()).atom, "/feeds/articles.xml");
    expect(latest.entries[0]).toMatchObject({
      id: "https://news.example.org/archive/2025/03/17/1/1/",
      url: "https://news.example.org/archive/2025/03/17/1/1/",
    });
    // The note at 2025/03/16/1/1 keeps its place in the numbering: the article after it is item 2.
    expect(latest.entries[2]?.url).toBe("https://news.example.org/archive/2025/03/16/1/2/");
    expect(new Set(latest.entries.map((entry) => entry.id)).size).toBe(latest.entries.length);
  });

  it("should make the same addresses at the site root when the path prefix is /", () => {
    const { atom, json } = buildFeeds({
      ...threeIssues(),
      config: { ...threeIssues().config, pathPrefix: "/" },
    });
    expect(feedAt(atom, "/feeds/articles.xml").entries[0]?.id).toBe(
      "https://news.example.org/2025/03/17/1/1/",
    );
    expect(json.feed_url).toBe("https://news.example.org/feeds/articles.json");
    expect(json.home_page_url).toBe("https://news.example.org/");
  });

  it("should name reporters as authors and correspondents as contributors", () => {
    const latest = feedAt(buildFeeds(threeIssues()).atom, "/feeds/articles.xml");
    expect(latest.entries[2]).toMatchObject({ authors: ["张三", "李四"], contributors: ["王五"] });
  });

  it("should take title, language, description and author from the archive config", () => {
    const { atom, json } = buildFeeds(threeIssues());
    expect(feedAt(atom, "/feeds/articles.xml")).toMatchObject({
      title: "聊城新闻档案 · 最新文章",
      subtitle: "聊城本地新闻",
      language: "zh-CN",
      author: "聊城日报社",
      selfUrl: "https://news.example.org/archive/feeds/articles.xml",
      homeUrl: "https://news.example.org/archive/",
    });
    expect(json).toMatchObject({
      feed_url: "https://news.example.org/archive/feeds/articles.json",
      authors: [{ name: "聊城日报社" }],
    });
  });

  it("should speak English for an archive in another language", () => {
    const { atom } = buildFeeds({ ...threeIssues(), config: { ...threeIssues().config, language: "en" } });
    expect(feedAt(atom, "/feeds/articles.xml").title).toBe("聊城新闻档案 · Latest articles");
    expect(feedAt(atom, "/feeds/issues.xml").entries[0]?.title).toBe("Monday, March 17, 2025");
  });
});

describe("buildFeeds: latest issues", () => {
  it("should hold one entry per issue, newest first, dated at the issue day", () => {
    const issues = feedAt(buildFeeds(threeIssues()).atom, "/feeds/issues.xml");
    expect(titles(issues)).toEqual(["2025年3月17日 星期一", "2025年3月16日 星期日", "2025年3月15日 星期六"]);
    expect(issues.entries.map((entry) => entry.id)).toEqual([
      "https://news.example.org/archive/2025/03/17/",
      "https://news.example.org/archive/2025/03/16/",
      "https://news.example.org/archive/2025/03/15/",
    ]);
    expect(issues.entries[1]?.published).toBe("2025-03-16T00:00:00+08:00");
  });

  it("should list each page and its articles' headlines, linked, as the entry's content", () => {
    const issues = feedAt(buildFeeds(threeIssues()).atom, "/feeds/issues.xml");
    const { document } = parseHTML(`<html><body>${issues.entries[1]?.contentHtml}</body></html>`);
    const links = [...document.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["第1版", "https://news.example.org/archive/2025/03/16/1/"],
      ["十六日一版", "https://news.example.org/archive/2025/03/16/1/2/"],
      ["第2版", "https://news.example.org/archive/2025/03/16/2/"],
      ["十六日二版", "https://news.example.org/archive/2025/03/16/2/1/"],
    ]);
  });

  it("should name the edition and issue number after the date", () => {
    const feeds = buildFeeds(archive([issue("2025-03-17", [[]], { edition: "evening", number: 1234 })]));
    expect(feedAt(feeds.atom, "/feeds/issues.xml").entries[0]?.title).toBe(
      "2025年3月17日 星期一 · evening · 第1234期",
    );
    expect(feedAt(feeds.atom, "/feeds/issues.xml").entries[0]?.url).toBe(
      "https://news.example.org/archive/2025/03/17/evening/",
    );
  });
});

describe("buildFeeds: one feed per person", () => {
  it("should give each reporter and correspondent their articles, newest first, beside their page", () => {
    const { atom } = buildFeeds(threeIssues());
    const zhang = feedAt(atom, "/people/张三/feed.xml");
    expect(titles(zhang)).toEqual(["十六日一版", "十六日二版", "十五日一版"]);
    expect(zhang).toMatchObject({
      title: "聊城新闻档案 · 张三",
      selfUrl: "https://news.example.org/archive/people/%E5%BC%A0%E4%B8%89/feed.xml",
      homeUrl: "https://news.example.org/archive/people/%E5%BC%A0%E4%B8%89/",
    });
    expect(titles(feedAt(atom, "/people/王五/feed.xml"))).toEqual(["十六日一版"]);
    expect(titles(feedAt(atom, "/people/李四/feed.xml"))).toEqual(["十七日一版之二", "十六日一版"]);
  });

  it("should cap each person's feed at feedLimit", () => {
    const many = archive(
      ["2025-03-14", "2025-03-15", "2025-03-16", "2025-03-17"].map((date) =>
        issue(date, [[article(`${date}稿`, { reporters: ["张三"] })]]),
      ),
      { feedLimit: 2 },
    );
    expect(titles(feedAt(buildFeeds(many).atom, "/people/张三/feed.xml"))).toEqual([
      "2025-03-17稿",
      "2025-03-16稿",
    ]);
  });

  it("should list an article once in a person's feed when they are both its reporter and correspondent", () => {
    const twice = archive([
      issue("2025-03-17", [[article("稿", { reporters: ["张三"], correspondents: ["张三"] })]]),
    ]);
    expect(titles(feedAt(buildFeeds(twice).atom, "/people/张三/feed.xml"))).toEqual(["稿"]);
  });

  it("should still write a feed, empty and dated at the newest issue, for someone who signed only notes", () => {
    const feeds = buildFeeds(archive([issue("2025-03-17", [[note("启事", { reporters: ["赵六"] })]])]));
    const zhao = feedAt(feeds.atom, "/people/赵六/feed.xml");
    expect(zhao.entries).toEqual([]);
    expect(zhao.updated).toBe("2025-03-17T00:00:00+08:00");
  });
});

describe("buildFeeds: stability", () => {
  it("should shape identical feeds from the same archive twice", () => {
    expect(JSON.stringify(buildFeeds(threeIssues()))).toBe(JSON.stringify(buildFeeds(threeIssues())));
  });

  it("should keep an article's id when a later issue is added", () => {
    const before = feedAt(buildFeeds(threeIssues()).atom, "/feeds/articles.xml").entries;
    const grown = threeIssues();
    grown.issues.push(issue("2025-03-18", [[article("十八日一版")]]));
    const after = feedAt(buildFeeds(grown).atom, "/feeds/articles.xml").entries;
    for (const entry of before) expect(after.find((e) => e.title === entry.title)?.id).toBe(entry.id);
  });
});
