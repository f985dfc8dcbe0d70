/** A static file server for a built site, as a static host serves it (under its path prefix). */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import type { BuiltSite } from "./build.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};

export interface Served {
  /** Origin plus prefix, e.g. `http://127.0.0.1:40123/archive/`. */
  root: string;
  close: () => Promise<void>;
}

export async function serve(site: BuiltSite): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.startsWith(site.prefix) ? join(site.out, path.slice(site.prefix.length)) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file && existsSync(file) && statSync(file).isFile();
    res.writeHead(found ? 200 : 404, {
      "content-type": TYPES[extname(found ? file : ".html")] ?? "application/octet-stream",
    });
    createReadStream(found ? file : join(site.out, "404.html")).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}${site.prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
