/**
 * The one static file server of the project, for the bench (what a search costs a reader) and for
 * the browser tests: serves a built site on 127.0.0.1 under its path prefix, gzips text types as
 * static hosts do, and counts for every request the file's bytes (raw) and the body bytes sent (wire).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";

/** One request as served. */
export interface ServedRequest {
  path: string;
  status: number;
  rawBytes: number;
  wireBytes: number;
  at: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  // As GitHub Pages serves them (mime-db): the feeds' XSLT stylesheet, and the data downloads.
  ".xsl": "application/xml; charset=utf-8",
  ".rss": "application/rss+xml; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".avif": "image/avif",
  ".webp": "image/webp",
  ".jpeg": "image/jpeg",
  ".pdf": "application/pdf",
};
/** Types a static host compresses on the fly; Pagefind's own files are already gzip inside. */
const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".xml",
  ".xsl",
  ".rss",
  ".svg",
  ".txt",
]);

export interface StaticServerOptions {
  /** The site's path prefix (`/` or `/archive/`); paths outside it are not found. Default `/`. */
  prefix?: string;
  /** Gzip text types when the browser accepts gzip, as static hosts do. Default true. */
  gzip?: boolean;
  /** Answer a missing file with the site's `404.html` (status 404), as static hosts do. Default false. */
  notFoundPage?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:40123`. */
  origin: string;
  /** Origin plus prefix: `http://127.0.0.1:40123/archive/`. */
  root: string;
  /** Requests served since the last `reset()`. */
  requests: ServedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * Maps a URL path to a file under `root`, or null (outside the prefix or the root, or missing);
 * a folder maps to its `index.html`.
 */
export function resolveFile(root: string, urlPath: string, prefix = "/"): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
  if (!path.startsWith(prefix)) return null;
  const file = normalize(join(root, path.slice(prefix.length)));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : null;
  }
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const { prefix = "/", gzip = true, notFoundPage = false } = options;
  const state: { requests: ServedRequest[] } = { requests: [] };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const found = resolveFile(root, path, prefix);
    const record: ServedRequest = { path, status: 200, rawBytes: 0, wireBytes: 0, at: Date.now() };
    state.requests.push(record);
    const page404 = join(root, "404.html");
    const file = found ?? (notFoundPage && existsSync(page404) ? page404 : null);
    if (!file) {
      record.status = 404;
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    record.status = found ? 200 : 404;
    const ext = extname(file);
    record.rawBytes = statSync(file).size;
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream" };
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      // Compressed whole, so the response says its length as a static host's would.
      const body = gzipSync(readFileSync(file));
      record.wireBytes = body.length;
      res.writeHead(record.status, {
        ...headers,
        "content-encoding": "gzip",
        "content-length": String(body.length),
      });
      res.end(body);
      return;
    }
    res.writeHead(record.status, { ...headers, "content-length": String(record.rawBytes) });
    const body = createReadStream(file);
    body.on("data", (chunk) => (record.wireBytes += chunk.length));
    body.pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        root: `${origin}${prefix}`,
        get requests() {
          return state.requests;
        },
        reset() {
          state.requests = [];
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
