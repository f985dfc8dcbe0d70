/**
 * The one way tests read the real sample (`test/fixtures/corpus/`, a copy of the shared corpus):
 * the printed page as OCR gave it, its hand-checked reading, and its first lines in GB18030.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Item } from "../../src/read/types.js";
import { repoRoot } from "./build.js";

/** The sample page's file name, as in the sample archive's `issues/2025/2025-03-17/`. */
export const SAMPLE_NAME = "000_44ab08e54eea3468";

const fixture = (path: string): Buffer => readFileSync(join(repoRoot, "test/fixtures", path));

/** The real sample page's text. */
export const SAMPLE_PAGE = fixture(`corpus/${SAMPLE_NAME}.txt`).toString("utf8");

/** The sample page's hand-checked reading: its items in print order (a fresh copy on every call). */
export const goldItems = (): Item[] =>
  (JSON.parse(fixture(`corpus/${SAMPLE_NAME}.gold.json`).toString("utf8")) as { items: Item[] }).items;

/** The first lines of the sample page as GB18030 bytes (made with `iconv -f UTF-8 -t GB18030`). */
export const GB18030_PAGE = fixture("archives/gb18030-page.txt");
