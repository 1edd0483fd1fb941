//! Everything outside the code that lists the settings agrees with their one declaration,
//! `SETTING_DOCS` in `config.rs`: the README's settings table and the loader's list of
//! attributes are generated from it (`UPDATE_DOCS=1 cargo test -p painmap-core --test
//! settings_doc` rewrites them), and the TypeScript types, the theme and technique lists and
//! the colours `config.rs` copies from the stylesheets are checked against it. Each test
//! fails when the two drift apart.

use std::path::PathBuf;

use painmap_core::config::{
    default_emergency_number, Rgb, Theme, DARK_SURFACE, LIGHT_BG, SETTING_DOCS,
};
use painmap_core::engine::Technique;
use painmap_core::model::ProblemKind;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `a`, `b` and `c` as a README writes a list of ids.
fn ticked(ids: impl IntoIterator<Item = &'static str>) -> String {
    let ids: Vec<String> = ids.into_iter().map(|id| ["`", id, "`"].concat()).collect();
    ids.join(", ")
}

/// The README's settings table, one row a setting.
fn readme_table() -> String {
    let mut table = String::from(
        "| attribute | JS key | query parameter | value | default | example |\n\
         |---|---|---|---|---|---|\n",
    );
    for doc in SETTING_DOCS {
        let attribute = doc.attribute();
        let query = match doc.query() {
            Some(query) => ["`", &query, "`"].concat(),
            None => "never".to_owned(),
        };
        let value = doc
            .value
            .replace("{techniques}", &ticked(Technique::IDS.iter().copied()));
        let row = [
            "| `",
            &attribute,
            "` | `",
            doc.name,
            "` | ",
            &query,
            " | ",
            &value,
            " | ",
            doc.default,
            " | `",
            &attribute,
            "=\"",
            doc.example,
            "\"` |\n",
        ];
        table.push_str(&row.concat());
    }
    table
}

/// The loader's `SETTINGS`: the attributes without `data-`.
fn loader_list() -> String {
    let mut list = String::new();
    for doc in SETTING_DOCS {
        list.push_str("  \"");
        list.push_str(&doc.attribute()["data-".len()..]);
        list.push_str("\",\n");
    }
    list
}

/// Checks (or, with `UPDATE_DOCS`, rewrites) the text between `start` and `end` in `path`.
fn generated(path: &str, start: &str, end: &str, expected: &str) {
    let text = read(path);
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{path}: no {start:?}"))
        + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{path}: no {end:?}"));
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = [&text[..from], expected, &text[to..]].concat();
        std::fs::write(root().join(path), updated).unwrap();
        return;
    }
    assert_eq!(
        &text[from..to],
        expected,
        "{path} disagrees with SETTING_DOCS in config.rs: regenerate it with `UPDATE_DOCS=1 \
         cargo test -p painmap-core --test settings_doc` and review the diff"
    );
}

#[test]
fn the_readme_table_is_the_declaration() {
    generated(
        "README.md",
        "The\nquery string may set the others.\n\n",
        "\n**Loading later**",
        &readme_table(),
    );
}

#[test]
fn the_loader_watches_every_setting() {
    generated(
        "www/painmap-embed.js",
        "const SETTINGS = [\n",
        "];",
        &loader_list(),
    );
}

/// The names declared in a TypeScript interface, one a line as `  name?:`.
fn interface_keys(path: &str, interface: &str) -> Vec<String> {
    let text = read(path);
    let start = text
        .find(&["export interface ", interface, " {"].concat())
        .unwrap_or_else(|| panic!("{path}: no {interface}"));
    let body = &text[start..start + text[start..].find("\n}").unwrap()];
    body.lines()
        .filter_map(|line| line.strip_prefix("  ")?.split_once("?:"))
        .map(|(key, _)| key.trim_matches('"').to_owned())
        .collect()
}

/// The quoted words of a type union, from `export type <name> =` to its `;`.
fn union(path: &str, name: &str) -> Vec<String> {
    let text = read(path);
    let start = text
        .find(&["export type ", name, " ="].concat())
        .unwrap_or_else(|| panic!("{path}: no {name}"));
    let body = &text[start..start + text[start..].find(';').unwrap()];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_types_name_every_setting_and_no_other() {
    let names: Vec<String> = SETTING_DOCS.iter().map(|doc| doc.name.to_owned()).collect();
    assert_eq!(
        interface_keys("www/painmap-embed.d.ts", "PainMapConfig"),
        names
    );
    let attributes: Vec<String> = SETTING_DOCS.iter().map(|doc| doc.attribute()).collect();
    // The element's own attributes (`loading`, `class`) are not settings.
    let mut react = interface_keys("www/painmap-react.d.ts", "PainMapAttributes");
    react.retain(|key| key.starts_with("data-"));
    assert_eq!(react, attributes, "painmap-react.d.ts's PainMapAttributes");
}

#[test]
fn the_types_list_every_theme_and_technique() {
    assert_eq!(
        union("www/painmap-embed.d.ts", "PainMapTheme"),
        Theme::IDS.to_vec()
    );
    assert_eq!(
        union("www/painmap-embed.d.ts", "PainMapTechnique"),
        Technique::IDS.to_vec()
    );
    let theme = SETTING_DOCS.iter().find(|doc| doc.name == "theme").unwrap();
    for id in Theme::IDS {
        assert!(theme.value.contains(&["`", id, "`"].concat()), "{id}");
    }
}

#[test]
fn the_emergency_default_is_the_code_s() {
    let doc = SETTING_DOCS
        .iter()
        .find(|doc| doc.name == "emergencyNumber")
        .unwrap();
    // "911 (US, CA, MX), 999 (UK, IE), …, else 112"
    let (listed, otherwise) = doc.default.rsplit_once(", else ").unwrap();
    let listed = listed.split_once(": ").unwrap().1;
    let mut regions = 0;
    for group in listed.split("), ") {
        let (number, codes) = group.split_once(" (").unwrap();
        for code in codes.trim_end_matches(')').split(", ") {
            assert_eq!(
                default_emergency_number(&["en-", code].concat()),
                number,
                "{code}"
            );
            regions += 1;
        }
    }
    assert!(regions >= 5, "{listed}");
    assert_eq!(default_emergency_number("en-ZZ"), otherwise);
}

/// The value of `--pm-<name>: #rrggbb;` at each place a stylesheet sets it.
fn css_colours(path: &str, name: &str) -> Vec<Rgb> {
    let property = ["--pm-", name, ":"].concat();
    let colours: Vec<Rgb> = read(path)
        .lines()
        .filter_map(|line| line.trim().strip_prefix(&property))
        .map(|value| Rgb::parse(value.trim().trim_end_matches(';')).unwrap())
        .collect();
    assert!(!colours.is_empty(), "{path}: no {property}");
    colours
}

#[test]
fn the_colours_config_copies_are_the_stylesheets() {
    assert_eq!(css_colours("www/painmap.css", "bg")[..1], [LIGHT_BG]);
    for surface in css_colours("www/css/90-embed.css", "surface") {
        assert_eq!(surface, DARK_SURFACE);
    }
    let accent = SETTING_DOCS
        .iter()
        .find(|doc| doc.name == "accent")
        .unwrap();
    let light = css_colours("www/painmap.css", "accent")[0];
    assert!(accent.default.contains(&light.hex()), "{}", accent.default);
}

#[test]
fn the_types_name_only_kinds_there_are() {
    let kinds = union("www/painmap-embed.d.ts", "PainMapProblemKind");
    assert!(kinds.len() >= 5, "{kinds:?}");
    for kind in kinds {
        assert!(ProblemKind::from_id(&kind).is_some(), "{kind}");
    }
}
