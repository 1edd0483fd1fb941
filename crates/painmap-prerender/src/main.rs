//! Renders the widget's first screen at build time, with the widget's own components and
//! Yew's server renderer, so the map is on the screen before the wasm arrives; `mount` puts
//! the live widget in its place without a frame between (see `src/embed.rs`).
//! `scripts/build.sh` runs it:
//!
//! `painmap-prerender <pkg dir> <page>` puts the widget root holding the map, in a
//! declarative shadow root, into the page between its `<!-- prerendered -->` markers, and
//! writes `painmap.css` in the pkg folder: the widget's stylesheet as a file (the wasm has no
//! copy), which that shadow root links for the prerendered map and the live widget alike, and
//! which `mount` links beside the glue when a page's script gives it no sheet. The markers are the first thing inside the host
//! element; the root carries, as `data-storage-key`, the key under which `mount` will keep the
//! journey on that element (from its id), so the page's boot script, which looks for a saved
//! journey before the wasm arrives, never spells the key itself.
//!
//! For `<pain-map>` and `PainMap.mount` on a clinic's page it also writes, in the pkg folder,
//! one first screen per language, `painmap-first-<tag>.html`: the stylesheet in a `<style>`
//! and the widget root. The loader (`www/painmap-embed.js`) fetches the one for the widget's
//! language beside the wasm, adopts the stylesheet's text as a constructed stylesheet (the
//! `<style>` itself is never inserted, so a page whose CSP says `style-src 'self'` still
//! works), shows the root until the live widget takes its place, and hands that sheet to
//! `mount`.
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

use painmap::components::{App, HeldParts, HeldPartsProps, HELD_REGION};
use painmap::embed::{self, PRERENDERED, ROOT_CLASS, STYLESHEET, STYLESHEET_FILE};
use painmap_core::i18n::{table, Lang};

/// The attribute of the template in the prerendered root that holds what an early tap shows
/// (`www/prerendered.js` looks for it).
const HELD: &str = "data-held";

/// The attribute of the page's prerendered root that holds the widget's storage key.
const STORAGE_KEY: &str = "data-storage-key";

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
    fs::write(Path::new(pkg).join(STYLESHEET_FILE), STYLESHEET)?;
    let html = fs::read_to_string(page)?;
    fs::write(page, fill(&html, &root, &roots)?)?;
    for &lang in Lang::ALL {
        fs::write(
            Path::new(pkg).join(first_screen_name(lang)),
            first_screen(lang)?,
        )?;
    }
    Ok(())
}

/// The name of a language's first screen in the pkg folder, which the loader names.
fn first_screen_name(lang: Lang) -> String {
    ["painmap-first-", lang.tag(), ".html"].concat()
}

/// A language's first screen for the loader: the stylesheet, then the widget root.
fn first_screen(lang: Lang) -> Result<String, Box<dyn Error>> {
    Ok(format!("<style>{STYLESHEET}</style>{}", widget_root(lang)?))
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
    let held = runtime.block_on(held_parts(HeldPartsProps {
        lang,
        region: HELD_REGION,
        marked: 2,
    }));
    // The root's attributes are the ones `mount` gives a widget root (embed.rs), so the live
    // root that replaces it looks the same. The template after the app is inert: what the
    // page's script shows when an area is tapped before the wasm (`www/prerendered.js`).
    Ok(format!(
        r#"<div class="{ROOT_CLASS}" translate="no" data-theme="{}" {PRERENDERED}="">{app}<template {HELD}>{held}</template></div>"#,
        embed::prerendered_theme(),
    ))
}

/// The control and the footers the page's script shows before the wasm, as the widget draws them.
async fn held_parts(props: HeldPartsProps) -> String {
    yew::LocalServerRenderer::<HeldParts>::with_props(props)
        .hydratable(false)
        .render()
        .await
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
    let root = match embed::default_storage_key(&host_id(before)?) {
        Some(key) => root.replacen(
            &format!(r#"{PRERENDERED}="""#),
            &format!(r#"{PRERENDERED}="" {STORAGE_KEY}="{key}""#),
            1,
        ),
        None => root.to_owned(),
    };
    Ok(format!(
        r#"{before}{OPEN_MARK}<template shadowrootmode="open"><link rel="stylesheet" href="pkg/painmap.css">{root}</template>{others}{CLOSE_MARK}{after}"#
    ))
}

/// The id of the host element, whose start tag is the last tag before the markers (empty
/// without one). An id that would need escaping is an error: the key is written as it is.
fn host_id(before: &str) -> Result<String, Box<dyn Error>> {
    let tag = before
        .rfind('<')
        .and_then(|start| before.get(start..))
        .unwrap_or_default();
    let Some((_, rest)) = tag.split_once(" id=\"") else {
        return Ok(String::new());
    };
    let id = rest.split('"').next().unwrap_or_default();
    if id.contains(['&', '<', '>', '\'']) {
        return Err(format!("painmap-prerender: the host's id {id:?} needs escaping").into());
    }
    Ok(id.to_owned())
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
    fn each_language_has_its_first_screen_in_its_words() {
        let spanish = first_screen(Lang::Es).unwrap();
        assert!(spanish.starts_with("<style>"));
        assert!(spanish.contains(r#"<div lang="es""#));
        assert!(spanish.contains(r#"aria-label="Zona lumbar, izquierda""#));
        assert_eq!(spanish.matches("<style").count(), 1);
        assert!(!spanish.contains("style="));
        assert_eq!(first_screen_name(Lang::Es), "painmap-first-es.html");
    }

    /// The held parts for `region`, with the footer for `marked` areas.
    fn held(lang: Lang, region: painmap_core::model::Region, marked: usize) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(held_parts(HeldPartsProps {
            lang,
            region,
            marked,
        }))
    }

    #[test]
    fn the_root_carries_the_control_an_early_tap_shows() {
        let root = widget_root(Lang::Es).unwrap();
        let (_, template) = root.split_once("<template data-held>").unwrap();
        assert!(template.ends_with("</template></div>"));
        assert!(template.starts_with(
            r#"<section role="group" aria-labelledby="pm-control-title" class="control">"#
        ));
        assert!(template.contains(
            r#"<h3 id="pm-control-title" class="control-title">Zona lumbar, izquierda</h3>"#
        ));
        assert_eq!(template.matches(r#"class="footer""#).count(), 3);
        assert_eq!(template.matches(r#"class="control-prompt""#).count(), 1);
        assert!(!template.contains("style="));
    }

    #[test]
    fn each_area_s_control_is_the_held_one_with_its_name() {
        // What www/prerendered.js does: the held area's name, in the title and the slider's
        // label, becomes the tapped area's (which its shape on the map carries).
        for &lang in Lang::ALL {
            let base = held(lang, HELD_REGION, 2);
            let base_name = lang.text(painmap_core::i18n::Msg::Region(HELD_REGION));
            assert_eq!(base.matches(base_name).count(), 2, "{lang:?}");
            for region in painmap_core::diagram::REGION_SHAPES
                .iter()
                .map(|shape| shape.region)
            {
                let name = lang.text(painmap_core::i18n::Msg::Region(region));
                assert!(!name.contains(['&', '<', '"']), "{name}");
                assert_eq!(
                    held(lang, region, 2),
                    base.replace(base_name, name),
                    "{lang:?} {region:?}"
                );
            }
        }
    }

    #[test]
    fn the_footer_for_two_areas_gives_any_number_its_own() {
        // www/prerendered.js writes the number of areas over the 2 of the footer for two.
        for &lang in Lang::ALL {
            let two = held(lang, HELD_REGION, 2);
            let (before, footer) = two.rsplit_once(r#"<div class="footer">"#).unwrap();
            // After the footers: the areas' numbers and descriptions, which have digits of their own.
            let (footer, after) = footer.split_once(r#"<svg class="held-labels">"#).unwrap();
            assert_eq!(footer.matches('2').count(), 1, "{lang:?}: {footer}");
            for marked in 3..=23 {
                let expected = format!(
                    r#"{before}<div class="footer">{}<svg class="held-labels">{after}"#,
                    footer.replacen('2', &marked.to_string(), 1)
                );
                assert_eq!(
                    held(lang, HELD_REGION, marked),
                    expected,
                    "{lang:?} {marked}"
                );
            }
        }
    }

    #[test]
    fn the_loader_names_the_first_screen_of_every_language() {
        // Its FIRST_SCREENS: a language without its file there would wait for the wasm.
        let loader = include_str!("../../../www/painmap-embed.js");
        for &lang in Lang::ALL {
            let entry = format!("{}: \"../pkg/{}\"", lang.tag(), first_screen_name(lang));
            assert!(loader.contains(&entry), "the loader lacks {entry}");
        }
    }

    #[test]
    fn the_first_screen_shows_no_clinic_setting_but_the_language() {
        // The loader shows one file per language whatever the clinic set: the map step must
        // not show the clinic's name, techniques, booking address, phone or emergency number
        // (the theme and the accent are the root's, which the loader sets).
        let mut settings = (*embed::prerendered_props(Lang::En).settings.0).clone();
        settings.clinic_name = Some("Riverside Massage Clinic".into());
        settings.techniques = Some(vec![painmap_core::engine::Technique::Swedish]);
        settings.booking_url = Some("https://example.com/book".into());
        settings.phone = Some("+44 20 7946 0000".into());
        settings.emergency_call = "999".into();
        let props = painmap::components::AppProps {
            lang: Lang::En,
            settings: painmap::components::SharedSettings(std::rc::Rc::new(settings)),
            host: None,
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let clinic = runtime.block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        );
        let default = runtime.block_on(
            yew::LocalServerRenderer::<App>::with_props(embed::prerendered_props(Lang::En))
                .hydratable(false)
                .render(),
        );
        assert_eq!(clinic, default);
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

    #[test]
    fn the_root_carries_the_storage_key_mount_gives_the_host() {
        let root = r#"<div class="painmap-root" data-prerendered="">map</div>"#;
        let page = "<div id=\"back-pain\" class=\"host\">\n  <!-- prerendered --><!-- /prerendered --></div>";
        let filled = fill(page, root, "").unwrap();
        assert!(filled.contains(
            r#"<div class="painmap-root" data-prerendered="" data-storage-key="painmap:id:back-pain">map</div>"#
        ));
        // Only the host's own id: an id-less host keeps nothing across a reload.
        let page = "<main id=\"page\"><div class=\"host\"><!-- prerendered --><!-- /prerendered --></div></main>";
        assert!(!fill(page, root, "").unwrap().contains(STORAGE_KEY));
        let page = "<div id=\"a&amp;b\"><!-- prerendered --><!-- /prerendered --></div>";
        assert!(fill(page, root, "").is_err());
    }
}
