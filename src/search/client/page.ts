/**
 * The search page's script: keeps the query, sort, filters and date range in the URL
 * (`?q=…&sort=…&reporter=…&from=…&to=…`, so a search can be shared and the header's plain GET form,
 * or an issue page's "search this issue", lands here), asks the worker, and renders results, the
 * active filters as removable chips, and next steps when nothing is found. Everything from the index is written with `textContent`: a headline that reads
 * `<img onerror=…>` shows as those characters.
 */
import { MIN_QUERY_CHARS, normalizeForSearch } from "../tokens.js";
import type { SearchClientConfig } from "../view.js";
import type {
  DateRange,
  ResultItem,
  SearchAnswer,
  SearchRequest,
  SortMode,
  WorkerAnswer,
} from "./protocol.js";

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
const fromInput = form.elements.namedItem("from") as HTMLInputElement;
const toInput = form.elements.namedItem("to") as HTMLInputElement;
const chips = document.getElementById("search-chips") as HTMLElement;
const chipList = chips.querySelector("ul") as HTMLUListElement;
const clearAll = document.getElementById("search-clear") as HTMLButtonElement;
const help = document.getElementById("search-help") as HTMLElement;
/** Phones keep the filters folded away even when some are chosen: the chips say which. */
const wide = window.matchMedia("(min-width: 48em)");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  range: DateRange;
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
    range: dateRange(params.get("from"), params.get("to")),
    wanted: config.firstScreen,
    fillFromOlder: false,
    withFilters: filterPanel.open || Object.keys(filters).length > 0,
  };
}

/** A from–to range from two dates (ISO; anything else is no bound), ends swapped if reversed. */
function dateRange(from: string | null, to: string | null): DateRange {
  const range: DateRange = {};
  const f = from && ISO_DATE.test(from) ? from : null;
  const t = to && ISO_DATE.test(to) ? to : null;
  const [a, b] = f && t && f > t ? [t, f] : [f, t];
  if (a) range.from = a;
  if (b) range.to = b;
  return range;
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  if (state.range.from) params.set("from", state.range.from);
  if (state.range.to) params.set("to", state.range.to);
  const qs = params.toString();
  return `${location.pathname}${qs ? `?${qs}` : ""}`;
}

let state = stateFromUrl();
if (state.withFilters && wide.matches) filterPanel.open = true;
let requestId = 0;

function send(): void {
  input.value = state.query;
  sortSelect.value = state.sort;
  fromInput.value = state.range.from ?? "";
  toInput.value = state.range.to ?? "";
  list.replaceChildren();
  more.hidden = true;
  help.hidden = true;
  renderChips();
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
  renderHelp(answer);
}

/** A link to this page with another state, that runs it in place. */
function stateLink(text: string, next: State): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = urlOf(next);
  a.textContent = text;
  a.addEventListener("click", (e) => {
    e.preventDefault();
    go(next);
  });
  return a;
}

const anchor = (text: string, href: string): HTMLAnchorElement => {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
};

/**
 * When nothing is found: say that both scripts were searched, and offer a shorter query (one
 * character less at either end), the same search without filters, and the issues of the dates
 * searched to browse.
 */
function renderHelp(answer: SearchAnswer): void {
  if (answer.total > 0 || answer.estimated || !answer.complete) {
    help.hidden = true;
    return;
  }
  const note = document.createElement("p");
  note.textContent = answer.searchedAs ? fill(t.bothScripts, { q: answer.searchedAs }) : t.bothScriptsPlain;
  const steps: HTMLElement[] = [];
  const chars = [...state.query.trim()];
  if (chars.length > MIN_QUERY_CHARS) {
    for (const shorter of new Set([chars.slice(0, -1).join(""), chars.slice(1).join("")]))
      steps.push(stateLink(fill(t.tryShorter, { q: shorter }), { ...fresh(), query: shorter }));
  }
  if (hasNarrowing(state)) steps.push(stateLink(t.tryWithoutFilters, { ...fresh(), query: state.query }));
  const range = state.range.from || state.range.to ? rangeLabel(state.range) : null;
  const year = state.range.from?.slice(0, 4);
  steps.push(
    range && year && year === state.range.to?.slice(0, 4)
      ? anchor(fill(t.browseDates, { range }), config.yearHref.replace("{y}", year))
      : anchor(t.browseAll, config.yearsHref),
  );
  const heading = document.createElement("p");
  heading.textContent = t.tryHeading;
  const ul = document.createElement("ul");
  ul.append(
    ...steps.map((step) => {
      const li = document.createElement("li");
      li.append(step);
      return li;
    }),
  );
  help.replaceChildren(note, heading, ul);
  help.hidden = false;
}

/** The state of a new search: default sort, no filters, no range. */
const fresh = (): State => ({
  query: "",
  sort: "relevance",
  filters: {},
  range: {},
  wanted: config.firstScreen,
  fillFromOlder: false,
  withFilters: false,
});

const hasNarrowing = (s: State): boolean =>
  Object.keys(s.filters).length > 0 || Boolean(s.range.from || s.range.to);

const formatDate = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`));

function rangeLabel(range: DateRange): string {
  if (range.from && range.to)
    return fill(t.rangeBoth, { from: formatDate(range.from), to: formatDate(range.to) });
  if (range.from) return fill(t.rangeFrom, { from: formatDate(range.from) });
  return fill(t.rangeTo, { to: formatDate(range.to ?? "") });
}

/** The active filters and date range, each a button that removes it, and "clear all". */
function renderChips(): void {
  const active: { label: string; without: State }[] = Object.entries(state.filters).map(([key, value]) => {
    const filters = { ...state.filters };
    delete filters[key];
    const name = t.filters[key as keyof typeof t.filters] ?? key;
    return { label: `${name}${t.colon}${valueLabel(key, value)}`, without: { ...state, filters } };
  });
  if (state.range.from || state.range.to)
    active.push({ label: rangeLabel(state.range), without: { ...state, range: {} } });
  chipList.replaceChildren(
    ...active.map(({ label, without }) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "chip";
      button.textContent = label;
      button.setAttribute("aria-label", fill(t.removeFilter, { label }));
      button.addEventListener("click", () =>
        go({ ...without, wanted: config.firstScreen, fillFromOlder: false }),
      );
      li.append(button);
      return li;
    }),
  );
  chips.hidden = active.length === 0;
}

/** Runs a new state: into the URL and the history, then searched. */
function go(next: State): void {
  state = next;
  history.pushState(null, "", urlOf(state));
  send();
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
  li.append(h, where);
  if (item.byline) {
    const byline = document.createElement("p");
    byline.className = "byline";
    byline.textContent = item.byline;
    li.append(byline);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  let dateline: HTMLElement | null = null;
  for (const part of item.excerpt) {
    const node = part.hit ? document.createElement("mark") : document.createTextNode(part.text);
    if (part.hit) node.textContent = part.text;
    if (part.dateline) {
      // The dateline is set apart from the text it opens, as the page prints it.
      if (!dateline) {
        dateline = document.createElement("span");
        dateline.className = "dateline";
        excerpt.append(dateline);
      }
      dateline.append(node);
    } else excerpt.append(node);
  }
  li.append(excerpt);
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
    range: dateRange(fromInput.value, toInput.value),
    wanted: config.firstScreen,
    fillFromOlder: false,
    withFilters: filterPanel.open,
  };
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  go(readForm());
});
// Sort, filters and dates apply as soon as they change (the query waits for its submit).
form.addEventListener("change", (e) => {
  if ((e.target as HTMLElement) === input) return;
  go({ ...readForm(), query: state.query });
});
clearAll.addEventListener("click", () =>
  go({ ...state, filters: {}, range: {}, wanted: config.firstScreen }),
);
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
