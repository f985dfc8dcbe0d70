/** A built archive with prints: what the page view, the issue page and the article page show of them. */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../support/build.js";
import { page, sitePath, text, writeArchive } from "../site/build.js";
import { goldItem } from "../site/fixture.js";
import { printsArchive, PRINTS_ISSUE } from "./fixture.js";

let root: string;
let site: BuiltSite;

beforeAll(async () => {
  root = writeArchive(await printsArchive());
  site = await buildSite(root, { prefix: "/archive/" });
});
afterAll(() => {
  site?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The site file a link in a page points to, which must exist. */
const target = (href: string | null | undefined): string => {
  const path = sitePath(site, href ?? "");
  expect(path, href ?? "").not.toBeNull();
  expect(site.exists(path!), path!).toBe(true);
  return path!;
};

describe("the page view of a page with a scan", () => {
  it("should show the scan, in AVIF, WebP and JPEG, linked to the full image, beside the text", () => {
    const view = page(site, `${PRINTS_ISSUE}1/`);
    const print = view.querySelector(".with-print .print");
    const img = print?.querySelector("picture img");
    expect(img?.getAttribute("alt")).toBe("第1版 要闻版面图像");
    target(img?.getAttribute("src"));
    expect(Number(img?.getAttribute("width"))).toBeGreaterThan(0);
    const sources = [...(print?.querySelectorAll("source") ?? [])];
    expect(sources.map((s) => s.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
    for (const source of sources)
      for (const candidate of source.getAttribute("srcset")!.split(", ")) target(candidate.split(" ")[0]);
    const full = print?.querySelector("a.scan")?.getAttribute("href");
    expect(target(full)).toMatch(/^\/prints\/.+\.jpeg$/);
    expect(view.querySelector(".with-print .text pre")).not.toBeNull();
  });

  it("should put the issue's pages and the previous/next page before the text, and name no file", () => {
    const view = page(site, `${PRINTS_ISSUE}2/`);
    const main = view.querySelector("main")!;
    const list = main.querySelector("nav.page-list");
    expect([...(list?.querySelectorAll("a") ?? [])].map(text)).toEqual([
      "第1版 要闻",
      "第2版",
      "第3版",
      "第4版 广告",
    ]);
    expect(text(list?.querySelector('[aria-current="page"]'))).toBe("第2版");
    const pager = main.querySelector("nav.pager");
    expect(text(pager?.querySelector('a[rel="prev"]'))).toContain("第1版 要闻");
    // Both come before the page's text in the document.
    const order = [...main.querySelectorAll("nav.page-list, nav.pager, pre")].map((e) => e.tagName);
    expect(order).toEqual(["NAV", "NAV", "PRE"]);
    expect(main.innerHTML).not.toMatch(/issues\/|\.txt/);
  });

  it("should link a page's PDF with its size, and show its first page drawn as a picture", () => {
    const view = page(site, `${PRINTS_ISSUE}2/`);
    const pdf = view.querySelector('.print a[type="application/pdf"]');
    expect(text(pdf)).toMatch(/^本版PDF（\d+ KB）$/);
    expect(target(pdf?.getAttribute("href"))).toBe("/2025/03/17/2/2025-03-17-2.pdf");
    const img = view.querySelector(".print picture img");
    expect(img?.getAttribute("alt")).toBe("第2版版面图像");
    target(img?.getAttribute("src"));
  });

  it("should show a text-only page without a print column", () => {
    const view = page(site, `${PRINTS_ISSUE}3/`);
    expect(view.querySelector(".print")).toBeNull();
    expect(view.querySelector(".page-view.with-print")).toBeNull();
    expect(view.querySelector("pre")).not.toBeNull();
  });

  it("should show a print-only page's scan (from a TIFF) and say it has no text", () => {
    const view = page(site, `${PRINTS_ISSUE}4/`);
    target(view.querySelector(".print img")?.getAttribute("src"));
    expect(text(view.querySelector(".print-only"))).toBe("本版只有版面图像，没有文字，无法检索。");
    expect(view.querySelector("pre")).toBeNull();
  });
});

describe("the issue page", () => {
  it("should list every page first, with its thumbnail or its name, and its headlines", () => {
    const issue = page(site, PRINTS_ISSUE);
    const sections = [...issue.querySelectorAll("main section.page")];
    expect(sections.map((s) => text(s.querySelector("h3")))).toEqual([
      "第1版 要闻",
      "第2版",
      "第3版",
      "第4版 广告",
    ]);
    const thumbs = sections.map((s) => s.querySelector(".thumb img"));
    // Page 2 has a PDF only: its thumbnail is drawn from the PDF; page 3 has no print, its number stands.
    expect(thumbs.map((img) => img !== null)).toEqual([true, true, false, true]);
    expect(text(sections[2]!.querySelector(".thumb.none"))).toBe("3");
    for (const img of thumbs.filter((i) => i !== null)) {
      expect(img!.getAttribute("loading")).toBe("lazy");
      target(img!.getAttribute("src"));
    }
    expect([...sections[0]!.querySelectorAll(".headline")].map(text)).toEqual([
      goldItem(2).headline,
      goldItem(3).headline,
    ]);
  });

  it("should put previous/next issue at the top, link the issue's PDF, and the same day in other years", () => {
    const issue = page(site, PRINTS_ISSUE);
    const main = issue.querySelector("main")!;
    const first = main.querySelector("nav.pager, section.page");
    expect(first?.tagName).toBe("NAV");
    expect(sitePath(site, first?.querySelector('a[rel="next"]')?.getAttribute("href") ?? "")).toBe(
      "/2025/03/18/",
    );
    const pdf = main.querySelector(".issue-pdf a");
    expect(text(pdf)).toMatch(/^整期PDF（\d+ KB）$/);
    expect(target(pdf?.getAttribute("href"))).toBe("/2025/03/17/2025-03-17.pdf");
    const sameDay = main.querySelector(".same-day");
    expect(text(sameDay?.querySelector("h2"))).toBe("历史上的今天");
    expect(
      [...(sameDay?.querySelectorAll("a") ?? [])].map((a) => sitePath(site, a.getAttribute("href")!)),
    ).toEqual(["/2024/03/17/"]);
    expect(page(site, "/2025/03/18/").querySelector(".same-day")).toBeNull();
  });
});

describe("the article page", () => {
  it("should name the paper, link the date to the issue and the page to the page view, above the headline", () => {
    const article = page(site, `${PRINTS_ISSUE}1/1/`).querySelector("main article")!;
    const source = article.querySelector("header .source");
    expect(text(source)).toBe("聊城新闻档案 · 2025年3月17日 星期一 · 第1版 要闻 · 第1篇");
    const links = [...(source?.querySelectorAll("a") ?? [])];
    expect(links.map((a) => sitePath(site, a.getAttribute("href")!))).toEqual([
      "/2025/03/17/1/",
      "/2025/03/17/",
      "/2025/03/17/1/",
    ]);
    const thumb = source?.querySelector(".thumb img");
    expect(thumb?.getAttribute("loading")).toBe("lazy");
    target(thumb?.getAttribute("src"));
    // The source line comes before the headline.
    expect(article.querySelector("header")?.firstElementChild).toBe(source);
  });

  it("should stay under 20 KB of HTML and CSS with its thumbnail, loaded lazily, and add no script", () => {
    const file = `${PRINTS_ISSUE}1/1/index.html`;
    const bytes = statSync(join(site.dir, file)).size + statSync(join(site.dir, "assets/site.css")).size;
    expect(bytes).toBeLessThan(20 * 1024);
    const doc = page(site, file);
    expect(doc.querySelector("header .source img")?.getAttribute("loading")).toBe("lazy");
    // JSON-LD and the citation's small script (test/site/browse.test.ts), nothing for the print.
    expect([...doc.querySelectorAll("script")].map((s) => s.getAttribute("type") ?? "script")).toEqual([
      "script",
      "application/ld+json",
    ]);
  });

  it("should show no thumbnail for an article on a page without a scan", () => {
    const source = page(site, `${PRINTS_ISSUE}3/1/`).querySelector("main article header .source");
    expect(text(source)).toBe("聊城新闻档案 · 2025年3月17日 星期一 · 第3版 · 第1篇");
    expect(source?.querySelector("img")).toBeNull();
  });
});

describe("encoded scans between builds", () => {
  it("should keep them in the archive's .cache/prints and not encode them again on the next build", async () => {
    const cache = join(root, ".cache/prints");
    const stamps = (): Record<string, number> =>
      Object.fromEntries(readdirSync(cache).map((f) => [f, statSync(join(cache, f)).mtimeMs]));
    const before = stamps();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const again = await buildSite(root, { prefix: "/archive/" });
    try {
      expect(stamps()).toEqual(before);
      expect(again.files().filter((f) => f.startsWith("prints/"))).toEqual(
        site.files().filter((f) => f.startsWith("prints/")),
      );
    } finally {
      again.remove();
    }
  });
});
