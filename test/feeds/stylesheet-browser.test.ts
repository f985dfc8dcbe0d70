/**
 * The feeds as a person meets them: opened in a browser (headless Chromium), the Atom and RSS feeds
 * show as a page in the archive's language that says what a feed is and lists the entries'
 * headlines, through the XSLT stylesheet their processing instruction names. Feed readers get the
 * same XML as before (feeds-site.test.ts parses it).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, noBrowser } from "../support/browser.js";
import { launchChromium } from "../../bench/chromium.js";
import { serveStatic, type StaticServer } from "../../bench/static-server.js";
import { buildSite, type BuiltSite } from "../support/build.js";

const fixture = resolve(import.meta.dirname, "../fixtures/feeds/archive");
const prefix = "/archive/";

let site: BuiltSite;
let served: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (noBrowser) return;
  site = await buildSite(fixture, { prefix });
  served = await serveStatic(site.dir, { prefix });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  site?.remove();
});

/** Served as XML (GitHub Pages serves `.xml` as application/xml), so a browser applies the stylesheet. */
const FEEDS = ["feeds/articles.xml", "feeds/issues.xml"];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

/** The entries' titles as a feed reader reads them. */
function entryTitles(file: string): string[] {
  const doc = parser.parse(site.read(file)) as {
    feed?: { entry: { title: string }[] | { title: string } };
    rss?: { channel: { item: { title: string }[] } };
  };
  const entries = doc.feed ? doc.feed.entry : (doc.rss?.channel.item ?? []);
  return (Array.isArray(entries) ? entries : [entries]).map((e) => e.title);
}

describeInBrowser("the feeds' stylesheet", () => {
  it("should be named by every Atom and RSS feed, under the path prefix, and be well-formed XSLT", () => {
    const atomFeeds = site
      .files()
      .filter((f) => f.endsWith(".xml") && (f.startsWith("feeds/") || f.endsWith("/feed.xml")));
    expect(atomFeeds.length).toBeGreaterThan(2);
    for (const file of [...atomFeeds, "feeds/articles.rss"])
      expect(site.read(file).split("\n")[1], file).toBe(
        '<?xml-stylesheet type="text/xsl" href="/archive/feeds/feed.xsl"?>',
      );
    const xsl = site.read("feeds/feed.xsl");
    expect(XMLValidator.validate(xsl)).toBe(true);
    expect(xsl).toContain('<html lang="zh-CN">');
  });

  for (const file of FEEDS)
    it(`should show ${file} in a browser as a page with the entries' headlines, in the archive's language`, async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(new URL(file, served.root).href);
        await tab.waitForSelector("h1");
        expect(await tab.locator("h1").textContent()).toMatch(/^聊城新闻档案（订阅源测试） · /);
        expect(await tab.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
        expect(await tab.locator("main p").first().textContent()).toContain("这是一个订阅源");
        const headlines = await tab.locator(".feed-entries a.headline").allTextContents();
        expect(headlines).toEqual(entryTitles(file));
        expect(headlines.length).toBeGreaterThan(0);
        // The entries link to their pages, and the feed's own address is there to copy.
        const firstHref = await tab.locator(".feed-entries a.headline").first().getAttribute("href");
        expect(firstHref).toMatch(/^https:\/\/news\.example\.org\/archive\/\d{4}\/\d{2}\/\d{2}\//);
        expect(await tab.locator("code.feed-url").textContent()).toBe(
          `https://news.example.org${prefix}${file}`,
        );
      } finally {
        await tab.close();
      }
    });

  it("should show the RSS feed as the same page when a browser applies it", async () => {
    // Hosts serve `.rss` as application/rss+xml, which Chromium does not render as XML at all, so
    // the stylesheet's RSS part is applied here the way the browser applies it, by its XSLT engine.
    const tab = await browser.newPage();
    try {
      await tab.goto(new URL("feeds/articles.xml", served.root).href);
      const page = await tab.evaluate(
        async ([rssUrl, xslUrl]) => {
          const parse = async (url: string) =>
            new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
          const processor = new XSLTProcessor();
          processor.importStylesheet(await parse(xslUrl));
          const out = processor.transformToDocument(await parse(rssUrl));
          return {
            h1: out.querySelector("h1")?.textContent ?? "",
            headlines: [...out.querySelectorAll(".feed-entries a.headline")].map((a) => a.textContent ?? ""),
          };
        },
        [new URL("feeds/articles.rss", served.root).href, new URL("feeds/feed.xsl", served.root).href],
      );
      expect(page.h1).toMatch(/^聊城新闻档案（订阅源测试） · /);
      expect(page.headlines).toEqual(entryTitles("feeds/articles.rss"));
      expect(page.headlines.length).toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  });
});
