import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/load/catalogue.js";
import { repoRoot } from "../support/build.js";

const guide = readFileSync(join(repoRoot, "docs/librarians.md"), "utf8");

/** The rows of the guide's table of messages: `| code | severity | … |`. */
const documented = [...guide.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map(
  ([, code, severity]) => [code, severity],
);

describe("the catalogue of problems", () => {
  it("should be documented in full, with each problem's severity, in the librarians' guide", () => {
    const codes = Object.entries(catalogue).map(([code, entry]) => [code, entry.severity]);
    expect(documented.sort()).toEqual(codes.sort());
  });
});
