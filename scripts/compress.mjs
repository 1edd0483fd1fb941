// The .br and .gz copies a host serves to browsers that accept them (nginx brotli_static /
// gzip_static, scripts/serve.py): brotli at quality 11 with the largest window, gzip at level
// 9. One definition for the release (scripts/dist.mjs) and the build (scripts/build.sh).
//
// From the command line, `node scripts/compress.mjs PATH…` writes the copies beside every
// file of those paths (folders are walked) whose extension a browser downloads compressed.
// A copy at least as new as its file is left as it is, so a second build only compresses
// what changed; serve.py, for its part, never serves a copy older than its file.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** What a browser downloads that compresses: text, and the wasm. Images are compressed already. */
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt"]);

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

/** The files under `path` (itself when it is a file), without copies or installed packages. */
function* files(path) {
  const stat = statSync(path);
  if (stat.isFile()) {
    yield [path, stat];
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    yield* files(join(path, entry.name));
  }
}

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
};

/** Writes `file.br` and `file.gz` beside each compressible file under `paths` that lacks an
 * up-to-date copy; returns how many files got new copies. */
export function writeCopies(paths) {
  let written = 0;
  for (const root of paths) {
    for (const [path, stat] of files(root)) {
      if (!COMPRESSIBLE.has(extname(path))) continue;
      const stale = [".br", ".gz"].filter((suffix) => mtime(path + suffix) < stat.mtimeMs);
      if (stale.length === 0) continue;
      const bytes = readFileSync(path);
      for (const suffix of stale) {
        writeFileSync(path + suffix, suffix === ".br" ? brotli(bytes) : gzip(bytes));
      }
      written += 1;
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error("usage: node scripts/compress.mjs PATH…");
    process.exit(2);
  }
  const written = writeCopies(paths);
  console.log(`.br and .gz copies: ${written} file${written === 1 ? "" : "s"} compressed`);
}
