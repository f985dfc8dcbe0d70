/**
 * The data downloads' schemas (zod), the one source of both the checks the tests make and the
 * JSON Schema files the site publishes (`/data/schema/*.schema.json`, via `toJsonSchema` in src/config/json-schema.ts).
 *
 * A page's reading is the corpus schema of the readings (`toCorpusJson` in
 * src/corpus/reading-json.ts, what `npm run parse -- FILE --json` prints), with the page's number,
 * name and URL, and each item's URL on the site, added.
 */
import { z } from "zod";

const text = z.string();
const orNull = text.nullable();

export const blockSchema = z
  .strictObject({
    type: z
      .enum(["p", "subhead"])
      .describe("p: a paragraph, wrapped lines joined; subhead: a heading inside the article"),
    text,
  })
  .describe("One block of an article's body, in page order");

/** The fields of an item as the corpus readings have them. */
const corpusItemFields = {
  kind: z.enum(["article", "note"]).describe("note: text printed without a headline"),
  kicker: orNull.describe("the line above the headline (引题)"),
  headline: orNull.describe("one string, even when printed over two lines; null for a note"),
  subtitle: orNull.describe("the line under the headline (副题)"),
  byline: orNull.describe("as printed, without the □ marker, spaces normalised"),
  reporters: z.array(text).describe("names after 记者"),
  correspondents: z.array(text).describe("names after 通讯员"),
  dateline: orNull.describe("as printed, e.g. 本报聊城讯"),
  place: orNull.describe("the place in the dateline"),
  blocks: z.array(blockSchema),
};

const url = z.url().describe("the item's page on the site: its permanent link");
const isoDate = z.iso.date().describe("the issue's date, YYYY-MM-DD");

export const dataItemSchema = z.strictObject({ ...corpusItemFields, url });

export const dataPageSchema = z
  .strictObject({
    source: text.describe("the page file's name"),
    language: text.describe("BCP 47 tag of the page's language"),
    headlinePosition: z.enum(["after-body", "before-body"]).describe("where this page prints headlines"),
    number: z.number().int().positive().describe("the printed page number (版次)"),
    name: orNull.describe("the page's name, e.g. 聊城新闻"),
    url: z.url().describe("the page's view on the site"),
    items: z.array(dataItemSchema).describe("in the order of the page"),
  })
  .describe("One printed page read into articles and notes (the corpus schema, with URLs)");

export const issueDataSchema = z
  .strictObject({
    newspaper: text.describe("the newspaper's title on the issue's date"),
    date: isoDate,
    edition: orNull.describe("the edition's slug, null for the main edition"),
    number: z.number().int().positive().nullable().describe("the issue number (期号)"),
    url: z.url().describe("the issue's page on the site"),
    pages: z.array(dataPageSchema).describe("in printed order"),
  })
  .describe("One issue of the newspaper: every page's reading");

export const articleLineSchema = z
  .strictObject({
    url,
    newspaper: text.describe("the newspaper's title on the issue's date"),
    date: isoDate,
    edition: orNull.describe("the edition's slug, null for the main edition"),
    page: z.number().int().positive().describe("the printed page number (版次)"),
    pageName: orNull.describe("the page's name"),
    position: z.number().int().positive().describe("the item's place on its page, from 1"),
    ...corpusItemFields,
  })
  .describe("One article or note, with where it was printed: one line of a year's JSONL file");

export type DataPage = z.infer<typeof dataPageSchema>;
export type IssueData = z.infer<typeof issueDataSchema>;
export type ArticleLine = z.infer<typeof articleLineSchema>;
