// Draws the extension's icons (public/icon/<size>.png) from one SVG, with Chromium. Run after changing
// the drawing: node scripts/icons.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { repoRoot, requireChromium } from './lib/browser.mjs';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#1f5fd6"/>
  <path fill="#fff" d="M30 30h68a10 10 0 0 1 10 10v40a10 10 0 0 1-10 10H56l-20 16V90h-6a10 10 0 0 1-10-10V40a10 10 0 0 1 10-10Z"/>
  <circle cx="46" cy="60" r="7" fill="#1f5fd6"/><circle cx="64" cy="60" r="7" fill="#1f5fd6"/><circle cx="82" cy="60" r="7" fill="#1f5fd6"/>
</svg>`;

const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const out = join(repoRoot, 'public/icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${SVG}`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
