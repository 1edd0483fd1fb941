//! Helpers shared by the engine test crates (`mod engine_common;`); a directory module so
//! that cargo does not build it as a test crate of its own.
#![allow(dead_code)]

use painmap_core::engine::{advise, Advice, Exclusion, RuleId};
use painmap_core::model::{Intake, Question};
use serde_json::{json, Map, Value};

/// A person for whom no rule fires: mild, settled low-back pain, who went through the whole
/// safety check and answered "no" to every question the journey asked (a follow-up is asked
/// only on a condition, and none holds here), has had this pain before and has not had it
/// assessed. An unanswered screen question would stop massage advice (U_INCOMPLETE_SCREEN),
/// so a fixture that makes a follow-up asked (a marked neck or calf, a pregnancy, a past
/// clot) answers it too.
pub fn base() -> Value {
    let mut answers: Map<String, Value> = Question::ALL
        .iter()
        .filter(|q| !q.is_history() && !q.is_follow_up())
        .map(|q| (q.id().to_owned(), json!("no")))
        .collect();
    answers.insert("similar_pain_before".to_owned(), json!("yes"));
    answers.insert("seen_doctor_for_this_pain".to_owned(), json!("no"));
    json!({
        "regions": { "lower_back_left": 3 },
        "age": 30, "duration_days": 30, "onset": "gradual",
        "answers": answers
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

/// The advice's reasons as rule ids, in order.
pub fn fired(advice: &Advice) -> Vec<RuleId> {
    advice.reasons.iter().map(|r| r.rule).collect()
}

pub fn techniques(advice: &Advice) -> Vec<String> {
    advice.techniques.iter().map(|t| t.id.to_string()).collect()
}

pub fn avoid(advice: &Advice) -> Vec<(String, Exclusion)> {
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

/// The inputs a reason names as assumed (missing, read at their cautious default).
pub fn assumed(advice: &Advice, rule: RuleId) -> Vec<String> {
    advice
        .reasons
        .iter()
        .find(|r| r.rule == rule)
        .map(|r| r.assumed.iter().map(|f| f.to_string()).collect())
        .unwrap_or_default()
}

pub fn unanswered(advice: &Advice) -> Vec<&'static str> {
    advice
        .unanswered
        .iter()
        .map(|field| field.parts().1)
        .collect()
}
