/** Small model objects for the search unit tests, shaped as the loader makes them. */
import type { Archive, Issue, Page } from "../../src/model.js";
import type { Item } from "../../src/read/types.js";
import { testConfig, testItem } from "../support/model.js";

export const config = testConfig({ description: "测试" });

export const item = testItem;

export function page(number: number, items: Item[], name: string | null = null): Page {
  return {
    number,
    name,
    file: `issues/2025/x/${number}.txt`,
    text: "",
    reading: { headlinePosition: "before-body", items, warnings: [] },
  };
}

export function issue(date: string, pages: Page[], edition: string | null = null): Issue {
  return { date, edition, number: null, dir: `issues/${date.slice(0, 4)}/${date}`, pages };
}

export const archive = (issues: Issue[]): Archive => ({ config, issues });
