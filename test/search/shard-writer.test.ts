import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeShard } from "../../src/search/shard-writer.js";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "shard-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const record = (url: string, word: string) => ({
  url,
  content: `<!DOCTYPE html><html lang="zz"><body><div data-pagefind-body><p>${word}</p></div></body></html>`,
  source: `${url} (01.txt)`,
});

describe("writeShard", () => {
  it("should write one Pagefind bundle, without the UI files the search page never loads", async () => {
    const out = join(tempDir(), "bundle");
    await writeShard({ outputPath: out, language: "zz-test", records: [record("/a/", "804a57ce")] });
    const files = readdirSync(out);
    expect(files).toEqual(
      expect.arrayContaining(["pagefind.js", "wasm.unknown.pagefind", "index", "fragment"]),
    );
    expect(files.filter((f) => f.includes("-ui") || f.includes("highlight") || f.includes("worker"))).toEqual(
      [],
    );
  }, 30_000);
});
