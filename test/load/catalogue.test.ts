import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/load/catalogue.js";
import { formatAnnotation } from "../../src/load/format.js";
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

describe("formatAnnotation", () => {
  it("should escape what GitHub's workflow commands give a meaning to", () => {
    const d = {
      severity: "warning" as const,
      file: "issues/2025-03-17/第5版,副刊:01.txt",
      line: 12,
      code: "invisible-character",
      message: "100% sure\nnot",
      hint: "delete it",
    };
    expect(formatAnnotation(d, "archive")).toBe(
      "::warning file=archive/issues/2025-03-17/第5版%2C副刊%3A01.txt,line=12,title=invisible-character::100%25 sure%0Anot — delete it",
    );
    expect(formatAnnotation({ ...d, file: "ARCHIVE_BASE_URL", line: undefined })).toBe(
      "::warning title=ARCHIVE_BASE_URL%3A invisible-character::100%25 sure%0Anot — delete it",
    );
  });
});
