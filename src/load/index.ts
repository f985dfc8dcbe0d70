/**
 * Loading the archive: files on disk → typed model, plus every problem found on the way.
 * (Placeholder until the loader lands.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Archive, Issue } from "../model.js";
import { readPage } from "../read/index.js";
import type { Diagnostic } from "./diagnostic.js";

export interface LoadResult {
  archive: Archive;
  diagnostics: Diagnostic[];
}

export function loadArchive(root: string): LoadResult {
  const issues: Issue[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (!statSync(full).isDirectory()) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(name)) {
        const files = readdirSync(full)
          .filter((f) => f.endsWith(".txt"))
          .sort();
        issues.push({
          date: name,
          edition: null,
          number: null,
          dir: relative(root, full),
          pages: files.map((f, i) => {
            const text = readFileSync(join(full, f), "utf8");
            return {
              number: i + 1,
              name: null,
              file: relative(root, join(full, f)),
              text,
              reading: readPage(text),
            };
          }),
        });
      } else walk(full);
    }
  };
  walk(join(root, "issues"));
  return {
    archive: {
      config: {
        title: "聊城新闻档案",
        description: "",
        language: "zh-CN",
        timeZone: "Asia/Shanghai",
        baseUrl: "https://example.org",
        pathPrefix: "/",
        publisher: "",
        feedLimit: 50,
      },
      issues,
    },
    diagnostics: [],
  };
}
