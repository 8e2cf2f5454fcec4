import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
const port = 4442;
const out = '/tmp/smart/shots'; mkdirSync(out, { recursive: true });
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) { try { if ((await fetch(`${base}/id/`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }

const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-quic'] });
const states = JSON.parse(process.env.STATES ?? '{}');
try {
  for (const [name, path, state] of JSON.parse(process.env.SHOTS)) {
    for (const [width, height] of [[390, 844], [1280, 900]]) {
      for (const scheme of (process.env.SCHEMES ?? 'light,dark').split(',')) {
        const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await ctx.newPage();
        if (state) await page.addInitScript((s) => localStorage.setItem('mitra:smart-goal', JSON.stringify({ tool: 'smart-goal', v: 1, at: new Date().toISOString(), state: s })), states[state]);
        await page.goto(base + path, { waitUntil: 'networkidle' });
        if (process.env.CLICK) { await page.getByRole('button', { name: process.env.CLICK }).click(); await page.waitForTimeout(300); }
        if (process.env.PARTS) {
          for (const [i, sel] of JSON.parse(process.env.PARTS).entries()) await page.locator(sel).first().screenshot({ path: `${out}/${name}-${width}-${scheme}-part${i}.png` });
        } else await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
        await ctx.close();
      }
    }
  }
} finally { await browser.close(); process.kill(-server.pid); }
