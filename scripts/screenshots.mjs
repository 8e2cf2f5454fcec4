// Screenshots for review: `npm run screenshots -- /id/ /en/guide/` (after `npm run build:local`).
// Serves dist/ with `astro preview`, then writes PNGs (390 px and 1280 px, light and dark) and
// a print PDF per page into reports/screenshots/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env.SHOT_PORT ?? 4398);
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/id/`)).ok) break;
  } catch {
    // The preview server is not up yet: try again.
  }
  await new Promise((r) => setTimeout(r, 500));
}

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-quic', '--disable-background-networking'],
});
try {
  for (const path of paths.length ? paths : ['/id/']) {
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
        await page.goto(base + path, { waitUntil: 'networkidle' });
        await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: !process.env.SHOT_VIEWPORT });
        await page.close();
      }
    }
    const page = await browser.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.pdf({ path: `${out}/${name}-print.pdf`, format: 'A4', printBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
console.log(`Wrote screenshots to ${out}/`);
