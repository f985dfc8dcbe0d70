/**
 * Where this page prints its headlines. Inside a page both orders look alike
 * (… body, headline, byline, body, headline …), so the page is split both ways and the split
 * that leaves fewer oddities wins: headlines with no body, and articles (with a byline or a
 * dateline) with no headline. When both splits are as good, the ends of the page decide: a page
 * that opens with a byline or closes with a headline prints headlines after their bodies; one
 * that opens with a headline prints them before. Ties go to the more common order, before.
 */
import type { Unit } from "./blocks.js";
import { draftItems, opensWithDateline, type Draft } from "./items.js";
import type { HeadlinePosition } from "./types.js";

/** How many drafts a librarian would find odd: a headline without body, an article without headline. */
function oddities(drafts: Draft[]): number {
  let odd = 0;
  for (const draft of drafts) {
    if (draft.titles && draft.body.length === 0) odd++;
    const dated = draft.body.length > 0 && opensWithDateline(draft.body[0]!);
    if (!draft.titles && (draft.bylines.length > 0 || dated)) odd++;
  }
  return odd;
}

/** The evidence of the page's ends: positive for after-body, negative for before-body. */
function endsEvidence(units: Unit[]): number {
  const content = units.filter((u) => u.kind !== "break" && u.kind !== "aside");
  const first = content[0];
  const last = content[content.length - 1];
  let score = 0;
  if (first?.kind === "byline") score += 3;
  if (first?.kind === "titles") score -= 3;
  if (last?.kind === "titles") score += 3;
  else if (last) score -= 1;
  return score;
}

export function detectHeadlinePosition(
  units: Unit[],
  forced: ReadonlySet<number> = new Set(),
): HeadlinePosition {
  const after = oddities(draftItems(units, "after-body", forced));
  const before = oddities(draftItems(units, "before-body", forced));
  if (after !== before) return after < before ? "after-body" : "before-body";
  return endsEvidence(units) > 0 ? "after-body" : "before-body";
}
