/**
 * Stage 0: the librarian's correction markup (docs/markup.md). A directive is a whole line that
 * starts with `@@` — no newspaper prints that — so it cannot collide with page text. Directive
 * lines are taken out of the page; what they say is handed to the later stages.
 */
import type { Line } from "./lines.js";
import type { HeadlinePosition, ReadingWarning } from "./types.js";

/** A role a directive forces on the lines that follow it (up to the next blank line). */
export type ForcedRole = "kicker" | "headline" | "subtitle" | "byline" | "subhead" | "text";

/** What the markup of one page says. */
export interface Markup {
  /** The page's lines without directive lines. */
  lines: Line[];
  /** Forced role by line number. */
  roles: Map<number, ForcedRole>;
  /** Line numbers before which a new item starts (`@@article`, `@@note`). */
  breaks: Set<number>;
  /** Line numbers that start a note (`@@note`). */
  notes: Set<number>;
  /** Line numbers that start a new paragraph (`@@paragraph`). */
  paragraphs: Set<number>;
  /** `@@headlines before|after`, when given. */
  headlinePosition: HeadlinePosition | null;
  /** `@@plain`: read the page as unstructured text. */
  plain: boolean;
  /** True when any directive forces structure (roles or breaks). */
  structural: boolean;
  warnings: ReadingWarning[];
}

const ROLE_DIRECTIVES: Record<string, ForcedRole> = {
  kicker: "kicker",
  headline: "headline",
  subtitle: "subtitle",
  byline: "byline",
  subhead: "subhead",
  text: "text",
};

const KNOWN =
  "@@article, @@note, @@paragraph, @@kicker, @@headline, @@subtitle, @@byline, @@subhead, @@text, @@headlines before|after, @@plain, @@# comment";

const DIRECTIVE = /^@@(#.*|[A-Za-z-]*)(?:\s+(.*))?$/u;

function unknown(line: Line, why: string): ReadingWarning {
  return { line: line.no, code: "unknown-markup", message: `${why}. Known directives: ${KNOWN}.` };
}

/** Where a directive's effect lands: the next lines of the page. */
interface Pending {
  role: ForcedRole | null;
  /** True once the role has been given to a line (a blank line then ends it). */
  used: boolean;
  breakNext: boolean;
  noteNext: boolean;
  paragraphNext: boolean;
  /** The last directive that still waits for a line to act on. */
  waiting: Line | null;
}

/** Reads and removes the directives of a page. */
export function readMarkup(all: Line[]): Markup {
  const out: Markup = {
    lines: [],
    roles: new Map(),
    breaks: new Set(),
    notes: new Set(),
    paragraphs: new Set(),
    headlinePosition: null,
    plain: false,
    structural: false,
    warnings: [],
  };
  const pending: Pending = {
    role: null,
    used: false,
    breakNext: false,
    noteNext: false,
    paragraphNext: false,
    waiting: null,
  };
  for (const line of all) {
    if (line.text.startsWith("@@")) {
      applyDirective(line, out, pending);
      continue;
    }
    out.lines.push(line);
    if (line.blank) {
      if (pending.used) pending.role = null;
      continue;
    }
    if (pending.role) {
      out.roles.set(line.no, pending.role);
      pending.used = true;
      // A subhead is one line; the text under it is the paragraph it heads.
      if (pending.role === "subhead") pending.role = null;
    }
    pending.waiting = null;
    if (pending.breakNext) out.breaks.add(line.no);
    if (pending.noteNext) out.notes.add(line.no);
    if (pending.paragraphNext) out.paragraphs.add(line.no);
    pending.breakNext = pending.noteNext = pending.paragraphNext = false;
  }
  if (pending.waiting) {
    out.warnings.push(unknown(pending.waiting, `"${pending.waiting.text}" has no line after it to act on`));
  }
  return out;
}

function applyDirective(line: Line, out: Markup, pending: Pending): void {
  const match = DIRECTIVE.exec(line.text);
  if (!match) {
    out.warnings.push(unknown(line, `Unknown markup "${line.text}"`));
    return;
  }
  const name = match[1]!.toLowerCase();
  const arg = (match[2] ?? "").trim();
  if (name.startsWith("#")) return; // a librarian's comment
  const role = ROLE_DIRECTIVES[name];
  if (role) {
    if (arg) out.warnings.push(unknown(line, `@@${name} takes no text; put the text on the next line`));
    pending.role = role;
    pending.used = false;
    pending.waiting = arg ? null : line;
    out.structural = true;
    return;
  }
  if (name === "article" || name === "note") {
    if (arg) out.warnings.push(unknown(line, `@@${name} takes no text; put the text on the next line`));
    pending.breakNext = true;
    pending.noteNext = name === "note";
    pending.role = null;
    pending.waiting = arg ? null : line;
    out.structural = true;
    return;
  }
  if (name === "paragraph") {
    // Like every directive, it ends the role one above it gave (@@byline / 王晓明 / @@paragraph).
    pending.paragraphNext = true;
    pending.role = null;
    pending.waiting = line;
    return;
  }
  if (name === "headlines") {
    if (arg === "before" || arg === "after")
      out.headlinePosition = arg === "before" ? "before-body" : "after-body";
    else out.warnings.push(unknown(line, "@@headlines needs `before` or `after`"));
    return;
  }
  if (name === "plain") {
    out.plain = true;
    return;
  }
  out.warnings.push(unknown(line, `Unknown markup "@@${name}"`));
}
