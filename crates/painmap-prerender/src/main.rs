//! Renders the widget's first screen at build time, with the widget's own components and
//! Yew's server renderer, so the map is on the screen before the wasm arrives; `mount` puts
//! the live widget in its place without a frame between (see `src/embed.rs`).
//! `scripts/build.sh` runs it:
//!
//! `painmap-prerender <pkg dir> <page>` puts the widget root holding the map, in a
//! declarative shadow root, into the page between its `<!-- prerendered -->` markers, and
//! writes `painmap.css` in the pkg folder: the widget's stylesheet as a file, for the markup
//! shown before the wasm adopts its own copy.
//!
//! The shadow root is in English. Each other language's first screen follows it, in a
//! `<template data-lang="es" data-table="pkg/painmap-es.<stamp>.txt">` with its text table's
//! address: the page's script (`www/boot.js`) puts that screen in the English one's place
//! for a person who reads that language, and downloads the table beside the wasm, so the
//! widget speaks it from its first frame. Brotli finds the map's shapes already sent, so a
//! language costs the page little more than its words.

use std::error::Error;
use std::path::Path;
use std::{env, fs};

use painmap::components::App;
use painmap::embed::{self, PRERENDERED, ROOT_CLASS, STYLESHEET};
use painmap_core::i18n::{table, Lang};

const OPEN_MARK: &str = "<!-- prerendered -->";
const CLOSE_MARK: &str = "<!-- /prerendered -->";

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = env::args().skip(1).collect();
    let [pkg, page] = args.as_slice() else {
        return Err("usage: painmap-prerender <pkg dir> <page.html>".into());
    };
    let mut roots = String::new();
    for &lang in Lang::ALL.iter().filter(|&&lang| lang != Lang::En) {
        roots.push_str(&other_language(lang)?);
    }
    let root = widget_root(Lang::En)?;
    fs::write(Path::new(pkg).join("painmap.css"), STYLESHEET)?;
    let html = fs::read_to_string(page)?;
    fs::write(page, fill(&html, &root, &roots)?)?;
    Ok(())
}

/// `lang`'s first screen, in a template that names the language and its text table.
fn other_language(lang: Lang) -> Result<String, Box<dyn Error>> {
    Ok(format!(
        r#"<template data-lang="{}" data-table="pkg/{}">{}</template>"#,
        lang.tag(),
        table::file_name(lang),
        widget_root(lang)?
    ))
}

/// The widget root with the app's first render in `lang` in it, as `mount` would make it.
fn widget_root(lang: Lang) -> Result<String, Box<dyn Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    // Not hydratable: the live widget replaces this markup rather than adopting it, so
    // Yew's markers between components would be bytes for nothing.
    let app = runtime.block_on(
        yew::LocalServerRenderer::<App>::with_props(embed::prerendered_props(lang))
            .hydratable(false)
            .render(),
    );
    // The root's attributes are the ones `mount` gives a widget root (embed.rs), so the live
    // root that replaces it looks the same.
    Ok(format!(
        r#"<div class="{ROOT_CLASS}" translate="no" data-theme="{}" {PRERENDERED}="">{app}</div>"#,
        embed::prerendered_theme(),
    ))
}

/// The page with the prerendered widget between its markers, in a declarative shadow root
/// whose stylesheet is a file beside the wasm (a page whose CSP says `style-src 'self'`
/// allows it), followed by `others` (the other languages' templates). A page without the
/// markers is an error: the build must not silently ship a page without its map.
fn fill(html: &str, root: &str, others: &str) -> Result<String, Box<dyn Error>> {
    let (before, rest) = html
        .split_once(OPEN_MARK)
        .ok_or("painmap-prerender: the page has no <!-- prerendered --> marker")?;
    let (_, after) = rest
        .split_once(CLOSE_MARK)
        .ok_or("painmap-prerender: the page has no <!-- /prerendered --> marker")?;
    Ok(format!(
        r#"{before}{OPEN_MARK}<template shadowrootmode="open"><link rel="stylesheet" href="pkg/painmap.css">{root}</template>{others}{CLOSE_MARK}{after}"#
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_is_the_map_with_every_region_named() {
        let root = widget_root(Lang::En).unwrap();
        assert!(root.starts_with(r#"<div class="painmap-root" translate="no""#));
        assert!(root.contains(r#"data-step="1""#));
        assert!(root.contains(r#"aria-label="Lower back, left""#));
        assert_eq!(root.matches(r#"class="region""#).count(), 23);
        // Nothing a page's CSP `style-src 'self'` would refuse.
        assert!(!root.contains("style="));
        assert!(!root.contains("<style"));
    }

    #[test]
    fn the_page_gets_the_root_between_its_markers_and_keeps_the_rest() {
        let page = "<main><!-- prerendered -->old<!-- /prerendered --><p>x</p></main>";
        let filled = fill(page, "<div>new</div>", "<template>es</template>").unwrap();
        assert_eq!(
            filled,
            "<main><!-- prerendered --><template shadowrootmode=\"open\"><link rel=\"stylesheet\" \
             href=\"pkg/painmap.css\"><div>new</div></template><template>es</template>\
             <!-- /prerendered --><p>x</p></main>"
        );
        assert_eq!(
            fill(&filled, "<div>new</div>", "<template>es</template>").unwrap(),
            filled
        );
        assert!(fill("<main></main>", "x", "").is_err());
    }

    #[test]
    fn another_language_names_its_table_and_shows_its_own_words() {
        let spanish = other_language(Lang::Es).unwrap();
        let table = table::file_name(Lang::Es);
        assert!(spanish.starts_with(&format!(
            r#"<template data-lang="es" data-table="pkg/{table}"><div class="painmap-root""#
        )));
        assert!(spanish.contains(r#"lang="es""#));
        assert!(spanish.contains(r#"aria-label="Zona lumbar, izquierda""#));
        assert_eq!(spanish.matches(r#"class="region""#).count(), 23);
        assert!(!spanish.contains("Lower back"));
    }
}
