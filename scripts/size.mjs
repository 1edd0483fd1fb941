// Prints raw, gzip and brotli bytes of every file a browser downloads for the widget, their
// total against the 100 KiB brotli first-load budget, the static page's own files apart, and
// what the first answered tap needs (the prerendered map answers it before the wasm) beside
// the whole widget, which still downloads.
// Over budget is reported, not a failure: `make size` is a measurement, and a build a few KiB
// over must still be measurable (`make bench` prints the same figure among its others).
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

// The stylesheet is a file, not in the wasm: the page's prerendered map links it, and the live
// widget uses the same sheet.
// The page's scripts are the build's minified copies in pkg/, which index.html loads (their
// source is in www/).
const widget = ["pkg/painmap_bg.wasm", "pkg/painmap.js", "pkg/boot.js", "pkg/prerendered.js", "pkg/painmap.css"];
// On a clinic's page: the loader (with prerendered.js inlined) and the first screen show the
// map and answer its first tap (its <style> is the widget's stylesheet, which the live widget
// adopts too); the glue and the wasm, fetched at the same time, take over from there.
const embedMap = ["pkg/painmap-embed.js", "pkg/painmap-first-en.html"];
const page = ["index.html", "www/page.css"];
const BUDGET = 100 * 1024;

// What index.html names as its scripts (the module script and the module preloads) is
// measured: the figures are those of what the page downloads, not of a file it no longer loads.
const html = readFileSync("index.html", "utf8");
for (const [, path] of html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g)) {
  if (!widget.includes(path)) throw new Error(`size.mjs: index.html loads ${path}, which is not measured`);
}

function measure(path) {
  const raw = readFileSync(path);
  return {
    path,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (r) =>
  `${r.path.padEnd(22)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)}`;

function table(title, paths) {
  const rows = paths.map(measure);
  const total = rows.reduce(
    (t, r) => ({ path: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  console.log(`\n${title}\n${"file".padEnd(22)} ${"raw".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
  rows.forEach((r) => console.log(row(r)));
  console.log(row(total));
  return total;
}

const total = table("Widget on the page (wasm, JS, and the stylesheet the prerendered map and the widget share), bytes:", widget);
console.log(
  `widget over the wire: ${kib(total.brotli)} brotli, ${kib(total.gzip)} gzip ` +
    `(budget ${kib(BUDGET)} brotli: ` +
    (total.brotli <= BUDGET
      ? `within, ${kib(BUDGET - total.brotli)} to spare)`
      : `over budget by ${kib(total.brotli - BUDGET)})`),
);
table("Static page around it (not the widget), bytes:", page);
const map = table("<pain-map> on a clinic's page: what shows the map and answers its first tap (the wasm and the glue load at the same time), bytes:", embedMap);
// The first tap on the map is answered by the prerendered control (pkg/prerendered.js), before
// the wasm: what it needs is the page, its scripts and the stylesheet, or the loader and the
// first screen; the wasm and the glue still download, for everything after.
const first = table("Standalone page: what answers the first tap (the prerendered map and control), bytes:", [
  ...page,
  "pkg/boot.js",
  "pkg/prerendered.js",
  "pkg/painmap.css",
]);
const live = measure("pkg/painmap_bg.wasm").brotli + measure("pkg/painmap.js").brotli;
console.log(`standalone page before the first answered tap: ${kib(first.brotli)} brotli; with the live widget: ${kib(first.brotli + live)} brotli`);
console.log(`<pain-map> before the first answered tap: ${kib(map.brotli)} brotli; with the live widget: ${kib(map.brotli + live)} brotli`);
