//! Every rule of the registry fires on a fixture and stays silent on a near miss; then the
//! engine's own mechanics: precedence, the `unsure` softening, eligibility, scoring, ties,
//! precautions and the avoid list.

mod engine_common;

use engine_common::*;
use painmap::engine::{Level, Urgency, RULES, SOURCES, TECHNIQUES};
use serde_json::{json, Value};

/// (rule, patch on `base` that makes it fire, patch that nearly does but must not).
fn fixtures() -> Vec<(&'static str, Value, Value)> {
    let yes = |q: &str| json!({ "answers": { q: "yes" } });
    let no = |q: &str| json!({ "answers": { q: "no" } });
    let mut list = vec![];
    for (rule, question) in [
        ("E_CES_SADDLE", "saddle_numbness"),
        ("E_CES_SPHINCTER", "bladder_or_bowel_change"),
        ("E_BILATERAL_LEG", "bilateral_leg_symptoms"),
        ("E_LEG_WEAKNESS", "leg_weakness"),
        ("E_CHEST", "chest_pain_or_breathlessness"),
        ("E_TRAUMA", "recent_trauma"),
        ("E_TEARING", "tearing_or_ripping_pain"),
        ("D_FEVER", "fever"),
        ("D_WEIGHT_LOSS", "unexplained_weight_loss"),
        ("D_NIGHT_PAIN", "night_pain_unrelieved_by_rest"),
        ("D_COUGH_SNEEZE", "pain_worse_coughing_sneezing"),
        ("D_IVDU", "iv_drug_use"),
        ("D_IMMUNOSUPPRESSED", "immunosuppressed"),
        ("D_PROGRESSIVE", "pain_getting_progressively_worse"),
        ("D_RECENT_SURGERY", "recent_surgery"),
        ("D_UNCONTROLLED_BP", "uncontrolled_high_blood_pressure"),
        ("P_SKIN", "skin_condition_on_back"),
        ("P_VARICOSE", "varicose_veins"),
        (
            "P_REDUCED_SENSATION",
            "reduced_sensation_or_diabetic_neuropathy",
        ),
        ("P_ONE_LEG_TINGLING", "leg_numbness_or_tingling"),
    ] {
        list.push((rule, yes(question), no(question)));
    }
    list.extend([
        (
            "E_KNOWN_AAA",
            json!({ "answers": { "known_aortic_aneurysm": "yes" } }),
            json!({ "answers": { "known_aortic_aneurysm": "yes" }, "regions": { "lower_back_left": 0 } }),
        ),
        (
            "E_POSSIBLE_AAA",
            json!({ "answers": { "abdominal_pain": "yes" }, "age": 50, "onset": "sudden", "regions": { "lower_back_left": 7 } }),
            json!({ "answers": { "abdominal_pain": "yes" }, "age": 49, "onset": "sudden", "regions": { "lower_back_left": 7 } }),
        ),
        (
            "E_POSSIBLE_AAA",
            json!({ "answers": { "abdominal_pain": "yes", "feeling_faint_sweaty_or_nauseous": "yes" }, "age": 70, "onset": "sudden" }),
            json!({ "answers": { "abdominal_pain": "yes" }, "age": 70, "onset": "sudden", "regions": { "lower_back_left": 6 } }),
        ),
        (
            "E_COLLAPSE",
            json!({ "answers": { "feeling_faint_sweaty_or_nauseous": "yes" }, "onset": "sudden" }),
            json!({ "answers": { "feeling_faint_sweaty_or_nauseous": "yes" }, "onset": "gradual" }),
        ),
        ("U_UNSURE_EMERGENCY", json!({ "answers": { "saddle_numbness": "unsure" } }), no("saddle_numbness")),
        (
            "D_KIDNEY",
            json!({ "answers": { "urinary_symptoms": "yes" }, "regions": { "lower_back_left": null, "mid_back_right": 2 } }),
            json!({ "answers": { "urinary_symptoms": "yes" }, "regions": { "lower_back_left": null, "sacrum": 4 } }),
        ),
        (
            "D_NEW_THORACIC",
            json!({ "regions": { "spine_thoracic": 5 }, "answers": { "similar_pain_before": "no" }, "duration_days": 90 }),
            json!({ "regions": { "spine_thoracic": 5 }, "answers": { "similar_pain_before": "no" }, "duration_days": 91 }),
        ),
        (
            "D_NEW_THORACIC",
            json!({ "regions": { "spine_thoracic": 5 }, "answers": { "similar_pain_before": "unsure" } }),
            json!({ "regions": { "spine_thoracic": 4 }, "answers": { "similar_pain_before": "no" } }),
        ),
        (
            "D_CALF_SWELLING_NOW",
            json!({ "answers": { "blood_clot_history_or_calf_swelling": "yes", "calf_swelling_now": "unsure" } }),
            json!({ "answers": { "blood_clot_history_or_calf_swelling": "yes", "calf_swelling_now": "no" } }),
        ),
        (
            "D_CANCER_HISTORY",
            json!({ "answers": { "history_of_cancer": "yes", "seen_doctor_for_this_pain": "unsure" } }),
            json!({ "answers": { "history_of_cancer": "yes", "seen_doctor_for_this_pain": "yes" } }),
        ),
        (
            "D_FRAGILITY_FRACTURE",
            json!({ "answers": { "osteoporosis": "yes" }, "onset": "sudden", "duration_days": 42 }),
            json!({ "answers": { "osteoporosis": "yes" }, "onset": "sudden", "duration_days": 43 }),
        ),
        (
            "D_FRAGILITY_FRACTURE",
            json!({ "answers": { "long_term_steroids": "unsure" }, "onset": "sudden", "duration_days": null }),
            json!({ "answers": { "long_term_steroids": "yes" }, "onset": "gradual", "duration_days": 5 }),
        ),
        (
            "D_ACUTE_INTENSE",
            json!({ "regions": { "lower_back_left": 8 }, "duration_days": 14 }),
            json!({ "regions": { "lower_back_left": 8 }, "duration_days": 14, "answers": { "seen_doctor_for_this_pain": "yes" } }),
        ),
        (
            "D_ACUTE_INTENSE",
            json!({ "regions": { "lower_back_left": 9 }, "duration_days": null }),
            json!({ "regions": { "lower_back_left": 7 }, "duration_days": 3 }),
        ),
        (
            "D_AGE50_NEW",
            json!({ "age": 50, "duration_days": 90, "answers": { "similar_pain_before": "no" } }),
            json!({ "age": 49, "duration_days": 90, "answers": { "similar_pain_before": "no" } }),
        ),
        (
            "D_AGE50_NEW",
            json!({ "age": 72, "duration_days": 10, "answers": { "similar_pain_before": null } }),
            json!({ "age": 72, "duration_days": 10, "answers": { "similar_pain_before": "no", "seen_doctor_for_this_pain": "yes" } }),
        ),
        (
            "D_CHRONIC_SEVERE",
            json!({ "regions": { "lower_back_left": 8 }, "duration_days": 15 }),
            json!({ "regions": { "lower_back_left": 8 }, "duration_days": 15, "answers": { "seen_doctor_for_this_pain": "yes" } }),
        ),
        (
            "D_INFLAMMATORY",
            json!({ "answers": { "morning_stiffness_over_30_min": "yes" }, "age": 45, "duration_days": 91 }),
            json!({ "answers": { "morning_stiffness_over_30_min": "yes" }, "age": 46, "duration_days": 91 }),
        ),
        (
            "D_INFLAMMATORY",
            json!({ "answers": { "morning_stiffness_over_30_min": "unsure" }, "age": 50, "duration_days": 3000 }),
            json!({ "answers": { "morning_stiffness_over_30_min": "yes" }, "age": 30, "duration_days": 90 }),
        ),
        (
            "D_CLOT_HISTORY",
            json!({ "answers": { "blood_clot_history_or_calf_swelling": "unsure", "calf_swelling_now": "no" } }),
            json!({ "answers": { "blood_clot_history_or_calf_swelling": "yes", "calf_swelling_now": "yes" } }),
        ),
        (
            "D_PREGNANCY_COMPLICATION",
            json!({ "answers": { "pregnant": "yes", "pregnancy_complications": "unsure" } }),
            json!({ "answers": { "pregnant": "no", "pregnancy_complications": "yes" } }),
        ),
        (
            "D_NO_IMPROVEMENT",
            json!({ "massage_sessions_for_this_pain": 2, "improved_after_massage": "no" }),
            json!({ "massage_sessions_for_this_pain": 1, "improved_after_massage": "no" }),
        ),
        (
            "D_NO_IMPROVEMENT",
            json!({ "massage_sessions_for_this_pain": 6, "improved_after_massage": "no" }),
            json!({ "massage_sessions_for_this_pain": 6, "improved_after_massage": "unsure" }),
        ),
        (
            "P_BLEEDING",
            json!({ "answers": { "bleeding_disorder": "unsure" } }),
            json!({ "answers": { "anticoagulants": "no", "bleeding_disorder": "no" } }),
        ),
        (
            "P_BONE",
            json!({ "answers": { "osteoporosis": "yes" }, "onset": "gradual" }),
            json!({ "answers": { "osteoporosis": "yes" }, "onset": "sudden", "duration_days": 10 }),
        ),
        (
            "P_PREGNANCY",
            json!({ "answers": { "pregnant": "yes", "pregnancy_complications": "no" } }),
            json!({ "answers": { "pregnant": "yes", "pregnancy_complications": "yes" } }),
        ),
        (
            "P_ACUTE_MODERATE",
            json!({ "regions": { "lower_back_left": 5 }, "duration_days": 14 }),
            json!({ "regions": { "lower_back_left": 4 }, "duration_days": 14 }),
        ),
        (
            "P_ACUTE_MODERATE",
            json!({ "regions": { "lower_back_left": 7 }, "duration_days": null }),
            json!({ "regions": { "lower_back_left": 7 }, "duration_days": 15 }),
        ),
        (
            "P_HIGH_NOT_ACUTE",
            json!({ "regions": { "lower_back_left": 7 }, "duration_days": 15 }),
            json!({ "regions": { "lower_back_left": 7 }, "duration_days": 14 }),
        ),
        (
            "P_HIGH_NOT_ACUTE",
            json!({ "regions": { "lower_back_left": 10 }, "duration_days": 3, "answers": { "seen_doctor_for_this_pain": "yes" } }),
            json!({ "regions": { "lower_back_left": 10 }, "duration_days": 3, "answers": { "seen_doctor_for_this_pain": "unsure" } }),
        ),
        (
            "P_CANCER_CLEARED",
            json!({ "answers": { "history_of_cancer": "yes", "seen_doctor_for_this_pain": "yes" } }),
            json!({ "answers": { "history_of_cancer": "yes", "seen_doctor_for_this_pain": "unsure" } }),
        ),
    ]);
    list
}

#[test]
fn every_rule_fires_on_its_fixture_and_not_on_its_near_miss() {
    for (rule, fire, near_miss) in fixtures() {
        let advice = run(with(base(), fire.clone()));
        assert!(
            fired(&advice).contains(&rule),
            "{rule} should fire on {fire}: {:?}",
            fired(&advice)
        );
        let advice = run(with(base(), near_miss.clone()));
        assert!(
            !fired(&advice).contains(&rule),
            "{rule} must not fire on {near_miss}: {:?}",
            fired(&advice)
        );
    }
}

#[test]
fn every_registry_rule_has_a_fixture() {
    let covered: Vec<&str> = fixtures().iter().map(|(rule, _, _)| *rule).collect();
    for rule in RULES {
        assert!(covered.contains(&rule.id), "{} has no fixture", rule.id);
    }
}

#[test]
fn the_base_fixture_fires_nothing() {
    let advice = run(base());
    assert_eq!(fired(&advice), Vec::<&str>::new());
    assert_eq!(advice.level, Level::MassageOk);
    assert_eq!(advice.urgency, None);
}

#[test]
fn the_registry_is_well_formed() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len(), "rule ids are unique");
    // 10 emergency, 1 softening, 21 doctor-first, 10 precaution rules in clinical-rules §2.
    let count = |level| RULES.iter().filter(|r| r.level == level).count();
    assert_eq!(count(Level::Emergency), 10);
    assert_eq!(count(Level::DoctorFirst), 22);
    assert_eq!(count(Level::MassageWithPrecautions), 10);
    for rule in RULES {
        match rule.level {
            Level::Emergency => assert_eq!(rule.urgency, Some(Urgency::Immediate), "{}", rule.id),
            Level::DoctorFirst => assert!(
                rule.urgency.is_some_and(|u| u < Urgency::Immediate),
                "{}",
                rule.id
            ),
            _ => {
                assert_eq!(rule.urgency, None, "{}", rule.id);
                assert!(!rule.precautions.is_empty(), "{}", rule.id);
            }
        }
        if rule.id != "U_UNSURE_EMERGENCY" {
            assert!(!rule.sources.is_empty(), "{} has sources", rule.id);
            assert!(!rule.fields().is_empty(), "{} reads fields", rule.id);
        }
        for source in rule.sources {
            assert!(
                SOURCES.iter().any(|(id, _)| id == source),
                "{}: unknown source {source}",
                rule.id
            );
        }
    }
    let ids: Vec<&str> = TECHNIQUES
        .iter()
        .flat_map(|t| t.indications.iter().map(|i| i.id))
        .collect();
    assert!(ids.contains(&"T_SWEDISH_BASE"));
}

#[test]
fn the_most_urgent_level_wins_and_every_fired_rule_is_reported() {
    let advice = run(with(
        base(),
        json!({ "answers": { "recent_trauma": "yes", "fever": "yes", "anticoagulants": "yes" } }),
    ));
    assert_eq!(advice.level, Level::Emergency);
    assert_eq!(advice.urgency, Some(Urgency::Immediate));
    assert_eq!(fired(&advice), ["E_TRAUMA", "D_FEVER", "P_BLEEDING"]);
    assert!(
        advice.techniques.is_empty() && advice.avoid.is_empty() && advice.precautions.is_empty()
    );
}

#[test]
fn urgency_is_the_most_urgent_among_rules_of_the_winning_level() {
    let advice = run(with(
        base(),
        json!({ "answers": { "recent_surgery": "yes", "immunosuppressed": "yes" } }),
    ));
    assert_eq!(
        (advice.level, advice.urgency),
        (Level::DoctorFirst, Some(Urgency::WithinDays))
    );
    let advice = run(with(
        base(),
        json!({ "answers": { "recent_surgery": "yes", "fever": "yes" } }),
    ));
    assert_eq!(advice.urgency, Some(Urgency::SameDay));
    let advice = run(with(
        base(),
        json!({ "answers": { "recent_surgery": "yes" } }),
    ));
    assert_eq!(advice.urgency, Some(Urgency::Routine));
    let advice = run(with(
        base(),
        json!({ "answers": { "varicose_veins": "yes" } }),
    ));
    assert_eq!(
        (advice.level, advice.urgency),
        (Level::MassageWithPrecautions, None)
    );
    assert!(!advice.techniques.is_empty());
}

#[test]
fn an_emergency_held_only_by_unsure_becomes_doctor_first_same_day() {
    let advice = run(with(
        base(),
        json!({ "answers": { "chest_pain_or_breathlessness": "unsure" } }),
    ));
    assert_eq!(
        (advice.level, advice.urgency),
        (Level::DoctorFirst, Some(Urgency::SameDay))
    );
    let reason = &advice.reasons[0];
    assert_eq!(
        (reason.rule, reason.softens),
        ("U_UNSURE_EMERGENCY", Some("E_CHEST"))
    );
    assert_eq!(
        reason
            .fields
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>(),
        ["chest_pain_or_breathlessness"]
    );
    assert_eq!(reason.sources, ["NHS_BACK_PAIN", "AHA_HEART_ATTACK"]);
    assert!(advice.techniques.is_empty());

    // A second, certain emergency keeps the level at emergency; both are reported.
    let advice = run(with(
        base(),
        json!({ "answers": { "chest_pain_or_breathlessness": "unsure", "leg_weakness": "yes" } }),
    ));
    assert_eq!(advice.level, Level::Emergency);
    assert_eq!(fired(&advice), ["E_LEG_WEAKNESS", "U_UNSURE_EMERGENCY"]);
}

#[test]
fn softening_only_when_the_condition_needs_the_unsure_answer() {
    let aaa = json!({ "answers": { "abdominal_pain": "yes", "feeling_faint_sweaty_or_nauseous": "unsure" }, "age": 60, "onset": "sudden" });
    // max 7 already satisfies the "or": the unsure answer is not needed, so no softening.
    let advice = run(with(
        with(base(), aaa.clone()),
        json!({ "regions": { "lower_back_left": 7 } }),
    ));
    assert_eq!(fired(&advice)[0], "E_POSSIBLE_AAA");
    assert_eq!(advice.level, Level::Emergency);
    // …but E_COLLAPSE (faint and sudden) holds only because of it.
    assert!(advice
        .reasons
        .iter()
        .any(|r| r.softens == Some("E_COLLAPSE")));
    // With max 5 both hold only because of the unsure answer.
    let advice = run(with(base(), aaa));
    assert_eq!(advice.level, Level::DoctorFirst);
    let softened: Vec<_> = advice.reasons.iter().filter_map(|r| r.softens).collect();
    assert_eq!(softened, ["E_POSSIBLE_AAA", "E_COLLAPSE"]);
}

#[test]
fn unsure_history_answers_read_as_no() {
    let advice = run(with(
        base(),
        json!({ "age": 60, "answers": { "similar_pain_before": "unsure" } }),
    ));
    assert_eq!(fired(&advice), ["D_AGE50_NEW"]);
    let advice = run(with(
        base(),
        json!({ "age": 60, "answers": { "similar_pain_before": "no", "seen_doctor_for_this_pain": "yes" } }),
    ));
    assert_eq!(fired(&advice), Vec::<&str>::new());
}

#[test]
fn missing_inputs_take_their_cautious_default_and_say_so() {
    let advice = run(json!({ "regions": { "lower_back_left": 9 } }));
    assert_eq!(fired(&advice), ["D_ACUTE_INTENSE"]);
    let reason = &advice.reasons[0];
    let names =
        |fields: &[painmap::model::Field]| fields.iter().map(|f| f.to_string()).collect::<Vec<_>>();
    assert_eq!(names(&reason.fields), ["regions.lower_back_left"]);
    assert_eq!(
        names(&reason.assumed),
        ["seen_doctor_for_this_pain", "duration_days"]
    );
    // An unknown age never fires an age rule.
    let advice = run(
        json!({ "regions": { "lower_back_left": 3 }, "answers": { "abdominal_pain": "yes" }, "onset": "sudden" }),
    );
    assert!(!fired(&advice)
        .iter()
        .any(|r| r.contains("AAA") || *r == "D_AGE50_NEW"));
}

#[test]
fn technique_timing_eligibility() {
    let at = |days: u32, extra: Value| {
        let advice = run(with(with(base(), json!({ "duration_days": days })), extra));
        avoid(&advice)
    };
    fn avoided(list: &[(String, &'static str)], id: &str) -> Option<&'static str> {
        list.iter().find(|(t, _)| t == id).map(|(_, r)| *r)
    }
    assert_eq!(
        avoided(&at(42, json!({})), "deep_tissue"),
        Some("X_DEEP_TISSUE_RECENT_OR_SEVERE")
    );
    assert_eq!(avoided(&at(43, json!({})), "deep_tissue"), None);
    assert_eq!(
        avoided(
            &at(400, json!({ "regions": { "lower_back_left": 7 } })),
            "deep_tissue"
        ),
        Some("P_HIGH_NOT_ACUTE"),
        "a fired P rule is named before the timing condition"
    );
    assert_eq!(
        avoided(&at(14, json!({})), "myofascial_release"),
        Some("X_MYOFASCIAL_RELEASE_RECENT")
    );
    assert_eq!(avoided(&at(15, json!({})), "myofascial_release"), None);
    assert_eq!(avoided(&at(14, json!({})), "thai"), Some("X_THAI_RECENT"));
    assert_eq!(
        avoided(&at(3, json!({})), "trigger_point"),
        Some("X_TRIGGER_POINT_RECENT")
    );
    assert_eq!(avoided(&at(4, json!({})), "neuromuscular"), None);
    assert_eq!(
        avoided(&at(3, json!({ "onset": "sudden" })), "sports"),
        Some("X_SPORTS_FRESH_INJURY")
    );
    assert_eq!(
        avoided(&at(3, json!({ "onset": "gradual" })), "sports"),
        None
    );
    assert_eq!(
        avoided(&at(4, json!({ "onset": "sudden" })), "sports"),
        None
    );
    // Prenatal is simply not offered outside pregnancy; it is not a safety exclusion.
    assert_eq!(avoided(&at(30, json!({})), "prenatal"), None);
}

#[test]
fn techniques_score_by_indications_and_tie_in_vocabulary_order() {
    let advice = run(with(
        base(),
        json!({ "duration_days": 200, "qualities": ["stiffness"], "goals": ["mobility", "relaxation"] }),
    ));
    // myofascial 3 (stiffness, mobility, >90 days); swedish, thai and shiatsu 2 each.
    let scored: Vec<(String, u8)> = advice
        .techniques
        .iter()
        .map(|t| (t.id.to_string(), t.score))
        .collect();
    assert_eq!(
        scored,
        [
            ("myofascial_release".into(), 3),
            ("swedish".into(), 2),
            ("thai".into(), 2)
        ]
    );
    assert_eq!(
        advice.techniques[0].because,
        [
            "T_MYOFASCIAL_RELEASE_STIFFNESS",
            "T_MYOFASCIAL_RELEASE_MOBILITY",
            "T_MYOFASCIAL_RELEASE_CHRONIC"
        ]
    );

    // Only swedish matches anything: one suggestion, never padded with zero scores.
    let advice = run(base());
    assert_eq!(techniques(&advice), ["swedish"]);
    assert_eq!(advice.techniques[0].because, ["T_SWEDISH_BASE"]);
}

#[test]
fn referred_pattern_and_leg_soreness_indications() {
    let advice = run(with(
        base(),
        json!({ "regions": { "shoulder_blade_right": 4, "neck": 2 }, "duration_days": 20 }),
    ));
    let trigger = advice
        .techniques
        .iter()
        .find(|t| t.id.to_string() == "trigger_point")
        .expect("suggested");
    assert_eq!(trigger.because, ["T_TRIGGER_POINT_REFERRED"]);
    let advice = run(with(
        base(),
        json!({ "regions": { "calf_left": 3 }, "goals": ["sport_recovery"], "duration_days": 2 }),
    ));
    // sports (recovery, leg soreness) ties swedish (base, recent) at 2: vocabulary order.
    assert_eq!(techniques(&advice), ["swedish", "sports"]);
    assert_eq!(advice.techniques[1].score, 2);
}

#[test]
fn pregnancy_allows_only_prenatal_and_side_lying_from_week_13() {
    let pregnant = |weeks: Value| {
        run(with(
            base(),
            json!({ "pregnancy_weeks": weeks, "answers": { "pregnant": "yes", "pregnancy_complications": "no" } }),
        ))
    };
    let advice = pregnant(json!(12));
    assert_eq!(techniques(&advice), ["prenatal"]);
    assert_eq!(
        precautions(&advice),
        [
            "prenatal_trained_therapist",
            "pressure_gentle",
            "no_abdominal_work",
            "tell_therapist:pregnant"
        ]
    );
    assert_eq!(advice.avoid.len(), 8);
    assert!(advice.avoid.iter().all(|a| a.rule == "P_PREGNANCY"));
    assert!(precautions(&pregnant(json!(13))).contains(&"side_lying_positioning".to_owned()));
    let unknown = pregnant(Value::Null);
    assert!(precautions(&unknown).contains(&"side_lying_positioning".to_owned()));
    let assumed: Vec<String> = unknown.reasons[0]
        .assumed
        .iter()
        .map(|f| f.to_string())
        .collect();
    assert_eq!(assumed, ["pregnancy_weeks"]);
}

#[test]
fn precautions_are_listed_once_in_registry_order_and_name_only_present_flags() {
    let advice = run(with(
        base(),
        json!({ "answers": { "anticoagulants": "unsure", "leg_numbness_or_tingling": "yes", "varicose_veins": "yes" },
                "regions": { "lower_back_left": 6 }, "duration_days": 5 }),
    ));
    assert_eq!(
        fired(&advice),
        [
            "P_BLEEDING",
            "P_VARICOSE",
            "P_ONE_LEG_TINGLING",
            "P_ACUTE_MODERATE"
        ]
    );
    assert_eq!(
        precautions(&advice),
        [
            "pressure_light",
            "tell_therapist:anticoagulants",
            "avoid_area:calf_left",
            "avoid_area:calf_right",
            "tell_therapist:varicose_veins",
            "pressure_gentle",
            "stop_if_symptoms_worsen",
            "tell_therapist:leg_numbness_or_tingling",
        ]
    );
    let json = to_json(&advice);
    assert_eq!(
        json["precautions"][6],
        json!({ "code": "stop_if_symptoms_worsen", "rule": "P_ONE_LEG_TINGLING" })
    );
    assert_eq!(techniques(&advice), ["swedish"]);
    assert_eq!(
        advice.techniques[0].because,
        [
            "T_SWEDISH_BASE",
            "T_SWEDISH_RECENT",
            "T_SWEDISH_PRESSURE_PRECAUTION"
        ]
    );
    // Each excluded technique once, with the first rule (in registry order) that excluded it.
    assert_eq!(
        avoid(&advice),
        [
            ("deep_tissue".into(), "P_BLEEDING"),
            ("myofascial_release".into(), "X_MYOFASCIAL_RELEASE_RECENT"),
            ("trigger_point".into(), "P_BLEEDING"),
            ("neuromuscular".into(), "P_BLEEDING"),
            ("thai".into(), "P_BLEEDING"),
            ("sports".into(), "P_BLEEDING"),
        ]
    );
}

#[test]
fn advice_json_has_the_issue_shape() {
    let advice = run(with(
        base(),
        json!({ "answers": { "leg_numbness_or_tingling": "yes" } }),
    ));
    let json = to_json(&advice);
    let text = serde_json::to_string(&advice).unwrap();
    let positions: Vec<usize> = [
        "level",
        "urgency",
        "reasons",
        "precautions",
        "techniques",
        "avoid",
        "unanswered",
    ]
    .iter()
    .map(|key| text.find(&format!("\"{key}\":")).unwrap())
    .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys in the issue's order: {text}"
    );
    assert_eq!(json.as_object().unwrap().len(), 7);
    assert_eq!(json["urgency"], Value::Null, "urgency is null, not omitted");
    assert_eq!(
        json["reasons"][0],
        json!({ "rule": "P_ONE_LEG_TINGLING", "level": "massage_with_precautions", "urgency": null,
                "fields": ["leg_numbness_or_tingling"], "sources": ["NHS_BACK_PAIN"] })
    );
    assert_eq!(
        json["avoid"][0],
        json!({ "id": "deep_tissue", "rule": "P_ONE_LEG_TINGLING" })
    );
}

#[test]
fn follow_up_questions_are_unanswered_only_when_they_would_be_asked() {
    let advice = run(json!({}));
    assert_eq!(advice.unanswered.len(), 34);
    let ids = |a: &painmap::engine::Advice| a.unanswered.iter().map(|q| q.id()).collect::<Vec<_>>();
    assert!(!ids(&advice).contains(&"calf_swelling_now"));
    let advice = run(
        json!({ "answers": { "blood_clot_history_or_calf_swelling": "yes", "pregnant": "unsure" } }),
    );
    assert!(ids(&advice).contains(&"calf_swelling_now"));
    assert!(ids(&advice).contains(&"pregnancy_complications"));
}
