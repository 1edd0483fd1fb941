// Renames the wasm's imports to one- or two-letter names, in the wasm and in the JS glue.
//
// wasm-bindgen names every import like `__wbg_querySelector_1555c239948f2bf0`, and each name
// stands twice in the download, once in each file. Their hash suffixes do not compress, so
// short names save about 3 KiB brotli. Usage: node scripts/shorten-imports.mjs pkg/painmap
import { readFileSync, writeFileSync } from "node:fs";

const base = process.argv[2];
const wasm = readFileSync(`${base}_bg.wasm`);
let js = readFileSync(`${base}.js`, "utf8");

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(index) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / LETTERS.length)) {
    name = LETTERS[(n - 1) % LETTERS.length] + name;
  }
  return name;
}

const text = (bytes) => Buffer.from(bytes).toString("utf8");
const encode = (string) => [...leb(Buffer.byteLength(string)), ...Buffer.from(string)];

const MODULE = "w";
const renamed = new Map();
let moduleName;
const out = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readLeb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    out.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, pos] = readLeb(wasm, body);
  const section = [...leb(count)];
  for (let i = 0; i < count; i += 1) {
    let length;
    [length, pos] = readLeb(wasm, pos);
    const module = text(wasm.subarray(pos, pos + length));
    pos += length;
    [length, pos] = readLeb(wasm, pos);
    const name = text(wasm.subarray(pos, pos + length));
    pos += length;
    if (moduleName !== undefined && module !== moduleName) {
      throw new Error(`imports from two modules (${moduleName}, ${module}): not supported`);
    }
    moduleName = module;
    const kind = wasm[pos];
    const descStart = pos;
    pos += 1;
    if (kind !== 0) throw new Error(`import ${name} is not a function: not supported`);
    [, pos] = readLeb(wasm, pos);
    const short = shortName(i);
    renamed.set(name, short);
    section.push(...encode(MODULE), ...encode(short), ...wasm.subarray(descStart, pos));
  }
  out.push(Buffer.from([2, ...leb(section.length), ...section]));
  at = end;
}

// In the glue the imports are the keys of one object, keyed by the module name.
const quoted = JSON.stringify(moduleName);
if (!js.includes(quoted)) throw new Error(`the glue does not name the module ${quoted}`);
js = js.replaceAll(quoted, JSON.stringify(MODULE));
let replaced = 0;
js = js.replace(/\b__wb(?:g|indgen)_[A-Za-z0-9_]+\b/g, (name) => {
  if (!renamed.has(name)) return name;
  replaced += 1;
  return renamed.get(name);
});
if (replaced < renamed.size) {
  throw new Error(`only ${replaced} of ${renamed.size} imports were found in the glue`);
}

writeFileSync(`${base}_bg.wasm`, Buffer.concat(out));
writeFileSync(`${base}.js`, js);
console.log(`shortened ${renamed.size} import names`);
