/** Every internal link of the built site resolves, at a domain root and under a path prefix. */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, BASE_URL, buildSite, writeArchive } from "./build.js";
import { browseArchive } from "./fixture.js";
import { brokenLinks, brokenSitemapUrls, collectLinks, resolveLink } from "./links.js";

let root: string;
let atRoot: BuiltSite;
let underPrefix: BuiltSite;

beforeAll(() => {
  root = writeArchive(browseArchive());
  atRoot = buildSite(root);
  underPrefix = buildSite(root, "/archive/");
});
afterAll(() => {
  atRoot?.cleanup();
  underPrefix?.cleanup();
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
});
