/** The repository's own sample archive, built as `npm run build` builds it from a fresh clone. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, text } from "./build.js";
import { type BuiltSite, buildSite, repoRoot } from "../support/build.js";
import { goldItem, goldItemCount } from "./fixture.js";
import { brokenLinks, crawl, ITEM_PAGE } from "./links.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(repoRoot);
});
afterAll(() => site?.remove());

describe("the sample archive", () => {
  it("should give every article of the sample page a page reachable from the home page", () => {
    const itemPages = [...crawl(site)].filter((f) => ITEM_PAGE.test(f));
    const headlines = itemPages.map((f) => text(page(site, f).querySelector("main h1")));
    expect(itemPages).toHaveLength(goldItemCount());
    for (let i = 0; i < goldItemCount(); i++) {
      const { headline } = goldItem(i);
      if (headline) expect(headlines).toContain(headline);
    }
  });

  it("should have no broken internal link", () => {
    expect(brokenLinks(site)).toEqual([]);
  });
});
