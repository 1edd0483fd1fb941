//! Minifies the widget's stylesheet into OUT_DIR for `include_str!` (`embed::STYLESHEET`,
//! which the prerenderer writes beside the glue as `painmap.css`; the wasm has no copy):
//! comments and layout whitespace are bytes every phone downloads, and the readable sources
//! stay the ones to edit: `www/painmap.css` (the base and the map), then each step's sheet in
//! `www/css/`, in name order.
//!
//! It also gives the wasm a 128 KiB stack instead of the linker's 1 MiB: the widget's deepest
//! call (a render of the whole summary) needs a small part of that, and every page that shows
//! the widget would otherwise hold the whole MiB. The in-browser tests link with it too, so
//! they would trap on a journey that outgrew it.

use std::{env, fs, path::Path};

/// The wasm's stack, in bytes.
const WASM_STACK: u32 = 128 * 1024;

fn main() {
    if env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32") {
        println!("cargo:rustc-link-arg=-zstack-size={WASM_STACK}");
    }
    let mut sources = vec![Path::new("www/painmap.css").to_path_buf()];
    println!("cargo:rerun-if-changed=www/css");
    let mut parts: Vec<_> = fs::read_dir("www/css")
        .map(|dir| dir.filter_map(|entry| Some(entry.ok()?.path())).collect())
        .unwrap_or_default();
    parts.retain(|path| path.extension().is_some_and(|ext| ext == "css"));
    parts.sort();
    sources.extend(parts);
    let mut css = String::new();
    for source in &sources {
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(source)
            .unwrap_or_else(|error| panic!("{}: {error}", source.display()));
        css.push_str(&text);
        css.push('\n');
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|error| panic!("OUT_DIR: {error}"));
    fs::write(Path::new(&out).join("painmap.min.css"), minify(&css))
        .unwrap_or_else(|error| panic!("writing the minified stylesheet: {error}"));
}

/// Drops comments and the whitespace around punctuation. Strings and `url()`s in this
/// stylesheet hold no such characters, so a plain scan is enough.
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some((before, after)) = rest.split_once("/*") {
        without_comments.push_str(before);
        rest = after.split_once("*/").map_or("", |(_, tail)| tail);
    }
    without_comments.push_str(rest);

    let mut out = String::with_capacity(without_comments.len());
    let mut pending_space = false;
    for c in without_comments.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        let glue = matches!(c, '{' | '}' | ';' | ':' | ',' | '>');
        let last_glues = out.ends_with(['{', '}', ';', ':', ',', '>']);
        if pending_space && !glue && !last_glues {
            out.push(' ');
        }
        pending_space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
