//! The two floors and the rooms on each. The core's purity is the compiler's business (it
//! cannot name a crate it does not depend on); what is checked here is that it stays that way
//! (no web crate anywhere in its dependency tree, however indirect) and that the modules of
//! each crate import one another without a circle, so that every import points down.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const WEB_CRATES: [&str; 7] = [
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
    "serde-wasm-bindgen",
    "lol_alloc",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The names of the crates `cargo tree` lists for a package and a target: normal and build
/// dependencies, every feature, as the widget's build would resolve them.
fn tree(package: &str, target: &str) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace())
        .args([
            "tree",
            "--locked",
            "--offline",
            "-p",
            package,
            "--target",
            target,
        ])
        .args(["-e", "normal,build", "--prefix", "none", "--format", "{p}"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_core_depends_on_no_web_crate_on_any_target() {
    for target in ["wasm32-unknown-unknown", "x86_64-unknown-linux-gnu"] {
        let crates = tree("painmap-core", target);
        assert!(crates.contains("serde"), "{target}: {crates:?}");
        let web: Vec<_> = WEB_CRATES
            .iter()
            .filter(|name| crates.contains(**name))
            .collect();
        assert!(web.is_empty(), "{target}: painmap-core depends on {web:?}");
    }
}

#[test]
fn the_check_sees_a_web_crate_in_the_widget() {
    // The same reading of the same command finds them where they are.
    let crates = tree("painmap", "wasm32-unknown-unknown");
    for name in ["yew", "web-sys", "wasm-bindgen", "painmap-core"] {
        assert!(crates.contains(name), "{name} in {crates:?}");
    }
}

/// One room per top-level module of a crate (a file, or a folder with its files, counted as
/// one), plus `lib` for the crate root's own items: which other rooms of the same crate each
/// one names, in a `use` or inline in code.
fn rooms(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let names: BTreeSet<String> = files.iter().map(|file| room_of(src, file)).collect();
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let room = room_of(src, file);
        let text = fs::read_to_string(file).unwrap();
        let named = named_rooms(&text, &module_of(src, file), &names);
        let imports = rooms.entry(room.clone()).or_default();
        imports.extend(named.into_iter().filter(|name| *name != room));
    }
    rooms
}

/// The module path of a file: `lib.rs` is the root (`[]`), `engine/mod.rs` is `[engine]`,
/// `engine/doc.rs` is `[engine, doc]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().to_owned())
        .collect();
    if matches!(
        path.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        path.pop();
    }
    path
}

fn room_of(src: &Path, file: &Path) -> String {
    module_of(src, file)
        .into_iter()
        .next()
        .unwrap_or_else(|| "lib".to_owned())
}

/// A token of Rust source, as far as paths go: comments, strings and characters are dropped.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    /// `::`
    Sep,
    Punct(char),
}

fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && (at(i + 1) == '"' || (at(i + 1) == '#' && !at(i + 2).is_alphabetic()))
        {
            // A raw string: r"…", r#"…"#.
            let mut hashes = 0;
            i += 1;
            while at(i) == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' {
            // A character ('a', '\n', '\u{…}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                // The quote, the backslash and the escaped character, then up to the close.
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Word(chars[start..i].iter().collect()));
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token::Sep);
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    out
}

/// The rooms a file names: every path that starts at `crate`, `super` or `self` (in a `use`,
/// grouped or not, or inline in code), resolved from the module it is written in (inline
/// modules such as `mod tests { use super::*; }` included), and in the crate root, paths that
/// start at a room's name. A glob of the crate root names every room. `$crate` in a macro is
/// the crate's own path, not a room.
fn named_rooms(text: &str, module: &[String], rooms: &BTreeSet<String>) -> BTreeSet<String> {
    let tokens = tokens(text);
    let mut named = BTreeSet::new();
    // The inline modules the cursor is in, with the brace depth each one closes at.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        match token {
            Token::Punct('{') => depth += 1,
            Token::Punct('}') => {
                depth -= 1;
                if inline.last().is_some_and(|(_, closes)| *closes == depth) {
                    inline.pop();
                }
            }
            Token::Word(word) if word == "mod" => {
                if let (Some(Token::Word(name)), Some(Token::Punct('{'))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                {
                    inline.push((name.clone(), depth));
                    depth += 1;
                    i += 3;
                    continue;
                }
            }
            Token::Word(word) => {
                let macro_crate = i > 0 && tokens.get(i - 1) == Some(&Token::Punct('$'));
                let after_sep = i > 0 && tokens.get(i - 1) == Some(&Token::Sep);
                let starts = matches!(word.as_str(), "crate" | "super" | "self")
                    || (module.is_empty() && inline.is_empty() && rooms.contains(word));
                if starts && !macro_crate && !after_sep && tokens.get(i + 1) == Some(&Token::Sep) {
                    let mut here: Vec<String> = module.to_vec();
                    here.extend(inline.iter().map(|(name, _)| name.clone()));
                    let (paths, next) = path_tree(&tokens, i);
                    for path in paths {
                        if let Some(absolute) = resolve(&here, &path) {
                            match absolute.first() {
                                Some(first) if first == "*" => named.extend(rooms.iter().cloned()),
                                Some(first) if rooms.contains(first) => {
                                    named.insert(first.clone());
                                }
                                // An item of the crate root itself.
                                Some(_) => {
                                    named.insert("lib".to_owned());
                                }
                                None => {}
                            }
                        }
                    }
                    i = next;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    named
}

/// The paths of a path or a `use` tree that starts at token `start`: `a::b::{c, d::{e, *}}`
/// gives `a::b::c`, `a::b::d::e` and `a::b::d::*`. Also returns the index after it.
fn path_tree(tokens: &[Token], start: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    let mut i = start;
    loop {
        match tokens.get(i) {
            Some(Token::Word(word)) => {
                prefix.push(word.clone());
                i += 1;
            }
            Some(Token::Punct('*')) => {
                prefix.push("*".to_owned());
                return (vec![prefix], i + 1);
            }
            Some(Token::Punct('{')) => {
                let mut paths = Vec::new();
                i += 1;
                while let Some(token) = tokens.get(i) {
                    match token {
                        Token::Punct('}') => {
                            i += 1;
                            break;
                        }
                        Token::Punct(',') => i += 1,
                        Token::Word(word) if word == "as" => i += 2,
                        _ => {
                            let (inner, next) = path_tree(tokens, i);
                            for path in inner {
                                let mut full = prefix.clone();
                                full.extend(path);
                                paths.push(full);
                            }
                            i = next.max(i + 1);
                        }
                    }
                }
                return (paths, i);
            }
            _ => return (vec![prefix], i),
        }
        if tokens.get(i) == Some(&Token::Sep) {
            i += 1;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// The path from the crate root, for a path written in module `here`; `None` when `super`
/// climbs above the root.
fn resolve(here: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut at: Vec<String> = here.to_vec();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            at.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                at.pop()?;
                rest = &rest[1..];
            }
        }
        _ => at.clear(),
    }
    // `self` inside a group (`crate::engine::{self, Rule}`) names the module before it.
    at.extend(rest.iter().filter(|segment| *segment != "self").cloned());
    Some(at)
}

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

/// The floor of each room, counted from the ground (a room that imports nothing is on floor
/// 0; any other is one floor above the highest room it imports), or the rooms left in a
/// circle.
fn floors(
    rooms: &BTreeMap<String, BTreeSet<String>>,
) -> Result<BTreeMap<String, usize>, Vec<String>> {
    let mut floor = BTreeMap::new();
    while floor.len() < rooms.len() {
        let placed = floor.len();
        for (room, imports) in rooms {
            if floor.contains_key(room) {
                continue;
            }
            let below: Option<Vec<usize>> = imports.iter().map(|i| floor.get(i).copied()).collect();
            if let Some(below) = below {
                floor.insert(room.clone(), below.iter().max().map_or(0, |f| f + 1));
            }
        }
        if floor.len() == placed {
            return Err(rooms
                .keys()
                .filter(|room| !floor.contains_key(*room))
                .cloned()
                .collect());
        }
    }
    Ok(floor)
}

fn assert_no_circle(crate_name: &str, src: &Path, expected_rooms: usize) {
    let rooms = rooms(src);
    assert!(
        rooms.len() >= expected_rooms,
        "{crate_name}: found the sources: {:?}",
        rooms.keys()
    );
    match floors(&rooms) {
        Ok(floors) => {
            let mut plan: Vec<_> = floors.iter().collect();
            plan.sort_by_key(|(room, floor)| (**floor, (*room).clone()));
            eprintln!("{crate_name}: {plan:?}");
        }
        Err(circle) => panic!(
            "{crate_name}: these modules import one another in a circle (or import one that \
             does): {circle:?}\n{rooms:#?}"
        ),
    }
}

#[test]
fn the_core_s_modules_import_without_a_circle() {
    assert_no_circle(
        "painmap-core",
        &workspace().join("crates/painmap-core/src"),
        10,
    );
}

#[test]
fn the_widget_s_modules_import_without_a_circle() {
    assert_no_circle("painmap", &workspace().join("src"), 7);
}

#[test]
fn the_floors_check_finds_a_circle() {
    let rooms: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(room, imports)| {
        (
            room.to_owned(),
            imports.into_iter().map(str::to_owned).collect(),
        )
    })
    .collect();
    assert_eq!(
        floors(&rooms),
        Err(vec!["a".into(), "b".into(), "c".into()])
    );
    let mut fixed = rooms.clone();
    fixed.get_mut("c").unwrap().clear();
    assert_eq!(floors(&fixed).unwrap()["a"], 2);
}

/// What a component file takes from another component file (`use super::file::…`) that is not
/// a component or a type of its props (UpperCamelCase), nor the file's own plain view (the
/// function named as the file, `use super::step_nav::step_nav`, a component without state):
/// any other function (lower case) means the file doubles as a helper library. Helpers
/// several components use live in `components/mod.rs`, imported as `use super::helper`.
fn helpers_borrowed(text: &str, files: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("use super::") {
        let rest = &text[at + "use super::".len()..];
        let statement = &rest[..rest.find(';').unwrap_or(rest.len())];
        let Some((file, names)) = statement.split_once("::") else {
            continue;
        };
        if !files.contains(file.trim()) {
            continue;
        }
        let file = file.trim();
        let names = names
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|name| {
                name.starts_with(char::is_lowercase) && *name != "self" && *name != file
            });
        found.extend(names.map(|name| format!("{file}::{name}")));
    }
    found
}

#[test]
fn no_component_file_doubles_as_a_helper_library() {
    let dir = workspace().join("src/components");
    let mut paths = Vec::new();
    rust_files(&dir, &mut paths);
    let files: BTreeSet<String> = paths
        .iter()
        .map(|path| room_of(&dir, path))
        .filter(|name| name != "mod")
        .collect();
    assert!(files.len() > 15, "found the components: {files:?}");
    let borrowed: Vec<String> = paths
        .iter()
        .flat_map(|path| helpers_borrowed(&fs::read_to_string(path).unwrap(), &files))
        .collect();
    assert_eq!(
        borrowed,
        Vec::<String>::new(),
        "move them to components/mod.rs"
    );
    // The check sees a borrowed helper, alone or among components and plain views.
    let files: BTreeSet<String> = ["about_step", "choice_chips"].map(String::from).into();
    assert_eq!(
        helpers_borrowed(
            "use super::about_step::ids;\nuse super::choice_chips::{\n    pick, choice_chips, Chips,\n};\nuse super::{flag, value_text};",
            &files
        ),
        vec!["about_step::ids", "choice_chips::pick"]
    );
}

/// The rooms `text` names, written in the module at `module` ("" for the crate root), among
/// rooms a, b, engine, model and summary.
fn named_in(module: &str, text: &str) -> Vec<String> {
    let module: Vec<String> = module
        .split("::")
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let rooms = ["a", "b", "engine", "model", "summary", "lib"]
        .map(str::to_owned)
        .into();
    named_rooms(text, &module, &rooms).into_iter().collect()
}

#[test]
fn the_parser_reads_grouped_imports() {
    assert_eq!(
        named_in("summary", "use crate::{a::X, b::{c, d}};"),
        ["a", "b"]
    );
    assert_eq!(
        named_in(
            "summary",
            "use crate::{\n    engine::{self, Rule},\n    model::*,\n};"
        ),
        ["engine", "model"]
    );
}

#[test]
fn the_parser_resolves_super_and_self() {
    // From a top-level file, `super` is the crate root.
    assert_eq!(
        named_in("summary", "use super::engine::Advice;"),
        ["engine"]
    );
    // From a file in a folder, `super` is the folder's module, `super::super` the root.
    assert_eq!(named_in("engine::doc", "use super::Rule;"), ["engine"]);
    assert_eq!(
        named_in("engine::doc", "use super::super::model::Region;"),
        ["model"]
    );
    // In the root, `self::` and a bare room name both name the room.
    assert_eq!(named_in("", "pub use self::engine::advise;"), ["engine"]);
    assert_eq!(named_in("", "pub use model::{Region};"), ["model"]);
    // Elsewhere a bare name is not the root's room (a child module or another crate).
    assert!(named_in("summary", "use model::Region;").is_empty());
    assert_eq!(named_in("summary", "use self::inner::X;"), ["summary"]);
}

#[test]
fn the_parser_reads_paths_inline_in_code() {
    assert_eq!(
        named_in("summary", "fn f() { let a = crate::engine::advise(&x); }"),
        ["engine"]
    );
    assert_eq!(
        named_in(
            "engine::json",
            "map.serialize_entry(\"v\", crate::VERSION)?;"
        ),
        ["lib"]
    );
}

#[test]
fn the_parser_counts_a_glob_of_the_root_as_every_room() {
    assert_eq!(
        named_in("summary", "use super::*;"),
        ["a", "b", "engine", "lib", "model", "summary"]
    );
    assert_eq!(named_in("engine::doc", "use super::super::*;").len(), 6);
    // An inline module's `super` is the file's module: a sibling glob of that, not the root.
    assert_eq!(
        named_in("summary", "#[cfg(test)]\nmod tests {\n    use super::*;\n}"),
        ["summary"]
    );
    assert_eq!(
        named_in(
            "summary",
            "mod tests {\n    use super::super::model::Region;\n}"
        ),
        ["model"]
    );
}

#[test]
fn the_parser_skips_comments_strings_and_macro_paths() {
    let text = "let q = '\\''; let t = crate::a::X;";
    assert_eq!(named_in("lib", text), ["a"]);
    let text = "// crate::a::X\n/* crate::b */\nlet s = \"crate::engine\";\nlet r = r#\"crate::model\"#;\n$crate::summary::vocab!{}\nlet c = '\"'; let l: &'static str = \"\";";
    assert!(
        named_in("lib", text).is_empty(),
        "{:?}",
        named_in("lib", text)
    );
}
