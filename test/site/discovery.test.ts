/**
 * How browsers and crawlers find the archive, on a build under a path prefix: the OpenSearch
 * description and the `<link rel="search">` that names it, the favicon, and the sitemap's dates.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../support/build.js";
import { BASE_URL, buildFixture, htmlFiles, page, sitePath } from "./build.js";
import { browseArchive } from "./fixture.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixture(browseArchive(), { prefix: "/archive/" });
});
afterAll(() => site?.remove());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });
const xml = (file: string): Record<string, unknown> => {
  const body = site.read(file);
  expect(XMLValidator.validate(body), file).toBe(true);
  return parser.parse(body) as Record<string, unknown>;
};

describe("discovery", () => {
  it("should describe the archive's search for browsers (OpenSearch), linked from every page", () => {
    const pages = htmlFiles(site.dir).filter((f) => !f.startsWith("/pagefind"));
    for (const file of pages) {
      const link = page(site, file).querySelector('link[rel="search"]');
      expect(link?.getAttribute("type"), file).toBe("application/opensearchdescription+xml");
      expect(sitePath(site, link?.getAttribute("href") ?? ""), file).toBe("/opensearch.xml");
    }
    const { OpenSearchDescription: d } = xml("opensearch.xml") as {
      OpenSearchDescription: { ShortName: string; Url: { "@type": string; "@template": string }[] };
    };
    expect(d.ShortName).toBe("聊城新闻档案");
    expect(Array.from(d.ShortName).length).toBeLessThanOrEqual(16);
    const html = d.Url.find((u) => u["@type"] === "text/html");
    expect(html?.["@template"]).toBe(`${BASE_URL}/archive/search/?q={searchTerms}`);
  });

  it("should give every page the favicon, an SVG the site serves", () => {
    const href = page(site, "/").querySelector('link[rel="icon"]')?.getAttribute("href") ?? "";
    expect(href).toBe("/archive/assets/favicon.svg");
    expect(XMLValidator.validate(site.read("assets/favicon.svg"))).toBe(true);
  });

  it("should date every sitemap URL by the newest issue its page shows", () => {
    const urls = (xml("sitemaps/1.xml") as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset
      .url;
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    expect(lastmod.get(`${BASE_URL}/archive/2025/03/17/5/1/`)).toBe("2025-03-17");
    expect(lastmod.get(`${BASE_URL}/archive/2025/03/18/`)).toBe("2025-03-18");
    expect(lastmod.get(`${BASE_URL}/archive/2024/`)).toBe("2024-12-31");
    expect(lastmod.get(`${BASE_URL}/archive/`)).toBe("2025-04-02");
    expect(urls.filter((u) => !/^\d{4}-\d{2}-\d{2}$/.test(u.lastmod ?? ""))).toEqual([]);
  });
});
