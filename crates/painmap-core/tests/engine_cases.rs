//! Whole-case fixtures: realistic people, worked out by hand from the clinical rules (docs/rules.md), in tests/cases/.
//!
//! Each file holds a description, the intake, `expect` (the decision worked out by hand from
//! the spec: level, urgency, fired rules, suggested techniques with scores, the avoid list
//! and, where given, precautions and unanswered questions) and `advice`, the engine's full
//! output as a snapshot. `expect` is never rewritten by tooling. `UPDATE_CASES=1 cargo test
//! --test engine_cases` rewrites the snapshots only; review the diff like code.

mod engine_common;

use std::fs;
use std::path::Path;

use engine_common::*;
use serde_json::{json, Value};

fn check(path: &Path) -> Result<(), String> {
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let intake = painmap_core::model::Intake::from_raw(
        &serde_json::from_value(case["intake"].clone()).unwrap(),
    )
    .map_err(|e| format!("invalid intake: {e}"))?;
    let advice = painmap_core::engine::advise(&intake);
    let actual = to_json(&advice);

    let expect = &case["expect"];
    let mut errors = Vec::new();
    let mut compare = |what: &str, expected: &Value, actual: Value| {
        if !expected.is_null() && *expected != actual {
            errors.push(format!("{what}: hand-worked {expected}, engine {actual}"));
        }
    };
    compare("level", &expect["level"], actual["level"].clone());
    compare(
        "urgency",
        &json!([expect["urgency"]]),
        json!([actual["urgency"]]),
    );
    compare("rules", &expect["rules"], json!(fired(&advice)));
    let scored: Vec<Value> = advice
        .techniques
        .iter()
        .map(|t| json!([t.id.to_string(), t.score]))
        .collect();
    compare("techniques", &expect["techniques"], json!(scored));
    let avoided: Vec<Value> = avoid(&advice)
        .into_iter()
        .map(|(t, r)| json!([t, r]))
        .collect();
    compare("avoid", &expect["avoid"], json!(avoided));
    compare(
        "precautions",
        &expect["precautions"],
        json!(precautions(&advice)),
    );
    compare(
        "unanswered",
        &expect["unanswered"],
        actual["unanswered"].clone(),
    );

    if std::env::var_os("UPDATE_CASES").is_some()
        && (case["advice"] != actual || text != render(&case, &advice))
    {
        // Through a temporary file, so the coverage test running alongside never reads half a
        // case.
        let temporary = path.with_extension("json.tmp");
        fs::write(&temporary, render(&case, &advice)).map_err(|e| e.to_string())?;
        fs::rename(&temporary, path).map_err(|e| e.to_string())?;
    } else if case["advice"] != actual {
        errors.push(format!(
            "snapshot differs (rerun with UPDATE_CASES=1 and review the diff):\n  stored {}\n  engine {}",
            case["advice"], actual
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// A case file with its keys in reading order and the advice in its own key order.
fn render(case: &Value, advice: &painmap_core::engine::Advice) -> String {
    let pretty = |value: String| value.replace('\n', "\n  ");
    format!(
        "{{\n  \"description\": {},\n  \"intake\": {},\n  \"expect\": {},\n  \"advice\": {}\n}}\n",
        serde_json::to_string(&case["description"]).unwrap(),
        pretty(serde_json::to_string_pretty(&case["intake"]).unwrap()),
        pretty(serde_json::to_string_pretty(&case["expect"]).unwrap()),
        pretty(serde_json::to_string_pretty(advice).unwrap()),
    )
}

#[test]
fn every_case_matches_its_hand_worked_expectation_and_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    paths.sort();
    assert!(
        paths.len() >= 40,
        "at least 40 whole cases, found {}",
        paths.len()
    );
    let failures: Vec<String> = paths
        .iter()
        .filter_map(|path| {
            check(path)
                .err()
                .map(|e| format!("{}:\n{e}", path.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_cases_cover_every_level_and_every_rule() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut rules = Vec::new();
    let mut levels = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let case: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        levels.push(case["expect"]["level"].as_str().unwrap().to_owned());
        rules.extend(
            case["expect"]["rules"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap().to_owned()),
        );
    }
    for level in [
        "emergency",
        "doctor_first",
        "massage_with_precautions",
        "massage_ok",
    ] {
        assert!(levels.iter().any(|l| l == level), "no case at {level}");
    }
    let missing: Vec<&str> = painmap_core::engine::RULES
        .iter()
        .map(|r| r.id.id())
        .filter(|id| !rules.iter().any(|r| r == id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a whole case: {missing:?}"
    );
}
