/**
 * The pages of the last load (`LoadedPages`): `npm start`'s next load gives back a page file whose
 * bytes and place did not change as it was, and loads an edited one anew; either way the archive
 * is the one a load without it gives.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/index.js";
import { LoadedPages } from "../../src/load/page-cache.js";
import { loadPage } from "../../src/load/page.js";
import { ReadingCache } from "../../src/load/reading-cache.js";
import { copySample, issueFolder } from "../support/archive.js";
import { SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "../build/run.js";

let dir: TempDir;
let root: string;
const edited = (): string => join(root, issueFolder("2025-03-18"), `${SAMPLE_NAME}.txt`);

beforeAll(() => {
  dir = tempDir("page-cache-");
  root = copySample(join(dir.path, "archive"), {
    [join(issueFolder("2025-03-18"), `${SAMPLE_NAME}.txt`)]: SAMPLE_PAGE,
  });
});
afterAll(() => dir?.remove());

describe("the pages of the last load", () => {
  it("should give back unchanged pages as they were and load an edited one anew, as a load without it does", () => {
    const readings = new ReadingCache(join(dir.path, "readings"));
    const kept = new LoadedPages();
    const first = loadArchive(root, {}, readings.read, kept);
    writeFileSync(edited(), SAMPLE_PAGE.replace("聊城", "聊城市"));
    const second = loadArchive(root, {}, readings.read, kept);
    expect(second).toStrictEqual(loadArchive(root));
    const [before, after] = [first, second].map((r) => r.archive.issues.map((i) => i.pages[0]!));
    expect(after[0]!.reading).toBe(before[0]!.reading);
    expect(after[0]!.text).toBe(before[0]!.text);
    expect(after[1]!.reading).not.toBe(before[1]!.reading);
    expect(after[1]!.text).toContain("聊城市");
  });

  it("should give back the very page loaded last time from the same bytes at the same place, and no other", () => {
    const readings = new ReadingCache(join(dir.path, "readings"));
    const kept = new LoadedPages();
    const source = { path: edited(), file: "edited.txt", number: 1, name: null, headlinePosition: undefined };
    const first = loadPage(source, readings.read, kept);
    kept.done();
    expect(loadPage(source, readings.read, kept)).toBe(first);
    kept.done();
    expect(loadPage({ ...source, number: 2 }, readings.read, kept)).not.toBe(first);
    kept.done();
    writeFileSync(edited(), SAMPLE_PAGE);
    const reloaded = loadPage({ ...source, number: 2 }, readings.read, kept);
    expect(reloaded.page?.text).not.toBe(first.page?.text);
  });
});
