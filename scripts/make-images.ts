// Draws the site's icons and its social image (Open Graph / Twitter card) into public/.
// Run it after changing the logo or the tagline: `npm run images`, then commit the PNGs.
// The images are committed rather than drawn at every build, so a build needs no browser and
// every machine ships the same bytes. Chromium draws (system fonts), sharp compresses.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { en } from '../src/i18n/ui/en.ts';
import { id } from '../src/i18n/ui/id.ts';

const out = 'public';
const green = '#0b6656';
const rings = (size: number, scale: number) => {
  // The favicon's two rings (white and amber), scaled about the centre.
  const c = size / 2;
  const r = (7 / 32) * size * scale;
  const dx = (3.5 / 32) * size * scale;
  const w = (2.6 / 32) * size * scale;
  return (
    `<circle cx="${c - dx}" cy="${c}" r="${r}" fill="none" stroke="#fff" stroke-width="${w}"/>` +
    `<circle cx="${c + dx}" cy="${c}" r="${r}" fill="none" stroke="#f3b26b" stroke-width="${w}"/>`
  );
};
const square = (size: number, scale: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${green}"/>${rings(size, scale)}</svg>`;
const favicon = readFileSync(`${out}/favicon.svg`, 'utf8');

const social = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body { width: 1200px; height: 630px; box-sizing: border-box; padding: 72px 84px;
    font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; color: #1b1f1d;
    background: linear-gradient(160deg, #e2f1ec 0%, #fbfaf7 60%); display: flex; flex-direction: column; }
  .brand { display: flex; align-items: center; gap: 28px; }
  .brand svg { width: 120px; height: 120px; }
  .name { font-size: 104px; font-weight: 700; color: #074a3e; letter-spacing: -2px; }
  .id { margin: 56px 0 0; font-size: 50px; font-weight: 700; line-height: 1.18; max-width: 1000px; }
  .en { margin: 22px 0 0; font-size: 34px; line-height: 1.3; color: #4d5551; max-width: 1000px; }
  .bar { margin-top: auto; height: 14px; border-radius: 7px; background: linear-gradient(90deg, #0b6656 70%, #f3b26b 70%); }
</style></head><body>
  <div class="brand">${favicon}<span class="name">Mitra</span></div>
  <p class="id">${id['site.tagline']}</p>
  <p class="en" lang="en">${en['site.tagline']}</p>
  <div class="bar"></div>
</body></html>`;

/** A .ico file that holds one PNG (allowed since Windows Vista; every browser reads it). */
function ico(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
async function draw(html: string, width: number, height: number, transparent = false): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  const png = await page.screenshot({ omitBackground: transparent });
  await page.close();
  return png;
}
const svgPage = (svg: string, size: number) =>
  `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;

try {
  const compress = (png: Buffer) =>
    sharp(png).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
  const write = async (name: string, png: Buffer) => {
    const small = await compress(png);
    writeFileSync(`${out}/${name}`, small);
    console.log(`${out}/${name}: ${small.length} bytes`);
    return small;
  };
  await write('social.png', await draw(social, 1200, 630));
  await write('icon-192.png', await draw(svgPage(favicon, 192), 192, 192, true));
  await write('icon-512.png', await draw(svgPage(favicon, 512), 512, 512, true));
  // Maskable: full-bleed background, the rings inside the central safe zone (80 % circle).
  await write('icon-maskable-512.png', await draw(svgPage(square(512, 0.62), 512), 512, 512));
  // iOS rounds the corners itself and shows transparency as black: a full square.
  await write('apple-touch-icon.png', await draw(svgPage(square(180, 0.8), 180), 180, 180));
  writeFileSync(`${out}/favicon.ico`, ico(await compress(await draw(svgPage(favicon, 32), 32, 32, true)), 32));
  console.log(`${out}/favicon.ico written`);
} finally {
  await browser.close();
}
