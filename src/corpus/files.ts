/**
 * The corpus in the repository (`test/fixtures/corpus/`): each page file with its hand-checked
 * reading, read and scored, and the floors its totals must hold.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPage } from "../read/index.js";
import type { Floors, ScoredPage } from "./report.js";
import { scorePage, type ScoredItem } from "./score.js";

/** `floors.json`: the floors per set, and the pages kept out of tuning. */
interface FloorsFile {
  heldOutPrefixes: string[];
  floors: Floors;
}

/** Every page of the corpus read and scored: the folder's own pages are the `sample`, each subfolder a set. */
export function scoreCorpus(dir: string): { pages: ScoredPage[]; floors: Floors } {
  const { heldOutPrefixes, floors } = JSON.parse(
    readFileSync(join(dir, "floors.json"), "utf8"),
  ) as FloorsFile;
  const sets: [string, string][] = [["sample", dir]];
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) sets.push([entry.name, join(dir, entry.name)]);
  sets.sort((a, b) => (a[0] === "sample" ? -1 : b[0] === "sample" ? 1 : a[0].localeCompare(b[0])));
  const pages = sets.flatMap(([set, folder]) =>
    readdirSync(folder)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
      .map((goldFile): ScoredPage => {
        const name = goldFile.slice(0, -".gold.json".length);
        const source = readFileSync(join(folder, `${name}.txt`), "utf8");
        const gold = (JSON.parse(readFileSync(join(folder, goldFile), "utf8")) as { items: ScoredItem[] })
          .items;
        const heldOut = heldOutPrefixes.some((p) => name.startsWith(p));
        return { set, name, heldOut, score: scorePage(source, gold, readPage(source).items) };
      }),
  );
  return { pages, floors };
}
