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
//! default, then the others by tag), `TAG_LIST`, each language's name, read from its catalog,
//! and `STAMP`, a hash of the core's sources that names the build's text tables.
//!
//! In the wasm only English's catalog is compiled in: the others reach the browser as text
//! tables (`i18n/table.rs`), so a phone downloads the words of the language it shows.

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
    let src = Path::new(&manifest).join("src");
    println!("cargo:rerun-if-changed={}", src.display());
    let out = env::var("OUT_DIR").unwrap_or_else(|e| fail(&format!("OUT_DIR: {e}")));
    let code = generate(&catalogs, &stamp(&src));
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
    /// The language's own name, as the Rust string literal the catalog writes.
    name: String,
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
        let name = source
            .lines()
            .find_map(|line| line.trim().strip_prefix("pub const NAME: &str = "))
            .and_then(|rest| rest.trim().strip_suffix(';'))
            .filter(|literal| literal.starts_with('"') && literal.ends_with('"'))
            .unwrap_or_else(|| {
                fail(&format!(
                    "{}: `pub const NAME: &str = \"…\";` on one line",
                    path.display()
                ))
            })
            .to_owned();
        catalogs.push(Catalog {
            tag: stem.to_owned(),
            path,
            name,
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

/// A hash (FNV-1a) of every file under `src`, in path order, and the version: the text tables
/// are keyed by the messages and the model's values, so any change to the core makes new ones.
fn stamp(src: &Path) -> String {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        let entries =
            fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    files.sort();
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash = (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193);
        }
    };
    feed(env::var("CARGO_PKG_VERSION").unwrap_or_default().as_bytes());
    for file in &files {
        let relative = file.strip_prefix(src).unwrap_or(file);
        feed(relative.to_string_lossy().as_bytes());
        feed(&fs::read(file).unwrap_or_else(|e| fail(&format!("{}: {e}", file.display()))));
    }
    format!("{hash:08x}")
}

fn generate(catalogs: &[Catalog], stamp: &str) -> String {
    let (mut modules, mut variants) = (String::new(), String::new());
    let (mut names, mut built_in, mut loaders) = (String::new(), String::new(), String::new());
    for Catalog { tag, path, name } in catalogs {
        let (variant, path) = (variant(tag), path.display().to_string());
        // The wasm carries English alone; the other languages come as text tables.
        let only_native = if tag == DEFAULT {
            ""
        } else {
            "#[cfg(not(target_arch = \"wasm32\"))]\n"
        };
        let _ = writeln!(modules, "{only_native}#[path = {path:?}]\nmod lang_{tag};");
        // The names are copied here for the wasm; the catalog's own stays the one to edit.
        let _ = writeln!(
            modules,
            "{only_native}const _: (&str, LoaderTexts) = (lang_{tag}::NAME, lang_{tag}::LOADER);"
        );
        let _ = writeln!(variants, "        {variant} = {tag:?},");
        let _ = writeln!(names, "            Lang::{variant} => {name},");
        let _ = writeln!(
            built_in,
            "            {only_native}Lang::{variant} => Some(lang_{tag}::text(msg)),"
        );
        let _ = writeln!(
            loaders,
            "            Lang::{variant} => lang_{tag}::LOADER,"
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

/// A hash of the core's sources: the name and first record of this build's text tables.
pub const STAMP: &str = {stamp:?};

impl Lang {{
    /// Every tag, for messages that list them: {tag_list:?}.
    pub const TAG_LIST: &'static str = {tag_list:?};

    /// The language's own name, as its speakers write it (its catalog's `NAME`).
    pub fn name(self) -> &'static str {{
        match self {{
{names}        }}
    }}

    /// The text of `msg` from the language's catalog, when this build carries it.
    fn built_in(self, msg: Msg) -> Option<&'static str> {{
        #[allow(unreachable_patterns)]
        match self {{
{built_in}            _ => None,
        }}
    }}

    /// The loader's words in this language (see [`LoaderTexts`]): for the tests that write
    /// them into the loader, never for the wasm.
    #[cfg(not(target_arch = \"wasm32\"))]
    pub fn loader(self) -> LoaderTexts {{
        match self {{
{loaders}        }}
    }}
}}
"
    )
}

/// Stops the build with a message that says which file to fix and how.
fn fail(message: &str) -> ! {
    eprintln!("error: painmap-core's languages: {message}");
    std::process::exit(1)
}
