/**
 * Splitting the archive into index shards: runs of consecutive issues, each indexed by its own
 * Pagefind process so that the indexer's memory stays bounded by the shard, not the archive
 * (Pagefind holds a whole index in memory: about 0.85 MB per article with pair tokens).
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

/**
 * Cuts entries (in archive order) into shards of at most `maxRecords` items, never splitting an
 * issue: an issue larger than the limit gets a shard of its own. Shards are filled to an even
 * share of the archive rather than to the limit, so the newest, which a search opens first, is
 * not a sliver of a few days (30,013 items at 1,000: 31 shards of ~970, the last ~760, not 30 full
 * ones and one of 13).
 */
export function shardEntries(entries: readonly ItemEntry[], maxRecords: number): Shard[] {
  const target = Math.ceil(entries.length / Math.ceil(entries.length / maxRecords));
  const shards: Shard[] = [];
  let current: ItemEntry[] = [];
  let issueRun: ItemEntry[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const first = current[0]!.issue;
    shards.push({
      key: `${first.date}${first.edition ? `-${first.edition}` : ""}`,
      entries: current,
      first: first.date,
      last: current[current.length - 1]!.issue.date,
    });
    current = [];
  };
  const flushIssue = (): void => {
    if (current.length > 0 && current.length + issueRun.length > maxRecords) close();
    current.push(...issueRun);
    issueRun = [];
    if (current.length >= target) close();
  };
  for (const entry of entries) {
    if (issueRun.length > 0 && issueRun[0]!.issue !== entry.issue) flushIssue();
    issueRun.push(entry);
  }
  flushIssue();
  close();
  return shards;
}
