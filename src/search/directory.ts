/**
 * The pair directory: which shards hold each character pair, so that the search page opens only
 * the shards that can hold a query. Without it a rare or absent query opens every shard (on one
 * year: 21 shards, ~1.9 MB for one cold query); with it an absent query opens none.
 *
 * Written as one small JSON file per first character (`pairs/<code>.json`, `tokens.ts` spelling):
 * `{ "<second character's code>": "<shard set>" }`, the set a hex string where character k holds
 * shards 4k … 4k+3 (bit 0 = shard 4k), shards numbered as in `shards.json`. Pure.
 */

/** Folder of the directory inside the bundle folder. */
export const DIRECTORY_DIR = "pairs";

/** Pair → shard numbers, grouped by the pair's first character; filled shard by shard. */
export class PairDirectory {
  private readonly byFirst = new Map<string, Map<string, number[]>>();

  /** Records that shard `shard` holds every pair token among `tokens` (single characters are skipped). */
  add(shard: number, tokens: Iterable<string>): void {
    for (const token of tokens) {
      const split = splitPair(token);
      if (!split) continue;
      let seconds = this.byFirst.get(split[0]);
      if (!seconds) this.byFirst.set(split[0], (seconds = new Map()));
      const shards = seconds.get(split[1]);
      if (!shards) seconds.set(split[1], [shard]);
      else if (!shards.includes(shard)) shards.push(shard);
    }
  }

  /** The files to write: first character's code → JSON text. */
  *files(shardCount: number): Generator<[string, string]> {
    for (const [first, seconds] of this.byFirst) {
      const entries = [...seconds].map(([second, shards]) => [second, encodeShardSet(shards, shardCount)]);
      yield [first, JSON.stringify(Object.fromEntries(entries))];
    }
  }
}

/** A pair token's two character codes, or null for a single character (a field's last token). */
export function splitPair(token: string): [string, string] | null {
  const m = /^([0-9a-f]{4}|g[0-9a-f]{6})([0-9a-f]{4}|g[0-9a-f]{6})$/.exec(token);
  return m ? [m[1]!, m[2]!] : null;
}

export function encodeShardSet(shards: readonly number[], shardCount: number): string {
  const nibbles = new Array<number>(Math.ceil(shardCount / 4)).fill(0);
  for (const s of shards) nibbles[s >> 2]! |= 1 << (s & 3);
  return nibbles.map((n) => n.toString(16)).join("");
}

export const hasShard = (set: string, shard: number): boolean =>
  ((parseInt(set[shard >> 2] ?? "0", 16) >> (shard & 3)) & 1) === 1;

/**
 * The shards that may hold a query: those holding all of its pairs. `lookup` gives a pair's shard
 * set (null when no shard holds it). A superset: Pagefind's phrase search then decides.
 */
export function candidateShards(
  pairs: readonly string[],
  shardCount: number,
  lookup: (first: string, second: string) => string | null,
): number[] {
  const sets = pairs.map((p) => {
    const split = splitPair(p);
    return split ? lookup(split[0], split[1]) : null;
  });
  return Array.from({ length: shardCount }, (_, i) => i).filter((i) =>
    sets.every((set) => set !== null && hasShard(set, i)),
  );
}
