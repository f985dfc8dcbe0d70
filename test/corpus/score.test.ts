import { describe, expect, it } from "vitest";
import { scoreTable, shortfalls, type ScoredPage } from "../../src/corpus/report.js";
import { scorePage, type ScoredItem } from "../../src/corpus/score.js";

const article = (fields: Partial<ScoredItem>): ScoredItem => ({
  kind: "article",
  kicker: null,
  headline: null,
  subtitle: null,
  byline: null,
  reporters: [],
  correspondents: [],
  dateline: null,
  place: null,
  blocks: [],
  ...fields,
});

const SOURCE = "春耕——\n田里有了新农具\n□ 本报记者 张三\n本报讯 眼下正是春耕时节。\n";
const GOLD = [
  article({
    kicker: "春耕——",
    headline: "田里有了新农具",
    byline: "本报记者 张三",
    reporters: ["张三"],
    dateline: "本报讯",
    blocks: [{ type: "p", text: "眼下正是春耕时节。" }],
  }),
];

describe("scorePage", () => {
  it("should give full marks to the gold reading itself", () => {
    const s = scorePage(SOURCE, GOLD, GOLD);
    expect(s.headlines).toEqual({ hit: 1, total: 1 });
    expect(s.kickers).toEqual({ hit: 1, total: 1 });
    expect(s.datelines).toEqual({ hit: 1, total: 1 });
    expect(s.text).toEqual({ hit: 9, total: 9 });
    expect([s.lost, s.invented]).toEqual([0, 0]);
  });

  it("should count a kicker read into the headline as a missed headline, and its characters kept", () => {
    const out = [article({ ...GOLD[0], kicker: null, headline: "春耕——田里有了新农具" })];
    const s = scorePage(SOURCE, GOLD, out);
    expect(s.headlines.hit).toBe(0);
    expect([s.lost, s.invented]).toEqual([0, 0]);
  });

  it("should count characters lost and invented", () => {
    const out = [article({ ...GOLD[0], blocks: [{ type: "p", text: "眼下正是秋收时节。" }] })];
    const s = scorePage(SOURCE, GOLD, out);
    expect(s.lost).toBe(2); // 春耕 of the text: the kicker still holds the other 春耕
    expect(s.invented).toBe(2); // 秋收
    expect(s.text.hit).toBe(0);
  });
});

describe("shortfalls", () => {
  const page = (set: string, headlineHits: number, lost = 0): ScoredPage => {
    const s = scorePage(SOURCE, GOLD, GOLD);
    return {
      set,
      name: "p",
      heldOut: false,
      score: { ...s, headlines: { hit: headlineHits, total: 1 }, lost },
    };
  };

  it("should name a set whose total falls below its floor", () => {
    expect(shortfalls([page("dev", 0)], { dev: { headlines: 0.5 } })).toEqual([
      "dev: headlines 0.0% is below the floor of 50.0%",
    ]);
    expect(shortfalls([page("dev", 1)], { dev: { headlines: 0.5 } })).toEqual([]);
  });

  it("should name every page that lost characters, whatever the floors", () => {
    expect(shortfalls([page("dev", 1, 3)], {})).toEqual(["dev/p: 3 characters lost, 0 invented"]);
  });

  it("should print a row per page and the totals per set", () => {
    const table = scoreTable([page("dev", 1), { ...page("dev", 0), heldOut: true }]);
    expect(table).toMatch(/dev\/p \*/u);
    expect(table).toMatch(/dev total\s+1\/2/u);
    expect(table).toMatch(/dev held out \*\s+0\/1/u);
  });
});
