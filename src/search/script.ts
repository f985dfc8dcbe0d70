/**
 * Simplified and Traditional Chinese, from OpenCC's data (`opencc-js`), for the build:
 * - `scriptFold()`: which character each Traditional or variant character is searched as (its
 *   Simplified form), applied to the text when it is indexed and to every query (`tokens.ts`);
 * - `foldBlocks()`: the same table cut into blocks of 256 code points, the files the browser loads
 *   for the characters of a query (a few hundred bytes each, instead of the 14 KB table).
 *
 * Why fold both sides to Simplified rather than convert the query into every form: Traditional to
 * Simplified is many to one (發 and 髮 are both 发), so the folded text holds every hit of every
 * form, and a query is still one word to search (measured in `docs/search.md`).
 */
import OpenCC from "opencc-js";
import * as Locale from "opencc-js/preset";
import { foldBlock, type CharFold } from "./tokens.js";

type DictLike = string | readonly (readonly [string, string])[];

/** The entries of an OpenCC dictionary (`"後 后|發 发"` or pairs), source → first target. */
function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== "string") return dict.map(([k, v]) => [k, v.split(" ")[0] ?? v]);
  return dict.split("|").map((e) => {
    const [k = "", v = ""] = e.split(" ");
    return [k, v];
  });
}

const single = (s: string): boolean => [...s].length === 1;

let fold: Map<string, string> | null = null;

/**
 * The fold table: every character OpenCC converts to another one on its way to Simplified.
 * Standard Traditional (OpenCC's `t`) first; Taiwan and Hong Kong variants (裡, 綫, 衞) only where
 * the character is not itself a Simplified character, so that Simplified text keeps its
 * distinctions (著 is Simplified for "write"; Taiwan uses it for 着 too).
 */
export function scriptFold(): CharFold {
  if (fold) return fold;
  const toSimplified = {
    t: OpenCC.Converter({ from: "t", to: "cn" }),
    tw: OpenCC.Converter({ from: "tw", to: "cn" }),
    hk: OpenCC.Converter({ from: "hk", to: "cn" }),
  };
  const simplified = new Set<string>();
  const candidates = new Set<string>();
  for (const group of Locale.from.cn ?? [])
    for (const dict of group) for (const [k] of entries(dict)) if (single(k)) simplified.add(k);
  for (const groups of [Locale.to.cn, Locale.from.tw, Locale.from.hk])
    for (const group of groups ?? [])
      for (const dict of group)
        for (const [k, v] of entries(dict)) {
          if (single(k)) candidates.add(k);
          if (single(v) && groups === Locale.to.cn) simplified.add(v);
        }
  fold = new Map();
  for (const c of candidates) {
    const standard = toSimplified.t(c);
    const variant = simplified.has(c) ? c : [toSimplified.tw(c), toSimplified.hk(c)].find((v) => v !== c);
    const to = standard !== c ? standard : (variant ?? c);
    if (to !== c && single(to)) fold.set(c, to);
  }
  return fold;
}

/** The fold table cut into blocks (`foldBlock`): block name → JSON of `{ "後": "后", … }`. */
export function foldBlocks(table: CharFold = scriptFold()): Map<string, string> {
  const blocks = new Map<string, Record<string, string>>();
  for (const [from, to] of table) {
    const name = foldBlock(from);
    let block = blocks.get(name);
    if (!block) blocks.set(name, (block = {}));
    block[from] = to;
  }
  return new Map([...blocks].map(([name, block]) => [name, JSON.stringify(block)]));
}
