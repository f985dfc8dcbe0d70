/**
 * `npm run score` as a test: the parser's totals on the corpus in the repository must hold the
 * floors committed in `test/fixtures/corpus/floors.json`, and no page may lose or invent text.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import { scoreCorpus } from "../../src/corpus/files.js";
import { shortfalls } from "../../src/corpus/report.js";
import { repoRoot } from "../support/build.js";

it("should hold every committed floor on the corpus, losing and inventing nothing", () => {
  const { pages, floors } = scoreCorpus(join(repoRoot, "test/fixtures/corpus"));
  expect(pages.filter((p) => p.set === "sample")).toHaveLength(1);
  expect(pages.filter((p) => p.set === "dev").length).toBeGreaterThanOrEqual(24);
  expect(pages.filter((p) => p.set === "typeset").length).toBeGreaterThanOrEqual(24);
  expect(shortfalls(pages, floors)).toEqual([]);
});
