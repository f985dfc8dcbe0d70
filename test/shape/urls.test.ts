import { describe, expect, it } from "vitest";
import { absoluteUrl, href, issuePath, itemPath, personPath, placePath } from "../../src/shape/urls.js";

const issue = { date: "2025-03-17", edition: null };

describe("urls", () => {
  it("should put issues, pages and items at date-based paths", () => {
    expect(issuePath(issue)).toBe("/2025/03/17/");
    expect(itemPath(issue, { number: 5 }, 3)).toBe("/2025/03/17/5/3/");
    expect(issuePath({ date: "2025-03-17", edition: "evening" })).toBe("/2025/03/17/evening/");
  });

  it("should prefix links and encode Chinese names", () => {
    expect(href({ pathPrefix: "/archive/" }, personPath("薛良诚"))).toBe(
      "/archive/people/%E8%96%9B%E8%89%AF%E8%AF%9A/",
    );
    expect(href({ pathPrefix: "/" }, "/2025/")).toBe("/2025/");
    expect(absoluteUrl({ pathPrefix: "/a/", baseUrl: "https://x.org/" }, "/2025/")).toBe(
      "https://x.org/a/2025/",
    );
  });
});

describe("names in URLs", () => {
  it("should give one address to a name however OCR spelled it", () => {
    expect(personPath("薛良\u200b诚")).toBe(personPath("薛良诚"));
    expect(placePath("\uf9d0城")).toBe(placePath("類城"));
  });
});
