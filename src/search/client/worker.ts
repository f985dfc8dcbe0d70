/**
 * The search worker: runs Pagefind off the main thread and, being a worker, without a `document`,
 * so `pagefind.js` sees no `<html lang="zh-CN">` and leaves the pair tokens unsegmented.
 *
 * A query is planned from the pair directory alone (`directory.ts`): the shards that can hold it
 * and its rarest token (a pair, or the number token of a number with its unit), the anchor.
 * Pagefind is asked for the anchor only, one word, so a shard costs one index chunk whatever the
 * query's length; the anchor's records are candidates, and each is checked against the whole query
 * in its text before it is shown (for a two-character query the anchor is the query and every
 * candidate is a result). When the first ten read show the anchor common where the query is rare,
 * a second pair is asked for too (`companionPair`). Shards are opened one by one in the order the
 * results are sorted, merged into one Pagefind instance, a few a request: a cold query reads the
 * runtime, one shard's metadata, one chunk and the fragments it shows; an absent query reads a
 * directory file or two and no Pagefind at all.
 */
import { buildExcerpt, decodeContent, findHits } from "../excerpt.js";
import { DAY_FILTER, languageOfResultId, type ShardEntry, type ShardManifest } from "../manifest.js";
import {
  DIRECTORY_DIR,
  companionPair,
  directoryBucket,
  holdsGap,
  parseEntry,
  planQuery,
  type Companion,
  type QueryPlan,
} from "../directory.js";
import {
  type CharFold,
  FOLD_DIR,
  foldBlock,
  normalizeForSearch,
  searchQuery,
  type SearchQuery,
} from "../tokens.js";
import type {
  DateRange,
  ResultItem,
  SearchAnswer,
  SearchRequest,
  SortMode,
  WorkerAnswer,
} from "./protocol.js";

/** The blocks of the fold table that exist (`bundle.ts` builds their names in). */
declare const FOLD_BLOCKS: string;
const foldBlocks = new Set(FOLD_BLOCKS.split(" "));

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
 * the same, so Pagefind's own date sort survives the score-ordered merge of its instances;
 * `arrange` then puts the shards in walk order.
 */
const FLAT_RANKING = { termFrequency: 0, pageLength: 0, termSaturation: 0, termSimilarity: 0 };

interface Session {
  /** Sort, normalized query and date filters it was opened for: another query may need other shards. */
  key: string;
  sort: SortMode;
  /** The query's rarest pair, or its number token when rarer (`directory.ts`). */
  anchor: string;
  /** What Pagefind is asked for: the anchor, and its companion once the anchor reads poorly. */
  terms: string;
  /** A second pair to ask for when the anchor alone reads poorly; null when the query has none. */
  companion: Companion | null;
  /** Once the companion is asked for: how far after the anchor it stands, which positions must show. */
  gap: number | null;
  /** The shards that may hold the query, in the order this sort walks them. */
  order: ShardEntry[];
  /** Every shard in walk order, to say which dates have been searched. */
  all: ShardEntry[];
  pagefind: PagefindApi | null;
  /** How many of `order` are merged into `pagefind`. */
  opened: number;
  /** Candidates checked so far, by result id: what the reader sees, or null when the text lacks the query. */
  checked: Map<string, ResultItem | null>;
}

let bundleBase = "";
let manifest: Promise<ShardManifest> | null = null;
let session: Session | null = null;

/** Fetches each directory file once; a missing file lists no pair. */
const directoryFiles = new Map<number, Promise<Record<string, string>>>();
function directoryFile(bucket: number): Promise<Record<string, string>> {
  let file = directoryFiles.get(bucket);
  if (!file) {
    file = fetch(`${bundleBase}${DIRECTORY_DIR}/${bucket}.json`).then((r) =>
      r.ok ? (r.json() as Promise<Record<string, string>>) : {},
    );
    directoryFiles.set(bucket, file);
  }
  return file;
}

/** The fold table as loaded so far: the blocks of every query's characters. */
const fold = new Map<string, string>();
const foldFiles = new Map<string, Promise<void>>();

/**
 * Loads the fold table's blocks that hold the query's characters (a few hundred bytes each), so
 * that a Traditional character is searched as its Simplified form, as the text was indexed.
 */
async function loadFold(query: string): Promise<CharFold> {
  const wanted = new Set([...query].map(foldBlock).filter((b) => foldBlocks.has(b)));
  await Promise.all(
    [...wanted].map((block) => {
      let file = foldFiles.get(block);
      if (!file) {
        const url = new URL(`${FOLD_DIR}/${block}.json`, self.location.href);
        file = fetch(url).then(async (r) => {
          if (!r.ok) throw new Error(`${r.status} ${url.href}`);
          for (const [from, to] of Object.entries((await r.json()) as Record<string, string>))
            fold.set(from, to);
        });
        foldFiles.set(block, file);
      }
      return file;
    }),
  );
  return fold;
}

/** The query's plan, from the directory files of its tokens (fetched together). */
async function plan(query: SearchQuery, m: ShardManifest): Promise<QueryPlan> {
  const tokens = query.number ? [...query.pairs, query.number] : query.pairs;
  const files = new Map(
    await Promise.all(
      [...new Set(tokens)].map(
        async (token) => [token, await directoryFile(directoryBucket(token, m.directoryBuckets))] as const,
      ),
    ),
  );
  return planQuery(query.pairs, query.number, m.shards.length, (token) => {
    const value = files.get(token)?.[token];
    return value ? parseEntry(value) : null;
  });
}

/**
 * Whether a shard's issues can match a chosen year or month filter (`2025`, `2025-03`): shards
 * are runs of dates, so a reader narrowing to a month opens only that month's shards.
 */
function overlapsDateFilters(shard: ShardEntry, filters: Record<string, string>, range: DateRange): boolean {
  if (range.from && shard.last < range.from) return false;
  if (range.to && shard.first > range.to) return false;
  const period = filters.month ?? filters.year;
  if (!period) return true;
  return shard.first.slice(0, period.length) <= period && period <= shard.last.slice(0, period.length);
}

/**
 * The `day` filter values of a date range, within the dates the shards to search cover: Pagefind
 * filters match values, not ranges, and a shard spans days to weeks.
 */
function rangeDays(range: DateRange, shards: readonly ShardEntry[]): string[] | null {
  if (!range.from && !range.to) return null;
  const first = shards.reduce((min, s) => (s.first < min ? s.first : min), "9999-12-31");
  const last = shards.reduce((max, s) => (s.last > max ? s.last : max), "0000-01-01");
  const from = range.from && range.from > first ? range.from : first;
  const to = range.to && range.to < last ? range.to : last;
  const days: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= to;
    d.setUTCDate(d.getUTCDate() + 1)
  )
    days.push(d.toISOString().slice(0, 10));
  return days;
}

async function openSession(
  sort: SortMode,
  query: SearchQuery,
  filters: Record<string, string>,
  range: DateRange,
): Promise<Session | null> {
  const key = `${sort} ${query.normalized} ${filters.year ?? ""} ${filters.month ?? ""} ${range.from ?? ""} ${range.to ?? ""}`;
  if (session?.key === key) return session;
  await session?.pagefind?.destroy();
  session = null;
  const m = await manifest!;
  const { shards: holding, anchor } = await plan(query, m);
  if (!anchor) return null;
  const numbered = m.shards.map((shard, i) => ({ shard, i }));
  const walk = sort === "oldest" ? [...numbered].reverse() : numbered;
  const order = walk
    .filter((x) => holding.includes(x.i) && overlapsDateFilters(x.shard, filters, range))
    .map((x) => x.shard);
  if (order.length === 0) return null;
  session = {
    key,
    sort,
    anchor,
    terms: anchor,
    companion: companionPair(query.pairs, anchor),
    gap: null,
    order,
    all: walk.map((x) => x.shard),
    pagefind: null,
    opened: 0,
    checked: new Map(),
  };
  await openNext(session);
  return session;
}

/** Opens the next shard of the walk: the first one loads Pagefind, the others merge into it. */
async function openNext(s: Session): Promise<void> {
  const shard = s.order[s.opened]!;
  const base = `${bundleBase}${shard.path}`;
  const ranking = s.sort !== "relevance" ? { ranking: FLAT_RANKING } : {};
  if (!s.pagefind) {
    const mod = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
    fetchedBytes += RUNTIME_SCRIPT_BYTES;
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
 * Relevance: Pagefind's ranking of the anchor (frequency, field weight, length). Date orders:
 * results grouped by shard in walk order, Pagefind's sorted order inside each.
 */
function arrange(results: PagefindResult[], s: Session): PagefindResult[] {
  if (s.sort === "relevance") return results;
  const rank = new Map(s.order.map((shard, i) => [shard.language, i]));
  return results
    .map((r, i) => ({ r, i, shard: rank.get(languageOfResultId(r.id)) ?? 0 }))
    .sort((a, b) => a.shard - b.shard || a.i - b.i)
    .map((x) => x.r);
}

/**
 * A text fragment's text: percent-encoded, `-` too, which the syntax reserves (`,` and `&` are
 * encoded anyway).
 */
const fragmentText = (text: string): string => encodeURIComponent(text).replace(/-/g, "%2D");

async function toItem(result: PagefindResult, normalized: string): Promise<ResultItem | null> {
  const data = await result.data();
  const { meta } = data;
  const record = decodeContent(data.content, meta.printed ?? "", Boolean(meta.dateline));
  const hits = findHits(record, normalized);
  if (hits.length === 0) return null;
  const { parts, hitText } = buildExcerpt(record, hits, normalized);
  // A text fragment makes the browser scroll to and mark the hit on the article page, no script
  // there; it is the hit as printed (spaces, case, script), which is what the page shows.
  const url = hitText ? `${data.url}#:~:text=${fragmentText(hitText)}` : data.url;
  return {
    url,
    title: meta.title ?? "",
    date: meta.date ?? "",
    page: meta.page ?? "",
    byline: meta.byline ?? "",
    excerpt: parts,
  };
}

/**
 * How many candidates' texts one request may fetch: the page's results and `CHECK_SLACK` more, so
 * that a query whose rarest pair is common cannot make one search download hundreds of fragments
 * ("show more" reads on); but up to `FIRST_HIT_READS` while none has held the query, so that a
 * first page is not left empty while candidates remain.
 */
const CHECK_SLACK = 10;
/**
 * How many more shards one request may open. Each costs its metadata and a chunk or two (~45–80
 * KB): a phrase found in no recent shard stops after these, says which dates it searched, and
 * "show more" searches on, rather than one search downloading the whole archive's index.
 */
const WALK_LIMIT = 4;
const FIRST_HIT_READS = 50;

/**
 * What the worker may download for a first screen (the page's HTML, CSS and scripts are ~14 KB
 * more): it opens older shards to fill the screen while the next one, by the sizes seen so far,
 * still fits. On small shards the first screen is full; on shards of a thousand items a second
 * one never fits, and "show more" opens it.
 */
const FIRST_SCREEN_BYTES = 134 * 1024;
/** Pagefind metadata per record of a shard, on the wire (`docs/search.md`). */
const META_BYTES_PER_RECORD = 14;

/** Bytes this worker has fetched, as sent (Pagefind's files are gzip already; ours as the host sends them). */
let fetchedBytes = 0;
/** The largest index chunk and the mean fragment seen, to foresee what the next shard costs. */
let largestChunk = 0;
let fragmentBytes = { total: 0, count: 0 };

/**
 * Every fetch of this worker, Pagefind's included, counted as it arrives: the response's
 * `content-length`, or when a host streams it without one, its decoded size (more, never less).
 */
const plainFetch = self.fetch.bind(self);
self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const response = await plainFetch(input, init);
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const length = Number(response.headers.get("content-length"));
  const bytes = length > 0 ? length : (await response.clone().arrayBuffer()).byteLength;
  fetchedBytes += bytes;
  if (url.includes("/index/")) largestChunk = Math.max(largestChunk, bytes);
  if (url.includes("/fragment/"))
    fragmentBytes = { total: fragmentBytes.total + bytes, count: fragmentBytes.count + 1 };
  return response;
};
/** `pagefind.js`, imported rather than fetched, on the wire (~13 KB). */
const RUNTIME_SCRIPT_BYTES = 13 * 1024;
const countFetched = (): number => fetchedBytes;

/** The mean fragment seen so far (3 KB until one is). */
const meanFragment = (): number =>
  fragmentBytes.count ? fragmentBytes.total / fragmentBytes.count : 3 * 1024;

/**
 * A first screen's byte allowance: what the request had fetched when it started. Null for "show
 * more", which the reader asked for.
 */
type ScreenBudget = { startedAt: number } | null;

/** At least this many results on a first screen, whatever they cost: a phone's screenful. */
const MIN_FIRST_SCREEN = 3;

/**
 * How many of `n` more fragments a first screen can still afford, at the mean size seen; the
 * first `MIN_FIRST_SCREEN` results always. Long articles have long fragments (8 KB for 4,000
 * characters): the screen then shows fewer, and "show more" the rest.
 */
function fragmentsThatFit(budget: ScreenBudget, shown: number, n: number): number {
  if (!budget) return n;
  const room = FIRST_SCREEN_BYTES - (countFetched() - budget.startedAt);
  const fit = Math.max(0, Math.floor(room / meanFragment()));
  return Math.min(n, Math.max(fit, MIN_FIRST_SCREEN - shown));
}

/** Whether opening the next shard and reading `missing` more results still fits a first screen. */
function nextShardFits(s: Session, missing: number, startedAt: number): boolean {
  const next = s.order[s.opened];
  if (!next) return false;
  const spent = countFetched() - startedAt;
  const fragment = meanFragment();
  const shard = next.records * META_BYTES_PER_RECORD + (largestChunk || 40 * 1024);
  return spent + shard + missing * fragment <= FIRST_SCREEN_BYTES;
}

interface Checked {
  /** What the reader sees, in order. */
  items: ResultItem[];
  /** Candidates whose text was read, and how many of them hold the query. */
  read: number;
  held: number;
  /** Stopped early: of the first `YIELD_SAMPLE` read, fewer than half held the query. */
  poorYield: boolean;
}

/** Read this many candidates of the anchor alone before judging whether it is selective enough. */
const YIELD_SAMPLE = 10;

/**
 * Checks candidates in order, a batch at a time, until `wanted` results or the request's budget
 * (`spent` counts its fragment fetches, across shards) is spent.
 */
async function check(
  s: Session,
  candidates: PagefindResult[],
  wanted: number,
  normalized: string,
  spent: { fetched: number },
  screen: ScreenBudget,
): Promise<Checked> {
  let read = 0;
  let held = 0;
  const items: ResultItem[] = [];
  while (read < candidates.length && held < wanted) {
    // Still judging the anchor alone, while a companion could be asked for instead.
    const judging = s.companion !== null && s.gap === null;
    // Judged on the first screen's worth when that is fewer: a first screen reads no more than it shows.
    const sample = Math.min(YIELD_SAMPLE, wanted);
    if (judging && read >= sample && held * 2 < read) return { items, read, held, poorYield: true };
    const budget = (held > 0 ? wanted + CHECK_SLACK : FIRST_HIT_READS) - spent.fetched;
    // The unchecked candidates that could still be needed, fetched together; the first batch no
    // more than the sample that judges the anchor.
    const todo: PagefindResult[] = [];
    const cap = judging ? Math.min(budget, YIELD_SAMPLE, wanted) : budget;
    let need = wanted - held;
    for (let i = read; i < candidates.length && need > 0 && todo.length < cap; i++) {
      const seen = s.checked.get(candidates[i]!.id);
      if (seen === undefined) todo.push(candidates[i]!);
      if (seen !== null) need--;
    }
    // A first screen reads what its bytes allow, the first results whatever they cost.
    const unread = todo.length;
    todo.splice(fragmentsThatFit(screen, held, todo.length));
    if (unread > 0 && todo.length === 0) break;
    spent.fetched += todo.length;
    const texts = await Promise.all(todo.map((r) => toItem(r, normalized)));
    todo.forEach((r, i) => s.checked.set(r.id, texts[i]!));
    for (; read < candidates.length && held < wanted; read++) {
      const seen = s.checked.get(candidates[read]!.id);
      if (seen === undefined) break;
      if (seen) {
        items.push(seen);
        held++;
      }
    }
    if (todo.length === 0) break;
  }
  return { items, read, held, poorYield: false };
}

async function search(req: SearchRequest): Promise<SearchAnswer> {
  // What this request fetches counts (a cold one: the runtime too; a later one: what it adds).
  const startedAt = countFetched();
  const screen: ScreenBudget = req.fillFromOlder ? null : { startedAt };
  const query = searchQuery(req.query, await loadFold(req.query));
  const plain = normalizeForSearch(req.query);
  const searchedAs = query && query.normalized !== plain ? query.normalized : null;
  const empty: SearchAnswer = {
    type: "results",
    id: req.id,
    items: [],
    total: 0,
    estimated: false,
    unread: 0,
    complete: true,
    searched: null,
    searchedAs,
    filterCounts: {},
    filterCountsExact: true,
  };
  if (!query) return empty;
  const s = await openSession(req.sort, query, req.filters, req.range);
  // No shard holds every pair of the query: nothing to load, not even Pagefind.
  if (!s?.pagefind) return empty;
  const pagefind = s.pagefind;
  const days = rangeDays(req.range, s.order);
  const filters = days ? { ...req.filters, [DAY_FILTER]: { any: days } } : req.filters;
  const options = {
    filters,
    ...(req.sort === "relevance"
      ? {}
      : { sort: req.sort === "newest" ? { newest: "desc" } : { oldest: "asc" } }),
  };
  // A two-character query is its own anchor: every candidate holds it.
  const exact = query.pairs.length === 1;
  const spent = { fetched: 0 };
  let walked = 0;

  for (;;) {
    const response = await pagefind.search(s.terms, options);
    const gap = s.gap;
    const ordered = arrange(response.results, s);
    const candidates = gap === null ? ordered : ordered.filter((r) => holdsGap(r.words, gap));
    const checked = exact
      ? { items: [], read: candidates.length, held: candidates.length, poorYield: false }
      : await check(s, candidates, req.wanted, query.normalized, spent, screen);
    if (checked.poorYield && s.companion) {
      // The anchor is common where the query is rare: ask for a second pair too (one more chunk).
      s.terms = `${s.anchor} ${s.companion.pair}`;
      s.gap = s.companion.gap;
      continue;
    }
    const needMore = checked.held < req.wanted && checked.read === candidates.length;
    // The first page shows the first shard with results; older ones open to fill it when the
    // reader asks for more, while nothing has been found …
    // … or while the first screen is not full and the next shard still fits its bytes.
    const mayWalk =
      walked < WALK_LIMIT &&
      (req.fillFromOlder || checked.held === 0 || nextShardFits(s, req.wanted - checked.held, startedAt));
    if (needMore && s.opened < s.order.length && mayWalk) {
      walked++;
      await openNext(s);
      continue;
    }
    return answer(req, s, query, response, candidates, exact ? null : checked, searchedAs, filters, screen);
  }
}

/**
 * The first `wanted` candidates of a two-character query as results (every one holds it): a first
 * screen reads the first few, then as many more as its bytes allow at the size they came in.
 */
async function readResults(
  candidates: PagefindResult[],
  wanted: number,
  normalized: string,
  screen: ScreenBudget,
): Promise<ResultItem[]> {
  const items: ResultItem[] = [];
  let next = 0;
  while (items.length < wanted && next < candidates.length) {
    const n =
      screen && next === 0 ? MIN_FIRST_SCREEN : fragmentsThatFit(screen, items.length, wanted - items.length);
    if (n === 0) break;
    const batch = candidates.slice(next, next + n);
    next += batch.length;
    const read = await Promise.all(batch.map((r) => toItem(r, normalized)));
    items.push(...read.filter((x): x is ResultItem => x !== null));
  }
  return items;
}

async function answer(
  req: SearchRequest,
  s: Session,
  query: SearchQuery,
  response: PagefindResponse,
  candidates: PagefindResult[],
  checked: Checked | null,
  searchedAs: string | null,
  filters: Record<string, unknown>,
  screen: ScreenBudget,
): Promise<SearchAnswer> {
  let filterCounts = response.filters;
  if (req.withFilters) {
    // Loads the filter files of the shards opened, so the answer carries counts for every filter.
    // Only once the reader opens the filters: a plain search does not pay for them.
    await s.pagefind!.filters();
    filterCounts = (await s.pagefind!.search(s.terms, { filters })).filters;
  }
  const items = checked?.items ?? (await readResults(candidates, req.wanted, query.normalized, screen));
  const unread = checked ? candidates.length - checked.read : 0;
  // Candidates not read yet are counted at the rate of those read: an estimate, said as such.
  const total = checked
    ? checked.held + Math.round(checked.read ? (unread * checked.held) / checked.read : unread)
    : candidates.length;
  return {
    type: "results",
    id: req.id,
    items,
    total,
    estimated: unread > 0,
    unread,
    complete: s.opened === s.order.length,
    searched: searchedRange(s),
    searchedAs,
    filterCounts,
    // Pagefind counts what it found: results only when every one was read and held the query.
    filterCountsExact: !checked || (unread === 0 && checked.held === response.results.length),
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
