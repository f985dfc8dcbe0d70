/**
 * Tests that drive headless Chromium (`bench/chromium.ts`) run where there is one and are skipped,
 * with the reason printed, where there is none: a developer on a machine without the browser can
 * still run the rest. CI must not skip them, so `.ci/run` installs Chromium and sets
 * `CHROMIUM_REQUIRED=1`, which turns a missing browser into a failure.
 */
import { describe } from "vitest";
import { chromiumMissing } from "../../bench/chromium.js";

/** Why the browser tests cannot run on this machine, or null when they can. */
export const noBrowser = chromiumMissing();

if (noBrowser && process.env.CHROMIUM_REQUIRED) throw new Error(`CHROMIUM_REQUIRED is set, but ${noBrowser}`);
if (noBrowser) console.warn(`browser tests skipped: ${noBrowser}`);

/** `describe` for tests that need the browser: `describe.skip` when there is none. */
export const describeInBrowser = noBrowser ? describe.skip : describe;
