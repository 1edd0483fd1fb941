// The TypeScript declarations in pkg/, after wasm-bindgen has written the glue's: called by
// scripts/build.sh.
//
// - pkg/painmap.d.ts declares `[Symbol.dispose]()` on the handle, which only exists in
//   TypeScript's `esnext.disposable` lib: a project on `lib: ["ES2022", "DOM"]` without
//   skipLibCheck fails to compile it. The glue adds that method only where the browser has
//   `Symbol.dispose`, so the declaration stays, and the file names the lib it needs (which
//   declares `Symbol.dispose` for the project too, as a type only).
// - The loader's hand-written declarations (www/painmap-embed.d.ts, and painmap-react.d.ts for
//   React's JSX) go next to the loader's copy in pkg/, where TypeScript finds them for an
//   import of painmap-embed.js.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const glue = join(root, "pkg", "painmap.d.ts");
const DISPOSABLE = '/// <reference lib="esnext.disposable" />\n';

const text = readFileSync(glue, "utf8");
if (text.includes("Symbol.dispose") && !text.includes(DISPOSABLE)) {
  writeFileSync(glue, DISPOSABLE + text);
}

for (const name of ["painmap-embed.d.ts", "painmap-react.d.ts"]) {
  copyFileSync(join(root, "www", name), join(root, "pkg", name));
}
