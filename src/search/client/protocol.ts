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
  sort: SortMode;
  /** How many results the page wants to show. */
  wanted: number;
  /** Whether the reader has the filters open (their counts cost a download). */
  withFilters: boolean;
}

export interface ResultItem {
  url: string;
  title: string;
  date: string;
  page: string;
  excerpt: ExcerptPart[];
}

export interface SearchAnswer {
  type: "results";
  id: number;
  items: ResultItem[];
  /** Results found in the shards searched so far. */
  total: number;
  /** Every shard searched: `total` is the archive's count. */
  complete: boolean;
  /** Issue dates covered by the shards searched (ISO), or null when none. */
  searched: { from: string; to: string } | null;
  /** Filter name → value → count among the results (filters other than the chosen ones still apply). */
  filterCounts: Record<string, Record<string, number>>;
}

export interface SearchFailure {
  type: "error";
  id: number;
  message: string;
}

export type WorkerAnswer = SearchAnswer | SearchFailure;
