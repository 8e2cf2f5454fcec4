// The screenshots browsers show in their install dialog (listed in each language's web manifest,
// src/offline/web-manifest.ts): `npm run app-screenshots` after `npm run build:local`, then commit the
// PNGs in public/screenshots/. A phone (390 × 844 CSS px at 2×: 780 × 1688) and a wide screen
// (1280 × 800), light scheme, each language's home page. Serves dist/ with `astro preview` on
// SHOT_PORT; the service worker is kept out so no notice can appear in a picture.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env.SHOT_PORT ?? 4398);
const out = 'public/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${origin}/id/`)).ok) break;
  } catch {
    // The preview server is not up yet: try again.
  }
  await new Promise((r) => setTimeout(r, 500));
}

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-quic'] });
try {
  for (const lang of ['id', 'en']) {
    for (const shot of [
      { name: 'narrow', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
      { name: 'wide', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
    ]) {
      const context = await browser.newContext({
        viewport: shot.viewport,
        deviceScaleFactor: shot.deviceScaleFactor,
        colorScheme: 'light',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.goto(`${origin}/${lang}/`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `${out}/${lang}-${shot.name}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
console.log(`Wrote app screenshots to ${out}/`);
