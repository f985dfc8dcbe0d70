/**
 * The pair directory: for each character pair (and each number token, `tokens.ts`), which shards
 * hold it and in how many records. The search page reads it before it loads any Pagefind file, to
 * decide
 * - which shards can hold a query (those holding every token of it): an absent query opens none;
 * - which token to ask Pagefind for: the one in the fewest records, whose candidates are then
 *   checked against the query (`planQuery`). One token costs one index chunk per shard opened
 *   (~32 KB on the wire); the phrase of every pair cost one chunk per pair, which a cold query of
 *   more than two characters cannot afford within its byte budget (`docs/search.md`).
 *
 * Written as JSON files of about `PAIRS_PER_FILE` tokens each, `pairs/<bucket>.json`, the bucket a
 * hash of the token: `{ "<token>": "<shard set>:<records>" }`, the shard set a hex string where
 * character k holds shards 4k … 4k+3 (bit 0 = shard 4k), shards numbered as in `shards.json`. A
 * query reads one small file per distinct token. Pure.
 */

/** Folder of the directory inside the bundle folder. */
export const DIRECTORY_DIR = "pairs";

/** About this many pairs per file: a query reads a file per pair, so files stay near 1 KB gzipped. */
const PAIRS_PER_FILE = 64;

/**
 * Token → its shards and record count; filled record by record, or shard by shard. Kept in flat
 * lists indexed by a token number (each shard a bit in a 32-bit word per token) rather than an
 * object per token: a year's directory holds ~600,000 tokens from ~3.8 million shard entries.
 * It can be saved as text and read back (`toText`, `fromText`), so that a daily build adds the
 * newest shard to the saved directory of the others instead of merging every shard again.
 */
export class PairDirectory {
  private readonly ids = new Map<string, number>();
  private readonly tokens: string[] = [];
  private readonly records: number[] = [];
  /** `words[w][id]`: bit b says the token numbered `id` is in shard 32w + b. */
  private readonly words: number[][] = [];

  private id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
      this.records.push(0);
    }
    return id;
  }

  /** Counts `records` more records of shard `shard` holding the token numbered `id`. */
  private add(id: number, shard: number, records: number): void {
    this.records[id]! += records;
    const w = shard >> 5;
    while (this.words.length <= w) this.words.push([]);
    const word = this.words[w]!;
    word[id] = (word[id] ?? 0) | (1 << (shard & 31));
  }

  /**
   * Records one record of shard `shard` from all its tokens: pairs and number tokens (single
   * characters and separators are skipped).
   */
  addRecord(shard: number, tokens: Iterable<string>): void {
    for (const token of new Set(tokens))
      if (isPair(token) || isNumberToken(token)) this.add(this.id(token), shard, 1);
  }

  /**
   * Records a whole shard at once from how many of its records hold each token
   * (`countShardTokens`): the indexer keeps these counts with each cached shard, so a shard taken
   * from the cache adds its part without its records being read again.
   */
  addShard(shard: number, counts: ShardTokens): void {
    const { tokens, records } = counts;
    for (let i = 0; i < tokens.length; i++) this.add(this.id(tokens[i]!), shard, records[i]!);
  }

  /** How many files the directory is cut into: a power of two, the manifest records it. */
  bucketCount(): number {
    let buckets = 1;
    while (buckets * PAIRS_PER_FILE < this.tokens.length) buckets *= 2;
    return buckets;
  }

  /**
   * The files to write: bucket number → JSON text, for `bucketCount()` buckets. `numbered` gives
   * the number a shard has in the files (`shards.json`'s order), when it is not the one it was added as.
   */
  *files(
    shardCount: number,
    buckets: number,
    numbered: (shard: number) => number = (s) => s,
  ): Generator<[number, string]> {
    const byBucket = new Map<number, string[]>();
    const nibbles = new Uint8Array(Math.ceil(shardCount / 4));
    const at = Array.from({ length: shardCount }, (_, s) => numbered(s));
    this.tokens.forEach((token, id) => {
      nibbles.fill(0);
      for (let s = 0; s < shardCount; s++)
        if (((this.words[s >> 5]?.[id] ?? 0) >>> (s & 31)) & 1) {
          const n = at[s]!;
          nibbles[n >> 2]! |= 1 << (n & 3);
        }
      let set = "";
      for (const n of nibbles) set += HEX[n];
      const bucket = directoryBucket(token, buckets);
      let members = byBucket.get(bucket);
      if (!members) byBucket.set(bucket, (members = []));
      // Tokens are hex digits and lower-case letters (`tokens.ts`): nothing in them to escape.
      members.push(`"${token}":"${set}:${this.records[id]!}"`);
    });
    for (const [bucket, members] of byBucket) yield [bucket, `{${members.join(",")}}`];
  }

  /** The directory as text (tokens and numbers only, on a line each list): `fromText` reads it back. */
  toText(): string {
    const words = this.words.map((word) => Array.from(this.tokens, (_, id) => word[id] ?? 0).join(" "));
    return [this.tokens.join(" "), this.records.join(" "), ...words].join("\n");
  }

  static fromText(text: string): PairDirectory {
    const [tokens = "", records = "", ...words] = text.split("\n");
    const directory = new PairDirectory();
    if (!tokens) return directory;
    for (const token of tokens.split(" ")) directory.id(token);
    records.split(" ").forEach((n, id) => (directory.records[id] = Number(n)));
    for (const word of words) directory.words.push(word.split(" ").map(Number));
    return directory;
  }
}

const HEX = "0123456789abcdef";

/**
 * One shard's part of the directory: its pair and number tokens in the order first met, and how
 * many of its records hold each. Two flat lists rather than a map: the cache keeps one per shard
 * and a daily build reads them all back, ~100,000 tokens a shard.
 */
export interface ShardTokens {
  tokens: string[];
  records: number[];
}

/**
 * Counts, record by record, how many of a shard's records hold each token the directory lists.
 * A record's tokens are counted as it is made and dropped after: a shard's ~800,000 tokens are
 * never all held at once.
 */
export class ShardTokenCounter {
  // One lookup per token met (a year holds ~25 million): each token's slot, and the last record
  // counted for it, so that a record holding a token many times counts once.
  private readonly slot = new Map<string, number>();
  private readonly counted: ShardTokens = { tokens: [], records: [] };
  private readonly lastRecord: number[] = [];
  private record = 0;

  /** Counts one record, given as all its tokens. */
  add(tokens: Iterable<string>): void {
    const record = ++this.record;
    for (const token of tokens) {
      let i = this.slot.get(token);
      if (i === undefined) {
        // -1: met, but not a token the directory lists (a field's last character alone).
        i = isPair(token) || isNumberToken(token) ? this.counted.tokens.push(token) - 1 : -1;
        this.slot.set(token, i);
        if (i >= 0) this.counted.records.push(0);
      }
      if (i >= 0 && this.lastRecord[i] !== record) {
        this.lastRecord[i] = record;
        this.counted.records[i]!++;
      }
    }
  }

  /** The counts so far: each token in the order first met, and how many records hold it. */
  counts(): ShardTokens {
    return this.counted;
  }
}

/** Counts the tokens of one shard's records (each given as all its tokens) that the directory lists. */
export function countShardTokens(records: Iterable<Iterable<string>>): ShardTokens {
  const counter = new ShardTokenCounter();
  for (const tokens of records) counter.add(tokens);
  return counter.counts();
}

/** Whether a token spells two characters (a field's last token spells one). */
export const isPair = (token: string): boolean =>
  /^(?:[0-9a-f]{4}|g[0-9a-f]{6})(?:[0-9a-f]{4}|g[0-9a-f]{6})$/.test(token);

/** Whether a token is a number token (`tokens.ts`, `fieldNumberTokens`). */
export const isNumberToken = (token: string): boolean => /^n[0-9p]+q/.test(token);

/** The file a pair is listed in: FNV-1a of the token, modulo the (power of two) bucket count. */
export function directoryBucket(pair: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pair.length; i++) {
    hash ^= pair.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & (buckets - 1);
}

export function encodeShardSet(shards: readonly number[], shardCount: number): string {
  const nibbles = new Array<number>(Math.ceil(shardCount / 4)).fill(0);
  for (const s of shards) nibbles[s >> 2]! |= 1 << (s & 3);
  return nibbles.map((n) => n.toString(16)).join("");
}

export const hasShard = (set: string, shard: number): boolean =>
  ((parseInt(set[shard >> 2] ?? "0", 16) >> (shard & 3)) & 1) === 1;

/** A directory entry as read back: the shard set and the number of records. */
export interface PairEntry {
  set: string;
  records: number;
}

export function parseEntry(value: string): PairEntry {
  const [set = "", records = "0"] = value.split(":");
  return { set, records: Number(records) };
}

/** What to ask Pagefind for a query, decided from the directory alone. */
export interface QueryPlan {
  /** Shards holding every pair of the query, as manifest positions: the only ones worth opening. */
  shards: number[];
  /**
   * The token to search: the query's rarest pair, or its number token when rarer. Every record
   * holding the query holds it, so its records are the candidates; for a two-character query they
   * are exactly the results.
   */
  anchor: string | null;
}

/**
 * `lookup` gives a token's entry, or null when no shard holds it. `number` is the query's number
 * token (`numberQueryToken`), a candidate anchor beside its pairs and one more test of the shards.
 */
export function planQuery(
  pairs: readonly string[],
  number: string | null,
  shardCount: number,
  lookup: (token: string) => PairEntry | null,
): QueryPlan {
  const tokens = number ? [...pairs, number] : pairs;
  const entries = tokens.map((token) => ({ token, entry: lookup(token) }));
  if (entries.length === 0 || entries.some((e) => e.entry === null)) return { shards: [], anchor: null };
  const found = entries as { token: string; entry: PairEntry }[];
  const shards = Array.from({ length: shardCount }, (_, i) => i).filter((i) =>
    found.every((e) => hasShard(e.entry.set, i)),
  );
  if (shards.length === 0) return { shards, anchor: null };
  const rarest = found.reduce((a, b) => (b.entry.records < a.entry.records ? b : a));
  return { shards, anchor: rarest.token };
}

/** A second pair to search beside the anchor, and how many characters after the anchor it starts. */
export interface Companion {
  pair: string;
  gap: number;
}

/**
 * The query's pair farthest from the anchor (another token than the anchor's), for when the anchor
 * alone turns out common where the query is rare (`400亿元`: every pair is common). Pagefind is
 * then asked for both, and a candidate must hold them `gap` positions apart (`holdsGap`), which
 * leaves few candidates that do not hold the query. Null when every pair is the anchor's token, or
 * the anchor is a number token.
 */
export function companionPair(pairs: readonly string[], anchor: string): Companion | null {
  const at = pairs.indexOf(anchor);
  // A number token has no place among the text's positions.
  if (at < 0) return null;
  let best: Companion | null = null;
  pairs.forEach((pair, i) => {
    if (pair !== anchor && (!best || Math.abs(i - at) > Math.abs(best.gap))) best = { pair, gap: i - at };
  });
  return best;
}

/**
 * Whether word positions (a Pagefind result's `words`: where either searched pair stands, one
 * token per character within a field) hold two `gap` apart, as the anchor and its companion do
 * in every occurrence of the query.
 */
export function holdsGap(words: readonly number[], gap: number): boolean {
  const at = new Set(words);
  return words.some((w) => at.has(w + gap));
}
