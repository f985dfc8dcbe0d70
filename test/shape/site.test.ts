import { describe, expect, it } from "vitest";
import type { Archive, Issue } from "../../src/model.js";
import type { Item } from "../../src/read/types.js";
import { shapeContext } from "../../src/shape/context.js";
import { shapeSite } from "../../src/shape/site.js";
import { absoluteUrl, href } from "../../src/shape/urls.js";
import { goldItems } from "../support/corpus.js";
import { testConfig } from "../support/model.js";

const gold = { items: goldItems() };

const config = testConfig();

const issue = (date: string, items: Item[]): Issue => ({
  date,
  edition: null,
  number: null,
  dir: `issues/${date}`,
  pages: [
    {
      number: 1,
      name: "要闻",
      file: `issues/${date}/01.txt`,
      text: "",
      reading: { headlinePosition: "after-body", items, warnings: [] },
    },
  ],
});

const archive = (): Archive => ({
  config,
  issues: [issue("2025-03-17", gold.items), issue("2025-03-18", gold.items.slice(2, 4))],
});

describe("shapeSite", () => {
  const site = shapeSite(archive());

  it("should list people in the language's order, each with their articles newest first", () => {
    const names = site.peopleIndex[0]?.entries.map((e) => e.link.text) ?? [];
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-CN").compare));
    expect(names).toContain("刘淑娟");
    const xue = site.people.find((p) => p.heading === "薛良诚");
    expect(xue?.items.map((i) => i.where.split(" ")[0])).toEqual([
      ...Array(2).fill("2025年3月18日"),
      ...Array(4).fill("2025年3月17日"),
    ]);
    expect(xue?.summary).toBe("记者 · 6篇");
  });

  it("should prefix and encode every link, and chain articles across issues", () => {
    const lastOfFirst = site.items[gold.items.length - 1];
    expect(lastOfFirst?.next?.href).toBe("/archive/2025/03/18/1/1/");
    expect(site.items[0]?.previous).toBeNull();
    expect(site.items[2]?.byline?.find((r) => r.href)?.href).toBe(
      "/archive/people/%E8%96%9B%E8%89%AF%E8%AF%9A/",
    );
    expect(site.items[0]?.permalink).toBe("/2025/03/17/1/1/index.html");
    expect(site.chrome.nav[0]?.href).toBe("/archive/#years");
  });

  it("should give the sitemap every archive page but not the 404 or search pages", () => {
    const urls = site.sitemaps.flatMap((f) => f.urls.map((u) => u.loc));
    expect(urls).toContain("https://example.org/archive/2025/03/18/1/2/");
    expect(urls).toContain("https://example.org/archive/people/%E8%96%9B%E8%89%AF%E8%AF%9A/");
    expect(urls.some((u) => u.includes("404") || u.includes("/search/"))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
    expect(site.robots.sitemap).toBe("https://example.org/archive/sitemap.xml");
  });

  it("should date each sitemap URL by the newest issue its page shows", () => {
    const lastmod = new Map(site.sitemaps.flatMap((f) => f.urls.map((u) => [u.loc, u.lastmod])));
    expect(lastmod.get("https://example.org/archive/2025/03/17/1/2/")).toBe("2025-03-17");
    expect(lastmod.get("https://example.org/archive/2025/03/17/")).toBe("2025-03-17");
    expect(lastmod.get("https://example.org/archive/")).toBe("2025-03-18");
    expect(lastmod.get("https://example.org/archive/2025/")).toBe("2025-03-18");
    // 薛良诚 signed articles in both issues; 孙亚飞 only in the first.
    expect(lastmod.get("https://example.org/archive/people/%E8%96%9B%E8%89%AF%E8%AF%9A/")).toBe("2025-03-18");
    expect([...lastmod.values()].every((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it("should describe issues as PublicationIssue and items as NewsArticle", () => {
    const issueLd = JSON.parse(site.issues[0]?.head.jsonLd ?? "{}") as Record<string, unknown>;
    expect(issueLd["@type"]).toBe("PublicationIssue");
    expect(issueLd.datePublished).toBe("2025-03-17");
    const itemLd = JSON.parse(site.items[2]?.head.jsonLd ?? "{}") as {
      author: { name: string }[];
      datePublished: string;
    };
    expect(itemLd.author.map((a) => a.name)).toEqual(["薛良诚", "刘淑娟", "罗珂"]);
    expect(itemLd.datePublished).toBe("2025-03-17T00:00:00+08:00");
  });
});

describe("links made by the shape context", () => {
  it("should equal href() and absoluteUrl() for plain and named paths alike", () => {
    for (const prefix of ["/", "/archive/"]) {
      const c = { ...config, pathPrefix: prefix };
      const ctx = shapeContext(c);
      for (const path of ["/", "/2025/03/17/5/3/", "/people/薛良诚/", "/places/a b/", "/assets/site.css"]) {
        expect(ctx.href(path)).toBe(href(c, path));
        expect(ctx.absolute(path)).toBe(absoluteUrl(c, path));
      }
    }
  });
});

describe("editions", () => {
  it("should name an edition's issue by its printed label and give it its own path", () => {
    const evening: Issue = {
      ...issue("2025-03-17", gold.items.slice(0, 1)),
      edition: "evening",
      editionLabel: "晚报",
    };
    const site = shapeSite({ config, issues: [issue("2025-03-17", gold.items.slice(1, 2)), evening] });
    expect(site.issues.map((i) => [i.heading, i.permalink])).toEqual([
      ["2025年3月17日 星期一", "/2025/03/17/index.html"],
      ["2025年3月17日 星期一 晚报", "/2025/03/17/evening/index.html"],
    ]);
    expect(site.items[1]?.issue.text).toBe("2025年3月17日 星期一 晚报");
    // The calendar links the day to the main edition, which links on to the other.
    const march = site.years[0]?.months.find((m) => m.caption === "2025年3月");
    expect(march?.weeks.flat().filter((d) => d?.href)).toEqual([{ day: 17, href: "/archive/2025/03/17/" }]);
    expect(site.issues[0]?.next?.href).toBe("/archive/2025/03/17/evening/");
  });
});
