/**
 * The one way this project starts a browser: Debian's Chromium (`/usr/bin/chromium`), headless,
 * through playwright-core. Used by `npm run bench` (search cost) and by the browser tests, so both
 * measure and test in the same browser with the same flags.
 */
import { chromium, type Browser } from "playwright-core";

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless, no sandbox (containers), and no background traffic that would show up in measurements. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches headless Chromium; Playwright gives every launch a fresh temporary user-data dir. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
