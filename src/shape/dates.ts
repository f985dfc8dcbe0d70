/**
 * Dates as the archive's readers and feed readers expect them. An issue's date is a calendar day
 * in the newspaper's time zone, never the build time and never shifted to UTC's previous day.
 */
import { DateTime } from "luxon";

/** Midnight of the issue day in the archive's time zone, e.g. `2025-03-17T00:00:00.000+08:00`. */
export function issueDateTime(isoDate: string, timeZone: string): DateTime {
  const dt = DateTime.fromISO(isoDate, { zone: timeZone });
  if (!dt.isValid) throw new Error(`not a date: ${isoDate}`);
  return dt;
}

/** RFC 3339 timestamp for feeds and JSON-LD. */
export const issueTimestamp = (isoDate: string, timeZone: string): string =>
  issueDateTime(isoDate, timeZone).toISO({ suppressMilliseconds: true }) ?? isoDate;

/** The date as the archive's language writes it: `2025年3月17日 星期一`, `Monday, March 17, 2025`. */
export function longDate(isoDate: string, timeZone: string, language: string): string {
  const dt = issueDateTime(isoDate, timeZone).setLocale(language);
  // Chinese and Japanese print the weekday after the date, set off by a space (2025年3月17日 星期一);
  // Intl glues them together, so the two parts are formatted apart there.
  if (/^(zh|ja)\b/.test(language))
    return `${dt.toLocaleString({ year: "numeric", month: "long", day: "numeric" })} ${dt.toLocaleString({ weekday: "long" })}`;
  return dt.toLocaleString({ year: "numeric", month: "long", day: "numeric", weekday: "long" });
}

/** The date without the weekday, as the archive's language writes it: `2025年3月17日`, `March 17, 2025`. */
export const dayDate = (isoDate: string, timeZone: string, language: string): string =>
  issueDateTime(isoDate, timeZone)
    .setLocale(language)
    .toLocaleString({ year: "numeric", month: "long", day: "numeric" });
