//! The pure core (src/model, src/engine) must not use any web crate: it is tested natively
//! and shared by the widget, the command line and any future host. The drawing's data, the
//! message catalog, the config checks and the arrow-key navigation are held to the same rule,
//! so that everything but the components and the JS boundary is tested without a browser.

use std::fs;
use std::path::{Path, PathBuf};

const WEB_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "serde_wasm_bindgen",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whole identifiers only, so that a word merely containing a crate name does not count.
fn mentions(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    })
}

#[test]
fn model_and_engine_use_no_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/model"), &mut files);
    rust_files(&root.join("src/engine"), &mut files);
    rust_files(&root.join("src/diagram"), &mut files);
    rust_files(&root.join("src/i18n"), &mut files);
    files.extend(
        ["src/config.rs", "src/navigation.rs", "src/summary.rs"].map(|file| root.join(file)),
    );
    assert!(files.len() >= 16, "found the sources: {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for name in WEB_CRATES {
            if mentions(&text, name) || mentions(&text, &name.replace('_', "-")) {
                offences.push(format!(
                    "{} mentions {name}",
                    file.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the pure core must stay free of web crates:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_check_catches_a_web_import() {
    assert!(mentions("use web_sys::Element;", "web_sys"));
    assert!(mentions("use yew::prelude::*;", "yew"));
    assert!(!mentions("let yewtree = 1;", "yew"));
}
