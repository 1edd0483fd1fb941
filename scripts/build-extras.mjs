// A step of scripts/build.sh, once pkg/ holds the final glue and wasm:
// - pkg/painmap-frame.js: the host page's iframe helper (www/painmap-frame.js), minified, a
//   classic script like its source;
// - pkg/sw-assets.js: the standalone page's files for its service worker (sw.js), each with
//   its SRI hash, and a cache name made of their contents, so that any change to any of them
//   is a new cache (and a new sw-assets.js, which is how the browser sees an update).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

execFileSync(
  join(root, "tools/node_modules/.bin/terser"),
  ["www/painmap-frame.js", "--ecma", "2015", "--compress", "--mangle", "-o", "pkg/painmap-frame.js"],
  { cwd: root, stdio: "inherit" },
);

// Everything the standalone page (index.html) loads, relative to the repository root, where
// sw.js is served. Only these are ever cached: the service worker never stores a response it
// was not told of, so nothing the person enters can end up in a cache.
const PAGE_FILES = [
  "index.html",
  "www/page.css",
  // The page's scripts, minified by build.sh from their source in www/.
  "pkg/boot.js",
  "pkg/prerendered.js",
  "pkg/painmap.js",
  "pkg/painmap_bg.wasm",
  "pkg/painmap.css",
  "www/icon.svg",
  "www/icon-192.png",
  "www/icon-512.png",
  "www/icon-maskable-512.png",
  "www/manifest.webmanifest",
  // The other languages' words, so that switching works offline too.
  ...readdirSync(join(root, "pkg"))
    .filter((name) => /^painmap-[a-z]{2,3}\.[0-9a-f]{8}\.txt$/.test(name))
    .sort()
    .map((name) => `pkg/${name}`),
];

const whole = createHash("sha256");
const files = PAGE_FILES.map((path) => {
  const bytes = readFileSync(join(root, path));
  whole.update(path).update("\0").update(bytes).update("\0");
  return [path, `sha384-${createHash("sha384").update(bytes).digest("base64")}`];
});
const cache = `painmap-page-${whole.digest("hex").slice(0, 16)}`;

writeFileSync(
  join(root, "pkg/sw-assets.js"),
  `// Written by scripts/build-extras.mjs: the standalone page's files for sw.js.\n` +
    `self.PAINMAP_OFFLINE = ${JSON.stringify({ cache, files }, null, 1)};\n`,
);
console.log(`pkg/sw-assets.js: ${files.length} files, cache ${cache}`);
