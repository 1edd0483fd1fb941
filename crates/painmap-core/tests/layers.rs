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

/// One room per top-level module of a crate (a file, or a folder with its files): which other
/// rooms of the same crate it names through `crate::`.
fn rooms(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let names: BTreeSet<String> = files.iter().map(|file| room_of(src, file)).collect();
    for file in &files {
        let room = room_of(src, file);
        // Comments may name any room (a doc link up a floor says where a thing is used).
        let text: String = fs::read_to_string(file)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let imports = rooms.entry(room.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            // `$crate::` in a macro is the crate's own path, not an import of a room.
            if text[..at].ends_with('$') {
                continue;
            }
            let name: String = text[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name != room && names.contains(&name) {
                imports.insert(name);
            }
        }
    }
    rooms
}

fn room_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_str().unwrap().trim_end_matches(".rs").to_owned()
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
/// a component or a type of its props (UpperCamelCase): a helper function (lower case) means
/// the file doubles as a helper library. Helpers several components use live in
/// `components/mod.rs`, imported as `use super::helper`.
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
        let names = names
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|name| name.starts_with(char::is_lowercase) && *name != "self");
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
    assert!(files.len() > 20, "found the components: {files:?}");
    let borrowed: Vec<String> = paths
        .iter()
        .flat_map(|path| helpers_borrowed(&fs::read_to_string(path).unwrap(), &files))
        .collect();
    assert_eq!(
        borrowed,
        Vec::<String>::new(),
        "move them to components/mod.rs"
    );
    // The check sees a borrowed helper, alone or among components.
    let files: BTreeSet<String> = ["about_step", "choice_chips"].map(String::from).into();
    assert_eq!(
        helpers_borrowed(
            "use super::about_step::ids;\nuse super::choice_chips::{\n    pick, ChoiceChips,\n};\nuse super::{flag, value_text};",
            &files
        ),
        vec!["about_step::ids", "choice_chips::pick"]
    );
}
