/** Text from the page files is shown as text, and bylines lead to the people who wrote. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlFiles, page, preText, sitePath, text, buildFixture } from "./build.js";
import type { BuiltSite } from "../support/build.js";
import { edgeArchive, HOSTILE } from "./fixture.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixture(edgeArchive());
});
afterAll(() => site?.remove());

/** The item pages under a printed page's path, in order. */
const itemPagesOf = (pagePath: string): string[] =>
  htmlFiles(site.dir)
    .filter((f) => f.startsWith(pagePath) && /\/\d+\/index\.html$/.test(f.slice(pagePath.length - 1)))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

describe("text from the page files", () => {
  it("should never become markup on any page: the text is in no script but as JSON data", () => {
    for (const file of htmlFiles(site.dir)) {
      expect(readFileSync(join(site.dir, file), "utf8"), file).not.toContain("<script>alert(1)");
      for (const script of page(site, file).querySelectorAll("script")) {
        if (!script.textContent?.includes("alert(1)")) continue;
        expect(script.getAttribute("type"), file).toMatch(/^application\/(ld\+)?json$/);
        expect(() => JSON.parse(script.textContent ?? ""), file).not.toThrow();
      }
    }
  });

  it("should show markup and entities literally on the page view, the issue page and the articles", () => {
    const view = page(site, "/2025/03/17/1/");
    const original = preText(view.querySelector("main pre"));
    expect(original).toBe(edgeArchive().issues["2025-03-17"]?.["01.txt"]);

    const issue = text(page(site, "/2025/03/17/").querySelector("main"));
    // However the parser splits the page, its items together show all of its text.
    const articles = itemPagesOf("/2025/03/17/1/").map((p) =>
      text(page(site, p).querySelector("main article")),
    );
    expect(articles.length).toBeGreaterThan(0);
    for (const s of HOSTILE) {
      expect(original).toContain(s);
      expect(issue).toContain(s);
      expect(articles.join("\n")).toContain(s);
    }
    const first = page(site, itemPagesOf("/2025/03/17/1/")[0] ?? "");
    // The page's first item is a note: its title is a label, its first sentence the description.
    expect(first.querySelector('meta[name="description"]')?.getAttribute("content")).toContain("<script>");
    expect(first.querySelector('meta[property="og:description"]')?.getAttribute("content")).toContain(
      "<script>",
    );
  });

  it("should keep markup as data inside JSON-LD", () => {
    const found = itemPagesOf("/2025/03/17/1/").map((p) => {
      const json = page(site, p).querySelector('script[type="application/ld+json"]')?.textContent ?? "";
      expect(json).not.toContain("</script");
      const data = JSON.parse(json) as { "@type": string; headline: string; description?: string };
      expect(data["@type"]).toBe("NewsArticle");
      return `${data.headline} ${data.description ?? ""}`;
    });
    expect(found.join(" ")).toContain(HOSTILE[0]);
  });
});

describe("bylines", () => {
  it("should link each reporter and correspondent to their page, which lists the article", () => {
    const article = page(site, "/2025/03/17/2/1/");
    expect(text(article.querySelector("main h1"))).toBe("两行标题");
    const byline = article.querySelector("main .byline");
    expect(text(byline)).toBe("本报记者 张三 通讯员 李四");
    const links = [...(byline?.querySelectorAll("a") ?? [])].map((a) => [
      text(a),
      sitePath(site, a.getAttribute("href") ?? ""),
    ]);
    expect(links).toEqual([
      ["张三", "/people/张三/"],
      ["李四", "/people/李四/"],
    ]);

    const person = page(site, "/people/张三/");
    expect(text(person.querySelector("main h1"))).toBe("张三");
    const listed = [...person.querySelectorAll("main .headline a")].map((a) =>
      sitePath(site, a.getAttribute("href") ?? ""),
    );
    expect(listed).toContain("/2025/03/17/2/1/");
    for (const path of listed)
      expect(text(page(site, path ?? "").querySelector("main .byline"))).toContain("张三");
  });

  it("should announce a person's feed in the head and show it on their page", () => {
    const person = page(site, "/people/李四/");
    const feed = "/people/李四/feed.xml";
    const alternates = [...person.querySelectorAll('link[rel="alternate"]')].map((l) =>
      sitePath(site, l.getAttribute("href") ?? ""),
    );
    expect(alternates).toContain(feed);
    expect(sitePath(site, person.querySelector("main .feed a")?.getAttribute("href") ?? "")).toBe(feed);
  });

  it("should list everyone named in a byline on the people index", () => {
    const index = page(site, "/people/");
    expect([...index.querySelectorAll("main li a")].map(text).sort()).toEqual(["张三", "李四"].sort());
  });
});
