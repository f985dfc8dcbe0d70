/**
 * `issue.yaml`: optional facts about one issue that its folder and file names cannot carry.
 *
 *   number: 12345            # issue number (期号)
 *   edition: 晚报             # edition label, as printed
 *   headlines: after-body    # default for the issue's pages
 *   pages:
 *     01.txt:                # keyed by page file name
 *       number: 5            # printed page number (版次), when the file name does not say it
 *       name: 聊城新闻        # page name
 *       headlines: after-body
 */
import { z } from "zod";
import { MAX_PAGE_NUMBER } from "../load/page-numbers.js";
import { headlinePositionSchema } from "./headlines.js";
import type { FileSpec, Path } from "./yaml-file.js";

export const ISSUE_METADATA_FILE = "issue.yaml";

const wholeNumber = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number" })
  .positive({ error: "must be 1 or more" });

const label = z.string({ error: "must be text" }).trim().min(1, { error: "must not be empty" });

const pageMetadataSchema = z.strictObject({
  number: wholeNumber.max(MAX_PAGE_NUMBER, { error: `must be ${MAX_PAGE_NUMBER} or less` }).optional(),
  name: label.optional(),
  headlines: headlinePositionSchema.optional(),
});

export const issueMetadataSchema = z.strictObject({
  number: wholeNumber.optional(),
  edition: label.optional(),
  headlines: headlinePositionSchema.optional(),
  // A page key with nothing under it (`01.txt:`) says nothing, which is allowed.
  pages: z
    .record(z.string(), pageMetadataSchema.nullable(), { error: "must list page files, each with its keys" })
    .optional(),
});

export type IssueMetadata = z.infer<typeof issueMetadataSchema>;

const ISSUE_HELP: Record<string, string> = {
  number: "the issue number (期号) as a whole number: number: 12345",
  edition: "the edition's name as printed: edition: 晚报",
  headlines: "where this issue's pages print headlines, unless detected: headlines: after-body",
  pages: "one entry per page file: pages: { 01.txt: { name: 要闻 } }",
};
const PAGE_HELP: Record<string, string> = {
  number: "the printed page number (版次) as a whole number: number: 5",
  name: "the page's name as printed: name: 聊城新闻",
  headlines: "where this page prints headlines: headlines: after-body",
};

/** Paths inside `pages:` are `["pages", fileName, key]`. */
const inPage = (path: Path): boolean => path[0] === "pages" && path.length >= 2;

export const issueMetadataSpec: FileSpec<IssueMetadata> = {
  schema: issueMetadataSchema,
  keysAt: (path) => Object.keys(inPage(path) ? PAGE_HELP : ISSUE_HELP),
  helpAt: (path) =>
    (inPage(path) && path.length === 3 ? PAGE_HELP[String(path[2])] : ISSUE_HELP[String(path[0])]) ??
    "see docs/librarians.md",
  whereAt: (path) => (inPage(path) ? ` for page ${String(path[1])}` : ""),
};
