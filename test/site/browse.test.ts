/** Browsing a built archive by date: home → years → issues → pages → articles. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlFiles, page, preText, sitePath, text, buildFixture } from "./build.js";
import type { BuiltSite } from "../support/build.js";
import { browseArchive, goldItem } from "./fixture.js";
import { crawl, ITEM_PAGE } from "./links.js";
import { SAMPLE_PAGE } from "../support/corpus.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixture(browseArchive());
});
afterAll(() => site?.remove());

describe("browsing by date", () => {
  it("should reach every article page from the home page by following links", () => {
    const reached = crawl(site);
    const itemPages = htmlFiles(site.dir).filter((f) => ITEM_PAGE.test(f));
    expect(itemPages.length).toBeGreaterThan(0);
    expect(itemPages.filter((f) => !reached.has(f))).toEqual([]);
  });

  it("should give every article of the sample page its own page", () => {
    const headlines = [...crawl(site)]
      .filter((f) => f.startsWith("/2025/03/17/5/") && ITEM_PAGE.test(f))
      .map((f) => text(page(site, f).querySelector("main h1")));
    for (let i = 0; i < 11; i++) {
      const headline = goldItem(i).headline;
      if (headline) expect(headlines).toContain(headline);
    }
  });

  it("should show the latest issue's headlines and the years on the home page", () => {
    const home = page(site, "/");
    expect(text(home.querySelector("h1"))).toBe("聊城新闻档案");
    const latest = home.querySelector(".latest");
    expect(text(latest?.querySelector("h2"))).toContain("2025年4月2日 星期三");
    expect([...(latest?.querySelectorAll(".headline") ?? [])].map(text)).toEqual([
      goldItem(4).headline,
      goldItem(7).headline,
    ]);
    expect([...home.querySelectorAll("#years a")].map(text)).toEqual(["2025年", "2024年"]);
    const form = home.querySelector('form[role="search"]');
    expect(form?.getAttribute("action")).toBe("/search/");
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
  });

  it("should mark exactly the issue days in the year's calendars", () => {
    const linkedDays = (year: string): string[] =>
      [...page(site, `/${year}/`).querySelectorAll("table")].flatMap((table) =>
        [...table.querySelectorAll("td a")].map((a) => `${text(table.querySelector("caption"))} ${text(a)}`),
      );
    expect(linkedDays("2025")).toEqual(["2025年3月 17", "2025年3月 18", "2025年4月 2"]);
    expect(linkedDays("2024")).toEqual(["2024年12月 31"]);

    const year = page(site, "/2025/");
    const tables = [...year.querySelectorAll("table")];
    // Only the months with issues are drawn; the others are named in one line.
    expect(tables.map((t) => text(t.querySelector("caption")))).toEqual(["2025年3月", "2025年4月"]);
    expect(text(year.querySelector(".months-without"))).toBe(
      "无报纸的月份：1月、2月、5月、6月、7月、8月、9月、10月、11月、12月",
    );
    for (const table of tables) {
      expect(table.querySelector("caption")).not.toBeNull();
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(7);
    }
    const march17 = [...year.querySelectorAll("td a")].find((a) => text(a) === "17");
    expect(sitePath(site, march17?.getAttribute("href") ?? "")).toBe("/2025/03/17/");
  });

  it("should list an issue's pages and, under each, its articles, with the neighbouring issues", () => {
    const issue = page(site, "/2025/03/17/");
    expect(text(issue.querySelector("main h1"))).toBe("2025年3月17日 星期一");
    expect(text(issue.querySelector("main .number"))).toBe("第8112期");
    expect(text(issue.querySelector("main h2"))).toBe("版面目录");
    const section = issue.querySelector("section.page");
    expect(text(section?.querySelector("h3"))).toBe("第5版 聊城新闻");
    const second = [...(section?.querySelectorAll("article") ?? [])].find(
      (a) => text(a.querySelector(".headline")) === goldItem(1).headline,
    );
    expect(text(second?.querySelector(".kicker"))).toBe(goldItem(1).kicker);
    expect(text(second?.querySelector(".byline"))).toBe(goldItem(1).byline);
    expect(text(second?.querySelector(".first"))).toMatch(/^.+[。！？]/u);
    expect(goldItem(1).blocks[0]?.text.startsWith(text(second?.querySelector(".first")))).toBe(true);

    const prev = issue.querySelector('a[rel="prev"]');
    const next = issue.querySelector('a[rel="next"]');
    expect(sitePath(site, prev?.getAttribute("href") ?? "")).toBe("/2024/12/31/");
    expect(sitePath(site, next?.getAttribute("href") ?? "")).toBe("/2025/03/18/");
  });

  it("should show a page's original text exactly as in the file, line breaks included", () => {
    const view = page(site, "/2025/03/17/5/");
    expect(preText(view.querySelector("main pre"))).toBe(SAMPLE_PAGE);
    expect(view.querySelectorAll("main ol.items > li").length).toBeGreaterThanOrEqual(11);
  });

  it("should show an article with where it stands, its neighbours and ready-made citations", () => {
    const first = page(site, "/2025/03/17/5/1/");
    const article = first.querySelector("main article");
    expect(text(article?.querySelector("h1"))).toBe(goldItem(0).headline);
    expect(text(article?.querySelector(".byline"))).toBe(goldItem(0).byline);
    expect([...(article?.querySelectorAll("h2") ?? [])].map(text)).toEqual(
      goldItem(0)
        .blocks.filter((b) => b.type === "subhead")
        .map((b) => b.text),
    );
    const where = [...(article?.querySelectorAll("header .source a") ?? [])].map((a) =>
      sitePath(site, a.getAttribute("href") ?? ""),
    );
    expect(where).toEqual(["/2025/03/17/", "/2025/03/17/5/"]);
    expect(sitePath(site, first.querySelector('a[rel="next"]')?.getAttribute("href") ?? "")).toBe(
      "/2025/03/17/5/2/",
    );
    expect(sitePath(site, first.querySelector('a[rel="prev"]')?.getAttribute("href") ?? "")).toBe(
      "/2024/12/31/1/1/",
    );

    const cite = text(first.querySelector(".cite"));
    expect(cite).toContain(
      "胡磊, 薛良诚. 推介会上，市长讲了5个“小故事”[N/OL]. 聊城新闻档案, 2025-03-17(5)[引用日期]. https://example.org/2025/03/17/5/1/.",
    );
    expect(cite).toContain(
      "胡磊、薛良诚：《推介会上，市长讲了5个“小故事”》，《聊城新闻档案》2025年3月17日第5版。",
    );
    expect(first.querySelector(".cite a")?.getAttribute("href")).toBe("https://example.org/2025/03/17/5/1/");
  });

  it("should link a dateline's place to its page", () => {
    const doc = page(site, "/2025/03/18/2/1/");
    const place = doc.querySelector("main .dateline a");
    expect(text(place)).toBe("临清");
    expect(sitePath(site, place?.getAttribute("href") ?? "")).toBe("/places/临清/");
    const placePage = page(site, "/places/临清/");
    expect([...placePage.querySelectorAll("main .headline")].map(text)).toEqual([
      goldItem(6).headline,
      goldItem(6).headline,
    ]);
    expect([...placePage.querySelectorAll("main .where")].map(text)[0]).toContain("2025年3月18日");
  });

  it("should keep every article page under 20 KB of HTML and CSS, loading only the small citation script", () => {
    const itemPages = htmlFiles(site.dir).filter((f) => ITEM_PAGE.test(f));
    for (const file of itemPages) {
      const doc = page(site, file);
      const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map(
        (l) => statSync(join(site.dir, sitePath(site, l.getAttribute("href") ?? "") ?? "")).size,
      );
      expect(css).toHaveLength(1);
      const bytes = statSync(join(site.dir, decodeURIComponent(file))).size + (css[0] ?? 0);
      expect(bytes, file).toBeLessThan(20 * 1024);
      // JSON-LD is data for search engines, not a script the browser runs; the one script, deferred,
      // fills in the reader's access date and the copy buttons (the page reads the same without it).
      const scripts = [...doc.querySelectorAll("script")];
      expect(
        scripts.map((el) => el.getAttribute("type") ?? el.getAttribute("src")),
        file,
      ).toEqual(["/assets/cite.js", "application/ld+json"]);
      expect(scripts[0]?.hasAttribute("defer"), file).toBe(true);
      expect(statSync(join(site.dir, "assets/cite.js")).size).toBeLessThan(2 * 1024);
      expect(doc.querySelectorAll("iframe, [onload], [onclick]"), file).toHaveLength(0);
      expect(readFileSync(join(site.dir, decodeURIComponent(file)), "utf8")).not.toMatch(/javascript:/i);
    }
  });
});
