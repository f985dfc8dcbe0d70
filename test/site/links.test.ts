/** Every internal link of the built site resolves, at a domain root and under a path prefix. */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, htmlFiles, page, writeArchive } from "./build.js";
import { type BuiltSite, buildSite } from "../support/build.js";
import { browseArchive } from "./fixture.js";
import { brokenLinks, brokenSitemapUrls, collectLinks, resolveLink } from "./links.js";

let root: string;
let atRoot: BuiltSite;
let underPrefix: BuiltSite;

beforeAll(async () => {
  root = writeArchive(browseArchive());
  atRoot = await buildSite(root);
  underPrefix = await buildSite(root, { prefix: "/archive/" });
});
afterAll(() => {
  atRoot?.remove();
  underPrefix?.remove();
  rmSync(root, { recursive: true, force: true });
});

describe("links", () => {
  it("should resolve every internal link of every page to a file of the site", () => {
    expect(collectLinks(atRoot).length).toBeGreaterThan(100);
    expect(brokenLinks(atRoot)).toEqual([]);
  });

  it("should resolve every link under the /archive/ path prefix too", () => {
    expect(brokenLinks(underPrefix)).toEqual([]);
  });

  it("should start every internal link with /archive/ when built under that prefix", () => {
    // Fragment-only links (`#main`) stay on their page, whatever its path.
    const internal = collectLinks(underPrefix).filter(
      (l) => !l.raw.startsWith("#") && resolveLink(underPrefix, l),
    );
    expect(internal.length).toBeGreaterThan(100);
    const outside = internal.filter(
      (l) => !l.raw.startsWith("/archive/") && !l.raw.startsWith(`${BASE_URL}/archive/`),
    );
    expect(outside).toEqual([]);
  });

  it("should list only pages that exist in the sitemap, under either prefix", () => {
    expect(brokenSitemapUrls(atRoot)).toEqual([]);
    expect(brokenSitemapUrls(underPrefix)).toEqual([]);
  });

  it("should give every page its own canonical URL, with the origin and the prefix", () => {
    for (const site of [atRoot, underPrefix]) {
      for (const file of htmlFiles(site.dir).filter((f) => f !== "/404.html")) {
        const doc = page(site, file);
        const expected = `${BASE_URL}${site.prefix.slice(0, -1)}${encodeURI(file.replace(/index\.html$/, ""))}`;
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), file).toBe(expected);
        expect(doc.querySelector('meta[property="og:url"]')?.getAttribute("content"), file).toBe(expected);
      }
    }
  });

  it("should point robots.txt at the sitemap index under the prefix", () => {
    expect(readFileSync(join(underPrefix.dir, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${BASE_URL}/archive/sitemap.xml`,
    );
  });
});
