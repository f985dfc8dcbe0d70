import { describe, expect, it } from "vitest";
import { searchStrings } from "../../src/search/strings.js";
import { hasBuiltInInterface, uiStrings } from "../../src/shape/i18n.js";

describe("the interface of a language with none built in", () => {
  it("should fall back to English, and say there is none to check", () => {
    expect(uiStrings("fr").home).toBe("Home");
    expect(searchStrings("fr").heading).toBe("Search the full text");
    expect(["fr", "en-GB", "zh-TW", "zh-CN", "ja"].map(hasBuiltInInterface)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
