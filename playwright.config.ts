import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (no browser download). They run against the built site
 * served by `astro preview`; `npm test` builds first.
 */
const chromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  /*
   * Sized for a busy two-core machine (a build or another suite beside this one): an axe scan of
   * a tool page alone can take 20-30 s there. Tests wait on states, never on fixed delays, so a
   * generous limit costs nothing when the machine is quiet; there are no retries to hide failures.
   */
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // These specs test pages as the network serves them; the service worker (which would answer
    // from its cache after the first visit) has its own spec, offline.spec.ts, which allows it.
    serviceWorkers: 'block',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-quic',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    { name: 'mobile', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/id/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
