/**
 * The search worker: runs Pagefind off the main thread and, being a worker, without a `document`,
 * so `pagefind.js` sees no `<html lang="zh-CN">` and leaves the pair-token query unsegmented.
 *
 * Of the shards (`shards.json`, newest first), only those whose pairs can hold the query (the pair
 * directory, `directory.ts`) and whose dates fit a year or month filter are opened, one by one in
 * the order the results are sorted, merged into one Pagefind instance only as far as needed to fill
 * the page: a cold query reads the runtime, one shard's metadata and a few chunks, not the whole
 * archive's; an absent query reads a directory file or two and no Pagefind at all.
 */
import { buildExcerpt, decodeContent, findHits } from "../excerpt.js";
import { languageOfResultId, type ShardEntry, type ShardManifest } from "../manifest.js";
import { DIRECTORY_DIR, candidateShards, splitPair } from "../directory.js";
import { pairQuery, type PairQuery } from "../tokens.js";
import type { ResultItem, SearchAnswer, SearchRequest, SortMode, WorkerAnswer } from "./protocol.js";

/** The parts of Pagefind's browser API used here (see pagefind.js 1.6, `createInstance`). */
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (term: string, o: Record<string, unknown>) => Promise<PagefindResponse>;
  destroy: () => Promise<void>;
}
interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => PagefindApi;
}

/**
 * Ranking for the date orders: with frequency and length switched off every hit in a shard scores
 * the same (quoted phrases score alike anyway), so Pagefind's own date sort survives the
 * score-ordered merge of its instances; `arrange` then puts the shards in walk order.
 */
const FLAT_RANKING = { termFrequency: 0, pageLength: 0, termSaturation: 0, termSimilarity: 0 };

interface Session {
  /** Sort and normalized query it was opened for: another query may need other shards. */
  key: string;
  sort: SortMode;
  /** The shards that may hold the query (`directory.ts`), in the order this sort walks them. */
  order: ShardEntry[];
  /** Every shard in walk order, to say which dates have been searched. */
  all: ShardEntry[];
  pagefind: PagefindApi | null;
  /** How many of `order` are merged into `pagefind`. */
  opened: number;
}

let bundleBase = "";
let manifest: Promise<ShardManifest> | null = null;
let session: Session | null = null;

/** Fetches a directory file once per first character; null when no shard holds that character. */
const directoryFiles = new Map<string, Promise<Record<string, string> | null>>();
function directoryFile(first: string): Promise<Record<string, string> | null> {
  let file = directoryFiles.get(first);
  if (!file) {
    file = fetch(`${bundleBase}${DIRECTORY_DIR}/${first}.json`).then((r) =>
      r.ok ? (r.json() as Promise<Record<string, string>>) : null,
    );
    directoryFiles.set(first, file);
  }
  return file;
}

/** The shards that may hold all of the query's pairs, as manifest positions. */
async function candidates(pairs: string[], shardCount: number): Promise<number[]> {
  const files = new Map<string, Record<string, string> | null>();
  for (const pair of pairs) {
    const first = splitPair(pair)?.[0];
    if (first && !files.has(first)) files.set(first, await directoryFile(first));
  }
  return candidateShards(pairs, shardCount, (first, second) => files.get(first)?.[second] ?? null);
}

/**
 * Whether a shard's issues can match a chosen year or month filter (`2025`, `2025-03`): shards
 * are runs of dates, so a reader narrowing to a month opens only that month's shards.
 */
function overlapsDateFilters(shard: ShardEntry, filters: Record<string, string>): boolean {
  const period = filters.month ?? filters.year;
  if (!period) return true;
  return shard.first.slice(0, period.length) <= period && period <= shard.last.slice(0, period.length);
}

async function openSession(
  sort: SortMode,
  query: PairQuery,
  filters: Record<string, string>,
): Promise<Session> {
  const key = `${sort} ${query.normalized} ${filters.year ?? ""} ${filters.month ?? ""}`;
  if (session?.key === key) return session;
  await session?.pagefind?.destroy();
  const shards = (await manifest!).shards;
  const holding = new Set(await candidates(query.rankTerm.split(" "), shards.length));
  const numbered = shards.map((shard, i) => ({ shard, i }));
  const walk = sort === "oldest" ? [...numbered].reverse() : numbered;
  const order = walk
    .filter((x) => holding.has(x.i) && overlapsDateFilters(x.shard, filters))
    .map((x) => x.shard);
  session = { key, sort, order, all: walk.map((x) => x.shard), pagefind: null, opened: 0 };
  if (order.length > 0) await openNext(session);
  return session;
}

/** Opens the next shard of the walk: the first one loads Pagefind, the others merge into it. */
async function openNext(s: Session): Promise<void> {
  const shard = s.order[s.opened]!;
  const base = `${bundleBase}${shard.path}`;
  const ranking = s.sort !== "relevance" ? { ranking: FLAT_RANKING } : {};
  if (!s.pagefind) {
    const mod = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
    // Record URLs already carry the site's path prefix: Pagefind must not add its own guess of it.
    s.pagefind = mod.createInstance({ basePath: base, baseUrl: "/" });
    await s.pagefind.init();
    await s.pagefind.options({ baseUrl: "/", ...ranking });
  } else {
    await s.pagefind.mergeIndex(base, { language: shard.language, baseUrl: "/", ...ranking });
  }
  s.opened++;
}

/** Issue dates covered so far: every shard of the walk up to the last one opened, skipped ones included. */
function searchedRange(s: Session): { from: string; to: string } | null {
  const last = s.order[s.opened - 1];
  const covered = last ? s.all.slice(0, s.all.indexOf(last) + 1) : [];
  const dates = covered.flatMap((sh) => [sh.first, sh.last]).sort();
  return dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
}

/**
 * Relevance: the exact results ordered by the scores Pagefind gives the same pairs unquoted.
 * Date orders: results grouped by shard in walk order, Pagefind's sorted order inside each.
 */
async function arrange(
  results: PagefindResult[],
  s: Session,
  rankTerm: string,
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  if (s.sort === "relevance") {
    const ranked = await s.pagefind!.search(rankTerm, { filters });
    const score = new Map(ranked.results.map((r) => [r.id, r.score]));
    return results
      .map((r, i) => ({ r, i, score: score.get(r.id) ?? 0 }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((x) => x.r);
  }
  const rank = new Map(s.order.map((shard, i) => [shard.language, i]));
  return results
    .map((r, i) => ({ r, i, shard: rank.get(languageOfResultId(r.id)) ?? 0 }))
    .sort((a, b) => a.shard - b.shard || a.i - b.i)
    .map((x) => x.r);
}

async function toItem(result: PagefindResult, normalized: string): Promise<ResultItem | null> {
  const data = await result.data();
  const record = decodeContent(data.content);
  const hits = findHits(record, normalized);
  if (hits.length === 0) return null;
  const { parts, hitText } = buildExcerpt(record, hits, normalized);
  // A text fragment makes the browser scroll to and mark the hit on the article page, no script there.
  const url = hitText ? `${data.url}#:~:text=${encodeURIComponent(hitText)}` : data.url;
  return {
    url,
    title: data.meta.title ?? "",
    date: data.meta.date ?? "",
    page: data.meta.page ?? "",
    excerpt: parts,
  };
}

async function search(req: SearchRequest): Promise<SearchAnswer> {
  const query = pairQuery(req.query);
  const empty: SearchAnswer = {
    type: "results",
    id: req.id,
    items: [],
    total: 0,
    complete: true,
    searched: null,
    filterCounts: {},
  };
  if (!query) return empty;
  const s = await openSession(req.sort, query, req.filters);
  // No shard holds every pair of the query: nothing to load, not even Pagefind.
  if (!s.pagefind) return empty;
  const options = {
    filters: req.filters,
    ...(req.sort === "relevance"
      ? {}
      : { sort: req.sort === "newest" ? { newest: "desc" } : { oldest: "asc" } }),
  };
  let response = await s.pagefind.search(query.term, options);
  while (response.results.length < req.wanted && s.opened < s.order.length) {
    await openNext(s);
    response = await s.pagefind.search(query.term, options);
  }
  if (req.withFilters) {
    // Loads the filter files of the shards opened, so the answer carries counts for every filter.
    // Only once the reader opens the filters: a plain search does not pay for them.
    await s.pagefind.filters();
    response = await s.pagefind.search(query.term, options);
  }
  const ordered = await arrange(response.results, s, query.rankTerm, req.filters);
  const items = (
    await Promise.all(ordered.slice(0, req.wanted).map((r) => toItem(r, query.normalized)))
  ).filter((x): x is ResultItem => x !== null);
  return {
    type: "results",
    id: req.id,
    items,
    total: response.results.length,
    complete: s.opened === s.order.length,
    searched: searchedRange(s),
    filterCounts: response.filters,
  };
}

// Requests are answered one at a time, in order: each may open shards the next one reuses.
let queue: Promise<unknown> = Promise.resolve();

self.addEventListener(
  "message",
  (event: MessageEvent<SearchRequest | { type: "init"; bundleBase: string; manifestUrl: string }>) => {
    const msg = event.data;
    if (msg.type === "init") {
      bundleBase = msg.bundleBase;
      manifest = fetch(msg.manifestUrl).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${msg.manifestUrl}`);
        return r.json() as Promise<ShardManifest>;
      });
      return;
    }
    queue = queue.then(async () => {
      let answer: WorkerAnswer;
      try {
        answer = await search(msg);
      } catch (e) {
        answer = { type: "error", id: msg.id, message: e instanceof Error ? e.message : String(e) };
      }
      (self as unknown as Worker).postMessage(answer);
    });
  },
);
