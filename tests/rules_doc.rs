//! docs/rules.md is generated from the registry; this test fails when it is stale.

use std::path::Path;

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let generated = painmap::engine::rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is stale: regenerate it with `UPDATE_DOCS=1 cargo test --test rules_doc` and review the diff"
    );
}

#[test]
fn the_doc_lists_every_rule_technique_and_source() {
    let doc = painmap::engine::rules_markdown();
    for rule in painmap::engine::RULES {
        assert!(doc.contains(&format!("`{}`", rule.id)), "{}", rule.id);
    }
    for technique in painmap::engine::TECHNIQUES {
        assert!(doc.contains(&format!("`{}`", technique.technique)));
    }
    for (id, _) in painmap::engine::SOURCES {
        assert!(doc.contains(id));
    }
}
