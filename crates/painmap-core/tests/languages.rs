//! A new language is one catalog file: what names the languages outside Rust is written from
//! the catalogs, and a pseudo-language added to a copy of this crate is listed and speaks.
//!
//! The loader's own words (`www/painmap-embed.js`), the language union of its types
//! (`www/painmap-embed.d.ts`) and the README's list of languages are checked here, and
//! written again by `UPDATE_DOCS=1 cargo test -p painmap-core --test languages`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use painmap_core::i18n::{Lang, LoaderTexts};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A JavaScript string literal, double-quoted as the loader writes them.
fn js_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The loader's `TEXTS`, keyed by tag: a line per text, the text on a line of its own when
/// the line would pass 100 columns.
fn loader_texts() -> String {
    let mut js = String::from("const TEXTS = {\n");
    for &lang in Lang::ALL {
        let LoaderTexts {
            failed,
            restarted,
            restarted_fresh,
            stopped,
            reload,
        } = lang.loader();
        js.push_str(&format!("  {}: {{\n", lang.tag()));
        for (key, text) in [
            ("failed", failed),
            ("restarted", restarted),
            ("restartedFresh", restarted_fresh),
            ("stopped", stopped),
            ("reload", reload),
        ] {
            let line = format!("    {key}: {},", js_string(text));
            if line.chars().count() <= 100 {
                js.push_str(&line);
            } else {
                js.push_str(&format!("    {key}:\n      {},", js_string(text)));
            }
            js.push('\n');
        }
        js.push_str("  },\n");
    }
    js.push_str("};\n");
    js
}

fn lang_union() -> String {
    let tags: Vec<String> = Lang::ALL.iter().map(|lang| js_string(lang.tag())).collect();
    format!(
        "export type PainMapLang = {} | (string & {{}});\n",
        tags.join(" | ")
    )
}

/// "English (`en`) and Español (`es`)".
fn readme_list() -> String {
    let names: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("{} (`{}`)", lang.name(), lang.tag()))
        .collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// `source` with the part from `start` up to and including `end` replaced by `generated`
/// (which includes both).
fn replaced(source: &str, start: &str, end: &str, generated: &str, file: &str) -> String {
    let from = source
        .find(start)
        .unwrap_or_else(|| panic!("{file}: no `{start}` to write after"));
    let to = from
        + source[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{file}: no `{end}` after `{start}`"))
        + end.len();
    format!("{}{generated}{}", &source[..from], &source[to..])
}

/// Checks one generated part of a file, or writes it with UPDATE_DOCS (only if it changed).
fn check(file: &str, start: &str, end: &str, generated: &str) {
    let path = root().join(file);
    let current = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let wanted = replaced(&current, start, end, generated, file);
    if wanted == current {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, wanted).unwrap();
        return;
    }
    panic!(
        "{file} does not list the languages of the catalogs: write it again with \
         `UPDATE_DOCS=1 cargo test -p painmap-core --test languages` and review the diff"
    );
}

#[test]
fn the_loader_speaks_the_languages_of_the_catalogs() {
    check(
        "www/painmap-embed.js",
        "const TEXTS = {\n",
        "\n};\n",
        &loader_texts(),
    );
}

#[test]
fn the_types_name_the_languages_of_the_catalogs() {
    check(
        "www/painmap-embed.d.ts",
        "export type PainMapLang = ",
        "\n",
        &lang_union(),
    );
}

#[test]
fn the_readme_lists_the_languages_of_the_catalogs() {
    let generated = format!("<!-- languages -->{}<!-- /languages -->", readme_list());
    check(
        "README.md",
        "<!-- languages -->",
        "<!-- /languages -->",
        &generated,
    );
}

#[test]
fn english_is_the_default_and_comes_first() {
    assert_eq!(Lang::default(), Lang::En);
    assert_eq!(Lang::ALL.first(), Some(&Lang::En));
    assert_eq!(Lang::En.name(), "English");
}

// ── A pseudo-language ──────────────────────────────────────────────────────────────────

/// The tag of the pseudo-language: a Rust keyword, so a catalog file named after any tag
/// works.
const PSEUDO: &str = "for";
const PSEUDO_NAME: &str = "Pseudo-English";

/// English with its vowels accented: every text changes, and a test can tell that the words
/// it reads came from the new catalog. Placeholders, escapes, comments and rule ids stay.
fn pseudo_catalog(english: &str) -> String {
    let mut out = String::with_capacity(english.len() + 1024);
    let mut chars = english.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    out.push(c);
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    if c == '"' {
                        break;
                    }
                    literal.push(c);
                    if c == '\\' {
                        literal.extend(chars.next());
                    }
                }
                let is_id = literal
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
                out.push_str(&if is_id { literal } else { accented(&literal) });
                out.push('"');
            }
            _ => {}
        }
    }
    let name_line = out
        .lines()
        .find(|line| line.starts_with("pub const NAME: &str = "))
        .expect("en.rs declares NAME")
        .to_owned();
    out.replace(
        &name_line,
        &format!("pub const NAME: &str = \"{PSEUDO_NAME}\";"),
    )
}

/// The vowels of a literal's text accented, outside `{placeholders}` and escapes.
fn accented(literal: &str) -> String {
    let mut out = String::new();
    let (mut in_braces, mut escaped) = (false, false);
    for c in literal.chars() {
        let keep = in_braces || escaped;
        escaped = !escaped && c == '\\';
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            _ => {}
        }
        out.push(match c {
            'a' if !keep => 'à',
            'e' if !keep => 'è',
            'i' if !keep => 'ì',
            'o' if !keep => 'ò',
            'u' if !keep => 'ù',
            c => c,
        });
    }
    out
}

/// Prints what the copy's `Lang` lists and says, a line per language.
const PROBE: &str = r#"use painmap_core::i18n::{Lang, Msg};

fn main() {
    println!("tags: {}", Lang::TAG_LIST);
    for &lang in Lang::ALL {
        let regional = format!("{}-XX", lang.tag());
        println!(
            "{}|{}|{}|{}|{}",
            lang.tag(),
            lang.name(),
            lang.text(Msg::MapTitle),
            lang.loader().reload,
            Lang::from_tag(&regional) == Some(lang),
        );
    }
}
"#;

/// Makes `dest` hold exactly `files` (relative path → contents), rewriting only what
/// changed, so the copy's build stays incremental, and deleting what a earlier run left.
fn sync(dest: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) {
    for (relative, contents) in files {
        let path = dest.join(relative);
        if std::fs::read(&path).ok().as_ref() != Some(contents) {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, contents).unwrap();
        }
    }
    let mut stale = Vec::new();
    walk(dest, dest, &mut |relative: &Path, _: &Path| {
        if !files.contains_key(relative) && relative != Path::new("Cargo.lock") {
            stale.push(dest.join(relative));
        }
    });
    for path in stale {
        std::fs::remove_file(path).unwrap();
    }
}

/// Calls `visit(relative, path)` for each file under `dir`.
fn walk(base: &Path, dir: &Path, visit: &mut dyn FnMut(&Path, &Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(base, &path, visit);
        } else {
            visit(path.strip_prefix(base).unwrap(), &path);
        }
    }
}

/// The core's manifest on its own: the workspace's shared keys written in, a workspace of
/// its own, and no dev-dependencies, which the probe does not need.
fn standalone_manifest(manifest: &str, workspace: &str) -> String {
    let shared: BTreeMap<&str, &str> = workspace
        .split("[workspace.package]")
        .nth(1)
        .expect("the workspace's Cargo.toml has [workspace.package]")
        .lines()
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .filter_map(|line| line.split_once(" = "))
        .collect();
    let mut out = String::new();
    for line in manifest.lines() {
        if line.starts_with("[dev-dependencies]") {
            break;
        }
        match line.strip_suffix(".workspace = true") {
            Some(key) => out.push_str(&format!("{key} = {}", shared[key])),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out.push_str("\n[workspace]\n");
    out
}

#[test]
fn a_new_catalog_file_is_a_new_language() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("languages");
    let copy = work.join("painmap-core");

    let mut files = BTreeMap::new();
    walk(
        &crate_dir.join("src"),
        &crate_dir.join("src"),
        &mut |relative, path| {
            files.insert(
                Path::new("src").join(relative),
                std::fs::read(path).unwrap(),
            );
        },
    );
    files.insert(
        "build.rs".into(),
        std::fs::read(crate_dir.join("build.rs")).unwrap(),
    );
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).unwrap();
    let workspace = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    files.insert(
        "Cargo.toml".into(),
        standalone_manifest(&manifest, &workspace).into_bytes(),
    );
    let english = std::fs::read_to_string(crate_dir.join("src/i18n/en.rs")).unwrap();
    // The one file a new language is.
    files.insert(
        Path::new("src/i18n").join(format!("{PSEUDO}.rs")),
        pseudo_catalog(&english).into_bytes(),
    );
    files.insert("examples/probe.rs".into(), PROBE.as_bytes().to_vec());
    if !copy.join("Cargo.lock").exists() {
        // The workspace's versions, so the copy builds offline with what is already fetched.
        files.insert(
            "Cargo.lock".into(),
            std::fs::read(root().join("Cargo.lock")).unwrap(),
        );
    }
    sync(&copy, &files);

    // A target folder of its own: the one running this test is locked by the cargo that runs it.
    let mut probe = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    probe
        .args(["run", "--offline", "--quiet", "--example", "probe"])
        .current_dir(&copy)
        .env("CARGO_TARGET_DIR", work.join("target"));
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("CARGO_") && key != "CARGO_HOME" && key != "CARGO_TARGET_DIR" {
            probe.env_remove(key);
        }
    }
    let output = probe.output().expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the copy with {PSEUDO}.rs does not build or run:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "tags: en, es, for",
            "en|English|Where does it hurt?|Reload|true",
            "es|Español|¿Dónde le duele?|Volver a cargar|true",
            "for|Pseudo-English|Whèrè dòès ìt hùrt?|Rèlòàd|true",
        ],
        "the new language is listed after English, by its tag, and speaks its own words"
    );
}
