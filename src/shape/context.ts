/**
 * What every view builder needs: the config, the UI strings, and link/date helpers that cache
 * their results, because the same issue dates and person links are needed thousands of times.
 */
import type { ArchiveConfig, Issue, Page } from "../model.js";
import { newspaperTitleOn } from "../config/newspaper.js";
import { dayDate, issueTimestamp, longDate } from "./dates.js";
import { uiStrings, type UiStrings } from "./i18n.js";
import { type EncodedPrints, printLookup, type PrintLookup } from "./prints.js";
import { href } from "./urls.js";
import type { Link } from "./views.js";

export interface ShapeContext {
  config: ArchiveConfig;
  ui: UiStrings;
  /** Site-relative path → link target with the path prefix, segments encoded. */
  href: (path: string) => string;
  /** Site-relative path → absolute URL (canonical links, citations, sitemaps). */
  absolute: (path: string) => string;
  link: (path: string, text: string) => Link;
  /** `2025年3月17日 星期一`. */
  longDate: (issue: Pick<Issue, "date">) => string;
  /** `2025年3月17日`. */
  dayDate: (issue: Pick<Issue, "date">) => string;
  /** What links to an issue say: its long date, and the edition when it is not the main one. */
  issueLabel: (issue: Pick<Issue, "date" | "edition" | "editionLabel">) => string;
  /** RFC 3339 midnight of the issue day in the archive's zone, for JSON-LD. */
  timestamp: (issue: Pick<Issue, "date">) => string;
  /** The newspaper's title on the issue's date (`newspaper` in archive.yaml). */
  newspaper: (issue: Pick<Issue, "date">) => string;
  /** `第5版 聊城新闻`. */
  pageLabel: (page: Pick<Page, "number" | "name">) => string;
  /** Pages' scans and PDFs, as pages show them. */
  prints: PrintLookup;
}

/** A path `href` would leave as it is: unreserved characters and `/` only. */
const PLAIN_PATH = /^[A-Za-z0-9/._~-]*$/;

const cached = <T>(compute: (key: string) => T): ((key: string) => T) => {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
};

/** `encoded`: the scans the build encoded (src/prints/); none when shaping without images. */
export function shapeContext(config: ArchiveConfig, encoded: EncodedPrints = new Map()): ShapeContext {
  const ui = uiStrings(config.language);
  // Most paths (dates, numbers) need no encoding; only those with names go through `href`.
  const prefix = config.pathPrefix.replace(/\/$/, "");
  const origin = config.baseUrl.replace(/\/$/, "");
  const namedHref = cached((path) => href(config, path));
  const toHref = (path: string): string => (PLAIN_PATH.test(path) ? `${prefix}${path}` : namedHref(path));
  const long = cached((date) => longDate(date, config.timeZone, config.language));
  const day = cached((date) => dayDate(date, config.timeZone, config.language));
  const timestamp = cached((date) => issueTimestamp(date, config.timeZone));
  const newspaper = cached((date) => newspaperTitleOn(config.newspaper, date));
  return {
    config,
    ui,
    href: toHref,
    absolute: (path) => `${origin}${toHref(path)}`,
    link: (path, text) => ({ href: toHref(path), text }),
    longDate: (issue) => long(issue.date),
    dayDate: (issue) => day(issue.date),
    timestamp: (issue) => timestamp(issue.date),
    issueLabel: (issue) => {
      const edition = issue.editionLabel ?? issue.edition;
      return edition ? `${long(issue.date)} ${edition}` : long(issue.date);
    },
    newspaper: (issue) => newspaper(issue.date),
    pageLabel: (page) => ui.pageLabel(page.number, page.name),
    prints: printLookup(encoded, ui, toHref),
  };
}
