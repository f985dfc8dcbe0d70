/** Messages between the search page and its worker (`worker.ts`), plain data only. */
import type { ExcerptPart } from "../excerpt.js";

export type SortMode = "relevance" | "newest" | "oldest";

export interface SearchRequest {
  type: "search";
  /** Echoed back, so that a stale answer can be ignored. */
  id: number;
  query: string;
  /** Filter name → chosen value; absent means any. */
  filters: Record<string, string>;
  /** Issue dates to search within (ISO, both ends included); absent ends are open. */
  range: DateRange;
  sort: SortMode;
  /** How many results the page wants to show. */
  wanted: number;
  /**
   * Whether older shards may be opened to fill `wanted`. The first page does not: it shows the
   * first shard (in the chosen order) that has results, which keeps a cold search within its byte
   * budget; "show more" does.
   */
  fillFromOlder: boolean;
  /** Whether the reader has the filters open (their counts cost a download). */
  withFilters: boolean;
}

/** A from–to narrowing of issue dates, ISO (`2025-03-01`), either end optional. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface ResultItem {
  url: string;
  title: string;
  date: string;
  /** `第5版 聊城新闻`. */
  page: string;
  /** As printed, or empty. */
  byline: string;
  excerpt: ExcerptPart[];
}

export interface SearchAnswer {
  type: "results";
  id: number;
  items: ResultItem[];
  /** Results in the shards searched so far: counted, or estimated when `estimated`. */
  total: number;
  /**
   * Whether `total` is an estimate: some candidates (records holding the query's rarest pair) are
   * not read yet, and are counted at the rate the ones read held the query. Never for a
   * two-character query, whose candidates are its results.
   */
  estimated: boolean;
  /** Candidates in the shards searched not read yet (zero unless `estimated`). */
  unread: number;
  /** Every shard searched: `total` is the archive's count. */
  complete: boolean;
  /** Issue dates covered by the shards searched (ISO), or null when none. */
  searched: { from: string; to: string } | null;
  /**
   * The query as searched when that differs from what was typed in more than case and spaces:
   * its Traditional characters folded to Simplified (`軸承` → `轴承`). Null otherwise.
   */
  searchedAs: string | null;
  /** Filter name → value → count among the results (filters other than the chosen ones still apply). */
  filterCounts: Record<string, Record<string, number>>;
  /** Whether `filterCounts` count results; otherwise they count candidates, and only the values are shown. */
  filterCountsExact: boolean;
}

export interface SearchFailure {
  type: "error";
  id: number;
  message: string;
}

export type WorkerAnswer = SearchAnswer | SearchFailure;
