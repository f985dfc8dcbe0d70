/**
 * The contract between the indexer and the search page: where the bundles are and what they hold.
 * Shared by the build and the browser bundle.
 */

/** Folder of the built site holding every shard's Pagefind bundle and the manifest. */
export const BUNDLE_DIR = "pagefind";
/**
 * The Pagefind filter every record carries its issue's date in (ISO): how a from–to range narrows
 * results. Not one of the filters a reader picks from a list (`record.ts`, `FILTER_KEYS`).
 */
export const DAY_FILTER = "day";
/** The manifest's file name inside `BUNDLE_DIR`. */
export const SHARDS_FILE = "shards.json";

export interface ShardEntry {
  key: string;
  /**
   * The language tag the shard is indexed under. Not a real language: a private tag that makes
   * Pagefind skip stemming and word segmentation (the text is pair tokens), and that prefixes
   * every result id, so that a merged result tells which shard it came from.
   */
  language: string;
  /** Bundle folder relative to `BUNDLE_DIR`, with a trailing slash. */
  path: string;
  records: number;
  /** First and last issue date in the shard (ISO). */
  first: string;
  last: string;
}

export interface ShardManifest {
  /** Newest first. */
  shards: ShardEntry[];
  /** How many files the pair directory is cut into (`directory.ts`). */
  directoryBuckets: number;
}

export const shardLanguage = (key: string): string => `zz-${key.replace(/[^0-9a-z]/gi, "").toLowerCase()}`;

/** The shard a Pagefind result id (`zz-20250317_abc1234`) belongs to. */
export const languageOfResultId = (id: string): string => id.slice(0, id.lastIndexOf("_"));
