/**
 * The one way this project starts a browser: headless Chromium through playwright-core. Used by
 * `npm run bench` (search cost) and by the browser tests, so both measure and test in the same
 * browser with the same flags. The browser is `CHROMIUM_PATH` when set (a Chrome or Chromium on
 * macOS or Windows), else Debian's `chromium` package.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian's `chromium` package installs the browser. */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The browser's executable: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string =>
  env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

/** Why no browser can be started here, in a sentence that says what to do; null when one can. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = chromiumPath(env);
  if (existsSync(path)) return null;
  return (
    `no Chromium at ${path}: install it (Debian: apt-get install chromium) ` +
    "or set CHROMIUM_PATH to a Chromium or Chrome executable"
  );
}

/** Headless, no sandbox (containers), and no background traffic that would show up in measurements. */
const CHROMIUM_ARGS: readonly string[] = [
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
  chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
