/**
 * Where this page prints its headlines. Inside a page both orders look the same
 * (… body, headline, byline, body, headline …); only the ends tell them apart: a page that opens
 * with a byline or closes with a headline prints headlines after their bodies; a page that opens
 * with a headline prints them before. Ties go to the more common order, before the body.
 */
import type { Unit } from "./blocks.js";
import type { HeadlinePosition } from "./types.js";

export function detectHeadlinePosition(units: Unit[]): HeadlinePosition {
  const content = units.filter((u) => u.kind !== "break");
  const first = content[0];
  const last = content[content.length - 1];
  let after = 0;
  let before = 0;
  if (first?.kind === "byline") after += 3;
  if (first?.kind === "titles") before += 3;
  if (last?.kind === "titles") after += 3;
  if (last && last.kind !== "titles") before += 1;
  return after > before ? "after-body" : "before-body";
}
