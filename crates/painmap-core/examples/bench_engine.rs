//! Time per intake of the advice engine, natively, over a realistic mixed set of intakes.
//!
//! `cargo run --release -p painmap-core --example bench_engine` prints plain figures: validation + advice
//! from JSON text (what the command line does per line), validation + advice from a parsed
//! raw value (what the browser does after serde-wasm-bindgen) and advice alone. Target:
//! under 20 µs per intake.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use painmap_core::engine::advise;
use painmap_core::model::{Intake, RawValue};

/// The whole-case fixtures (one realistic person each) plus variations of them, so that every
/// level and most rules are exercised in proportions closer to real use than any single case.
fn intakes() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut texts = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(case) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let intake = &case["intake"];
        texts.push(intake.to_string());
        // Variations: a shorter and a longer episode, and one unanswered journey.
        for days in [1, 400] {
            let mut variant = intake.clone();
            variant["duration_days"] = days.into();
            texts.push(variant.to_string());
        }
        let mut variant = intake.clone();
        variant["answers"] = serde_json::json!({});
        texts.push(variant.to_string());
    }
    texts
}

fn per_intake(count: usize, rounds: usize, elapsed: Duration) -> f64 {
    elapsed.as_secs_f64() * 1e6 / (count * rounds) as f64
}

fn main() {
    let texts = intakes();
    assert!(!texts.is_empty(), "tests/cases holds the intakes");
    let raws: Vec<RawValue> = texts
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .collect();
    let parsed: Vec<Intake> = raws.iter().map(|r| Intake::from_raw(r).unwrap()).collect();
    let rounds = 200;

    let time = |label: &str, run: &dyn Fn()| {
        run(); // warm up
        let start = Instant::now();
        for _ in 0..rounds {
            run();
        }
        println!(
            "{label:<44} {:>8.2} µs per intake",
            per_intake(texts.len(), rounds, start.elapsed())
        );
    };

    println!("{} intakes × {rounds} rounds", texts.len());
    time("JSON text → validate → advise → JSON", &|| {
        for text in &texts {
            let raw: RawValue = serde_json::from_str(black_box(text)).unwrap();
            let advice = advise(&Intake::from_raw(&raw).unwrap());
            black_box(serde_json::to_string(&advice).unwrap());
        }
    });
    time("raw value → validate → advise", &|| {
        for raw in &raws {
            black_box(advise(&Intake::from_raw(black_box(raw)).unwrap()));
        }
    });
    time("advise alone", &|| {
        for intake in &parsed {
            black_box(advise(black_box(intake)));
        }
    });
}
