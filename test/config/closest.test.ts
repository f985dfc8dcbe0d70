import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/config/closest.js";

const KEYS = [
  "title",
  "description",
  "language",
  "timeZone",
  "baseUrl",
  "pathPrefix",
  "publisher",
  "feedLimit",
];

describe("closest", () => {
  it("should suggest the key a typo stands for", () => {
    expect(closest("titel", KEYS)).toBe("title");
    expect(closest("langauge", KEYS)).toBe("language");
    expect(closest("baseURL", KEYS)).toBe("baseUrl");
  });

  it("should see other spellings of the same words", () => {
    expect(closest("time_zone", KEYS)).toBe("timeZone");
    expect(closest("path-prefix", KEYS)).toBe("pathPrefix");
  });

  it("should suggest nothing for a key that is not close to any", () => {
    expect(closest("author", KEYS)).toBeNull();
    expect(closest("x", KEYS)).toBeNull();
  });
});

describe("editDistance", () => {
  it("should count a swap of neighbours as one edit", () => {
    expect(editDistance("titel", "title")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
