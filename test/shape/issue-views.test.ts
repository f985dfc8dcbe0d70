/**
 * `npm start` keeps each issue's views from one rebuild to the next (`IssueViewsMemo`): after
 * every kind of edit a librarian makes, the site shaped with the kept views equals the site shaped
 * afresh, and only the issues the edit touched (and those linking them) are shaped again.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model.js";
import { loadArchiveOrThrow } from "../../src/load/or-throw.js";
import { ReadingCache } from "../../src/load/reading-cache.js";
import { IssueViewsMemo } from "../../src/shape/issue-views.js";
import { shapeSite } from "../../src/shape/site.js";
import type { Site } from "../../src/shape/views.js";
import { copySample, issueFolder, writeFiles } from "../support/archive.js";
import { SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "../build/run.js";

const DATES = ["2024-03-17", "2025-01-06", "2025-02-10", "2025-02-11", "2025-03-18"];
const pageOf = (date: string, name = SAMPLE_NAME): string => join(issueFolder(date), `${name}.txt`);

let dir: TempDir;
let root: string;
let readings: ReadingCache;
const memo = new IssueViewsMemo();
let last: Site;

/** Loads the archive as `npm start` does (one reading cache for every rebuild). */
const load = (): Archive => loadArchiveOrThrow(root, undefined, readings.read).archive;

/** Shapes the archive with the kept views; checks it against a fresh shaping. */
function rebuild(): Site {
  const archive = load();
  const kept = shapeSite(archive, new Map(), memo);
  expect(kept).toEqual(shapeSite(archive));
  readings.prune();
  return (last = kept);
}

const issueOf = (site: Site, date: string) => site.issues.find((view) => view.date === date)!;
const itemsOf = (site: Site, date: string) =>
  site.items.filter((view) => view.permalink.startsWith(`/${date.replaceAll("-", "/")}/`));

beforeAll(() => {
  dir = tempDir("issue-views-");
  root = copySample(
    join(dir.path, "archive"),
    Object.fromEntries(DATES.map((date) => [pageOf(date), SAMPLE_PAGE])),
  );
  readings = new ReadingCache(join(dir.path, "readings"));
  rebuild();
});

afterAll(() => dir?.remove());

describe("each issue's views kept between rebuilds", () => {
  it("should shape nothing again when nothing changed", () => {
    const before = last;
    const after = rebuild();
    for (const date of DATES) expect(issueOf(after, date)).toBe(issueOf(before, date));
    expect(after.items.every((view, i) => view === before.items[i])).toBe(true);
  });

  it("should shape an edited issue and its neighbours again, and keep the others", () => {
    const before = last;
    writeFileSync(join(root, pageOf("2025-02-10")), SAMPLE_PAGE.replace("聊城", "聊城市"));
    const after = rebuild();
    expect(issueOf(after, "2025-02-10")).not.toBe(issueOf(before, "2025-02-10"));
    expect(itemsOf(after, "2025-02-10")).not.toEqual(itemsOf(before, "2025-02-10"));
    // The issues before and after link to it (and their first and last items to its items).
    expect(issueOf(after, "2025-01-06")).not.toBe(issueOf(before, "2025-01-06"));
    expect(issueOf(after, "2025-02-11")).not.toBe(issueOf(before, "2025-02-11"));
    expect(issueOf(after, "2025-03-18")).toBe(issueOf(before, "2025-03-18"));
  });

  it("should link the neighbours of an added page, issue or deleted one as a fresh shaping does", () => {
    writeFiles(root, { [pageOf("2025-02-11", "002")]: SAMPLE_PAGE.replace("本报", "本刊") });
    rebuild();
    writeFiles(root, { [pageOf("2025-03-20")]: SAMPLE_PAGE });
    rebuild();
    rmSync(join(root, issueFolder("2025-02-10")), { recursive: true });
    const after = rebuild();
    expect(issueOf(after, "2025-02-11").previous?.href).toContain("/2025/01/06/");
  });

  it("should shape the issues of the same day in other years again when one changes", () => {
    const before = last;
    writeFileSync(join(root, pageOf("2024-03-17")), SAMPLE_PAGE.replace("聊城", "东昌府"));
    writeFiles(root, { [pageOf("2023-03-18")]: SAMPLE_PAGE });
    const after = rebuild();
    expect(issueOf(after, "2025-03-18").sameDay).not.toEqual(issueOf(before, "2025-03-18").sameDay);
  });

  it("should shape every issue again when archive.yaml changes", () => {
    const before = last;
    const config = readFileSync(join(root, "archive.yaml"), "utf8");
    writeFiles(root, { "archive.yaml": config.replace(/^title: .*$/m, "title: 另一个档案") });
    const after = rebuild();
    expect(issueOf(after, "2025-03-20")).not.toBe(issueOf(before, "2025-03-20"));
  });
});
