/**
 * The search page's script: keeps the query, sort and filters in the URL (`?q=…&sort=…&reporter=…`,
 * so a search can be shared and the header's plain GET form lands here), asks the worker, and
 * renders results. Everything from the index is written with `textContent`: a headline that reads
 * `<img onerror=…>` shows as those characters.
 */
import { MIN_QUERY_CHARS, normalizeForSearch } from "../tokens.js";
import type { SearchClientConfig } from "../view.js";
import type { ResultItem, SearchAnswer, SearchRequest, SortMode, WorkerAnswer } from "./protocol.js";

const SORTS: readonly SortMode[] = ["relevance", "newest", "oldest"];

const config = JSON.parse(
  document.getElementById("search-config")?.textContent ?? "{}",
) as SearchClientConfig;
const t = config.strings;
const form = document.getElementById("search-form") as HTMLFormElement;
const input = form.elements.namedItem("q") as HTMLInputElement;
const sortSelect = form.elements.namedItem("sort") as HTMLSelectElement;
const status = document.getElementById("search-status") as HTMLElement;
const list = document.getElementById("search-results") as HTMLOListElement;
const more = document.getElementById("search-more") as HTMLButtonElement;
const filterPanel = document.getElementById("search-filters") as HTMLDetailsElement;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

/** A filter value as a reader reads it: `2025年3月`, `第5版`; names and places as printed. */
function valueLabel(key: string, value: string): string {
  if (key === "year") return fill(t.yearValue, { y: value });
  if (key === "month") {
    const [y = "", m = ""] = value.split("-");
    return fill(t.monthValue, { y, m: String(Number(m)) });
  }
  if (key === "page") return fill(t.pageValue, { n: value });
  return value;
}

const worker = new Worker(config.workerUrl, { type: "module" });
worker.postMessage({ type: "init", bundleBase: config.bundleBase, manifestUrl: config.manifestUrl });

interface State {
  query: string;
  sort: SortMode;
  filters: Record<string, string>;
  wanted: number;
  /** Set by "show more": older shards may be opened to fill the page (`SearchRequest`). */
  fillFromOlder: boolean;
  /** Filters open: the worker also loads the counts of every filter value. */
  withFilters: boolean;
}

function stateFromUrl(): State {
  const params = new URLSearchParams(location.search);
  const sort = params.get("sort") as SortMode | null;
  const filters: Record<string, string> = {};
  for (const key of config.filterKeys) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  return {
    query: params.get("q") ?? "",
    sort: sort && SORTS.includes(sort) ? sort : "relevance",
    filters,
    wanted: config.pageSize,
    fillFromOlder: false,
    withFilters: filterPanel.open || Object.keys(filters).length > 0,
  };
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  const qs = params.toString();
  return `${location.pathname}${qs ? `?${qs}` : ""}`;
}

let state = stateFromUrl();
if (state.withFilters) filterPanel.open = true;
let requestId = 0;

function send(): void {
  input.value = state.query;
  sortSelect.value = state.sort;
  list.replaceChildren();
  more.hidden = true;
  if (!state.query.trim()) {
    status.textContent = t.emptyQuery;
    renderFilters({});
    return;
  }
  if ([...normalizeForSearch(state.query)].length < MIN_QUERY_CHARS) {
    status.textContent = fill(t.tooShort, { n: MIN_QUERY_CHARS });
    renderFilters({});
    return;
  }
  status.textContent = t.searching;
  const request: SearchRequest = { type: "search", id: ++requestId, ...state };
  worker.postMessage(request);
}

worker.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => {
  const answer = event.data;
  if (answer.id !== requestId) return;
  if (answer.type === "error") {
    status.textContent = t.failed;
    console.error(answer.message);
    return;
  }
  render(answer);
});

/** Issue dates as the archive's language writes them: 2025年3月17日, March 17, 2025. */
const dateFormat = new Intl.DateTimeFormat(config.lang, {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});
const searchedText = (range: { from: string; to: string }): string =>
  fill(t.searchedRange, {
    from: dateFormat.format(new Date(`${range.from}T00:00:00Z`)),
    to: dateFormat.format(new Date(`${range.to}T00:00:00Z`)),
  });

/** What the status line says of an answer: how many, how sure, and which dates were searched. */
function statusText(answer: SearchAnswer): string {
  const { total, estimated, complete, searched } = answer;
  const range = searched && !complete ? t.sentenceGap + searchedText(searched) : "";
  if (total > 0) {
    const count = complete
      ? fill(estimated ? t.resultsEstimated : t.resultsComplete, { n: total })
      : fill(estimated ? t.resultsPartialEstimated : t.resultsPartial, { n: total });
    return count + range;
  }
  // None read so far held the query, but some are still to be read: not "nothing found".
  if (estimated) return fill(t.noneYet, { n: answer.unread });
  return complete ? t.noResults : t.noneInSearched + range;
}

function render(answer: SearchAnswer): void {
  const { total, estimated, complete } = answer;
  status.textContent = statusText(answer);
  list.replaceChildren(...answer.items.map(resultElement));
  more.hidden = answer.items.length >= total && !estimated && complete;
  renderFilters(answer.filterCounts, answer.filterCountsExact);
}

function resultElement(item: ResultItem): HTMLLIElement {
  const li = document.createElement("li");
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = item.url;
  a.textContent = item.title;
  h.append(a);
  const where = document.createElement("p");
  where.className = "where";
  where.textContent = `${item.date} · ${item.page}`;
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  for (const part of item.excerpt) {
    if (part.hit) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(document.createTextNode(part.text));
  }
  li.append(h, where, excerpt);
  return li;
}

/**
 * One select per filter, listing the values found among the results, with their counts when they
 * count results (not candidates still to be checked).
 */
function renderFilters(counts: Record<string, Record<string, number>>, exact = true): void {
  for (const key of config.filterKeys) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (!select) continue;
    const chosen = state.filters[key] ?? "";
    const values = Object.entries(counts[key] ?? {})
      .filter(([v, n]) => n > 0 || v === chosen)
      .sort(([a], [b]) => a.localeCompare(b, config.lang, { numeric: true }));
    if (chosen && !values.some(([v]) => v === chosen)) values.push([chosen, 0]);
    const any = new Option(t.anyValue, "");
    select.replaceChildren(
      any,
      ...values.map(([v, n]) => new Option(exact ? `${valueLabel(key, v)} (${n})` : valueLabel(key, v), v)),
    );
    select.value = chosen;
    (select.closest(".filter") as HTMLElement | null)?.toggleAttribute(
      "hidden",
      values.length === 0 && !chosen,
    );
  }
}

function readForm(): State {
  const filters: Record<string, string> = {};
  for (const key of config.filterKeys) {
    const v = (form.elements.namedItem(key) as HTMLSelectElement | null)?.value;
    if (v) filters[key] = v;
  }
  return {
    query: input.value,
    sort: sortSelect.value as SortMode,
    filters,
    wanted: config.pageSize,
    fillFromOlder: false,
    withFilters: filterPanel.open,
  };
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  state = readForm();
  history.pushState(null, "", urlOf(state));
  send();
});
// Sort and filters apply as soon as they change.
form.addEventListener("change", (e) => {
  if ((e.target as HTMLElement).tagName !== "SELECT") return;
  state = readForm();
  history.pushState(null, "", urlOf(state));
  send();
});
more.addEventListener("click", () => {
  state = { ...state, wanted: state.wanted + config.pageSize, fillFromOlder: true };
  status.textContent = t.searching;
  worker.postMessage({ type: "search", id: ++requestId, ...state } satisfies SearchRequest);
});
// Opening the filters asks for their counts (a download a plain search skips).
filterPanel.addEventListener("toggle", () => {
  if (!filterPanel.open || state.withFilters) return;
  state = { ...state, withFilters: true };
  send();
});
window.addEventListener("popstate", () => {
  state = stateFromUrl();
  send();
});

send();
