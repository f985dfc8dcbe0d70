import { defineConfig } from "vitest/config";

/** Tests that drive headless Chromium (`test/support/browser.ts`): `npm run test:browser`. */
const browserTests = [
  "test/site/a11y.test.ts",
  "test/search/search-page.test.ts",
  "test/search/*-site.test.ts",
  "test/site/citing-browser.test.ts",
  "test/feeds/stylesheet-browser.test.ts",
  "test/prints/prints-browser.test.ts",
];

/**
 * Tests that build a site or run a command as a child process: whole Eleventy builds
 * (`test/support/build.ts`), the CLIs, the benchmark. Name such a file `*-site.test.ts`, or put it
 * in `test/site/` or `test/build/`.
 */
const buildTests = [
  "test/site/**/*.test.ts",
  "test/build/**/*.test.ts",
  "test/**/*-site.test.ts",
  "test/cli/**/*.test.ts",
  "test/bench/run.test.ts",
  "test/bench/baseline.test.ts",
];

export default defineConfig({
  test: {
    // Integration tests build whole sites and drive Chromium: generous, never timing assertions.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // `vitest run` runs all three; `--project unit` (npm run test:unit) is the fast inner loop.
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...buildTests, ...browserTests] },
      },
      { extends: true, test: { name: "build", include: buildTests, exclude: browserTests } },
      { extends: true, test: { name: "browser", include: browserTests } },
    ],
  },
});
