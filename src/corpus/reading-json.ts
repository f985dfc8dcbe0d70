/**
 * A page's reading in the corpus schema (`test/fixtures/corpus/README.md`): what `parse --json`
 * prints and what `score` compares with the hand-checked readings. No line numbers, no warnings.
 */
import type { PageReading } from "../read/types.js";
import type { ScoredItem } from "./score.js";

export interface CorpusReading {
  source: string;
  language: string;
  headlinePosition: PageReading["headlinePosition"];
  items: ScoredItem[];
}

export function toCorpusJson(source: string, language: string, reading: PageReading): CorpusReading {
  return {
    source,
    language,
    headlinePosition: reading.headlinePosition,
    items: reading.items.map((item) => ({
      kind: item.kind,
      kicker: item.kicker,
      headline: item.headline,
      subtitle: item.subtitle,
      byline: item.byline,
      reporters: item.reporters,
      correspondents: item.correspondents,
      dateline: item.dateline,
      place: item.place,
      blocks: item.blocks.map((b) => ({ type: b.type, text: b.text })),
    })),
  };
}
