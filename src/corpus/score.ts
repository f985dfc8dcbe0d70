/**
 * Scores a page's reading against its hand-checked reading (a corpus `*.gold.json`), measure for
 * measure as the shared segmentation scorer does (`test/fixtures/corpus/score-segmentation.mjs`),
 * plus subtitles and datelines. Pure: no I/O.
 */
import type { Item } from "../read/types.js";

/** One item of a reading, as the corpus schema writes it: the reader's item without line numbers. */
export type ScoredItem = Omit<Item, "lines">;

/** A count of hits out of a total. */
export interface Tally {
  hit: number;
  total: number;
}

export interface PageScore {
  headlines: Tally;
  bylines: Tally;
  kickers: Tally;
  subtitles: Tally;
  datelines: Tally;
  subheads: Tally;
  /** Characters of the gold blocks found in an output block of the same type with the same text. */
  text: Tally;
  /** Characters of the page (less whitespace, byline markers, line-end hyphens) in no output field. */
  lost: number;
  /** Characters in output fields beyond what the page holds. */
  invented: number;
}

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/gu, "");

/** Byline markers carry no words: a reading may drop them. */
const MARKERS = new Set(["□", "■", "◆", "◇", "●", "○", "△", "▲"]);

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** How many characters `a` holds beyond `b`, less those `skip` says may go. */
function excess(a: Map<string, number>, b: Map<string, number>, skip: (ch: string) => boolean): number {
  let n = 0;
  for (const [ch, count] of a) if (!skip(ch)) n += Math.max(0, count - (b.get(ch) ?? 0));
  return n;
}

function fieldTexts(item: ScoredItem): string[] {
  const fields = [item.kicker, item.headline, item.subtitle, item.byline, item.dateline];
  return [...fields, ...item.blocks.map((b) => b.text)].filter((s): s is string => Boolean(s));
}

const sameNames = (a: string[], b: string[]): boolean =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Counts a field of matched articles: only where the gold or the output has one. */
function tallyField(tally: Tally, gold: string | null, out: string | null): void {
  if (!gold && !out) return;
  tally.total++;
  if (squash(gold) === squash(out)) tally.hit++;
}

const tally = (): Tally => ({ hit: 0, total: 0 });

/** The score of `output` (a reading of `source`) against `gold`. */
export function scorePage(source: string, gold: ScoredItem[], output: ScoredItem[]): PageScore {
  // A hyphen that breaks a Latin word at a line end is layout, not text.
  const page = charCounts(squash(source.replace(/(?<=[A-Za-z])-\r?\n(?=[a-z])/gu, "\n")));
  const read = charCounts(output.flatMap(fieldTexts).map(squash).join(""));
  const score: PageScore = {
    headlines: tally(),
    bylines: tally(),
    kickers: tally(),
    subtitles: tally(),
    datelines: tally(),
    subheads: tally(),
    text: tally(),
    lost: excess(page, read, (ch) => MARKERS.has(ch)),
    invented: excess(read, page, () => false),
  };
  const byHeadline = new Map(
    output.filter((it) => it.kind === "article").map((it) => [squash(it.headline), it]),
  );
  for (const g of gold.filter((it) => it.kind === "article")) {
    score.headlines.total++;
    score.bylines.total++;
    const o = byHeadline.get(squash(g.headline));
    if (!o) continue;
    score.headlines.hit++;
    if (sameNames(g.reporters, o.reporters) && sameNames(g.correspondents, o.correspondents))
      score.bylines.hit++;
    tallyField(score.kickers, g.kicker, o.kicker);
    tallyField(score.subtitles, g.subtitle, o.subtitle);
    tallyField(score.datelines, g.dateline, o.dateline);
  }
  const outBlocks = new Set(output.flatMap((it) => it.blocks.map((b) => `${b.type}\u0000${squash(b.text)}`)));
  for (const b of gold.flatMap((it) => it.blocks)) {
    const n = squash(b.text).length;
    const hit = outBlocks.has(`${b.type}\u0000${squash(b.text)}`);
    score.text.total += n;
    if (hit) score.text.hit += n;
    if (b.type === "subhead") {
      score.subheads.total++;
      if (hit) score.subheads.hit++;
    }
  }
  return score;
}

/** The sum of several pages' scores. */
export function addScores(scores: PageScore[]): PageScore {
  const sum = (pick: (s: PageScore) => Tally): Tally => ({
    hit: scores.reduce((n, s) => n + pick(s).hit, 0),
    total: scores.reduce((n, s) => n + pick(s).total, 0),
  });
  return {
    headlines: sum((s) => s.headlines),
    bylines: sum((s) => s.bylines),
    kickers: sum((s) => s.kickers),
    subtitles: sum((s) => s.subtitles),
    datelines: sum((s) => s.datelines),
    subheads: sum((s) => s.subheads),
    text: sum((s) => s.text),
    lost: scores.reduce((n, s) => n + s.lost, 0),
    invented: scores.reduce((n, s) => n + s.invented, 0),
  };
}

/** A tally as a share from 0 to 1; a tally of nothing is whole. */
export const share = (t: Tally): number => (t.total === 0 ? 1 : t.hit / t.total);
