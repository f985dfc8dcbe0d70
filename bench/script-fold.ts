/**
 * `npx tsx bench/script-fold.ts`: why search folds Traditional to Simplified when it indexes
 * (index time) rather than converting each query into every form it can take (query time).
 * Measured on a mixed archive: the real articles of `test/fixtures/corpus/dev/` as printed, and the same
 * articles in Traditional characters (OpenCC, cn → tw), as a paper printing both would hold.
 *
 * - Index size: the same texts indexed by Pagefind (one process, pair tokens as custom records)
 *   folded and as printed; bytes of the bundle on disk (Pagefind's files are gzip already).
 * - Bytes per query: what a cold query needs beyond the runtime. Index time: the fold blocks of
 *   its characters and one anchor (one index chunk). Query time: every form of the query (each
 *   character's Simplified and Traditional forms, combined) looked up in the pair directory, and
 *   one chunk for every form the archive holds. Chunk bytes are measured on this index (median of
 *   its chunk files); a directory file is ~0.5 KB (docs/search.md).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import OpenCC from "opencc-js";
import * as Locale from "opencc-js/preset";
import * as pagefind from "pagefind";
import { foldBlocks, scriptFold } from "../src/search/script.js";
import { fieldTokens, foldBlock, normalizeForSearch, type CharFold } from "../src/search/tokens.js";
import { CORPUS_DEV } from "./real-articles.js";

const NO_FOLD: CharFold = new Map();

/** The paragraphs of the corpus pages, as their text files print them. */
function corpusTexts(): string[] {
  return readdirSync(CORPUS_DEV)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) =>
      readFileSync(join(CORPUS_DEV, f), "utf8")
        .split(/\n\s*\n/)
        .filter((p) => p.trim().length > 20),
    );
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? bytesUnder(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

async function indexSize(records: string[][], out: string): Promise<{ bytes: number; chunkKB: number }> {
  const { index } = await pagefind.createIndex({ forceLanguage: "zz-measure" });
  if (!index) throw new Error("Pagefind did not start");
  for (const [i, tokens] of records.entries())
    await index.addCustomRecord({ url: `/${i}/`, content: tokens.join(" "), language: "zz-measure" });
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  const chunks = readdirSync(join(out, "index"))
    .map((f) => statSync(join(out, "index", f)).size)
    .sort((a, b) => a - b);
  return { bytes: bytesUnder(out), chunkKB: (chunks[Math.floor(chunks.length / 2)] ?? 0) / 1024 };
}

/** Every character's forms in either script, from OpenCC's character tables. */
function variantsOf(): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let s = forms.get(x);
      if (!s) forms.set(x, (s = new Set([x])));
      s.add(y);
    }
  };
  for (const groups of [Locale.from.cn, Locale.to.cn])
    for (const group of groups ?? [])
      for (const dict of group)
        if (typeof dict === "string")
          for (const e of dict.split("|")) {
            const [k = "", ...vs] = e.split(" ");
            if ([...k].length === 1) for (const v of vs) if ([...v].length === 1) add(k, v);
          }
  return forms;
}

async function main(): Promise<void> {
  const fold = scriptFold();
  const simplified = corpusTexts();
  const toTraditional: (text: string) => string = OpenCC.Converter({ from: "cn", to: "tw" });
  const traditional = simplified.map((t) => toTraditional(t));
  const texts = [...simplified, ...traditional];
  const work = mkdtempSync(join(tmpdir(), "script-fold-"));
  try {
    const folded = await indexSize(
      texts.map((t) => fieldTokens(t, fold)),
      join(work, "folded"),
    );
    const printed = await indexSize(
      texts.map((t) => fieldTokens(t, NO_FOLD)),
      join(work, "printed"),
    );
    const pairs = (f: CharFold): number =>
      new Set(texts.flatMap((t) => fieldTokens(t, f).filter((x) => x.length >= 8))).size;
    console.log(`mixed archive: ${texts.length} paragraphs, ${texts.join("").length} characters`);
    console.log(
      `index time (folded):   ${(folded.bytes / 1024).toFixed(0)} KB on disk, ${pairs(fold)} distinct pairs, chunk median ${folded.chunkKB.toFixed(1)} KB`,
    );
    console.log(
      `query time (as printed): ${(printed.bytes / 1024).toFixed(0)} KB on disk, ${pairs(NO_FOLD)} distinct pairs, chunk median ${printed.chunkKB.toFixed(1)} KB`,
    );
    const blocks = foldBlocks(fold);
    const blockKB = (name: string): number => gzipSync(blocks.get(name) ?? "").length / 1024;
    const forms = variantsOf();
    const haystack = texts.map((t) => normalizeForSearch(t));
    const chunkKB = printed.chunkKB;
    console.log(
      "query | forms (held) | query time: directory + chunks KB | index time: fold blocks + chunk KB",
    );
    for (const q of [
      "軸承",
      "鄉村振興",
      "新質生產力",
      "数控机床",
      "發展",
      "后来",
      "头发",
      "干部",
      "高質量發展",
    ]) {
      let combos = [""];
      for (const c of q)
        combos = combos.flatMap((p) => [...(forms.get(c) ?? new Set([c]))].map((v) => p + v));
      const held = combos.filter((f) => haystack.some((t) => t.includes(f))).length;
      const dirPairs = new Set(combos.flatMap((f) => [...f].slice(0, -1).map((c, i) => c + [...f][i + 1])))
        .size;
      const queryTime = dirPairs * 0.5 + held * chunkKB;
      const foldKB = [...new Set([...q].map(foldBlock))]
        .filter((b) => blocks.has(b))
        .reduce((s, b) => s + blockKB(b), 0);
      const foldedHeld = haystack.some((t) =>
        normalizeForSearch(t, fold).includes(normalizeForSearch(q, fold)),
      );
      const indexTime = foldKB + ([...q].length - 1) * 0.5 + (foldedHeld ? folded.chunkKB : 0);
      console.log(`${q} | ${combos.length} (${held}) | ${queryTime.toFixed(1)} | ${indexTime.toFixed(1)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
