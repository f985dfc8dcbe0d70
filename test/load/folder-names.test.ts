import { describe, expect, it } from "vitest";
import { classifyFolder, impossibility } from "../../src/load/folder-names.js";
import { formatDiagnostic } from "../../src/load/format.js";

/** The line `check` prints for a folder name, or the folder's kind when the name is fine. */
function check(name: string, path = `issues/${name}`): string | object {
  const kind = classifyFolder(name, path);
  return kind.kind === "invalid" ? formatDiagnostic(kind.diagnostic) : kind;
}

describe("classifyFolder", () => {
  it("should read an issue folder's date", () => {
    expect(check("2025-03-17")).toEqual({ kind: "issue", date: "2025-03-17", edition: null });
  });

  it("should read an edition suffix", () => {
    expect(check("2025-03-17-evening")).toEqual({ kind: "issue", date: "2025-03-17", edition: "evening" });
    expect(check("2025-03-17-edition-2")).toEqual({
      kind: "issue",
      date: "2025-03-17",
      edition: "edition-2",
    });
  });

  it("should read a year folder", () => {
    expect(check("2025")).toEqual({ kind: "year", year: "2025" });
  });

  it("should explain an impossible day with the month's length that year", () => {
    expect(check("2025-02-30")).toBe(
      "issues/2025-02-30: error: not a real date (February has 28 days in 2025) — rename the folder",
    );
    expect(check("2024-02-29")).toEqual({ kind: "issue", date: "2024-02-29", edition: null });
    expect(check("2025-04-31", "issues/2025/2025-04-31")).toBe(
      "issues/2025/2025-04-31: error: not a real date (April has 30 days in 2025) — rename the folder",
    );
  });

  it("should explain an impossible month or day 0", () => {
    expect(check("2025-13-01")).toBe(
      "issues/2025-13-01: error: not a real date (there is no month 13) — rename the folder",
    );
    expect(check("2025-03-00")).toBe(
      "issues/2025-03-00: error: not a real date (there is no day 0) — rename the folder",
    );
  });

  it("should say a name is not a date and suggest the ISO spelling when the date is clear", () => {
    expect(check("2025-3-7")).toBe(
      'issues/2025-3-7: error: folder name "2025-3-7" is not a date — rename the folder to 2025-03-07',
    );
    expect(check("20250317")).toBe(
      'issues/20250317: error: folder name "20250317" is not a date — rename the folder to 2025-03-17',
    );
  });

  it("should explain the naming rule when no date can be guessed", () => {
    expect(check("March 17")).toBe(
      'issues/March 17: error: folder name "March 17" is not a date — name issue folders by their date, YYYY-MM-DD (2025-03-17), ' +
        "or YYYY-MM-DD-edition (2025-03-17-evening); year folders are named YYYY",
    );
  });

  it("should reject an edition that is not a lowercase name, suggesting one", () => {
    expect(check("2025-03-17-Evening")).toBe(
      'issues/2025-03-17-Evening: error: edition "Evening" in the folder name is not a lowercase name — rename the folder to 2025-03-17-evening',
    );
  });

  it("should reject a numeric edition, which reads as a mistyped date", () => {
    expect(check("2025-03-17-2")).toBe(
      'issues/2025-03-17-2: error: edition "2" in the folder name is not a lowercase name — ' +
        "an edition is lowercase letters, digits and hyphens, starting with a letter: 2025-03-17-evening",
    );
  });
});

describe("impossibility", () => {
  it("should accept every real day of a leap year and nothing past its months' ends", () => {
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    days.forEach((n, i) => {
      expect(impossibility(2024, i + 1, n)).toBeNull();
      expect(impossibility(2024, i + 1, n + 1)).not.toBeNull();
    });
  });
});
