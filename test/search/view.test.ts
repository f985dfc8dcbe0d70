import { describe, expect, it } from "vitest";
import { searchPageView, type SearchClientConfig } from "../../src/search/view.js";
import { archive, config } from "./model.js";

const parse = (json: string): SearchClientConfig => JSON.parse(json) as SearchClientConfig;

describe("searchPageView", () => {
  it("should speak the archive's language, Chinese for zh and English otherwise", () => {
    expect(searchPageView(archive([])).strings.heading).toBe("搜索全文");
    expect(searchPageView({ config: { ...config, language: "en-GB" }, issues: [] }).strings.heading).toBe(
      "Search the full text",
    );
  });

  it("should point the browser at the bundles, manifest and worker under the path prefix", () => {
    const view = searchPageView(archive([]));
    const c = parse(view.configJson);
    expect(c.bundleBase).toBe("/archive/pagefind/");
    expect(c.manifestUrl).toBe("/archive/pagefind/shards.json");
    expect(c.workerUrl).toBe("/archive/assets/search/worker.js");
    expect(view.scriptHref).toBe("/archive/assets/search/page.js");
  });
});
