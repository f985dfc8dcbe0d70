/**
 * What a library publishes is what `npm run build` writes: nothing private, nothing from outside
 * the archive, nothing stale. Each case builds a copy of the sample archive and reads the output.
 */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { fieldTokens } from "../../src/search/tokens.js";
import { copySample } from "../support/archive.js";
import { runBuild, siteFiles } from "../support/build.js";
import { goldItems, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "./run.js";

const dirs: TempDir[] = [];
const temp = (): string => {
  const dir = tempDir("trust-");
  dirs.push(dir);
  return dir.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

/** Every output file's text, Pagefind's gzipped files unpacked: `[site path, text]`. */
function outputTexts(output: string): [string, string][] {
  if (!existsSync(output)) return [];
  return siteFiles(output).map((file) => {
    const bytes = readFileSync(join(output, file));
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return [file, (gzipped ? gunzipSync(bytes) : bytes).toString("utf8")];
  });
}

/** The files whose text holds `needle`. */
const filesHolding = (texts: [string, string][], needle: string): string[] =>
  texts.filter(([, text]) => text.includes(needle)).map(([file]) => file);

describe("npm run build publishes nothing it must not", () => {
  it("should refuse a page that links to a private file outside the archive, publishing none of it", async () => {
    const secret = join(temp(), "passwd");
    writeFileSync(secret, "root:x:0:0:root:/root:/bin/bash\n");
    const root = copySample(temp());
    symlinkSync(secret, join(root, "issues/2025/2025-03-17/006.txt"));
    const output = join(temp(), "_site");
    const result = await runBuild(root, output);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `issues/2025/2025-03-17/006.txt: error: is a link to ${secret}, outside issues/: it is never read or published`,
    );
    expect(outputTexts(output).filter(([, text]) => text.includes("root:x"))).toEqual([]);
  });

  it("should publish no @@ line, comment included, in any page, feed or search file", async () => {
    const comment = "@@# 内部备注：线人老周电话13800138000，勿外传";
    const root = copySample(temp(), { "issues/2025/2025-03-18/01.txt": `${comment}\n${SAMPLE_PAGE}` });
    const output = join(temp(), "_site");
    const result = await runBuild(root, output, { quiet: true });
    expect(result.code, result.output).toBe(0);
    const texts = outputTexts(output);
    // The page itself is published, its text in the page view and its words in the index…
    const page = texts.find(([file]) => file === "/2025/03/18/1/index.html")![1];
    expect(page).toContain(SAMPLE_PAGE.split("\n")[0]!.trim());
    const headlinePair = fieldTokens(goldItems()[0]!.headline!)[0]!;
    expect(filesHolding(texts, headlinePair).some((f) => f.endsWith(".pf_fragment"))).toBe(true);
    // …but not a trace of the comment: as text, or as the search index's pair tokens.
    for (const needle of ["13800138000", "内部备注", "线人老周", ...fieldTokens("线人老周").slice(0, 3)])
      expect(filesHolding(texts, needle), needle).toEqual([]);
    const readable = texts.filter(([file]) => /\.(html|xml|rss|json|txt)$/.test(file));
    expect(filesHolding(readable, "@@")).toEqual([]);
  });

  it("should let no bidi override out of its page, and index words across a zero-width space", async () => {
    const [item] = goldItems();
    const lines = SAMPLE_PAGE.split("\n");
    const headline = lines.findIndex((l) => l.includes(item!.headline!.slice(0, 6)));
    const body = lines.findIndex((l) => l.includes(item!.blocks[0]!.text.slice(0, 6)));
    lines[headline] = lines[headline]!.replace(item!.headline!.slice(0, 2), (s) => `\u202e${s}`);
    lines[body] = `${lines[body]}零宽\u200b空格`;
    const root = copySample(temp(), { "issues/2025/2025-03-18/01.txt": lines.join("\n") });
    const output = join(temp(), "_site");
    const result = await runBuild(root, output, { quiet: true });
    expect(result.code, result.output).toBe(0);
    const texts = outputTexts(output);
    expect(filesHolding(texts, "\u202e")).toEqual([]);
    expect(texts.find(([f]) => f === "/2025/03/18/1/1/index.html")![1]).toContain(`<title>${item!.headline}`);
    const phrase = fieldTokens("零宽空格").slice(0, 3).join(" ");
    expect(filesHolding(texts, phrase).some((f) => f.endsWith(".pf_fragment"))).toBe(true);
  });

  it("should leave nothing of an issue deleted since the last build", async () => {
    const root = copySample(temp(), { "issues/2025/2025-03-18/01.txt": SAMPLE_PAGE });
    const output = join(temp(), "_site");
    expect((await runBuild(root, output, { quiet: true })).code).toBe(0);
    const before = siteFiles(output);
    expect(before).toContain("/2025/03/18/1/index.html");
    rmSync(join(root, "issues/2025/2025-03-18"), { recursive: true });
    expect((await runBuild(root, output, { quiet: true })).code).toBe(0);
    const after = siteFiles(output);
    expect(
      after.filter((f) => f.startsWith("/2025/03/18/") || f.startsWith("/pagefind/2025-03-18/")),
    ).toEqual([]);
    expect(after).toContain("/2025/03/17/1/index.html");
    expect(outputTexts(output).filter(([, text]) => text.includes("2025/03/18"))).toEqual([]);
  });

  it("should refuse to build into the archive's own folder, deleting nothing", async () => {
    const root = copySample(temp());
    const result = await runBuild(root, root, { quiet: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`refusing to empty the output folder ${root}: it is or holds ${root}`);
    expect(readFileSync(join(root, "archive.yaml"), "utf8")).toContain("title:");
  });
});
