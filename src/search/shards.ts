/**
 * Splitting the archive into index shards: each shard covers a fixed stretch of the calendar, and
 * is indexed by its own Pagefind process so that the indexer's memory stays bounded by the shard,
 * not the archive (Pagefind holds a whole index in memory: about 0.85 MB per article with pair
 * tokens).
 *
 * Fixed ranges, not runs filled to a size, so that a shard's records depend only on the issues
 * inside its range: adding the day's issue changes the newest shard and no other, and every other
 * shard's index is reused from the cache (`shard-cache.ts`). A range is a calendar month; a month
 * holding more than the limit is cut into thirds (days 1–10, 11–20, 21–end: 上旬, 中旬, 下旬), a
 * third still too large into days, a day into its editions. Whether a range is cut depends only
 * on the issues inside it, never on its neighbours.
 */
import type { ItemEntry } from "../shape/entries.js";

export interface Shard {
  /** Stable name of the shard: the date of its first issue, plus its edition when there is one. */
  key: string;
  /** Its items in archive order. */
  entries: ItemEntry[];
  /** First and last issue date (ISO). */
  first: string;
  last: string;
}

/** The range an entry falls in at each level, coarsest first: month, third of a month, day, issue. */
const LEVELS: ((entry: ItemEntry) => string)[] = [
  (e) => e.issue.date.slice(0, 7),
  (e) =>
    `${e.issue.date.slice(0, 7)}/${Math.min(2, Math.floor((Number(e.issue.date.slice(8, 10)) - 1) / 10))}`,
  (e) => e.issue.date,
  (e) => `${e.issue.date}/${e.issue.edition ?? ""}`,
];

/**
 * Cuts entries (in archive order) into shards of fixed date ranges holding at most `maxRecords`
 * items where the calendar allows: a month if it fits, else its thirds, else days, else issues.
 * An issue larger than the limit is a shard of its own, never split.
 */
export function shardEntries(entries: readonly ItemEntry[], maxRecords: number): Shard[] {
  const shards: Shard[] = [];
  const cut = (run: readonly ItemEntry[], level: number): void => {
    if (run.length <= maxRecords || level === LEVELS.length) {
      shards.push(shardOf(run));
      return;
    }
    for (const part of runsBy(run, LEVELS[level]!)) cut(part, level + 1);
  };
  for (const month of runsBy(entries, LEVELS[0]!)) cut(month, 1);
  return shards;
}

/** Consecutive runs of entries sharing `rangeOf` (entries are in date order, so a range is one run). */
function runsBy(entries: readonly ItemEntry[], rangeOf: (entry: ItemEntry) => string): ItemEntry[][] {
  const runs: ItemEntry[][] = [];
  let last: string | undefined;
  for (const entry of entries) {
    const range = rangeOf(entry);
    if (range !== last || runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push(entry);
    last = range;
  }
  return runs;
}

function shardOf(entries: readonly ItemEntry[]): Shard {
  const first = entries[0]!.issue;
  return {
    key: `${first.date}${first.edition ? `-${first.edition}` : ""}`,
    entries: [...entries],
    first: first.date,
    last: entries[entries.length - 1]!.issue.date,
  };
}
