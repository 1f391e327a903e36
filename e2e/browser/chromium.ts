/** Launches the system Chromium (Debian's /usr/bin/chromium) headless through playwright-core. */
import { chromium, type Browser } from "playwright-core";

/** Path of the browser binary; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A headless Chromium with networking side-channels turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
