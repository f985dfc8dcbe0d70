/**
 * The output file a site URL is served from: the prefix taken off, the path decoded, and
 * `index.html` added to a directory URL. Null when the URL is not under `sitePrefix`.
 */
export function fileForUrl(url: string, sitePrefix: string): string | null {
  if (!url.startsWith(sitePrefix)) return null;
  const path = decodeURIComponent(url.slice(sitePrefix.length).split(/[?#]/)[0] ?? "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
