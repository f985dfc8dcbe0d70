import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import { describe, expect, it } from "vitest";
import { issueDates } from "../../src/feeds/feed-entries.js";

describe("issueDates", () => {
  it("dates an article its issue's midnight plus seconds, in the archive's zone", () => {
    expect(issueDates("2025-03-17", "Asia/Shanghai", 75)).toEqual({
      published: "2025-03-17T00:01:15+08:00",
      publishedRfc822: "Mon, 17 Mar 2025 00:01:15 +0800",
    });
  });

  // Days with a clock change in the small hours: Havana springs forward at midnight (there is no
  // 00:00) and falls back at 01:00; London at 01:00 and 02:00; Santiago at midnight.
  const days: [string, string][] = [
    ["Asia/Shanghai", "2025-03-17"],
    ["UTC", "2025-03-17"],
    ["America/Havana", "2025-03-09"],
    ["America/Havana", "2025-11-02"],
    ["Europe/London", "2025-03-30"],
    ["Europe/London", "2025-10-26"],
    ["America/Santiago", "2025-09-07"],
    ["America/Santiago", "2025-04-06"],
  ];
  it.each(days)("gives in %s on %s the RFC 822 date the RSS plugin gives", (zone, date) => {
    for (const seconds of [0, 1, 59, 61, 3599, 3601, 3661, 7205]) {
      const { published, publishedRfc822 } = issueDates(date, zone, seconds);
      expect(publishedRfc822, `${seconds} s`).toBe(dateToRfc822(published, zone));
    }
  });
});
