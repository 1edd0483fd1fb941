//! Properties of the engine over generated intakes (proptest, modest case counts).

mod engine_common;

use painmap::engine::{advise, Level};
use painmap::model::{Answer, Goal, Intake, Intensity, Onset, Quality, Question, RawValue, Region};
use proptest::prelude::*;

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        3 => Just(None),
        6 => Just(Some(Answer::No)),
        1 => Just(Some(Answer::Yes)),
        1 => Just(Some(Answer::Unsure)),
    ]
}

fn intake() -> impl Strategy<Value = Intake> {
    (
        proptest::collection::vec(0u8..=10, Region::COUNT),
        proptest::option::of(0u16..=100),
        proptest::option::of(prop_oneof![0u32..=20, 0u32..=500]),
        proptest::option::of(prop_oneof![Just(Onset::Sudden), Just(Onset::Gradual)]),
        proptest::collection::vec(any::<bool>(), Quality::ALL.len() + Goal::ALL.len()),
        proptest::option::of(0u8..=42),
        (proptest::option::of(0u32..=5), answer()),
        proptest::collection::vec(answer(), Question::COUNT),
    )
        .prop_map(
            |(levels, age, days, onset, picks, weeks, (sessions, improved), answers)| {
                let mut intake = Intake {
                    age,
                    duration_days: days,
                    onset,
                    pregnancy_weeks: weeks,
                    ..Intake::default()
                };
                // Sparse maps are the realistic ones: most regions at 0.
                for (region, level) in Region::ALL.iter().zip(levels) {
                    let level = if level % 3 == 0 { level } else { 0 };
                    intake.regions.set(*region, Intensity::new(level).unwrap());
                }
                let (qualities, goals) = picks.split_at(Quality::ALL.len());
                intake.qualities = Quality::ALL
                    .iter()
                    .zip(qualities)
                    .filter(|(_, on)| **on)
                    .map(|(q, _)| *q)
                    .collect();
                intake.goals = Goal::ALL
                    .iter()
                    .zip(goals)
                    .filter(|(_, on)| **on)
                    .map(|(g, _)| *g)
                    .collect();
                intake.massage_sessions_for_this_pain = sessions;
                intake.improved_after_massage = improved;
                for (question, answer) in Question::ALL.iter().zip(answers) {
                    intake.answers.set(*question, answer);
                }
                intake
            },
        )
}

/// JSON-ish values of any shape, biased towards intake-like keys so validation goes deep.
fn raw() -> impl Strategy<Value = RawValue> {
    let key = prop_oneof![
        Just("regions".to_owned()),
        Just("answers".to_owned()),
        Just("age".to_owned()),
        Just("duration_days".to_owned()),
        Just("qualities".to_owned()),
        Just("onset".to_owned()),
        Just("lower_back_left".to_owned()),
        Just("fever".to_owned()),
        ".{0,20}",
    ];
    let leaf = prop_oneof![
        Just(RawValue::Null),
        any::<bool>().prop_map(RawValue::Bool),
        any::<f64>().prop_map(RawValue::Number),
        (-5i32..15).prop_map(|n| RawValue::Number(f64::from(n))),
        prop_oneof![
            Just("yes".to_owned()),
            Just("unsure".to_owned()),
            Just("ache".to_owned()),
            ".{0,12}"
        ]
        .prop_map(RawValue::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(RawValue::Array),
            proptest::collection::vec((key.clone(), inner), 0..8).prop_map(RawValue::Object),
        ]
    })
}

/// The answer that can only make the advice more cautious: "yes" for every question except
/// the two history questions, whose "yes" is reassuring (it switches off D_NEW_THORACIC,
/// D_AGE50_NEW, D_CANCER_HISTORY, D_ACUTE_INTENSE…), so for them the worrying answer is "no".
fn worrying(question: Question) -> Answer {
    if question.is_history() {
        Answer::No
    } else {
        Answer::Yes
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn validation_never_panics_and_accepts_only_what_it_can_report(raw in raw()) {
        match Intake::from_raw(&raw) {
            Ok(intake) => { let _ = advise(&intake); }
            Err(error) => {
                prop_assert!(!error.problems.is_empty());
                prop_assert_eq!(error.to_string().lines().count(), error.problems.len());
            }
        }
    }

    #[test]
    fn serialised_intakes_read_back_unchanged(intake in intake()) {
        let json = serde_json::to_value(&intake).unwrap();
        let back: Intake = serde_json::from_value(json).unwrap();
        prop_assert_eq!(back, intake);
    }

    #[test]
    fn a_worrying_answer_never_lowers_the_level(intake in intake(), index in 0..Question::COUNT) {
        let question = Question::ALL[index];
        let before = advise(&intake).level;
        let mut worse = intake.clone();
        worse.answers.set(question, Some(worrying(question)));
        prop_assert!(advise(&worse).level >= before, "{} -> {:?}", question.id(), worrying(question));
    }

    #[test]
    fn raising_an_intensity_never_lowers_the_level(intake in intake(), index in 0..Region::COUNT, step in 1i32..=10) {
        let region = Region::ALL[index];
        let before = advise(&intake).level;
        let mut worse = intake.clone();
        worse.regions.set(region, intake.regions.get(region).step(step));
        prop_assert!(advise(&worse).level >= before);
    }

    #[test]
    fn emergency_and_doctor_first_never_suggest_massage(intake in intake()) {
        let advice = advise(&intake);
        if advice.level >= Level::DoctorFirst {
            prop_assert!(advice.techniques.is_empty() && advice.precautions.is_empty() && advice.avoid.is_empty());
            prop_assert!(advice.urgency.is_some());
        } else {
            prop_assert!(advice.urgency.is_none());
            prop_assert!(!advice.techniques.is_empty() && advice.techniques.len() <= 3);
        }
    }

    /// Reasons name only inputs that are in the intake; the missing inputs a rule relied on at
    /// their cautious default are listed apart, under `assumed`, and are really missing.
    #[test]
    fn every_reason_names_present_fields_and_only_missing_ones_as_assumed(intake in intake()) {
        for reason in advise(&intake).reasons {
            prop_assert!(!reason.fields.is_empty(), "{}", reason.rule);
            for field in &reason.fields {
                prop_assert!(intake.has(*field), "{} names absent {}", reason.rule, field);
            }
            for field in &reason.assumed {
                prop_assert!(!intake.has(*field), "{} assumes present {}", reason.rule, field);
            }
        }
    }

    #[test]
    fn suggestions_are_eligible_scored_and_ordered(intake in intake()) {
        let advice = advise(&intake);
        for suggestion in &advice.techniques {
            prop_assert_eq!(usize::from(suggestion.score), suggestion.because.len());
            prop_assert!(!advice.avoid.iter().any(|a| a.id == suggestion.id));
        }
        for pair in advice.techniques.windows(2) {
            let prenatal_first = pair[0].id.id() == "prenatal";
            prop_assert!(prenatal_first || pair[0].score > pair[1].score || (pair[0].score == pair[1].score && pair[0].id < pair[1].id));
        }
    }
}
