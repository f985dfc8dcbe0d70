/** The interface speaks the archive's language: English is the other built-in one. */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, text, writeArchive } from "./build.js";
import { type BuiltSite, buildSite } from "../support/build.js";
import { edgeArchive } from "./fixture.js";

let root: string;
let site: BuiltSite;

beforeAll(async () => {
  root = writeArchive({
    ...edgeArchive(),
    config: { title: "Liaocheng News Archive", language: "en", timeZone: "Asia/Shanghai" },
  });
  site = await buildSite(root);
});
afterAll(() => {
  site?.remove();
  rmSync(root, { recursive: true, force: true });
});

describe("an archive in English", () => {
  it("should set lang and write dates, navigation and headings in English", () => {
    const issue = page(site, "/2025/03/17/");
    expect(issue.documentElement.getAttribute("lang")).toBe("en");
    expect(text(issue.querySelector("main h1"))).toBe("Monday, March 17, 2025");
    expect(text(issue.querySelector("main section.page h2"))).toBe("Page 1");
    expect([...issue.querySelectorAll("header nav a")].map(text)).toEqual(["Years", "Reporters", "Places"]);
    expect(text(issue.querySelector(".skip"))).toBe("Skip to content");
  });

  it("should start the calendar's weeks on the locale's first day", () => {
    const march = page(site, "/2025/").querySelectorAll("table")[2];
    expect(text(march?.querySelector("caption"))).toBe("March 2025");
    expect([...(march?.querySelectorAll("th abbr") ?? [])].map((a) => a.getAttribute("title"))[0]).toBe(
      "Sunday",
    );
  });

  it("should cite in English beside GB/T 7714", () => {
    const cite = text(page(site, "/2025/03/17/2/1/").querySelector(".cite"));
    expect(cite).toContain("张三, 李四. 两行标题[N]. Liaocheng News Archive, 2025-03-17(2).");
    expect(cite).toContain("张三, 李四, “两行标题,” Liaocheng News Archive, March 17, 2025, p. 2.");
  });
});
