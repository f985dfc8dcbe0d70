/**
 * The JSON Schemas of the files librarians edit by hand, `archive.yaml` and `issue.yaml`, shipped
 * in `schemas/` and named by a `# yaml-language-server: $schema=…` line at the top of each sample
 * file, so that an editor with YAML support checks keys and values and shows what each key is for
 * as the librarian types. Written by `npm run schemas`; a test fails when they are out of date.
 */
import type { z } from "zod";
import { ARCHIVE_CONFIG_FILE, archiveConfigSpec } from "./archive-config.js";
import { ISSUE_METADATA_FILE, issueMetadataSpec } from "./issue-metadata.js";
import { toJsonSchema, type JsonSchema } from "./json-schema.js";
import type { FileSpec, Path } from "./yaml-file.js";

export interface FileSchema {
  /** The file it validates. */
  file: string;
  /** Where it is shipped, relative to the repository root. */
  path: string;
  schema: JsonSchema;
}

function fileSchema<T>(file: string, spec: FileSpec<T>, description: string): FileSchema {
  const path = `schemas/${file.replace(/\.yaml$/, "")}.schema.json`;
  const schema = toJsonSchema(spec.schema as z.ZodType, { title: file, description });
  describeKeys(schema, [], spec);
  return { file, path, schema };
}

/**
 * Every key's `description` is the help `check` prints for it (with a line to copy), so the
 * editor's hover says the same as the error message would.
 */
function describeKeys(schema: JsonSchema, path: Path, spec: FileSpec<unknown>): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property !== "object") continue;
    if (spec.keysAt(path).includes(key)) property.description = spec.helpAt([...path, key]);
    describeKeys(property, [...path, key], spec);
  }
  // `pages:` is a map from file name to a page's keys (or nothing at all).
  const entries = schema.additionalProperties;
  if (typeof entries !== "object") return;
  for (const entry of [entries, ...(entries.anyOf ?? [])])
    if (typeof entry === "object") describeKeys(entry, [...path, "*"], spec);
}

export const fileSchemas = (): FileSchema[] => [
  fileSchema(
    ARCHIVE_CONFIG_FILE,
    archiveConfigSpec,
    "The archive's settings (docs/librarians.md). `npm run check` also checks what this cannot: " +
      "that the language tag and time zone exist and that baseUrl is an origin.",
  ),
  fileSchema(
    ISSUE_METADATA_FILE,
    issueMetadataSpec,
    "What an issue's folder and file names cannot say: issue number, edition, page names, where " +
      "pages print their headlines (docs/librarians.md).",
  ),
];

/** The file's text as shipped: two-space JSON and a final newline, as Prettier writes it. */
export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
