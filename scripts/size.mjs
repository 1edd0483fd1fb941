// Prints raw, gzip and brotli bytes of every file a browser downloads for the widget, their
// total against the 60 KiB brotli budget, and the static page's own files apart.
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const widget = ["pkg/painmap_bg.wasm", "pkg/painmap.js", "www/boot.js"];
const page = ["index.html", "www/page.css"];
const BUDGET = 60 * 1024;

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

const total = table("Widget (wasm + JS; its CSS is inside the wasm), bytes:", widget);
console.log(
  `widget over the wire: ${kib(total.brotli)} brotli, ${kib(total.gzip)} gzip ` +
    `(budget ${kib(BUDGET)} brotli: ${total.brotli <= BUDGET ? "within" : "OVER"})`,
);
table("Static page around it (not the widget), bytes:", page);
if (total.brotli > BUDGET) process.exitCode = 1;
