import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const corpus = "test/fixtures/corpus/000_44ab08e54eea3468";

function parse(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/parse.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("npm run parse", () => {
  it("should print JSON the segmentation scorer accepts with a full score on the sample page", () => {
    const parsed = parse(`${corpus}.txt`, "--json");
    expect(parsed.status).toBe(0);
    const scored = spawnSync(
      process.execPath,
      ["test/fixtures/corpus/score-segmentation.mjs", `${corpus}.gold.json`, `${corpus}.txt`, "-"],
      { cwd: root, encoding: "utf8", input: parsed.stdout },
    );
    expect(scored.stdout).toContain("headlines exact: 10/10");
    expect(scored.stdout).toContain("bylines (reporters and correspondents) exact: 10/10");
    expect(scored.stdout).toContain("kickers exact: 1/1");
    expect(scored.stdout).toContain("places exact: 8/8");
    expect(scored.stdout).toContain("subheads exact: 5/5");
    expect(scored.stdout).toContain("paragraph text exact: 100.0% of characters");
    expect(scored.stdout).toContain("lost characters: 0");
    expect(scored.stdout).toContain("invented characters: 0");
    expect(scored.status).toBe(0);
  });

  it("should print exactly the corpus schema with --json", () => {
    const json = JSON.parse(parse(`${corpus}.txt`, "--json").stdout);
    expect(Object.keys(json)).toEqual(["source", "language", "headlinePosition", "items"]);
    expect(json.source).toBe("000_44ab08e54eea3468.txt");
    expect(json.language).toBe("zh-CN");
    expect(Object.keys(json.items[0])).toEqual([
      "kind",
      "kicker",
      "headline",
      "subtitle",
      "byline",
      "reporters",
      "correspondents",
      "dateline",
      "place",
      "blocks",
    ]);
  });

  it("should guess English for an English page, and take --language over the guess", () => {
    expect(JSON.parse(parse("test/fixtures/pages/english-ocr.txt", "--json").stdout).language).toBe("en");
    const told = parse("test/fixtures/pages/english-ocr.txt", "--json", "--language", "en-GB");
    expect(JSON.parse(told.stdout).language).toBe("en-GB");
  });

  it("should print a readable outline with warnings pointing at file and line", () => {
    const out = parse("test/fixtures/pages/long-note.txt");
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("1. [note] lines 1–10");
    expect(out.stdout).toContain("test/fixtures/pages/long-note.txt:1: warning unstructured-page");
  });

  it("should take --headlines to override detection", () => {
    const json = JSON.parse(
      parse("test/fixtures/pages/before-body.txt", "--json", "--headlines", "after").stdout,
    );
    expect(json.headlinePosition).toBe("after-body");
  });

  it("should fail with a clear message for a missing file or a bad option", () => {
    const missing = parse("no/such/page.txt");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no/such/page.txt: cannot read the page file (ENOENT)");
    const bad = parse(`${corpus}.txt`, "--bogus");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option --bogus");
  });
});
