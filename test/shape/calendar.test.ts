import { describe, expect, it } from "vitest";
import { yearCalendar } from "../../src/shape/calendar.js";

const links = new Map([
  ["2025-03-17", "/2025/03/17/"],
  ["2025-12-31", "/2025/12/31/"],
]);

describe("yearCalendar", () => {
  it("should make twelve months whose linked days are exactly the issue days", () => {
    const months = yearCalendar(2025, links, "zh-CN");
    expect(months).toHaveLength(12);
    const linked = months.flatMap((m) =>
      m.weeks.flat().flatMap((d) => (d?.href ? [`${m.caption} ${d.day} ${d.href}`] : [])),
    );
    expect(linked).toEqual(["2025年3月 17 /2025/03/17/", "2025年12月 31 /2025/12/31/"]);
    expect(months.map((m) => m.issueCount)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("should put each day under its weekday, weeks starting Monday in Chinese and Sunday in English", () => {
    const zh = yearCalendar(2025, links, "zh-CN")[2]!;
    expect(zh.weekdays.map((w) => w.long)[0]).toBe("星期一");
    // 2025-03-01 is a Saturday: the sixth column when weeks start on Monday.
    expect(zh.weeks[0]?.findIndex((d) => d?.day === 1)).toBe(5);
    const en = yearCalendar(2025, links, "en-US")[2]!;
    expect(en.weekdays[0]?.long).toBe("Sunday");
    expect(en.weeks[0]?.findIndex((d) => d?.day === 1)).toBe(6);
    for (const m of [zh, en]) {
      expect(m.weeks.every((w) => w.length === 7)).toBe(true);
      expect(m.weeks.flat().filter(Boolean)).toHaveLength(31);
    }
  });

  it("should know leap years", () => {
    expect(yearCalendar(2024, links, "zh-CN")[1]?.weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(yearCalendar(2025, links, "zh-CN")[1]?.weeks.flat().filter(Boolean)).toHaveLength(28);
  });
});
