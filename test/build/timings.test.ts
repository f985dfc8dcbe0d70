import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markStage, parseStageMarks } from "../../src/build/timings.js";

const dir = mkdtempSync(join(tmpdir(), "timings-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("build stage timings", () => {
  it("should write nothing when ARCHIVE_TIMINGS is unset or empty", () => {
    const before = readdirSync(dir);
    markStage("parse", "start", {});
    markStage("parse", "start", { ARCHIVE_TIMINGS: "" });
    expect(readdirSync(dir)).toEqual(before);
  });

  it("should append one JSON line per mark, in order, that reads back as marks", () => {
    const file = join(dir, "marks.jsonl");
    const env = { ARCHIVE_TIMINGS: file };
    const before = Date.now();
    markStage("parse", "start", env);
    markStage("parse", "end", env);
    markStage("render", "start", env);
    const marks = parseStageMarks(readFileSync(file, "utf8"));
    expect(marks.map((m) => `${m.stage}:${m.event}`)).toEqual(["parse:start", "parse:end", "render:start"]);
    expect(marks[0]!.t).toBeGreaterThanOrEqual(before - 1);
    expect(marks[2]!.t).toBeGreaterThanOrEqual(marks[0]!.t);
  });

  it("should refuse a line that is not a stage mark, naming the line", () => {
    expect(() =>
      parseStageMarks('{"stage":"parse","event":"start","t":1}\n{"stage":"lunch","event":"start","t":2}\n'),
    ).toThrow(/line 2/);
  });
});
