/**
 * A zod schema as a JSON Schema document (draft 2020-12), for tools outside this program that
 * read the same data: editors validating a hand-edited YAML file, consumers of a data download.
 * Generated with zod's own `z.toJSONSchema`, so the two cannot drift apart by hand.
 *
 * It describes what zod accepts as input: keys with a default are optional, transforms are not
 * run. Checks written as code (`refine`: a real time zone, a real language tag, an origin without a
 * path) have no JSON Schema form and are left out, so the JSON Schema accepts a little more than
 * zod and never less; `npm run check` remains the full check.
 */
import { z } from "zod";

/** A JSON Schema document, as JSON. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

export interface JsonSchemaMeta {
  /** Where the document is published, as its `$id` (a URL or a path in the repository). */
  id?: string;
  title: string;
  description: string;
}

export function toJsonSchema(schema: z.ZodType, meta: JsonSchemaMeta): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(meta.id ? { $id: meta.id } : {}),
    title: meta.title,
    description: meta.description,
    ...rest,
  };
}
