import { describe, expect, it } from "vitest";
import { overridesFromEnv } from "../../src/load/overrides.js";

describe("overridesFromEnv", () => {
  it("should take the base URL and path prefix from their variables", () => {
    expect(
      overridesFromEnv({ ARCHIVE_BASE_URL: "https://someone.github.io", ARCHIVE_PATH_PREFIX: "/repo/" }),
    ).toEqual({
      baseUrl: { value: "https://someone.github.io", source: "ARCHIVE_BASE_URL" },
      pathPrefix: { value: "/repo/", source: "ARCHIVE_PATH_PREFIX" },
    });
  });

  it("should ignore empty variables, as CI leaves unset values", () => {
    expect(overridesFromEnv({ ARCHIVE_BASE_URL: "", PATH: "/usr/bin" })).toEqual({});
  });
});
