import { describe, expect, it } from "vitest";
import {
  candidateShards,
  encodeShardSet,
  hasShard,
  PairDirectory,
  splitPair,
} from "../../src/search/directory.js";
import { encodeChar, fieldTokens, pairQuery } from "../../src/search/tokens.js";

const queryPairs = (q: string): string[] => pairQuery(q)!.rankTerm.split(" ");

function directoryOf(shards: string[]): (first: string, second: string) => string | null {
  const dir = new PairDirectory();
  shards.forEach((text, i) => dir.add(i, fieldTokens(text)));
  const files = new Map(
    [...dir.files(shards.length)].map(([first, json]) => [first, JSON.parse(json) as Record<string, string>]),
  );
  return (first, second) => files.get(first)?.[second] ?? null;
}

describe("shard sets", () => {
  it("should hold exactly the shards put in, for any number of shards", () => {
    for (const count of [1, 4, 5, 21, 100]) {
      const shards = [0, 3, count - 1].filter((s, i, a) => s < count && a.indexOf(s) === i);
      const set = encodeShardSet(shards, count);
      expect(set).toHaveLength(Math.ceil(count / 4));
      expect(Array.from({ length: count }, (_, i) => i).filter((i) => hasShard(set, i))).toEqual(shards);
    }
  });
});

describe("splitPair", () => {
  it("should split a pair token and refuse a single character", () => {
    expect(splitPair(encodeChar("聊") + encodeChar("城"))).toEqual([encodeChar("聊"), encodeChar("城")]);
    expect(splitPair(encodeChar("𠀋") + encodeChar("城"))).toEqual([encodeChar("𠀋"), encodeChar("城")]);
    expect(splitPair(encodeChar("城"))).toBeNull();
  });
});

describe("candidateShards", () => {
  const lookup = directoryOf(["聊城市新质生产力", "聊城乡村振兴", "新质材料与生产力"]);

  it("should name the shards holding every pair of the query", () => {
    expect(candidateShards(queryPairs("聊城"), 3, lookup)).toEqual([0, 1]);
    expect(candidateShards(queryPairs("新质生产力"), 3, lookup)).toEqual([0]);
    expect(candidateShards(queryPairs("乡村振兴"), 3, lookup)).toEqual([1]);
  });

  it("should rule out a shard that lacks any one of the pairs", () => {
    expect(candidateShards(queryPairs("新质生产"), 3, lookup)).toEqual([0]);
    expect(candidateShards(queryPairs("质材"), 3, lookup)).toEqual([2]);
  });

  it("should name no shard for a pair that no text holds", () => {
    expect(candidateShards(queryPairs("火箭"), 3, lookup)).toEqual([]);
    expect(candidateShards(queryPairs("城乡村"), 3, lookup)).toEqual([1]);
    expect(candidateShards(queryPairs("城新"), 3, lookup)).toEqual([]);
  });
});
