import { describe, expect, it } from "vitest";
import { shardEntries, type Shard } from "../../src/search/shards.js";
import { listItems } from "../../src/shape/entries.js";
import type { Issue } from "../../src/model.js";
import { archive, issue, item, page } from "./model.js";

const items = (n: number) => Array.from({ length: n }, () => item());
const iso = (start: string, days: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** One issue a day from `start`, the k-th holding `sizes[k]` items. */
const daily = (start: string, sizes: readonly number[]): Issue[] =>
  sizes.map((n, d) => issue(iso(start, d), [page(1, items(n))]));
const shardsOf = (issues: Issue[], limit: number): Shard[] => shardEntries(listItems(archive(issues)), limit);
const ranges = (shards: Shard[]) => shards.map((s) => [s.key, s.last, s.entries.length]);

describe("shardEntries", () => {
  it("should make one shard of a month that fits the limit, whatever its neighbours hold", () => {
    const shards = shardsOf(daily("2025-02-27", [1, 1, 1, 1, 1]), 100);
    expect(ranges(shards)).toEqual([
      ["2025-02-27", "2025-02-28", 2],
      ["2025-03-01", "2025-03-03", 3],
    ]);
  });

  it("should cut a month over the limit into its thirds: days 1–10, 11–20 and 21 to the end", () => {
    const shards = shardsOf(daily("2025-03-01", Array<number>(31).fill(2)), 30);
    expect(ranges(shards)).toEqual([
      ["2025-03-01", "2025-03-10", 20],
      ["2025-03-11", "2025-03-20", 20],
      ["2025-03-21", "2025-03-31", 22],
    ]);
  });

  it("should cut a third over the limit into days, and a day into its editions", () => {
    const shards = shardsOf(
      [
        issue("2025-03-17", [page(1, items(3)), page(2, items(2))]),
        issue("2025-03-18", [page(1, items(4))]),
        issue("2025-03-18", [page(1, items(1))], "evening"),
        issue("2025-03-19", [page(1, items(2))]),
      ],
      4,
    );
    expect(ranges(shards)).toEqual([
      ["2025-03-17", "2025-03-17", 5],
      ["2025-03-18", "2025-03-18", 4],
      ["2025-03-18-evening", "2025-03-18", 1],
      ["2025-03-19", "2025-03-19", 2],
    ]);
  });

  it("should keep a day with its editions together when the day fits", () => {
    const shards = shardsOf(
      [
        issue("2025-03-18", [page(1, items(2))]),
        issue("2025-03-18", [page(1, items(1))], "evening"),
        issue("2025-03-19", [page(1, items(3))]),
      ],
      3,
    );
    expect(ranges(shards)).toEqual([
      ["2025-03-18", "2025-03-18", 3],
      ["2025-03-19", "2025-03-19", 3],
    ]);
  });

  it("should change only the new issue's month when an issue is added after the others", () => {
    // Two months and a half of a daily whose issues vary in size, against a limit of about twelve days.
    const sizes = Array.from({ length: 75 }, (_, d) => 1 + ((d * 7) % 4));
    for (let n = 1; n < sizes.length; n++) {
      const before = shardsOf(daily("2025-01-01", sizes.slice(0, n)), 30);
      const after = shardsOf(daily("2025-01-01", sizes.slice(0, n + 1)), 30);
      const month = iso("2025-01-01", n).slice(0, 7);
      const settled = (shards: Shard[]) => ranges(shards.filter((s) => s.last.slice(0, 7) < month));
      expect(settled(after)).toEqual(settled(before));
      // Within the month, a shard changes only when the month is cut anew; mostly just the newest.
      const changed = after.filter((s) => !before.some((b) => b.key === s.key && b.last === s.last));
      expect(changed.length).toBeLessThanOrEqual(2);
    }
  });

  it("should hold every entry exactly once, in archive order", () => {
    const entries = listItems(archive(daily("2025-01-20", [3, 9, 1, 4, 12, 2, 2, 7, 30, 1, 5, 6])));
    for (const limit of [1, 3, 7, 100])
      expect(shardEntries(entries, limit).flatMap((s) => s.entries)).toEqual(entries);
  });

  it("should make no shard of an empty archive", () => {
    expect(shardEntries([], 10)).toEqual([]);
  });
});
