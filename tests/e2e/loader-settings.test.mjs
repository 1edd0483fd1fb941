// The embed's loader works out three of the widget's settings before the wasm arrives, to show
// the prerendered map as the widget will: the key of the journey saved for a reload (whether
// the map shows at all), the theme and the clinic's accent. Its copies must say what the
// widget says, for every input a page can write: here the Rust code itself (painmap-core's
// example `loader_settings`) and the loader's copies read the same few thousand settings.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { root } from "./support.mjs";

// The loader asks the browser for the host's `color-scheme` (the theme `host`).
globalThis.getComputedStyle = (element) => ({ colorScheme: element.scheme });
const { accentOf, firstScreenTheme, storageKeyOf } = await import("../../www/painmap-embed.js");

/** A small seeded generator: the same cases on every run. */
function random(seed) {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

const pick = random(12);
const hex = (n) => Array.from({ length: n }, () => "0123456789abcdefABCDEF"[pick(22)]).join("");

// Rust's `trim` and JavaScript's disagree on two characters: U+0085 and U+FEFF.
const SPACES = ["", " ", "\t", "\n", "\u0085", "\u00a0", "\u3000", "\ufeff"];
const pad = (text) => `${SPACES[pick(SPACES.length)]}${text}${SPACES[pick(SPACES.length)]}`;

const IDS = ["", "a", "painmap", "x".repeat(63), "x".repeat(64), "x".repeat(65), "é".repeat(64), "é".repeat(65), "😀".repeat(64), "😀".repeat(65), "a b", " a"];
const KEYS = [
  "back-pain",
  "k",
  "k".repeat(63),
  "k".repeat(64),
  "k".repeat(65),
  "a b",
  "ключ",
  "a.b",
  "",
  " ",
  "\u0085",
  "\ufeff",
];
const THEMES = ["light", "dark", "auto", "host", "DARK", "Host", "aUtO", "dar\u212a", "night", "", "\u0085"];
const SCHEMES = ["", "normal", "dark", "light", "light dark", "dark light", "only dark", "darkish", "only light"];

/** Every case: `{ id, source, config, trusted, scheme }`, as the example reads them. */
function cases() {
  const all = [];
  const add = (id, config, { source = "attributes", trusted = null, scheme = "" } = {}) =>
    all.push({ id, source, config, trusted, scheme });
  // The key: the element's id (counted in characters, at most 64) or the `key` setting.
  for (const id of IDS) {
    add(id, {});
    add(id, { key: "from-query" }, { source: "query", trusted: { key: null } });
    for (const key of KEYS) {
      add(id, { key: pad(key) });
      add(id, { key: pad(key) }, { source: "query", trusted: {} });
      // The clinic's own copy decides a setting it names, even blank.
      add(id, { key: "from-query" }, { source: "query", trusted: { key: pad(key) } });
      add(id, { key: pad(key) }, { source: "query", trusted: { theme: "dark" } });
    }
  }
  // The theme, and the host page's scheme for `host`.
  for (const theme of THEMES) {
    for (const scheme of SCHEMES) {
      add("t", { theme: pad(theme) }, { scheme });
      add("t", { theme: "light" }, { source: "query", trusted: { theme: pad(theme) }, scheme });
    }
  }
  // The accent: every #rgb, a thousand #rrggbb in any case, and what is not a colour.
  for (let n = 0; n < 4096; n += 1) add("c", { accent: `#${n.toString(16).padStart(3, "0")}` });
  for (let n = 0; n < 1000; n += 1) add("c", { accent: pad(`#${hex(6)}`), theme: "dark" });
  // Colours that sit on the contrast target, where `x ** 2.4` and the widget's approximation of
  // it (config.rs's `linear`) end on different sides: 3,241 of the 16.7 million, these among them.
  for (const accent of ["#009e31", "#1ae7a3", "#2bffc9", "#419602", "#63a40e", "#859a6c", "#9b6c4d", "#aedb16", "#c8d09f", "#dc5d12", "#ef8c17"]) {
    add("c", { accent });
  }
  for (const accent of ["#abcd", "abc", "#ggg", "#12345", "# 123", "#１２３", "", " "]) add("c", { accent });
  return all;
}

test("the loader's storage key, theme and accent are the widget's, for every setting", () => {
  const all = cases();
  const run = spawnSync("cargo", ["run", "--locked", "--quiet", "-p", "painmap-core", "--example", "loader_settings"], {
    cwd: root,
    input: all.map((one) => JSON.stringify(one)).join("\n"),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  const widget = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.equal(widget.length, all.length);
  let compared = 0;
  const drift = [];
  all.forEach((one, at) => {
    const rust = widget[at];
    // A setting the widget refuses shows its message, not the map: nothing to agree on.
    if (rust.refused) return;
    compared += 1;
    const record = { element: { id: one.id, scheme: one.scheme }, config: one.config, trusted: one.trusted };
    const loader = { key: storageKeyOf(record), theme: firstScreenTheme(record), accent: accentOf(record) };
    const expected = { key: rust.key, theme: rust.theme, accent: rust.accent };
    try {
      assert.deepEqual(loader, expected);
    } catch {
      drift.push({ case: one, loader, widget: expected });
    }
  });
  assert.deepEqual(drift.slice(0, 5), [], `${drift.length} of ${compared} cases differ`);
  // Most cases are settings the widget takes: the comparison is not vacuous.
  assert.ok(compared > 5000, `only ${compared} cases compared`);
});

test("a setting of 200,000 spaces between two letters is read at once, not in a minute of frozen page", () => {
  const long = `a${" ".repeat(200_000)}b`;
  const record = { element: { id: "", scheme: "" }, config: { key: long, theme: long, accent: long }, trusted: null };
  const started = performance.now();
  assert.equal(storageKeyOf(record), `painmap:key:${long}`);
  assert.equal(firstScreenTheme(record), "light");
  assert.equal(accentOf(record), null);
  // Each value once from each end: a few milliseconds; the page's main thread is the host's.
  assert.ok(performance.now() - started < 250, `${Math.round(performance.now() - started)} ms`);
});
