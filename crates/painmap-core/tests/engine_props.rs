//! Properties of the engine over generated intakes (proptest, modest case counts).

mod engine_common;

use painmap_core::engine::RuleId::U_INCOMPLETE_SCREEN;
use painmap_core::engine::{advise, Advice, Level, Urgency};
use painmap_core::model::{
    Answer, Field, Goal, Intake, Intensity, Onset, ProblemKind, Quality, Question, RawValue, Region,
};
use proptest::prelude::*;

/// One answer from a roll of 0–99: `worry` percent each of yes and unsure, 15 % unanswered,
/// the rest no. A finished safety check answers every question that is not a follow-up or a
/// history question (a skipped one is then "no"), so that both sides of the follow-up
/// readings are generated: a random 43 answers almost never complete the screen.
fn answer_from(roll: u8, worry: u8, question: Question, finished: bool) -> Option<Answer> {
    let answer = if roll < worry {
        Some(Answer::Yes)
    } else if roll < 2 * worry {
        Some(Answer::Unsure)
    } else if roll < 2 * worry + 15 {
        None
    } else {
        Some(Answer::No)
    };
    let skippable = question.is_follow_up() || question.is_history();
    if finished && !skippable {
        answer.or(Some(Answer::No))
    } else {
        answer
    }
}

/// Intakes that pass validation: at least one region above 0 (an empty map is an input
/// error), ages 0–110.
fn intake() -> impl Strategy<Value = Intake> {
    (
        (
            proptest::collection::vec(0u8..=10, Region::COUNT),
            0..Region::COUNT,
            1u8..=10,
        ),
        proptest::option::of(0u16..=110),
        proptest::option::of(prop_oneof![0u32..=20, 0u32..=500]),
        proptest::option::of(prop_oneof![Just(Onset::Sudden), Just(Onset::Gradual)]),
        proptest::collection::vec(any::<bool>(), Quality::ALL.len() + Goal::ALL.len()),
        proptest::option::of(0u8..=42),
        (
            proptest::option::of(0u32..=5),
            proptest::option::of(prop_oneof![
                Just(Answer::Yes),
                Just(Answer::No),
                Just(Answer::Unsure)
            ]),
        ),
        (
            prop_oneof![Just(1u8), Just(4), Just(10)],
            any::<bool>(),
            proptest::collection::vec(0u8..100, Question::COUNT),
        ),
    )
        .prop_map(
            |(
                (levels, forced, forced_level),
                age,
                days,
                onset,
                picks,
                weeks,
                (sessions, improved),
                (worry, finished, rolls),
            )| {
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
                if intake.regions.is_empty() {
                    let region = Region::ALL[forced];
                    intake
                        .regions
                        .set(region, Intensity::new(forced_level).unwrap());
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
                for (question, roll) in Question::ALL.iter().zip(rolls) {
                    let answer = answer_from(roll, worry, *question, finished);
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
        Just("blood_clot_history_or_calf_swelling".to_owned()),
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

/// The answers of a question from the least to the most worrying: no, unsure, yes, except
/// for the two history questions, whose "yes" is reassuring (it switches off D_NEW_THORACIC,
/// D_AGE50_NEW, D_CANCER_HISTORY, D_ACUTE_INTENSE…) and whose unsure reads as no.
fn worry_order(question: Question) -> [Answer; 3] {
    if question.is_history() {
        [Answer::Yes, Answer::Unsure, Answer::No]
    } else {
        [Answer::No, Answer::Unsure, Answer::Yes]
    }
}

/// How urgent an advice is: the level, then within it the urgency.
fn severity(advice: &Advice) -> (Level, Option<Urgency>) {
    (advice.level, advice.urgency)
}

/// The emergency items a yes to which is an emergency whatever else the intake says. Under
/// version 2 of the rules these are the rules that read one question and nothing else. Not
/// on the list: `recent_trauma` (a serious accident within 6 weeks only; after that
/// D_PAST_TRAUMA), `feeling_faint_sweaty_or_nauseous` (with a sudden or unknown onset only),
/// `abdominal_pain` (at 50 or over with a sudden onset and severe pain or faintness, or with a
/// known aneurysm and back pain) and `known_aortic_aneurysm` (with back pain and a sign of a
/// leak; otherwise D_KNOWN_AAA_BACK or D_KNOWN_AAA). `neck_warning_signs` is on it: asked only
/// with neck or upper-back pain, but a yes is an emergency wherever the pain is.
const UNCONDITIONAL: [Question; 7] = [
    Question::SaddleNumbness,
    Question::BladderOrBowelChange,
    Question::BilateralLegSymptoms,
    Question::LegWeakness,
    Question::ChestPainOrBreathlessness,
    Question::TearingOrRippingPain,
    Question::NeckWarningSigns,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn validation_never_panics_and_accepts_only_what_it_can_report(raw in raw()) {
        match Intake::from_raw(&raw) {
            Ok(intake) => {
                prop_assert!(!intake.regions.is_empty());
                let _ = advise(&intake);
            }
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

    /// With no region above 0 there is nothing to advise on: every route to an advice
    /// (`Intake::from_raw`, deserialising an `Intake`) refuses the intake with the one
    /// `no_pain_marked` error, whatever the answers; a saved journey still reads back.
    #[test]
    fn no_intake_without_pain_gets_advice(intake in intake()) {
        let mut empty = intake;
        empty.regions.clear();
        let json = serde_json::to_value(&empty).unwrap();
        let raw: RawValue = serde_json::from_value(json.clone()).unwrap();
        let error = Intake::from_raw(&raw).unwrap_err();
        prop_assert_eq!(error.problems.len(), 1);
        prop_assert_eq!(error.problems[0].kind, ProblemKind::NoPainMarked);
        prop_assert!(serde_json::from_value::<Intake>(json).is_err());
        prop_assert_eq!(Intake::from_saved(&raw).unwrap(), empty);
    }

    /// Turning an answer no → unsure → yes (for the history questions yes → unsure → no)
    /// never makes the advice less urgent, level or urgency: from any other answers.
    #[test]
    fn a_more_worrying_answer_never_lowers_the_advice(
        intake in intake(),
        index in 0..Question::COUNT,
        (from, to) in prop_oneof![Just((0usize, 1usize)), Just((0, 2)), Just((1, 2))],
    ) {
        let question = Question::ALL[index];
        let order = worry_order(question);
        let mut before = intake.clone();
        before.answers.set(question, Some(order[from]));
        let mut after = intake;
        after.answers.set(question, Some(order[to]));
        let (before, after) = (advise(&before), advise(&after));
        prop_assert!(
            severity(&after) >= severity(&before),
            "{} {:?} -> {:?}: {:?} -> {:?}",
            question.id(), order[from], order[to], severity(&before), severity(&after)
        );
    }

    /// The rules read an unanswered question as no (for a history question: as "not
    /// reassured"), except a follow-up skipped on a finished safety check, which reads as
    /// unsure. Answering with that reading or a more worrying one can lower the level in two
    /// ways only: by finishing the safety check, so that U_INCOMPLETE_SCREEN no longer holds
    /// back massage advice, or by answering "no" to a follow-up that was read as unsure.
    #[test]
    fn answering_lowers_the_level_only_by_finishing_the_check(
        intake in intake(),
        index in 0..Question::COUNT,
        to in 0usize..3,
    ) {
        let question = Question::ALL[index];
        // A history question's "yes" is reassuring: it may lower the level by itself.
        let to = if question.is_history() { to.max(1) } else { to };
        let mut before = intake.clone();
        before.answers.set(question, None);
        let mut after = intake;
        after.answers.set(question, Some(worry_order(question)[to]));
        let read_as_unsure = question.is_follow_up()
            && before.screen_complete()
            && before.is_asked(question);
        let (before, after) = (advise(&before), advise(&after));
        if after.level < before.level {
            let finished = before.reasons.iter().any(|r| r.rule == U_INCOMPLETE_SCREEN);
            prop_assert!(
                finished || read_as_unsure,
                "{}: {:?} -> {:?}", question.id(), before.level, after.level
            );
        }
    }

    /// Leaving a question unanswered instead of answering no never lowers the level. (It can
    /// lower the urgency: a follow-up skipped on a finished check counts as unsure, and the
    /// same follow-up skipped on an unfinished one only stops massage advice, routinely:
    /// neck warning signs skipped give U_UNSURE_EMERGENCY, same day, while neck warning signs
    /// and fever skipped give U_INCOMPLETE_SCREEN, routine.)
    #[test]
    fn skipping_a_question_instead_of_answering_no_never_lowers_the_level(
        intake in intake(),
        index in 0..Question::COUNT,
    ) {
        let question = Question::ALL[index];
        let mut answered = intake.clone();
        answered.answers.set(question, Some(worry_order(question)[0]));
        let mut skipped = intake;
        skipped.answers.set(question, None);
        prop_assert!(
            advise(&skipped).level >= advise(&answered).level,
            "{}", question.id()
        );
    }

    #[test]
    fn raising_an_intensity_never_lowers_the_advice(intake in intake(), index in 0..Region::COUNT, step in 1i32..=10) {
        let region = Region::ALL[index];
        let before = advise(&intake);
        let mut worse = intake.clone();
        worse.regions.set(region, intake.regions.get(region).step(step));
        let after = advise(&worse);
        prop_assert!(severity(&after) >= severity(&before), "{:?} -> {:?}", severity(&before), severity(&after));
    }

    #[test]
    fn a_yes_on_an_unconditional_emergency_item_is_an_emergency(intake in intake(), index in 0..UNCONDITIONAL.len()) {
        let mut intake = intake;
        intake.answers.set(UNCONDITIONAL[index], Some(Answer::Yes));
        let advice = advise(&intake);
        prop_assert_eq!(advice.level, Level::Emergency);
        prop_assert_eq!(advice.urgency, Some(Urgency::Immediate));
    }

    /// "Even if you are not sure it is a heart attack, call": unsure chest pain or tearing
    /// pain is an emergency too, never softened.
    #[test]
    fn an_unsure_heart_or_aorta_symptom_is_an_emergency(intake in intake(), tearing in any::<bool>()) {
        let question = if tearing {
            Question::TearingOrRippingPain
        } else {
            Question::ChestPainOrBreathlessness
        };
        let mut intake = intake;
        intake.answers.set(question, Some(Answer::Unsure));
        prop_assert_eq!(advise(&intake).level, Level::Emergency);
    }

    /// The conditional emergency items: a serious accident within 6 weeks, and faintness with
    /// a sudden (or unknown) onset.
    #[test]
    fn conditional_emergency_items_are_emergencies_when_their_condition_holds(
        intake in intake(),
        days in proptest::option::of(0u32..=42),
        onset in proptest::option::of(Just(Onset::Sudden)),
    ) {
        let mut trauma = intake.clone();
        trauma.answers.set(Question::RecentTrauma, Some(Answer::Yes));
        trauma.duration_days = days;
        prop_assert_eq!(advise(&trauma).level, Level::Emergency);
        let mut faint = intake;
        faint.answers.set(Question::FeelingFaintSweatyOrNauseous, Some(Answer::Yes));
        faint.onset = onset;
        prop_assert_eq!(advise(&faint).level, Level::Emergency);
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

    /// Massage advice only after a finished safety check: at a massage level, every question
    /// the journey asks (follow-ups whose condition holds included; history aside) has an
    /// answer, and so has "did massage help" after two or more sessions.
    #[test]
    fn massage_advice_only_after_a_finished_safety_check(intake in intake()) {
        let advice = advise(&intake);
        let missing: Vec<Field> = advice
            .unanswered
            .iter()
            .copied()
            .filter(|field| !matches!(field, Field::Answer(q) if q.is_history()))
            .collect();
        let improved_missing = intake.asks_improved() && intake.improved_after_massage.is_none();
        prop_assert_eq!(
            improved_missing,
            advice.unanswered.contains(&Field::ImprovedAfterMassage),
            "a skipped \"did massage help\" is listed as unanswered"
        );
        if advice.level <= Level::MassageWithPrecautions {
            prop_assert!(missing.is_empty() && !improved_missing, "{:?}", missing);
        }
        let incomplete = advice.reasons.iter().any(|r| r.rule == U_INCOMPLETE_SCREEN);
        if incomplete {
            prop_assert!(!missing.is_empty() || improved_missing);
            prop_assert_eq!(advice.level, Level::DoctorFirst);
        }
    }

    /// Reasons name only inputs that are in the intake; the missing inputs a rule relied on at
    /// their cautious default are listed apart, under `assumed`, and are really missing.
    #[test]
    fn every_reason_names_present_fields_and_only_missing_ones_as_assumed(intake in intake()) {
        for reason in advise(&intake).reasons {
            prop_assert!(
                !reason.fields.is_empty() || !reason.assumed.is_empty(),
                "{} names no input", reason.rule
            );
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
        let codes: Vec<String> = advice.precautions.iter().map(|p| p.code.to_string()).collect();
        prop_assert!(
            !(codes.contains(&"pressure_light".to_owned()) && codes.contains(&"pressure_gentle".to_owned())),
            "pressure_light supersedes pressure_gentle: {:?}", codes
        );
    }
}
