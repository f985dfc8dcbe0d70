import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { baselineItems, pageParagraphs } from "../../bench/baseline/data.js";
import { runTimedEleventy } from "../../bench/timed-process.js";
import { eleventyNodeArgs } from "../../src/build/command.js";

const repo = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "baseline-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = "  □记者 张伟 报道\n  本报聊城讯 第一段的正文，\n写到这里。\n  第二段<b>加粗</b>。\n\n标题\n";

describe("bare-Eleventy baseline", () => {
  it("should take a printed page's paragraphs, joining wrapped lines", () => {
    expect(pageParagraphs(page)).toEqual([
      "□记者 张伟 报道",
      "本报聊城讯 第一段的正文，写到这里。",
      "第二段<b>加粗</b>。",
      "标题",
    ]);
  });

  it("should deal every paragraph out over the asked number of pages", () => {
    const items = baselineItems([page, page], 3);
    expect(items).toHaveLength(3);
    expect(items.flatMap((item) => item.paragraphs)).toHaveLength(8);
    expect(items.map((item) => item.path)).toEqual(["p/0", "p/1", "p/2"]);
  });

  it("should build one escaped page per item with render marks and memory samples", async () => {
    const dataFile = join(work, "data.json");
    writeFileSync(dataFile, JSON.stringify(baselineItems([page], 2)));
    const site = join(work, "site");
    const run = await runTimedEleventy({
      repo,
      nodeArgs: eleventyNodeArgs("bench/baseline/eleventy.config.ts", [`--output=${site}`]),
      env: { BASELINE_DATA: dataFile },
      timingsFile: join(work, "timings.jsonl"),
      logFile: join(work, "log.txt"),
    });
    expect(run.exitCode, readFileSync(run.logFile, "utf8")).toBe(0);
    expect(run.marks.map((m) => `${m.stage}:${m.event}`)).toEqual(["render:start", "render:end"]);
    expect(run.samples.length).toBeGreaterThan(0);
    const { document } = parseHTML(readFileSync(join(site, "p/1/index.html"), "utf8"));
    expect(document.querySelector("html")?.getAttribute("lang")).toBe("zh-CN");
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "本报聊城讯 第一段的正文，写到这里。",
      "标题",
    ]);
    const first = parseHTML(readFileSync(join(site, "p/0/index.html"), "utf8")).document;
    expect(first.querySelector("b")).toBeNull();
    expect(first.body.textContent).toContain("第二段<b>加粗</b>。");
  });
});
