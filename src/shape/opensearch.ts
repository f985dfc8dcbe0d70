/**
 * The OpenSearch description (https://github.com/dewitt/opensearch): with it and the
 * `<link rel="search">` in every page's head, a browser offers the archive's own search from its
 * address bar. The search page reads the query from `?q=`.
 */
import type { ShapeContext } from "./context.js";
import { faviconPath, openSearchPath, searchPath } from "./urls.js";

export interface OpenSearchView {
  permalink: string;
  /** At most 16 characters, as the specification asks. */
  shortName: string;
  description: string;
  language: string;
  /** The search page's absolute URL with `{searchTerms}` where the query goes. */
  template: string;
  image: string;
  /** The description's own absolute URL (`rel="self"`). */
  self: string;
}

export function openSearchView(ctx: ShapeContext): OpenSearchView {
  const { config, ui } = ctx;
  return {
    permalink: openSearchPath(),
    shortName: Array.from(config.title).slice(0, 16).join(""),
    description: `${config.title} · ${ui.searchLabel}`,
    language: config.language,
    template: `${ctx.absolute(searchPath())}?q={searchTerms}`,
    image: ctx.absolute(faviconPath()),
    self: ctx.absolute(openSearchPath()),
  };
}
