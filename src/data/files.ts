/**
 * The archive as data files a researcher downloads: per issue, a JSON file of every page's reading
 * (the corpus schema, with URLs) and its citations as RIS and CSL-JSON; per year, a JSONL file with
 * one article or note per line; the JSON Schemas of both. Shaped once per build; the templates of
 * `plugin.ts` only print `body`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { codeVersion } from "../build/code-version.js";
import { writeWhole } from "../build/write-whole.js";
import { toJsonSchema } from "../config/json-schema.js";
import type { Archive, Issue, Page } from "../model.js";
import { toCorpusJson } from "../corpus/reading-json.js";
import { citationRecord } from "../shape/citation.js";
import { cslFile, risFile } from "../shape/cite-formats.js";
import type { ShapeContext } from "../shape/context.js";
import { listItems, type ItemEntry } from "../shape/entries.js";
import { itemTitle } from "../shape/item-title.js";
import { fingerprintOf } from "../load/issue-fingerprint.js";
import {
  citeFilePaths,
  issueDataPath,
  issuePath,
  itemPath,
  pagePath,
  schemaPath,
  yearDataPath,
} from "../shape/urls.js";
import {
  articleLineSchema,
  issueDataSchema,
  type ArticleLine,
  type DataPage,
  type IssueData,
} from "./schema.js";

/** One file the build writes as it is. */
export interface DataFile {
  /** Site-relative, unprefixed output path. */
  permalink: string;
  /** The file's text, made when the template prints it. */
  readonly body: string;
  /** UTF-8 bytes of `body`: what the data page lists. */
  bytes: number;
  /** SHA-256 of `body`: what the render cache knows the file by (`body` is left out of its JSON). */
  digest: string;
}

/** A file's size and digest, and the hash of everything its text is made from. */
interface Measured {
  key: string;
  bytes: number;
  digest: string;
}

/**
 * The sizes and digests of the last build's files, by path, kept in memory between `npm start`'s
 * rebuilds and in a file between builds (`.cache/data/sizes.json`): a rebuild or a daily build
 * makes again only the files whose inputs changed (a save or a new issue: its issue's and its
 * year's), not a year's ~150 MB of text.
 */
export class DataFileSizes {
  private last: Map<string, Measured>;
  private next = new Map<string, Measured>();
  /** Characters of text kept until printed in this build (`KEPT_TEXT`). */
  private kept = 0;

  /** `saved`: the file the sizes are kept in between builds, if any. */
  constructor(private readonly saved?: string) {
    this.last = saved ? readSaved(saved) : new Map();
  }

  /**
   * A file whose text `make` writes, `inputs` naming everything `make` reads besides the code:
   * made once now for its size (unless a file of the same path and inputs was made before), and
   * again when it is printed, so that the whole archive's text is not held twice more in memory
   * for the length of the build (a year of a daily is some 300 MB of JSON). `make` is pure, so
   * both times give the same bytes. A file whose body is never printed (the render cache put it
   * in place) is made only once.
   */
  file(permalink: string, inputs: string, make: () => string): DataFile {
    const key = keyOf(inputs);
    let measured = this.last.get(permalink);
    // A file made now keeps its text until it is printed, rather than being made twice, while
    // their texts stay within `KEPT_TEXT`: all the files a save or a day changes (a year's JSONL
    // file is ~70 MB), the first of a clean build's.
    let made: string | undefined;
    if (measured?.key !== key) {
      const text = make();
      measured = { key, bytes: Buffer.byteLength(text, "utf8"), digest: sha256(text) };
      if (this.kept + text.length <= KEPT_TEXT) {
        made = text;
        this.kept += text.length;
      }
    }
    this.next.set(permalink, measured);
    const body = (): string => {
      const text = made ?? make();
      made = undefined;
      return text;
    };
    const view = { permalink, bytes: measured.bytes, digest: measured.digest };
    // Not enumerable: the view's JSON (the render cache's key) holds the digest, not the text again.
    return Object.defineProperty(view, "body", { get: body, enumerable: false }) as DataFile;
  }

  /** Ends a build: the files it made are those the next build may find. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
    this.kept = 0;
    if (this.saved) save(this.saved, this.last);
  }
}

/**
 * Characters of made text a build keeps until printed (up to twice as many bytes in memory): the
 * files a daily build changes (its issue's, and its year's: ~70 MB of UTF-8, ~40 million
 * characters for a year of a daily), not every file of a year.
 */
const KEPT_TEXT = 64 * 2 ** 20;

/** Bumped when what `.cache/data/sizes.json` holds changes; code changes are seen by `codeVersion`. */
const SAVED_FORMAT = "data files 1";

/** The code the files are made by: all of `src/` (the shaping, the schemas, the UI strings). */
let code: string | undefined;
const keyOf = (inputs: string): string =>
  sha256(`${(code ??= codeVersion(SAVED_FORMAT, ["src", "package-lock.json"]))}\0${inputs}`);

/** The saved sizes; none when the file is missing or not this format's (made again, not trusted). */
function readSaved(file: string): Map<string, Measured> {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { format?: unknown; files?: unknown };
    if (saved.format === SAVED_FORMAT && Array.isArray(saved.files))
      return new Map((saved.files as [string, Measured][]).map(([path, measured]) => [path, measured]));
  } catch {
    // Missing or unreadable: every file is made again.
  }
  return new Map();
}

/** Kept for the next build (`writeWhole`: a reader never sees half of it). */
function save(file: string, files: Map<string, Measured>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, JSON.stringify({ format: SAVED_FORMAT, files: [...files] }));
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The page's reading in the corpus schema, as `parse --json` prints it (`toCorpusJson`). */
const corpusOf = (ctx: ShapeContext, page: Page) =>
  toCorpusJson(basename(page.file), ctx.config.language, page.reading);

function pageData(ctx: ShapeContext, issue: Issue, page: Page): DataPage {
  const { items, ...reading } = corpusOf(ctx, page);
  return {
    ...reading,
    number: page.number,
    name: page.name,
    url: ctx.absolute(pagePath(issue, page)),
    items: items.map((item, i) => ({ ...item, url: ctx.absolute(itemPath(issue, page, i + 1)) })),
  };
}

export function issueData(ctx: ShapeContext, issue: Issue): IssueData {
  return {
    newspaper: ctx.newspaper(issue),
    date: issue.date,
    edition: issue.edition,
    number: issue.number,
    url: ctx.absolute(issuePath(issue)),
    pages: issue.pages.map((page) => pageData(ctx, issue, page)),
  };
}

/** One JSONL line per item of the issue: where it was printed, then its corpus fields. */
function articleLines(ctx: ShapeContext, issue: Issue): string[] {
  return issue.pages.flatMap((page) =>
    corpusOf(ctx, page).items.map((item, i) => {
      const line: ArticleLine = {
        url: ctx.absolute(itemPath(issue, page, i + 1)),
        newspaper: ctx.newspaper(issue),
        date: issue.date,
        edition: issue.edition,
        page: page.number,
        pageName: page.name,
        position: i + 1,
        ...item,
      };
      return `${JSON.stringify(line)}\n`;
    }),
  );
}

/** The schemas the data page links, by file name. */
export const DATA_SCHEMAS = {
  issue: issueDataSchema,
  article: articleLineSchema,
} as const;

export interface ArchiveDataFiles {
  issues: { issue: Issue; json: DataFile; ris: DataFile; csl: DataFile }[];
  years: { year: number; jsonl: DataFile }[];
  schemas: { name: keyof typeof DATA_SCHEMAS; file: DataFile }[];
}

/** `sizes` keeps the files' sizes for the next build (`npm start`'s rebuilds share one). */
export function dataFiles(
  ctx: ShapeContext,
  archive: Archive,
  sizes = new DataFileSizes(),
): ArchiveDataFiles {
  const context = JSON.stringify(ctx.config);
  const file = (permalink: string, inputs: Issue[], make: () => string): DataFile =>
    sizes.file(permalink, [context, ...inputs.map(fingerprintOf)].join("\0"), make);
  const byIssue = new Map<Issue, ItemEntry[]>(archive.issues.map((issue) => [issue, []]));
  for (const entry of listItems(archive)) byIssue.get(entry.issue)?.push(entry);

  const years = new Map<number, Issue[]>();
  const issues = archive.issues.map((issue) => {
    const year = Number(issue.date.slice(0, 4));
    const ofYear = years.get(year) ?? [];
    ofYear.push(issue);
    years.set(year, ofYear);
    const entries = byIssue.get(issue) ?? [];
    const records = () =>
      entries.map((e) =>
        citationRecord(
          ctx,
          e,
          itemTitle(ctx.ui, e.item, { date: ctx.dayDate(issue), pageNumber: e.page.number }),
        ),
      );
    const cite = citeFilePaths(issue);
    return {
      issue,
      json: file(issueDataPath(issue), [issue], () => `${JSON.stringify(issueData(ctx, issue), null, 2)}\n`),
      ris: file(cite.ris, [issue], () => risFile(records())),
      csl: file(cite.csl, [issue], () => cslFile(records())),
    };
  });

  const schemas = (Object.keys(DATA_SCHEMAS) as (keyof typeof DATA_SCHEMAS)[]).map((name) => ({
    name,
    file: file(
      schemaPath(name),
      [],
      () =>
        `${JSON.stringify(
          toJsonSchema(DATA_SCHEMAS[name], {
            id: ctx.absolute(schemaPath(name)),
            title: name === "issue" ? ctx.ui.dataIssueSchema : ctx.ui.dataArticleSchema,
            description: DATA_SCHEMAS[name].description ?? "",
          }),
          null,
          2,
        )}\n`,
    ),
  }));

  const files = {
    issues,
    years: [...years].map(([year, ofYear]) => ({
      year,
      jsonl: file(yearDataPath(year), ofYear, () =>
        ofYear.flatMap((issue) => articleLines(ctx, issue)).join(""),
      ),
    })),
    schemas,
  };
  sizes.done();
  return files;
}
