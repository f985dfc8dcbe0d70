/**
 * What a folder under `issues/` is, from its name alone: a year folder (`2025`), an issue folder
 * (`2025-03-17`, `2025-03-17-evening`), or a mistake with the diagnostic that explains it. Pure.
 */
import { DateTime, Info } from "luxon";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";

export type FolderKind =
  | { kind: "year"; year: string }
  | { kind: "issue"; date: string; edition: string | null }
  | { kind: "invalid"; diagnostic: Diagnostic };

const YEAR = /^\d{4}$/;
const ISSUE = /^(\d{4})-(\d{2})-(\d{2})(?:-(.*))?$/;
/** Lowercase ASCII, starting with a letter so that it never reads as a day or a page number. */
const EDITION = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `path` is the folder's path relative to the archive root, named in any diagnostic. */
export function classifyFolder(name: string, path: string): FolderKind {
  if (YEAR.test(name)) return { kind: "year", year: name };
  const m = ISSUE.exec(name);
  if (!m) return invalid(diagnose("not-a-date", path, { name, suggestion: suggestDate(name) }));
  const [, y, mo, d, edition] = m as unknown as [string, string, string, string, string | undefined];
  const reason = impossibility(Number(y), Number(mo), Number(d));
  if (reason) return invalid(diagnose("impossible-date", path, { reason }));
  const date = `${y}-${mo}-${d}`;
  if (edition !== undefined && !EDITION.test(edition))
    return invalid(diagnose("bad-edition", path, { edition, suggestion: suggestEdition(date, edition) }));
  return { kind: "issue", date, edition: edition ?? null };
}

const invalid = (diagnostic: Diagnostic): FolderKind => ({ kind: "invalid", diagnostic });

/** Why year/month/day is not a day of the calendar, or null when it is one. */
export function impossibility(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return `there is no day ${day}`;
  const days = DateTime.local(year, month, 1).daysInMonth ?? 31;
  if (day > days) return `${Info.months("long", { locale: "en" })[month - 1]} has ${days} days in ${year}`;
  return null;
}

/** `2025-3-7`, `2025_03_07`, `20250307` → `2025-03-07`, when that is a real date. */
function suggestDate(name: string): string | null {
  const m = /^(\d{4})[-_. ]?(\d{1,2})[-_. ]?(\d{1,2})$/.exec(name);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (impossibility(year, month, day)) return null;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${m[1]}-${pad(month)}-${pad(day)}`;
}

/** `Evening`, `Evening Edition` → `2025-03-17-evening-edition`, when lowercasing is all it takes. */
function suggestEdition(date: string, edition: string): string | null {
  const slug = edition
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return EDITION.test(slug) ? `${date}-${slug}` : null;
}
