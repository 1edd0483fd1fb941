// Draws the standalone page's PNG icons from www/icon.svg with Chromium (run once, after a
// change to the icon; the PNGs are committed): 192 and 512 px as the icon is, and a 512 px
// maskable one, whose figure stays inside the middle 80% that every mask shape keeps.
// Needs the e2e tools: `scripts/npm-install.sh tests/e2e`, then `node scripts/icons.mjs`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const svg = readFileSync(join(root, "www/icon.svg"), "utf8");
// The maskable icon: the square filled with the icon's colour, the icon at 80% in the middle (its figure then fits the safe circle).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b6e69"/><g transform="translate(3.2 3.2) scale(0.8)">${svg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, "")}</g></svg>`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
try {
  for (const [name, size, source] of [
    ["icon-192.png", 192, svg],
    ["icon-512.png", 512, svg],
    ["icon-maskable-512.png", 512, maskable],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const url = `data:image/svg+xml;base64,${Buffer.from(source).toString("base64")}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${url}" width="${size}" height="${size}">`);
    await page.locator("img").evaluate((img) => img.decode());
    await page.screenshot({ path: join(root, "www", name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
