/**
 * A page that shows no structure (plain OCR of an old page, in any language) is still
 * published and searchable: it becomes one note whose paragraphs are repaired like any other.
 */
import { buildUnits } from "./blocks.js";
import { note, unitText, type Script } from "./finish.js";
import type { Line } from "./lines.js";
import type { Markup } from "./markup.js";
import { assignRoles, paragraphMode } from "./roles.js";
import type { Item, ReadingWarning } from "./types.js";

export function readUnstructured(
  lines: Line[],
  markup: Markup,
  script: Script,
): { item: Item; warning: ReadingWarning } {
  const mode = paragraphMode(lines);
  const roles = assignRoles(lines, markup.roles, mode, false);
  const units = buildUnits(lines, roles, { ...markup, breaks: new Set() }, mode);
  const blocks = units
    .filter((u) => u.kind === "paragraph")
    .map((u) => ({ type: "p" as const, text: unitText(u, script) }))
    .filter((b) => b.text !== "");
  const content = lines.filter((l) => !l.blank);
  const first = content[0]?.no ?? 1;
  const last = content[content.length - 1]?.no ?? first;
  return {
    item: note(blocks, { first, last }),
    warning: {
      line: first,
      code: "unstructured-page",
      message:
        "No headlines or bylines found: the page is published as one text. Mark articles with @@headline to split it.",
    },
  };
}
