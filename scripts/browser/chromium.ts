// The one way the project starts a browser: Debian's Chromium through playwright-core, for
// printing PDFs, the browser tests, Lighthouse and the benchmark. No browser is ever downloaded.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium (`.ci/run` installs it), or `CHROMIUM_PATH`. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium with the flags a root sandbox on a closed network needs: no sandbox,
 * and none of the background connections that would be refused. `extraArgs` add to them, such as
 * the debugging port Lighthouse talks to.
 *
 * @throws Error naming the Debian package when Chromium is not installed.
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 的 chromium 软件包（apt-get install -y chromium），或用 CHROMIUM_PATH 指定。`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
