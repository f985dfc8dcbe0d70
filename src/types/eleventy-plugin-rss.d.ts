/** Types for the parts of @11ty/eleventy-plugin-rss this project uses (the package ships none). */
declare module "@11ty/eleventy-plugin-rss" {
  /**
   * RFC 822 date for RSS (`Mon, 17 Mar 2025 00:00:00 +0800`): `value` (a Date, or anything
   * `new Date` reads) at its wall-clock time in `timeZone` (IANA), with that zone's offset.
   */
  export function dateToRfc822(value: Date | string | number, timeZone?: string): string;
}
