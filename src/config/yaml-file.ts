/**
 * A hand-edited YAML file (archive.yaml, issue.yaml) → a validated value, or diagnostics that point
 * at the line to fix. Pure: text in. Syntax errors stop validation (their line is what matters);
 * otherwise every schema problem is reported, each on the line of the key it is about.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import type { Diagnostic } from "../load/diagnostic.js";
import { diagnose } from "../load/catalogue.js";
import { closest } from "./closest.js";

export type Path = readonly PropertyKey[];

/** What a file's schema says about its keys, for messages and hints. */
export interface FileSpec<T> {
  schema: z.ZodType<T>;
  /** The keys allowed in the mapping at `path`. */
  keysAt(path: Path): string[];
  /** What the key at `path` is for, with an example line. */
  helpAt(path: Path): string;
  /** Where `path` is, for a message: "" at the top level, " for page 01.txt" deeper down. */
  whereAt(path: Path): string;
}

/** A value that replaces the file's own top-level key, with the name of where it came from. */
export interface Override {
  value: string;
  /** Named as the "file" of any problem with the value, e.g. `ARCHIVE_BASE_URL`. */
  source: string;
}

export interface Parsed<T> {
  value: T | null;
  diagnostics: Diagnostic[];
  /** Line of the key at `path` in the file (for problems found later, like a page that is not there). */
  lineOfKey(path: Path): number | undefined;
}

export function parseYamlFile<T>(
  text: string,
  file: string,
  spec: FileSpec<T>,
  overrides: Readonly<Record<string, Override | undefined>> = {},
): Parsed<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lines.linePos(offset).line;
  const lineOfKey = (path: Path): number | undefined =>
    path.length > 0
      ? (keyLine(doc, path.slice(0, -1), String(path[path.length - 1]), lineAt) ?? lineOf(doc, path, lineAt))
      : undefined;
  const failed = (diagnostics: Diagnostic[]): Parsed<T> => ({ value: null, diagnostics, lineOfKey });
  if (doc.errors.length > 0)
    return failed(
      doc.errors.map((e) => {
        const line = lineAt(e.pos[0]);
        if (e.code !== "DUPLICATE_KEY") return diagnose("yaml-syntax", file, { reason: e.message }, line);
        const key = (text.split("\n")[line - 1] ?? "").split(":")[0]!.trim();
        return diagnose("duplicate-key", file, { key }, line);
      }),
    );
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) return failed([diagnose("not-a-mapping", file, {}, 1)]);

  const input: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [key, o] of Object.entries(overrides)) if (o) input[key] = o.value;
  const result = spec.schema.safeParse(input);
  if (result.success) return { value: result.data, diagnostics: [], lineOfKey };

  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    const override = typeof issue.path[0] === "string" ? overrides[issue.path[0]] : undefined;
    const where = override ? override.source : file;
    const line = override ? undefined : lineOf(doc, issue.path, lineAt);
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => {
        const known = spec.keysAt(issue.path);
        const at = keyLine(doc, issue.path, key, lineAt) ?? line;
        const params = { key, where: spec.whereAt(issue.path), suggestion: closest(key, known), known };
        return diagnose("unknown-key", where, params, at);
      });
    const key = describeKey(issue.path, spec);
    const help = spec.helpAt(issue.path);
    if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined)
      return [diagnose("missing-key", where, { key, help }, line)];
    const found = valueAt(input, issue.path);
    const problem = `${issue.message}${isPrintable(found) ? ` (found ${JSON.stringify(redact(found))})` : ""}`;
    return [diagnose("invalid-value", where, { key, problem, help }, line)];
  });
  return failed(diagnostics);
}

/** A value as it may be printed (in CI logs too): a URL's user name and password masked. */
const redact = (v: unknown): unknown => (typeof v === "string" ? v.replace(/(\/\/)[^/@\s]*@/, "$1***@") : v);

const isPrintable = (v: unknown): boolean =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null;

function describeKey(path: Path, spec: FileSpec<unknown>): string {
  if (path.length === 0) return "the file";
  return `${String(path[path.length - 1])}${spec.whereAt(path.slice(0, -1))}`;
}

function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Line of the node at `path`, or of its nearest ancestor that is in the file. */
function lineOf(doc: Document, path: Path, lineAt: (offset: number) => number): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  return undefined;
}

/** Line of `key` itself inside the mapping at `path`. */
function keyLine(
  doc: Document,
  path: Path,
  key: string,
  lineAt: (offset: number) => number,
): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items)
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
      return lineAt(pair.key.range[0]);
  return undefined;
}
