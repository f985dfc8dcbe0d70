/**
 * Month calendars for a year page: real tables (a caption, a header cell per weekday) in which
 * the days that have an issue are links. Weeks start on the day the archive's locale starts them.
 */
import { DateTime, Info } from "luxon";
import { monthAnchor } from "./urls.js";

export interface CalendarDay {
  day: number;
  /** Link to the issue of that day, or null when there is none. */
  href: string | null;
}

export interface WeekdayHeader {
  /** As printed in the column header: `周一`, `Mon`. */
  short: string;
  /** Spelled out for screen readers: `星期一`, `Monday`. */
  long: string;
}

export interface CalendarMonth {
  /** Fragment id of the month on its year page, from `monthAnchor`. */
  id: string;
  /** `2025年3月`, `March 2025`. */
  caption: string;
  /** The month alone, short: `3月`, `Mar`. */
  name: string;
  weekdays: WeekdayHeader[];
  /** Rows of seven cells; null cells are days of the neighbouring months. */
  weeks: (CalendarDay | null)[][];
  /** How many issues the month has. */
  issueCount: number;
}

/**
 * The twelve months of `year`. `issueHref` maps an ISO date to the link of that day's issue;
 * only those days become links.
 */
export function yearCalendar(
  year: number,
  issueHref: ReadonlyMap<string, string>,
  language: string,
): CalendarMonth[] {
  const weekStart = Info.getStartOfWeek({ locale: language }); // 1 = Monday … 7 = Sunday
  const weekdays = weekdayHeaders(language, weekStart);
  return Array.from({ length: 12 }, (_, i) => {
    const first = DateTime.utc(year, i + 1, 1).setLocale(language);
    const lead = (first.weekday - weekStart + 7) % 7;
    const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
    let issueCount = 0;
    for (let day = 1; day <= (first.daysInMonth ?? 31); day++) {
      const href = issueHref.get(first.set({ day }).toISODate() ?? "") ?? null;
      if (href) issueCount++;
      cells.push({ day, href });
    }
    while (cells.length % 7) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
    return {
      id: monthAnchor(year, i + 1),
      caption: first.toLocaleString({ year: "numeric", month: "long" }),
      name: first.toLocaleString({ month: "short" }),
      weekdays,
      weeks,
      issueCount,
    };
  });
}

function weekdayHeaders(language: string, weekStart: number): WeekdayHeader[] {
  const short = Info.weekdays("short", { locale: language });
  const long = Info.weekdays("long", { locale: language });
  // luxon lists Monday first; rotate so the locale's first day of the week leads.
  return Array.from({ length: 7 }, (_, i) => {
    const k = (weekStart - 1 + i) % 7;
    return { short: short[k] ?? "", long: long[k] ?? "" };
  });
}
