//! Helpers shared by the engine test crates (`mod engine_common;`); a directory module so
//! that cargo does not build it as a test crate of its own.
#![allow(dead_code)]

use painmap::engine::{advise, Advice};
use painmap::model::Intake;
use serde_json::{json, Value};

/// A person for whom no rule fires: mild, settled low-back pain, answers all "no".
pub fn base() -> Value {
    json!({
        "regions": { "lower_back_left": 3 },
        "age": 30, "duration_days": 30, "onset": "gradual",
        "answers": { "similar_pain_before": "yes" }
    })
}

/// `base` with `patch` applied; `answers` and `regions` are merged key by key, and a `null`
/// removes a key.
pub fn with(mut value: Value, patch: Value) -> Value {
    let (Value::Object(target), Value::Object(patch)) = (&mut value, patch) else {
        panic!("objects only")
    };
    for (key, new) in patch {
        match (target.get_mut(&key), new) {
            (Some(Value::Object(old)), Value::Object(new))
                if key == "answers" || key == "regions" =>
            {
                for (k, v) in new {
                    if v.is_null() {
                        old.remove(&k);
                    } else {
                        old.insert(k, v);
                    }
                }
            }
            (_, Value::Null) => {
                target.remove(&key);
            }
            (_, new) => {
                target.insert(key, new);
            }
        }
    }
    value
}

pub fn intake(value: Value) -> Intake {
    serde_json::from_value(value).expect("a valid intake")
}

pub fn run(value: Value) -> Advice {
    advise(&intake(value))
}

pub fn fired(advice: &Advice) -> Vec<&'static str> {
    advice.reasons.iter().map(|r| r.rule).collect()
}

pub fn techniques(advice: &Advice) -> Vec<String> {
    advice.techniques.iter().map(|t| t.id.to_string()).collect()
}

pub fn avoid(advice: &Advice) -> Vec<(String, &'static str)> {
    advice
        .avoid
        .iter()
        .map(|a| (a.id.to_string(), a.rule))
        .collect()
}

pub fn precautions(advice: &Advice) -> Vec<String> {
    advice
        .precautions
        .iter()
        .map(|p| p.code.to_string())
        .collect()
}

pub fn to_json(advice: &Advice) -> Value {
    serde_json::to_value(advice).expect("advice serialises")
}
