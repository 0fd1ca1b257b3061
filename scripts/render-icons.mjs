// Renders the icon SVGs to the PNGs the stores and browsers ask for (run by hand after editing an SVG):
// icons/icon.svg to icon-16/32/48/128.png, and the one-colour icons/toolbar.svg to Firefox's theme_icons,
// toolbar-dark-*.png (a dark icon, for light themes) and toolbar-light-*.png (a light icon, for dark themes).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { TOOLBAR_COLOURS } from './manifests.mjs';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

async function render(svgPath, size, out, colour = 'black') {
  const svg = readFileSync(svgPath, 'utf8');
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent;color:${colour}}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
}

for (const size of [16, 32, 48, 128]) await render('icons/icon.svg', size, `icons/icon-${size}.png`);
for (const size of [16, 32]) {
  for (const [variant, colour] of Object.entries(TOOLBAR_COLOURS)) {
    await render('icons/toolbar.svg', size, `icons/toolbar-${variant}-${size}.png`, colour);
  }
}
await browser.close();
