import { describe, expect, it } from "vitest";
import { issueDates, issueOnOrBefore } from "../../src/shape/find-date.js";
import { sameDayOtherYears } from "../../src/shape/same-day.js";
import type { Issue } from "../../src/model.js";

const issue = (date: string, edition: string | null = null): Issue => ({
  date,
  edition,
  number: null,
  dir: `issues/${date}`,
  pages: [],
});

describe("issueDates", () => {
  it("should list each day once, linked to its first edition", () => {
    const issues = [issue("2025-03-17"), issue("2025-03-17", "evening"), issue("2025-03-18")];
    expect(issueDates(issues, (i) => `/${i.date}/${i.edition ?? ""}`)).toEqual([
      ["2025-03-17", "/2025-03-17/"],
      ["2025-03-18", "/2025-03-18/"],
    ]);
  });
});

describe("issueOnOrBefore", () => {
  const dates: [string, string][] = [
    ["2024-12-31", "a"],
    ["2025-03-17", "b"],
    ["2025-03-19", "c"],
  ];
  it("should find the day's issue", () => expect(issueOnOrBefore(dates, "2025-03-17")).toEqual(dates[1]));
  it("should find the nearest issue before a day without one, across years", () => {
    expect(issueOnOrBefore(dates, "2025-03-18")).toEqual(dates[1]);
    expect(issueOnOrBefore(dates, "2025-01-01")).toEqual(dates[0]);
    expect(issueOnOrBefore(dates, "2030-01-01")).toEqual(dates[2]);
  });
  it("should find nothing before the archive starts", () => {
    expect(issueOnOrBefore(dates, "2024-12-30")).toBeNull();
    expect(issueOnOrBefore([], "2025-01-01")).toBeNull();
  });
});

describe("sameDayOtherYears (历史上的今天)", () => {
  it("should give each issue the other years' issues of its month and day, one per date", () => {
    const a = issue("2023-03-17");
    const b = issue("2024-03-17");
    const bEvening = issue("2024-03-17", "evening");
    const c = issue("2025-03-17");
    const other = issue("2025-03-18");
    const leap = issue("2024-02-29");
    const found = sameDayOtherYears([a, b, bEvening, leap, c, other]);
    expect(found.get(c)).toEqual([a, b]);
    expect(found.get(a)).toEqual([b, c]);
    expect(found.get(bEvening)).toEqual([a, c]);
    expect(found.get(other)).toEqual([]);
    expect(found.get(leap)).toEqual([]);
  });
});
