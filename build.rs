//! Minifies the widget's stylesheet into OUT_DIR for `include_str!`: comments and layout
//! whitespace are bytes every phone downloads inside the wasm, and the readable source in
//! `www/painmap.css` stays the one to edit.

use std::{env, fs, path::Path};

fn main() {
    let source = "www/painmap.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"));
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
