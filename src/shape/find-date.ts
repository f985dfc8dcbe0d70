/**
 * Finding an issue by date: the list the date box's script reads, and the rule it applies (the
 * issue of that day, else the nearest one before it). Pure; the browser side is client/find-date.ts.
 */
import type { Issue } from "../model.js";

/** `[isoDate, href]` of each day that has an issue, oldest first; a day links to its first edition. */
export type IssueDates = [string, string][];

export function issueDates(issues: readonly Issue[], hrefOf: (issue: Issue) => string): IssueDates {
  const dates: IssueDates = [];
  for (const issue of issues) if (dates.at(-1)?.[0] !== issue.date) dates.push([issue.date, hrefOf(issue)]);
  return dates;
}

/** The entry of `date`, else of the last day before it; null when the archive starts after it. */
export function issueOnOrBefore(dates: IssueDates, date: string): [string, string] | null {
  let low = 0;
  let high = dates.length;
  // The first entry after `date`; the one before it is the answer.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((dates[mid] as [string, string])[0] <= date) low = mid + 1;
    else high = mid;
  }
  return dates[low - 1] ?? null;
}
