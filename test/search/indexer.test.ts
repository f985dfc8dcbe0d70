/**
 * The indexer run again in the same process into the same output, as `npm start` does on every
 * saved edit: shards whose issues did not change are left where they are, the edited one is
 * indexed again, and the output is what a fresh run writes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { indexArchive, type IndexReport } from "../../src/search/indexer.js";
import { siteFingerprint } from "../support/build.js";
import { tempDir } from "../build/run.js";
import { archive, issue, item, page } from "./model.js";

const work = tempDir("indexer-");
afterAll(() => work.remove());

const issues = (march: string) => [
  issue("2025-01-06", [page(1, [item({ headline: "一月的新闻" }), item()])]),
  issue("2025-02-10", [page(1, [item({ headline: "二月的新闻" })])]),
  issue("2025-03-17", [page(1, [item({ headline: march })])]),
];
const sources = (report: IndexReport) => report.shards.map((s) => `${s.key} ${s.source}`);

describe("indexArchive run again into the same output", () => {
  it("should leave unchanged shards as they are and index only the one whose issue was edited", async () => {
    const output = join(work.path, "site");
    const cacheDir = join(work.path, "cache");
    const first = await indexArchive(archive(issues("三月的新闻")), output, { cacheDir });
    expect(sources(first)).toEqual(["2025-01-06 indexed", "2025-02-10 indexed", "2025-03-17 indexed"]);

    const again = await indexArchive(archive(issues("三月的新闻")), output, { cacheDir });
    expect(sources(again)).toEqual(["2025-01-06 kept", "2025-02-10 kept", "2025-03-17 kept"]);

    const edited = await indexArchive(archive(issues("三月的要闻")), output, { cacheDir });
    expect(sources(edited)).toEqual(["2025-01-06 kept", "2025-02-10 kept", "2025-03-17 indexed"]);

    // Without a cache, into a fresh folder: the same bytes.
    const fresh = join(work.path, "fresh");
    await indexArchive(archive(issues("三月的要闻")), fresh);
    expect(siteFingerprint(output)).toEqual(siteFingerprint(fresh));
  }, 120_000);
});
