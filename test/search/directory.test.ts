import { describe, expect, it } from "vitest";
import {
  companionPair,
  countShardTokens,
  directoryBucket,
  holdsGap,
  encodeShardSet,
  hasShard,
  isPair,
  PairDirectory,
  parseEntry,
  planQuery,
  type PairEntry,
} from "../../src/search/directory.js";
import { encodeChar, fieldNumberTokens, fieldTokens, searchQuery } from "../../src/search/tokens.js";

const pairsOf = (q: string): string[] => searchQuery(q)!.pairs;
const pair = (p: string): string => [...p].map(encodeChar).join("");

/** Each shard a list of records, each record one text; the directory as the worker reads it back. */
function directoryOf(shards: string[][]): (pair: string) => PairEntry | null {
  const dir = new PairDirectory();
  shards.forEach((records, i) => records.forEach((text) => dir.addRecord(i, fieldTokens(text))));
  const buckets = dir.bucketCount();
  const files = new Map(
    [...dir.files(shards.length, buckets)].map(([b, json]) => [
      b,
      JSON.parse(json) as Record<string, string>,
    ]),
  );
  return (p) => {
    const value = files.get(directoryBucket(p, buckets))?.[p];
    return value ? parseEntry(value) : null;
  };
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

describe("isPair", () => {
  it("should tell a pair token from a single character's", () => {
    expect(isPair(pair("聊城"))).toBe(true);
    expect(isPair(pair("𠀋城"))).toBe(true);
    expect(isPair(encodeChar("城"))).toBe(false);
  });
});

describe("the directory files", () => {
  it("should cut a large directory into files of about 64 pairs, each pair in the file its hash names", () => {
    const dir = new PairDirectory();
    const text = Array.from({ length: 3000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join("");
    dir.addRecord(0, fieldTokens(text));
    const buckets = dir.bucketCount();
    expect(buckets).toBe(64); // 2,999 pairs: the first power of two giving ≤ 64 a file
    const files = [...dir.files(1, buckets)];
    let listed = 0;
    for (const [bucket, json] of files) {
      const keys = Object.keys(JSON.parse(json) as object);
      listed += keys.length;
      expect(keys.every((k) => directoryBucket(k, buckets) === bucket)).toBe(true);
    }
    expect(listed).toBe(2999);
  });

  it("should count records, not occurrences, and list each shard once", () => {
    const lookup = directoryOf([["聊城聊城", "聊城"], ["东阿"], ["聊城"]]);
    expect(lookup(pair("聊城"))).toEqual({ set: "5", records: 3 });
    expect(lookup(pair("城聊"))).toEqual({ set: "1", records: 1 });
    expect(lookup(pair("火箭"))).toBeNull();
  });
});

describe("planQuery", () => {
  const lookup = directoryOf([
    ["聊城市新质生产力", "聊城新闻", "聊城乡村"],
    ["聊城乡村振兴", "乡村振兴"],
    ["新质材料与生产力"],
  ]);
  const plan = (q: string) => planQuery(pairsOf(q), null, 3, lookup);

  it("should open only the shards holding every pair of the query", () => {
    expect(plan("聊城").shards).toEqual([0, 1]);
    expect(plan("新质生产力").shards).toEqual([0]);
    expect(plan("乡村振兴").shards).toEqual([1]);
    expect(plan("质材").shards).toEqual([2]);
  });

  it("should ask Pagefind for the query's pair held by the fewest records", () => {
    expect(plan("聊城").anchor).toBe(pair("聊城"));
    // 聊城 is in 4 records, 城乡 in 2, 乡村 in 3.
    expect(plan("聊城乡村").anchor).toBe(pair("城乡"));
    expect(plan("新质生产力").anchor).toBe(pair("质生"));
  });

  it("should plan nothing for a query one of whose pairs no text holds", () => {
    expect(plan("火箭")).toEqual({ shards: [], anchor: null });
    expect(plan("城振")).toEqual({ shards: [], anchor: null });
    // Each pair is somewhere (市新 and 新质 in shard 0, 新质 and 质材 in shard 2), no shard holds all.
    expect(plan("市新质材")).toEqual({ shards: [], anchor: null });
  });
});

describe("companionPair", () => {
  it("should pick the query's pair farthest from the anchor, and say how far after it it stands", () => {
    const pairs = pairsOf("400亿元");
    expect(companionPair(pairs, pair("0亿"))).toEqual({ pair: pair("40"), gap: -2 });
    expect(companionPair(pairs, pair("40"))).toEqual({ pair: pair("亿元"), gap: 3 });
  });

  it("should skip pairs spelled like the anchor, and give none when every pair is", () => {
    expect(companionPair(pairsOf("哈哈哈哈"), pair("哈哈"))).toBeNull();
    expect(companionPair(pairsOf("哈哈笑哈哈"), pair("哈哈"))).toEqual({ pair: pair("笑哈"), gap: 2 });
  });
});

describe("holdsGap", () => {
  it("should find two positions the gap apart, in either order of the two pairs", () => {
    expect(holdsGap([3, 40, 6], 3)).toBe(true);
    expect(holdsGap([9, 12], -3)).toBe(true);
    expect(holdsGap([3, 5, 40], 3)).toBe(false);
    expect(holdsGap([], 1)).toBe(false);
  });
});

describe("number tokens in the directory", () => {
  it("should plan a number query by its number token when that is rarer than every pair", () => {
    const dir = new PairDirectory();
    const texts = ["全年投资400亿元", "增加100亿元", "达到200亿元", "共300亿元", "约1400亿元", "新增30家"];
    texts.forEach((t, i) => dir.addRecord(i < 3 ? 0 : 1, [...fieldTokens(t), ...fieldNumberTokens(t)]));
    const buckets = dir.bucketCount();
    const files = new Map(
      [...dir.files(2, buckets)].map(([b, json]) => [b, JSON.parse(json) as Record<string, string>]),
    );
    const lookup = (t: string): PairEntry | null => {
      const value = files.get(directoryBucket(t, buckets))?.[t];
      return value ? parseEntry(value) : null;
    };
    const q = searchQuery("400亿元")!;
    // 00, 0亿 and 亿元 are in five records; 40 in two (400, 1400), the number 400亿 as well: a
    // tie goes to the pair. 30 is in two (300, 30家), the number 300亿 in one.
    expect(planQuery(q.pairs, q.number, 2, lookup)).toEqual({ shards: [0, 1], anchor: pair("40") });
    const rare = searchQuery("300亿元")!;
    expect(planQuery(rare.pairs, rare.number, 2, lookup)).toEqual({ shards: [1], anchor: rare.number });
  });
});

describe("a directory saved and read back", () => {
  it("should give the same files as the directory it was saved from, and take more shards", () => {
    const shards = [["聊城聊城", "聊城"], ["东阿"], ["聊城", "东阿县"]].map((records) =>
      countShardTokens(records.map((text) => fieldTokens(text))),
    );
    const whole = new PairDirectory();
    shards.forEach((shard, i) => whole.addShard(i, shard));
    const firstTwo = new PairDirectory();
    firstTwo.addShard(0, shards[0]!);
    firstTwo.addShard(1, shards[1]!);
    const readBack = PairDirectory.fromText(firstTwo.toText());
    readBack.addShard(2, shards[2]!);
    const files = (dir: PairDirectory): [number, string][] =>
      [...dir.files(3, dir.bucketCount(), (s) => 2 - s)].sort(([a], [b]) => a - b);
    expect(files(readBack)).toEqual(files(whole));
  });

  it("should keep shards past the 32nd", () => {
    const dir = new PairDirectory();
    const tokens = countShardTokens([fieldTokens("聊城")]);
    for (const shard of [0, 31, 32, 40]) dir.addShard(shard, tokens);
    const [[, json]] = [...PairDirectory.fromText(dir.toText()).files(41, 1)] as [[number, string]];
    const set = parseEntry(Object.values(JSON.parse(json) as Record<string, string>)[0]!).set;
    expect(Array.from({ length: 41 }, (_, i) => i).filter((i) => hasShard(set, i))).toEqual([0, 31, 32, 40]);
  });
});
