//! Finds the message catalogs and writes the `Lang` they make, so that a new language is one
//! catalog file and nothing else to edit.
//!
//! The rule: every `.rs` file directly in `src/i18n/` is a catalog, except `mod.rs` and the
//! modules `mod.rs` declares itself (helpers such as `describe.rs`). A catalog's file name is
//! its language's tag, an ISO 639 code of 2 or 3 lowercase letters (`es.rs` speaks `es`), and
//! the file declares `pub const NAME: &str` (the language's own name, "Español"), `pub const
//! LOADER: LoaderTexts` and `pub fn text(msg: Msg) -> &'static str`.
//!
//! It writes `$OUT_DIR/languages.rs`, which `src/i18n/mod.rs` includes: a `mod lang_<tag>` per
//! catalog (through `#[path]`, so a tag that is a Rust keyword, like `for`, still names a
//! module), `Lang` through the model's `vocabulary!` (the tag as its id; English first, as the
//! default, then the others by tag), `TAG_LIST`, and `with_catalog!`, the one `match` from a
//! language to its catalog module.

use std::path::{Path, PathBuf};
use std::{env, fmt::Write as _, fs};

/// The language the widget falls back to: it must have a catalog.
const DEFAULT: &str = "en";

fn main() {
    // At run time rather than compile time: the build script of a copy of this crate (the
    // pseudo-language test makes one) must read the copy's catalogs.
    let manifest = env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|e| fail(&format!("CARGO_MANIFEST_DIR: {e}")));
    let folder = Path::new(&manifest).join("src").join("i18n");
    println!("cargo:rerun-if-changed={}", folder.display());
    let catalogs = catalogs(&folder);
    for catalog in &catalogs {
        println!("cargo:rerun-if-changed={}", catalog.path.display());
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|e| fail(&format!("OUT_DIR: {e}")));
    let code = generate(&catalogs);
    let target = Path::new(&out).join("languages.rs");
    // Write only a change, so the crate is not rebuilt for nothing.
    if fs::read_to_string(&target).ok().as_deref() != Some(code.as_str()) {
        fs::write(&target, code)
            .unwrap_or_else(|e| fail(&format!("writing {}: {e}", target.display())));
    }
}

struct Catalog {
    tag: String,
    path: PathBuf,
}

/// The catalogs in `folder`, English first, then by tag.
fn catalogs(folder: &Path) -> Vec<Catalog> {
    let mod_rs = folder.join("mod.rs");
    let declared = declared_modules(
        &fs::read_to_string(&mod_rs)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", mod_rs.display()))),
    );
    let entries =
        fs::read_dir(folder).unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())));
    let mut catalogs = Vec::new();
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())))
            .path();
        let (Some(stem), Some("rs")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        if !path.is_file() || stem == "mod" || declared.iter().any(|name| name == stem) {
            continue;
        }
        if !is_tag(stem) {
            fail(&format!(
                "{}: a catalog's file name is its language's tag, 2 or 3 lowercase ASCII letters \
                 (an ISO 639 code, such as es.rs); a helper module must be declared in mod.rs",
                path.display()
            ));
        }
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        for (item, what) in [
            (
                "pub const NAME: &str",
                "the language's own name, as its speakers write it",
            ),
            (
                "pub const LOADER: LoaderTexts",
                "the loader's words, for when the widget cannot load",
            ),
            (
                "pub fn text(msg: Msg) -> &'static str",
                "every message's text",
            ),
        ] {
            if !source.contains(item) {
                fail(&format!(
                    "{}: a catalog declares `{item}`: {what}",
                    path.display()
                ));
            }
        }
        catalogs.push(Catalog {
            tag: stem.to_owned(),
            path,
        });
    }
    catalogs.sort_by(|a, b| (a.tag != DEFAULT, &a.tag).cmp(&(b.tag != DEFAULT, &b.tag)));
    if catalogs.first().is_none_or(|first| first.tag != DEFAULT) {
        fail(&format!(
            "{}: no {DEFAULT}.rs; English is the default language and must have a catalog",
            folder.display()
        ));
    }
    catalogs
}

/// The names of the modules that `mod.rs` declares (`mod describe;`, `pub mod describe;`).
fn declared_modules(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix("pub(crate) ")
                .or_else(|| line.strip_prefix("pub "))
                .unwrap_or(line);
            let name = rest.strip_prefix("mod ")?.strip_suffix(';')?.trim();
            Some(name.to_owned())
        })
        .collect()
}

fn is_tag(stem: &str) -> bool {
    (2..=3).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_lowercase())
}

/// `es` → `Es`, `for` → `For`: a variant name that is never a keyword.
fn variant(tag: &str) -> String {
    let mut name = tag.to_owned();
    name[..1].make_ascii_uppercase();
    name
}

fn generate(catalogs: &[Catalog]) -> String {
    let (mut modules, mut variants, mut arms) = (String::new(), String::new(), String::new());
    for Catalog { tag, path } in catalogs {
        let (variant, path) = (variant(tag), path.display().to_string());
        let _ = writeln!(modules, "#[path = {path:?}]\nmod lang_{tag};");
        let _ = writeln!(variants, "        {variant} = {tag:?},");
        let _ = writeln!(
            arms,
            "            Lang::{variant} => {{\n                use lang_{tag} as $c;\n                $body\n            }}"
        );
    }
    let tags: Vec<&str> = catalogs.iter().map(|c| c.tag.as_str()).collect();
    let tag_list = tags.join(", ");
    format!(
        "// Written by build.rs from the catalog files in src/i18n/: edit those.

{modules}
crate::model::vocab::vocabulary! {{
    /// A language the widget speaks: one per catalog file in `src/i18n/`, its tag as id.
    pub enum Lang {{
{variants}    }}
}}

impl Lang {{
    /// Every tag, for messages that list them: {tag_list:?}.
    pub const TAG_LIST: &'static str = {tag_list:?};
}}

/// `with_catalog!(lang, |c| c::text(msg))`: the expression with `c` naming `lang`'s catalog.
macro_rules! with_catalog {{
    ($lang:expr, |$c:ident| $body:expr) => {{
        match $lang {{
{arms}        }}
    }};
}}
"
    )
}

/// Stops the build with a message that says which file to fix and how.
fn fail(message: &str) -> ! {
    eprintln!("error: painmap-core's languages: {message}");
    std::process::exit(1)
}
