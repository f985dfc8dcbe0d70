/**
 * What `pages/search.njk` prints: the page's words, and the configuration the browser script reads
 * (where the bundles, worker and manifest are, all under the site's path prefix).
 */
import type { Archive } from "../model.js";
import { scriptJson } from "../shape/script-json.js";
import { homePath, href, yearPath, yearsAnchor } from "../shape/urls.js";
import { FILTER_KEYS, type FilterKey } from "./record.js";
import { BUNDLE_DIR, SHARDS_FILE } from "./manifest.js";
import { searchStrings, type SearchStrings } from "./strings.js";

/** The search page's own rules (`pages/assets/search.css`), so that other pages do not load them. */
const SEARCH_STYLESHEET = "/assets/search.css";

/** Where the esbuild bundles of `src/search/client/` are written in the site. */
export const CLIENT_DIR = "/assets/search/";

/** Read by the browser script from `<script type="application/json" id="search-config">`. */
export interface SearchClientConfig {
  lang: string;
  bundleBase: string;
  manifestUrl: string;
  workerUrl: string;
  /** Results the first screen of a search shows. */
  firstScreen: number;
  /** Results "show more" adds. */
  pageSize: number;
  filterKeys: FilterKey[];
  strings: SearchStrings;
  /** A year page's link with `{y}` for the year, and the list of years on the home page. */
  yearHref: string;
  yearsHref: string;
}

export interface SearchPageView {
  strings: SearchStrings;
  scriptHref: string;
  /** The search page's own stylesheet, beside the site's. */
  stylesheetHref: string;
  filterKeys: readonly FilterKey[];
  /** The archive's first and last issue dates (ISO): the bounds of the date fields. */
  firstDate: string;
  lastDate: string;
  /** The config as JSON, safe inside a `<script>` element (`<`, `>`, `&` escaped). */
  configJson: string;
}

/**
 * Results a search shows first: each costs one fragment download, 1.5–8 KB on real articles, and
 * a cold first screen must stay within 150 KB (`docs/search.md`). Six fill a desktop screen (three
 * fill a phone's); "show more" adds `PAGE_SIZE` at a time.
 */
export const FIRST_SCREEN = 6;
/** Results "show more" adds. */
export const PAGE_SIZE = 10;

export function searchPageView(archive: Archive): SearchPageView {
  const strings = searchStrings(archive.config.language);
  const link = (path: string): string => href(archive.config, path);
  const config: SearchClientConfig = {
    lang: archive.config.language,
    bundleBase: link(`/${BUNDLE_DIR}/`),
    manifestUrl: link(`/${BUNDLE_DIR}/${SHARDS_FILE}`),
    workerUrl: link(`${CLIENT_DIR}worker.js`),
    firstScreen: FIRST_SCREEN,
    pageSize: PAGE_SIZE,
    filterKeys: [...FILTER_KEYS],
    strings,
    yearHref: link(yearPath(0)).replace("/0/", "/{y}/"),
    yearsHref: `${link(homePath())}#${yearsAnchor}`,
  };
  const { issues } = archive;
  return {
    strings,
    scriptHref: link(`${CLIENT_DIR}page.js`),
    stylesheetHref: link(SEARCH_STYLESHEET),
    filterKeys: FILTER_KEYS,
    firstDate: issues[0]?.date ?? "",
    lastDate: issues[issues.length - 1]?.date ?? "",
    configJson: scriptJson(config),
  };
}
