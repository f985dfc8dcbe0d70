import { describe, expect, it } from "vitest";
import { shardEntries } from "../../src/search/shards.js";
import { listItems } from "../../src/shape/entries.js";
import { archive, issue, item, page } from "./model.js";

const items = (n: number) => Array.from({ length: n }, () => item());
const entries = listItems(
  archive([
    issue("2025-03-17", [page(1, items(3)), page(2, items(2))]),
    issue("2025-03-18", [page(1, items(4))]),
    issue("2025-03-18", [page(1, items(1))], "evening"),
    issue("2025-03-19", [page(1, items(2))]),
  ]),
);

describe("shardEntries", () => {
  it("should fill shards with whole issues up to the limit, in archive order", () => {
    const shards = shardEntries(entries, 6);
    expect(shards.map((s) => [s.key, s.entries.length])).toEqual([
      ["2025-03-17", 5],
      ["2025-03-18", 5],
      ["2025-03-19", 2],
    ]);
    expect(shards[1]).toMatchObject({ first: "2025-03-18", last: "2025-03-18" });
  });

  it("should give an issue larger than the limit a shard of its own rather than split it", () => {
    const shards = shardEntries(entries, 2);
    expect(shards.map((s) => s.entries.length)).toEqual([5, 4, 1, 2]);
    expect(shards[2]?.key).toBe("2025-03-18-evening");
  });

  it("should share the archive evenly, so that the newest shard is not a sliver", () => {
    const daily = listItems(
      archive(
        Array.from({ length: 11 }, (_, d) =>
          issue(`2025-03-${String(d + 1).padStart(2, "0")}`, [page(1, items(1))]),
        ),
      ),
    );
    expect(shardEntries(daily, 5).map((s) => s.entries.length)).toEqual([4, 4, 3]);
    expect(shardEntries(daily, 11).map((s) => s.entries.length)).toEqual([11]);
  });

  it("should hold every entry exactly once", () => {
    for (const limit of [1, 3, 7, 100])
      expect(shardEntries(entries, limit).flatMap((s) => s.entries)).toEqual(entries);
  });

  it("should make no shard of an empty archive", () => {
    expect(shardEntries([], 10)).toEqual([]);
  });
});
