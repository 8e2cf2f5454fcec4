import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4413;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
for (let i = 0; i < 60; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/id/`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
for (const [width, height, scheme, q, name, path] of [[390, 844, 'light', 'mitra', 's-390-light', '/id/panduan/'], [1280, 900, 'light', 'batik', 's-1280-light', '/id/panduan/'], [1280, 900, 'dark', 'xqzvbn', 's-1280-dark-none', '/en/guide/']]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.locator('.search-window input').fill(q);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/crops/${name}.png` });
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
await page.goto(`http://127.0.0.1:${port}/en/guide/roles-and-responsibilities/`, { waitUntil: 'networkidle' });
await page.locator('details.toc-top summary').click();
await page.screenshot({ path: `/tmp/crops/toc-390-open.png` });
await page.close();
await browser.close();
process.kill(-server.pid);
