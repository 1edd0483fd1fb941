// The TypeScript declarations a clinic's developer compiles against: the loader's
// (www/painmap-embed.d.ts, with painmap-react.d.ts for JSX) and the wasm glue's
// (pkg/painmap.d.ts, written by `make build`). Each program is compiled by `tsc --strict` with
// `lib: ["ES2022", "DOM"]` and no skipLibCheck, as a strict project would. No browser: only the
// compiler, which takes about a second a program.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const fixtures = join(here, "types");
const TSC = join(here, "node_modules", ".bin", "tsc");

/** The strict options every program here is compiled with (as types/tsconfig.json). */
const STRICT = {
  strict: true,
  noEmit: true,
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  module: "ESNext",
  moduleResolution: "bundler",
  types: [],
  skipLibCheck: false,
};

/** Runs tsc on `project` (a tsconfig.json); resolves to its errors, each with its file
 * (relative to the repository), line, code and whole message (continuation lines included). */
function compile(project) {
  return new Promise((done, fail) => {
    execFile(TSC, ["-p", project, "--pretty", "false"], { cwd: dirname(project) }, (error, stdout, stderr) => {
      if (error && error.code !== 1 && error.code !== 2) return fail(error);
      if (stderr.trim()) return fail(new Error(stderr));
      const errors = [];
      for (const line of stdout.split("\n")) {
        const found = line.match(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/);
        if (found) {
          const file = relative(root, resolve(dirname(project), found[1]));
          errors.push({ file, line: Number(found[2]), code: found[3], message: found[4] });
        } else if (line.startsWith(" ") && errors.length) {
          errors.at(-1).message += `\n${line.trim()}`;
        } else if (line.trim()) {
          return fail(new Error(`tsc said: ${line}`));
        }
      }
      done(errors);
    });
  });
}

const show = (errors) => errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.message}`).join("\n");

/** The mistakes marked in a fixture: `// ✗ TS2322 text` on the line that must fail. */
function marked(file) {
  const lines = readFileSync(join(fixtures, file), "utf8").split("\n");
  return lines.flatMap((text, index) => {
    const found = text.match(/\/\/ ✗ (TS\d+) (.+)$/);
    return found ? [{ line: index + 1, code: found[1], text: found[2].trim() }] : [];
  });
}

test("correct use compiles, and each mistake fails with its own error", async () => {
  const errors = await compile(join(fixtures, "tsconfig.json"));
  const bad = ["misuse.ts", "misuse-react.tsx"].map((file) => join("tests", "e2e", "types", file));
  const unexpected = errors.filter((e) => !bad.includes(e.file));
  // correct.ts, correct-react.tsx and the declarations themselves.
  assert.deepEqual(unexpected, [], `errors outside the misuse fixtures:\n${show(unexpected)}`);
  for (const file of ["misuse.ts", "misuse-react.tsx"]) {
    const expected = marked(file);
    assert.ok(expected.length >= 3, `${file} marks its mistakes`);
    const got = errors.filter((e) => e.file === join("tests", "e2e", "types", file));
    for (const mistake of expected) {
      const onLine = got.filter((e) => e.line === mistake.line);
      assert.equal(onLine.length, 1, `${file}:${mistake.line} must give one error, got:\n${show(onLine)}`);
      assert.equal(onLine[0].code, mistake.code, `${file}:${mistake.line}: ${onLine[0].message}`);
      assert.ok(
        onLine[0].message.includes(mistake.text),
        `${file}:${mistake.line}: expected "${mistake.text}" in: ${onLine[0].message}`,
      );
    }
    const stray = got.filter((e) => !expected.some((m) => m.line === e.line));
    assert.deepEqual(stray, [], `unmarked errors in ${file}:\n${show(stray)}`);
  }
});

test("the loader's types need no React: a project without @types/react compiles them", async () => {
  // Outside the repository, where no node_modules holds React's types.
  const dir = mkdtempSync(join(tmpdir(), "painmap-types-"));
  try {
    copyFileSync(join(root, "www", "painmap-embed.d.ts"), join(dir, "painmap-embed.d.ts"));
    copyFileSync(join(fixtures, "correct.ts"), join(dir, "page.ts"));
    writeFileSync(join(dir, "react-check.ts"), 'export type { ReactNode } from "react";\n');
    const config = (files) => ({
      compilerOptions: { ...STRICT, paths: { "/painmap/painmap-embed.js": ["./painmap-embed.d.ts"] } },
      files,
    });
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config(["page.ts", "react-check.ts"])));
    const errors = await compile(join(dir, "tsconfig.json"));
    // The check is real only if React cannot be found there.
    assert.ok(
      errors.some((e) => e.file.endsWith("react-check.ts") && e.code === "TS2307"),
      `react must not resolve in ${dir}:\n${show(errors)}`,
    );
    const rest = errors.filter((e) => !e.file.endsWith("react-check.ts"));
    assert.deepEqual(rest, [], show(rest));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the glue's pkg/painmap.d.ts compiles on lib ES2022 without skipLibCheck", async () => {
  const glue = join(root, "pkg", "painmap.d.ts");
  assert.ok(readFileSync(glue, "utf8").includes("export function mount"), "run `make build` first");
  // Its own program: nothing else may bring in the lib it needs.
  const dir = mkdtempSync(join(tmpdir(), "painmap-glue-"));
  try {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...STRICT, paths: { "/painmap/painmap.js": [glue] } },
        files: [glue, join(root, "pkg", "painmap_bg.wasm.d.ts"), join(fixtures, "glue.ts")],
      }),
    );
    const errors = await compile(join(dir, "tsconfig.json"));
    assert.deepEqual(errors, [], show(errors));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
