/**
 * A tiny static file server for measuring what a search costs a reader: serves a built site on
 * 127.0.0.1, gzips text types as static hosts do, and counts for every request the file's bytes
 * (raw) and the body bytes sent (wire).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";
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
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};
/** Types a static host compresses on the fly; Pagefind's own files are already gzip inside. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt"]);

export interface StaticServer {
  origin: string;
  /** Requests served since the last `reset()`. */
  requests: ServedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/** Maps a URL path to a file under `root`, or null (outside the root, or missing). */
export function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const state: { requests: ServedRequest[] } = { requests: [] };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const file = resolveFile(root, path);
    const record: ServedRequest = { path, status: 200, rawBytes: 0, wireBytes: 0, at: Date.now() };
    state.requests.push(record);
    if (!file) {
      record.status = 404;
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const ext = extname(file);
    record.rawBytes = statSync(file).size;
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    body.on("data", (chunk: Buffer) => (record.wireBytes += chunk.length));
    body.pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
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
