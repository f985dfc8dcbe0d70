/**
 * An issue as a string that changes whenever anything made from it could: its data, with each
 * page's text and reading named by the reading's key in the reading cache (which hashes the text,
 * the reading's options and the reader's code: `readingKey`), or given whole when the reading did
 * not come from the cache. What is kept between builds is keyed by it: each issue's views
 * (`shape/issue-views.ts`), the data files (`data/files.ts`), the search shards
 * (`search/shard-cache.ts`). Computed once per issue object.
 */
import type { Issue } from "../model.js";
import { readingKey } from "./reading-cache.js";

const fingerprints = new WeakMap<Issue, string>();

export function fingerprintOf(issue: Issue): string {
  let print = fingerprints.get(issue);
  if (print === undefined) fingerprints.set(issue, (print = fingerprint(issue)));
  return print;
}

function fingerprint(issue: Issue): string {
  const pages = issue.pages.map((page) => {
    const key = readingKey(page.reading);
    return key === undefined ? page : { ...page, text: null, reading: key };
  });
  return JSON.stringify({ ...issue, pages });
}
