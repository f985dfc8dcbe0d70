/**
 * `newspaper` in `archive.yaml`: the title the newspaper prints on its masthead, which citations
 * and structured data name (the archive's own `title` is the website's name). A paper renamed over
 * the years lists its titles in order, each from the day it took effect:
 *
 *   newspaper: 聊城日报
 *
 *   newspaper:
 *     - title: 聊城报
 *     - title: 聊城日报
 *       from: 1985-01-01
 */
import { DateTime } from "luxon";
import { z } from "zod";
import type { NewspaperTitle } from "../model.js";

const title = z
  .string({ error: "must be text (the title printed on the masthead)" })
  .trim()
  .min(1, { error: "must not be empty" });

/** A real calendar day as `YYYY-MM-DD`: the `yaml` library leaves such a value a string. */
const isoDay = z
  .string({ error: "must be a date written YYYY-MM-DD, like 1985-01-01" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD, like 1985-01-01" })
  .refine((day) => DateTime.fromISO(day, { zone: "utc" }).isValid, { error: "is not a real date" });

const period = z.strictObject({ title, from: isoDay.nullable().optional() });

/** One title, or titles in the order they were used; every one after the first says `from` when. */
export const newspaperSchema = z
  .union([title, z.array(period, { error: "must be a title, or a list of titles each with from:" })], {
    error: "must be a title, or a list of titles each with from:",
  })
  .transform((value): NewspaperTitle[] =>
    typeof value === "string"
      ? [{ title: value, from: null }]
      : value.map((p) => ({ title: p.title, from: p.from ?? null })),
  )
  .superRefine((titles, ctx) => {
    if (titles.length === 0) ctx.addIssue({ code: "custom", message: "must list at least one title" });
    titles.forEach((t, i) => {
      const before = titles[i - 1]?.from;
      if (i > 0 && t.from === null)
        ctx.addIssue({
          code: "custom",
          path: [i, "from"],
          message: "must be given for every title after the first: the day it took effect, like 1985-01-01",
        });
      else if (i > 0 && before && t.from !== null && t.from <= before)
        ctx.addIssue({
          code: "custom",
          path: [i, "from"],
          message: `must come after ${before}, the previous title's from`,
        });
    });
  });

/**
 * The title in use on `isoDate`: the last one whose `from` is on or before it; days before the
 * first `from` get the first title (the earliest known).
 */
export function newspaperTitleOn(titles: readonly NewspaperTitle[], isoDate: string): string {
  let current = titles[0]?.title ?? "";
  for (const t of titles) if (t.from === null || t.from <= isoDate) current = t.title;
  return current;
}
