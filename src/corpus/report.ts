/**
 * The score table `npm run score` prints, and the floors it holds the totals to. Pure: no I/O.
 */
import { addScores, share, type PageScore, type Tally } from "./score.js";

/** The measures a floor can be set on: shares from 0 to 1. */
export const MEASURES = [
  "headlines",
  "bylines",
  "kickers",
  "subtitles",
  "datelines",
  "subheads",
  "text",
] as const;
export type Measure = (typeof MEASURES)[number];

export interface ScoredPage {
  /** The set the page belongs to: `sample`, `dev`, `typeset`. */
  set: string;
  name: string;
  /** Kept out of tuning: the parser is judged on these. */
  heldOut: boolean;
  score: PageScore;
}

export type Floors = Record<string, Partial<Record<Measure, number>>>;

const cell = (t: Tally): string => `${t.hit}/${t.total}`;
const percent = (t: Tally): string => `${(100 * share(t)).toFixed(1)}%`;

function row(label: string, s: PageScore): string {
  const cells = [
    ...MEASURES.filter((m) => m !== "text").map((m) => cell(s[m]).padStart(9)),
    percent(s.text).padStart(7),
    String(s.lost).padStart(5),
    String(s.invented).padStart(5),
  ];
  return `${label.padEnd(34)}${cells.join(" ")}`;
}

const HEADER = `${"page".padEnd(34)}${[...MEASURES.filter((m) => m !== "text").map((m) => m.padStart(9)), "text".padStart(7), "lost".padStart(5), "inv.".padStart(5)].join(" ")}`;

/** The table: a row per page (held-out pages marked *), then totals per set, tuned and held out. */
export function scoreTable(pages: ScoredPage[]): string {
  const out = [HEADER];
  for (const p of pages) out.push(row(`${p.set}/${p.name}${p.heldOut ? " *" : ""}`, p.score));
  out.push("");
  for (const set of [...new Set(pages.map((p) => p.set))]) {
    const of = pages.filter((p) => p.set === set);
    out.push(row(`${set} total`, addScores(of.map((p) => p.score))));
    const held = of.filter((p) => p.heldOut);
    if (held.length > 0 && held.length < of.length) {
      out.push(row(`  ${set} tuned`, addScores(of.filter((p) => !p.heldOut).map((p) => p.score))));
      out.push(row(`  ${set} held out *`, addScores(held.map((p) => p.score))));
    }
  }
  return out.join("\n");
}

/**
 * What falls short: a set's total below its floor, or a page that lost or invented characters
 * (the reader's promise, on every page). Empty when all holds.
 */
export function shortfalls(pages: ScoredPage[], floors: Floors): string[] {
  const out: string[] = [];
  for (const p of pages)
    if (p.score.lost > 0 || p.score.invented > 0)
      out.push(`${p.set}/${p.name}: ${p.score.lost} characters lost, ${p.score.invented} invented`);
  for (const [set, floor] of Object.entries(floors)) {
    const total = addScores(pages.filter((p) => p.set === set).map((p) => p.score));
    for (const m of MEASURES) {
      const min = floor[m];
      if (min !== undefined && share(total[m]) < min)
        out.push(`${set}: ${m} ${percent(total[m])} is below the floor of ${(100 * min).toFixed(1)}%`);
    }
  }
  return out;
}
