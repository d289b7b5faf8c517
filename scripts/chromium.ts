/**
 * The Chromium that the browser tests and the screenshots run: Debian's at /usr/bin/chromium when
 * it is installed (what .ci/run installs), otherwise the one that ships inside the npm package
 * @sparticuz/chromium, so that `npm ci && npm test` works on a machine that never installed a
 * browser. `BUNDLED_CHROMIUM=1` uses the bundled one even when Debian's is there, to test that.
 *
 * The bundled browser is unpacked into the temporary folder on first use (a few seconds, once).
 * It runs with the libraries (NSS, NSPR, expat) and fonts unpacked from the same package, so it
 * needs nothing from the system beyond the C library. @sparticuz/chromium's own launch flags are
 * meant for AWS Lambda (one process, web security off) and are not used: the site's
 * Content-Security-Policy is tested with the browser's security as a visitor has it.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the browser is and how to start it. */
export async function chromiumLaunchOptions(): Promise<LaunchOptions & { executablePath: string }> {
  if (!process.env.BUNDLED_CHROMIUM && existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: ARGS };
  const { default: bundled, inflate } = await import('@sparticuz/chromium');
  const executablePath = await bundled.executablePath();
  const bin = join(import.meta.dirname, '..', 'node_modules', '@sparticuz', 'chromium', 'bin');
  const libraries = await inflate(join(bin, 'al2023.tar.br'));
  return {
    executablePath,
    args: ARGS,
    env: { ...process.env, LD_LIBRARY_PATH: join(libraries, 'lib'), FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions());
}
