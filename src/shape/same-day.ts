/** 历史上的今天: for each issue, the issues of the same month and day in other years. Pure. */
import type { Issue } from "../model.js";

/** Issue → the first issue of each other year printed on its month and day, oldest first. */
export function sameDayOtherYears(issues: readonly Issue[]): Map<Issue, Issue[]> {
  const byDay = new Map<string, Issue[]>();
  for (const issue of issues) {
    const day = issue.date.slice(5);
    const list = byDay.get(day) ?? [];
    // Issues are in date order, main edition first: keep one issue per date.
    if (list.at(-1)?.date !== issue.date) list.push(issue);
    byDay.set(day, list);
  }
  const result = new Map<Issue, Issue[]>();
  for (const issue of issues) {
    const others = (byDay.get(issue.date.slice(5)) ?? []).filter((o) => o.date !== issue.date);
    result.set(issue, others);
  }
  return result;
}
