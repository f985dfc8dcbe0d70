/**
 * How each file of a built site is served from object storage behind a CDN: its content type, how
 * long browsers and the CDN may keep it, and whether it is stored gzip-compressed. Pure.
 *
 * - Pagefind's index files (`*.pf_meta`, `*.pf_index`, `*.pf_fragment`, `*.pf_filter`) carry a
 *   hash of their content in their names: a changed file is a new name, so they are kept a year
 *   and marked immutable. They are gzip already and Pagefind's script inflates them itself, so
 *   they are stored as they are, with no `Content-Encoding` (a browser would inflate them first).
 * - Everything else keeps its name when its content changes (HTML, feeds, `shards.json`, the pair
 *   directory, `pagefind.js`, the search page's script, the stylesheet): a few minutes, then the
 *   CDN asks again, so a new issue shows within minutes of a deploy.
 * - Text is stored gzip-compressed with `Content-Encoding: gzip`, as static hosts send it: a year's
 *   HTML is several hundred MB raw and a fraction of it compressed.
 */

export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
  /** Store gzip-compressed, with `Content-Encoding: gzip`. */
  gzip: boolean;
}

/** Content-hashed names: a year, never revalidated. */
export const LONG_CACHE = "public, max-age=31536000, immutable";
/** Names that stay while their content changes: five minutes. */
export const SHORT_CACHE = "public, max-age=300";

const PAGEFIND_INDEX = /\.pf_(?:meta|index|fragment|filter)$/;

/** Text types by extension; the feeds' own types where the site has feeds (`docs/feeds.md`). */
const TEXT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
};

/** Headers for a site file by its path in the site, `/`-separated, without a leading slash. */
export function objectHeaders(path: string): ObjectHeaders {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (PAGEFIND_INDEX.test(name))
    return { contentType: "application/octet-stream", cacheControl: LONG_CACHE, gzip: false };
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  let type = TEXT_TYPES[extension];
  // Feeds: Atom (feeds/*.xml, people/<name>/feed.xml) and JSON Feed; sitemaps stay plain XML.
  const feed = path.startsWith("feeds/") || name === "feed.xml";
  if (feed && extension === "xml") type = "application/atom+xml; charset=utf-8";
  if (feed && extension === "json") type = "application/feed+json; charset=utf-8";
  if (type) return { contentType: type, cacheControl: SHORT_CACHE, gzip: true };
  // Pagefind's WebAssembly (`wasm.unknown.pagefind`, gzip already) and anything unknown.
  return { contentType: "application/octet-stream", cacheControl: SHORT_CACHE, gzip: false };
}
