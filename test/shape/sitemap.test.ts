import { describe, expect, it } from "vitest";
import { shapeContext } from "../../src/shape/context.js";
import { robots, sitemaps, URLS_PER_SITEMAP } from "../../src/shape/sitemap.js";
import { testConfig } from "../support/model.js";

const config = testConfig();

describe("sitemaps", () => {
  it("should split the URLs into files the protocol allows, listed by the index", () => {
    const paths = Array.from({ length: URLS_PER_SITEMAP * 2 + 5 }, (_, i) => ({
      path: `/p/${i}/`,
      updated: "2025-03-17",
    }));
    const { sitemaps: files, sitemapIndex } = sitemaps(shapeContext(config), paths);
    expect(files.map((f) => f.urls.length)).toEqual([URLS_PER_SITEMAP, URLS_PER_SITEMAP, 5]);
    expect(URLS_PER_SITEMAP).toBeLessThanOrEqual(50_000);
    expect(files.map((f) => f.permalink)).toEqual(["/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/3.xml"]);
    expect(sitemapIndex.files).toEqual([1, 2, 3].map((n) => `https://example.org/archive/sitemaps/${n}.xml`));
    expect(files.flatMap((f) => f.urls).at(-1)).toEqual({
      loc: `https://example.org/archive/p/${paths.length - 1}/`,
      lastmod: "2025-03-17",
    });
  });

  it("should still write one (empty) sitemap for an empty archive, and name it in robots.txt", () => {
    expect(sitemaps(shapeContext(config), []).sitemaps).toEqual([{ permalink: "/sitemaps/1.xml", urls: [] }]);
    expect(robots(shapeContext(config)).sitemap).toBe("https://example.org/archive/sitemap.xml");
  });
});
