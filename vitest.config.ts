import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Integration tests build whole sites and drive Chromium: generous, never timing assertions.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
