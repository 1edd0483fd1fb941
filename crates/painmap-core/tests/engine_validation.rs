//! Bad input: every problem reported with its path, what was expected and a "did you mean";
//! never a panic. Good input in all its optional shapes is accepted. Hostile input (huge,
//! deep, repeated) is refused with a typed error in bounded time, and the error stays short.
//! The command line's reading of its lines is tested here too.

use std::time::{Duration, Instant};

use painmap_core::i18n::Lang;
use painmap_core::journey::{AppState, Step};
use painmap_core::model::{
    limits, Answer, Goal, Intake, IntakeError, Intensity, Onset, ProblemKind, Quality, Question,
    RawValue, Region,
};
use serde_json::{json, Value};

#[allow(dead_code)]
#[path = "../examples/advise.rs"]
mod advise_cli;

fn errors(value: Value) -> IntakeError {
    let raw: RawValue = serde_json::from_value(value).unwrap();
    Intake::from_raw(&raw).unwrap_err()
}

#[test]
fn the_issue_example_reads() {
    let intake: Intake = serde_json::from_value(json!({
      "regions": { "lower_back_left": 7, "calf_left": 2 },
      "age": 34, "duration_days": 12, "onset": "gradual",
      "qualities": ["ache", "tingling"], "goals": ["pain_relief"],
      "pregnancy_weeks": null,
      "massage_sessions_for_this_pain": 0, "improved_after_massage": null,
      "answers": { "saddle_numbness": "no", "leg_numbness_or_tingling": "yes", "fever": "unsure" }
    }))
    .unwrap();
    assert_eq!(intake.regions.get(Region::LowerBackLeft).value(), 7);
    assert_eq!(intake.answer(Question::Fever), Some(Answer::Unsure));
    assert_eq!(intake.pregnancy_weeks, None);
}

#[test]
fn every_field_but_the_pain_map_is_optional_and_null_means_not_given() {
    let pain = || {
        let mut intake = Intake::default();
        intake
            .regions
            .set(Region::Sacrum, Intensity::new(2).unwrap());
        intake
    };
    assert_eq!(
        serde_json::from_value::<Intake>(json!({ "regions": { "sacrum": 2 } })).unwrap(),
        pain()
    );
    let nulls = json!({ "regions": { "neck": null, "sacrum": 2 }, "age": null, "answers": { "fever": null }, "qualities": null });
    assert_eq!(serde_json::from_value::<Intake>(nulls).unwrap(), pain());
    let zero: Intake =
        serde_json::from_value(json!({ "regions": { "neck": 0, "sacrum": 2 }, "age": 40.0 }))
            .unwrap();
    assert_eq!(zero.regions.iter().count(), 1);
    assert_eq!(zero.age, Some(40));
    // A saved journey may not have reached the map yet.
    let raw: RawValue = serde_json::from_value(json!({ "age": null })).unwrap();
    assert_eq!(Intake::from_saved(&raw).unwrap(), Intake::default());
}

/// With no region above 0 there is nothing to advise on: an input error, not an advice.
#[test]
fn an_empty_pain_map_is_the_no_pain_marked_error() {
    for value in [
        json!({}),
        json!({ "regions": {} }),
        json!({ "regions": { "neck": 0, "sacrum": null }, "age": 40, "answers": { "fever": "no" } }),
    ] {
        let error = errors(value.clone());
        assert_eq!(error.problems.len(), 1, "{value}");
        let problem = &error.problems[0];
        assert_eq!(problem.kind, ProblemKind::NoPainMarked, "{value}");
        assert_eq!(problem.path, "regions");
        assert!(
            problem.message.starts_with("no_pain_marked"),
            "{}",
            problem.message
        );
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["problems"][0]["kind"], "no_pain_marked");
        assert_eq!(json["problems"][0]["path"], "regions");
        assert!(serde_json::from_value::<Intake>(value).is_err());
    }
    // A saved journey with an empty map is still a journey.
    let raw: RawValue = serde_json::from_value(json!({ "regions": { "neck": 0 } })).unwrap();
    assert!(Intake::from_saved(&raw).is_ok());
    // Any pain at all is enough.
    assert!(serde_json::from_value::<Intake>(json!({ "regions": { "calf_right": 1 } })).is_ok());
}

#[test]
fn ages_from_0_to_110_are_accepted_and_others_rejected() {
    for age in [0, 16, 110] {
        let intake: Intake =
            serde_json::from_value(json!({ "regions": { "neck": 2 }, "age": age })).unwrap();
        assert_eq!(intake.age, Some(age));
    }
    for age in [-1, 111, 150] {
        let error = errors(json!({ "regions": { "neck": 2 }, "age": age }));
        assert_eq!(error.problems.len(), 1, "{age}");
        assert_eq!(error.problems[0].kind, ProblemKind::OutOfRange, "{age}");
        assert_eq!(
            error.to_string(),
            format!("age: expected a whole number of years from 0 to 110, found {age}")
        );
    }
}

/// `blood_clot_history_or_calf_swelling` was split in version 2 of the rules: an old intake
/// is refused and told the new id, rather than its clot answer being silently lost.
#[test]
fn the_retired_clot_question_suggests_its_replacement() {
    let error = errors(json!({
        "regions": { "calf_left": 3 },
        "answers": { "blood_clot_history_or_calf_swelling": "yes" }
    }));
    assert_eq!(error.problems.len(), 1);
    let problem = &error.problems[0];
    assert_eq!(problem.kind, ProblemKind::UnknownQuestion);
    assert_eq!(problem.path, "answers.blood_clot_history_or_calf_swelling");
    assert_eq!(problem.did_you_mean.as_deref(), Some("blood_clot_history"));
    assert_eq!(
        error.to_string(),
        "answers.blood_clot_history_or_calf_swelling: retired question id (renamed in version 2 \
         of the rules); did you mean blood_clot_history?"
    );
    // The new ids read.
    let intake: Intake = serde_json::from_value(json!({
        "regions": { "calf_left": 3 },
        "answers": { "blood_clot_history": "yes", "calf_swelling_now": "no", "neck_warning_signs": "no" }
    }))
    .unwrap();
    assert_eq!(intake.answer(Question::BloodClotHistory), Some(Answer::Yes));
}

#[test]
fn every_problem_is_listed_with_its_path() {
    // JSON text, so that problems come in input order (a serde_json::Value sorts its keys).
    let text = r#"{
        "regions": { "lower_back_lft": 3, "neck": 11, "calf_left": 2.5, "sacrum": "7" },
        "age": -1,
        "duration_days": -3,
        "onset": "suddenly",
        "qualities": ["ache", "stifness", 4],
        "goals": "relaxation",
        "answers": { "fevr": "yes", "fever": "Yes", "saddle_numbness": true },
        "pregnancy_weeks": 50,
        "improved_after_massage": "maybe",
        "colour": "red"
    }"#;
    let error =
        Intake::from_deserializer(&mut serde_json::Deserializer::from_str(text)).unwrap_err();
    let lines: Vec<String> = error.to_string().lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            "regions.lower_back_lft: unknown region; did you mean lower_back_left?",
            "regions.neck: expected a whole number from 0 to 10, found 11",
            "regions.calf_left: expected a whole number from 0 to 10, found 2.5",
            "regions.sacrum: expected a whole number from 0 to 10, found \"7\"",
            "age: expected a whole number of years from 0 to 110, found -1",
            "duration_days: expected a whole number of days, 0 or more, found -3",
            "onset: expected one of \"sudden\", \"gradual\", found \"suddenly\"; did you mean \"sudden\"?",
            "qualities[1]: expected one of \"ache\", \"stiffness\", \"knot\", \"spasm\", \"sharp\", \"burning\", \"tingling\", found \"stifness\"; did you mean \"stiffness\"?",
            "qualities[2]: expected one of \"ache\", \"stiffness\", \"knot\", \"spasm\", \"sharp\", \"burning\", \"tingling\", found 4",
            "goals: expected a list of relaxation, mobility, pain_relief, sport_recovery, found \"relaxation\"",
            "answers.fevr: unknown question; did you mean fever?",
            "answers.fever: expected one of \"yes\", \"no\", \"unsure\", found \"Yes\"; did you mean \"yes\"?",
            "answers.saddle_numbness: expected one of \"yes\", \"no\", \"unsure\", found true",
            "pregnancy_weeks: expected a whole number of weeks from 0 to 45, found 50",
            "improved_after_massage: expected one of \"yes\", \"no\", \"unsure\", found \"maybe\"",
            "colour: unknown field; expected one of regions, age, duration_days, onset, qualities, goals, pregnancy_weeks, massage_sessions_for_this_pain, improved_after_massage, answers",
        ]
    );
    let kinds: Vec<ProblemKind> = error.problems.iter().map(|p| p.kind).collect();
    assert_eq!(kinds[0], ProblemKind::UnknownRegion);
    assert_eq!(kinds[1], ProblemKind::OutOfRange);
    assert_eq!(kinds[2], ProblemKind::NotWholeNumber);
    assert_eq!(kinds[3], ProblemKind::WrongType);
    assert_eq!(kinds[10], ProblemKind::UnknownQuestion);
    assert_eq!(kinds[15], ProblemKind::UnknownField);
}

#[test]
fn misplaced_ids_point_to_where_they_belong() {
    let error = errors(json!({ "fever": "yes", "neck": 3 }));
    let hints: Vec<Option<&str>> = error
        .problems
        .iter()
        .map(|p| p.did_you_mean.as_deref())
        .collect();
    assert_eq!(hints, [Some("answers.fever"), Some("regions.neck")]);
}

#[test]
fn wrong_shapes_duplicates_and_unreadable_input() {
    assert_eq!(
        errors(json!([1, 2])).to_string(),
        "intake: expected an object (the intake), found a list"
    );
    assert_eq!(
        errors(json!({ "regions": [] })).to_string(),
        "regions: expected an object of region ids to intensities 0–10, found a list"
    );
    let duplicated: RawValue = serde_json::from_str(r#"{"age": 30, "age": 31}"#).unwrap();
    let error = Intake::from_raw(&duplicated).unwrap_err();
    assert_eq!(error.to_string(), "age: given more than once");
    let error = serde_json::from_str::<RawValue>("{")
        .map_err(IntakeError::unreadable)
        .unwrap_err();
    assert_eq!(error.problems[0].kind, ProblemKind::Unreadable);
    let deep = "[".repeat(40) + &"]".repeat(40);
    let error =
        Intake::from_deserializer(&mut serde_json::Deserializer::from_str(&deep)).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("nested more than 16 levels deep"),
        "{error}"
    );
}

#[test]
fn errors_serialise_for_the_error_line() {
    let error = errors(json!({ "regions": { "lower_back_lft": 3 } }));
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        json!({
            "message": "regions.lower_back_lft: unknown region; did you mean lower_back_left?",
            "problems": [{ "path": "regions.lower_back_lft", "kind": "unknown_region",
                           "message": "unknown region", "did_you_mean": "lower_back_left" }]
        })
    );
}

#[test]
fn huge_and_odd_numbers_are_rejected_politely() {
    for number in [f64::MAX, -0.5, 1e300, 4294967296.0] {
        let error = errors(json!({ "duration_days": number }));
        assert_eq!(error.problems.len(), 1, "{number}");
    }
    let raw = RawValue::Object(vec![("age".into(), RawValue::Number(f64::NAN))]);
    assert_eq!(
        Intake::from_raw(&raw).unwrap_err().problems[0].kind,
        ProblemKind::NotWholeNumber
    );
}

/// Reads JSON text as the command line and the fuzz harness do.
fn read(text: &str) -> Result<RawValue, IntakeError> {
    RawValue::read(&mut serde_json::Deserializer::from_str(text))
}

fn object(entries: impl IntoIterator<Item = (String, RawValue)>) -> RawValue {
    RawValue::Object(entries.into_iter().collect())
}

/// A generous bound for a CI machine; the figure that matters is printed (`--nocapture`).
const QUICK: Duration = Duration::from_secs(1);

/// Used to take 27 to 46 seconds: the duplicate check compared every key with every other.
#[test]
fn a_100k_key_intake_is_rejected_in_milliseconds_with_a_short_error() {
    let keys = |prefix: &'static str| (0..100_000).map(move |i| format!("{prefix}{i}"));
    let pain = || {
        (
            "regions".to_owned(),
            object([("neck".into(), RawValue::Number(3.0))]),
        )
    };
    let shapes: [(&str, RawValue); 4] = [
        (
            "100k unknown fields",
            object(keys("field_").map(|k| (k, RawValue::Number(1.0)))),
        ),
        (
            "100k unknown regions",
            object([(
                "regions".into(),
                object(keys("region_").map(|k| (k, RawValue::Number(1.0)))),
            )]),
        ),
        (
            "100k answers to one question",
            object([
                pain(),
                (
                    "answers".into(),
                    object((0..100_000).map(|_| ("fever".into(), RawValue::String("no".into())))),
                ),
            ]),
        ),
        (
            "100k ages",
            object((0..100_000).map(|i| ("age".into(), RawValue::Number(f64::from(i))))),
        ),
    ];
    for (name, raw) in shapes {
        let start = Instant::now();
        let error = Intake::from_raw(&raw).unwrap_err();
        let took = start.elapsed();
        eprintln!("{name}: rejected in {took:?}");
        assert!(took < QUICK, "{name}: {took:?}");
        assert_eq!(error.problems.len(), limits::PROBLEMS + 1, "{name}");
        let last = error.problems.last().unwrap();
        assert_eq!(last.kind, ProblemKind::MoreProblems, "{name}");
        assert!(error.to_string().len() < 20_000, "{name}");
    }
    // As JSON text, reading stops at the 257th key.
    let text = format!(
        "{{\"regions\": {{{}}}}}",
        (0..100_000)
            .map(|i| format!("\"r{i}\": 1"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let start = Instant::now();
    let error = read(&text).unwrap_err();
    let took = start.elapsed();
    eprintln!(
        "100k keys as JSON text ({} bytes): rejected in {took:?}",
        text.len()
    );
    assert!(took < QUICK, "{took:?}");
    assert_eq!(error.to_string(), "regions: more than 256 keys; not read");
    assert_eq!(error.problems[0].kind, ProblemKind::TooLarge);
}

#[test]
fn a_long_list_of_problems_ends_with_how_many_more_there_are() {
    let qualities: Vec<Value> = (0..100).map(|i| json!(format!("odd_{i}"))).collect();
    let error = errors(json!({ "regions": { "neck": 3 }, "qualities": qualities }));
    assert_eq!(error.problems.len(), 21);
    assert_eq!(error.problems[19].path, "qualities[19]");
    let lines: Vec<String> = error.to_string().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 21);
    assert_eq!(lines[20], "…and 80 more problems");
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["problems"][20]["kind"], "more_problems");
}

#[test]
fn every_limit_is_a_typed_error_naming_where() {
    let many = |n: usize| {
        (0..n)
            .map(|i| format!("\"k{i}\": 1"))
            .collect::<Vec<_>>()
            .join(",")
    };
    let long = "x".repeat(limits::STRING_BYTES + 1);
    let cases = [
        (
            format!("{{\"regions\": {{\"neck\": 3}}, \"answers\": {{{}}}}}", many(257)),
            "answers: more than 256 keys; not read",
        ),
        (
            format!("{{\"qualities\": [{}]}}", vec!["\"ache\""; 257].join(",")),
            "qualities: more than 256 items; not read",
        ),
        (
            format!("{{\"answers\": {{\"fever\": \"{long}\"}}}}"),
            "answers.fever: a text or key longer than 1024 bytes; not read",
        ),
        (
            format!("{{\"answers\": {{\"{long}\": \"no\"}}}}"),
            "answers: a text or key longer than 1024 bytes; not read",
        ),
        (
            format!("{{\"goals\": [1, {}1{}]}}", "[".repeat(20), "]".repeat(20)),
            "goals[1][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep; not read",
        ),
        (
            format!("[{}]", vec![format!("[{}]", vec!["0"; 250].join(",")); 20].join(",")),
            "[16][78]: more than 4096 values in all; not read",
        ),
    ];
    for (text, message) in cases {
        let error = read(&text).unwrap_err();
        assert_eq!(error.to_string(), message);
        assert_eq!(error.problems.len(), 1, "{message}");
        assert_eq!(error.problems[0].kind, ProblemKind::TooLarge, "{message}");
    }
    // Right at the limits is fine.
    let text = format!(
        "{{\"regions\": {{\"neck\": 3}}, \"answers\": {{{}}}}}",
        many(256)
    );
    assert!(read(&text).is_ok());
}

#[test]
fn a_key_given_twice_is_reported_wherever_it_is() {
    let text = r#"{"regions": {"neck": 3, "neck": 4}, "answers": {"fever": "no", "fever": "yes"}}"#;
    assert_eq!(
        Intake::from_raw(&read(text).unwrap())
            .unwrap_err()
            .to_string(),
        "regions.neck: given more than once\nanswers.fever: given more than once"
    );
}

/// The storage limit leaves a wide margin over the largest journey the widget can save.
#[test]
fn a_full_journey_saves_in_far_less_than_the_storage_limit() {
    let mut state = AppState::new(Lang::Es);
    state.step = Step::Summary;
    let intake = &mut state.intake;
    for region in Region::ALL {
        intake.regions.set(*region, Intensity::new(10).unwrap());
    }
    for question in Question::ALL {
        intake.answers.set(*question, Some(Answer::Unsure));
    }
    intake.age = Some(110);
    intake.duration_days = Some(100_000);
    intake.onset = Some(Onset::Gradual);
    intake.qualities = Quality::ALL.to_vec();
    intake.goals = Goal::ALL.to_vec();
    intake.pregnancy_weeks = Some(45);
    intake.massage_sessions_for_this_pain = Some(10_000);
    intake.improved_after_massage = Some(Answer::Unsure);
    let saved = serde_json::to_string(&state.saved()).unwrap();
    eprintln!("a full journey saves in {} bytes", saved.len());
    assert!(
        saved.len() * 4 < painmap_core::journey::MAX_SAVED_BYTES,
        "{}",
        saved.len()
    );
}

/// One line through the command line's reader.
fn cli(input: &[u8]) -> Vec<Result<Intake, IntakeError>> {
    let mut reader = std::io::BufReader::new(input);
    let mut buffer = Vec::new();
    let mut out = Vec::new();
    while let Some(whole) = advise_cli::read_line(&mut reader, &mut buffer).unwrap() {
        out.push(advise_cli::intake(&buffer, whole));
    }
    out
}

#[test]
fn the_command_line_skips_a_byte_order_mark_and_names_a_lone_surrogate() {
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(br#"{"regions": {"neck": 3}}"#);
    input.push(b'\n');
    input.extend_from_slice(br#"{"regions": {"neck": 3}, "answers": {"fever": "\ud800"}}"#);
    input.push(b'\n');
    input.extend_from_slice(b"{\"regions\": {\"neck\": 3}}\xFF\n");
    let results = cli(&input);
    assert!(results[0].is_ok(), "{:?}", results[0]);
    let surrogate = results[1].as_ref().unwrap_err().to_string();
    assert_eq!(
        surrogate,
        "intake: not a readable intake: \"\\ud800\" at column 48 is half of a UTF-16 surrogate \
         pair, not a character; JSON text must be valid Unicode"
    );
    let bytes = results[2].as_ref().unwrap_err().to_string();
    assert!(bytes.contains("not UTF-8 text"), "{bytes}");
}

#[test]
fn the_command_line_refuses_a_line_too_long_and_reads_the_next() {
    let huge = format!(
        "{{\"regions\": {{{}}}}}\n{{\"regions\": {{\"neck\": 3}}}}\n",
        (0..100_000)
            .map(|i| format!("\"r{i}\": 1"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let start = Instant::now();
    let results = cli(huge.as_bytes());
    let took = start.elapsed();
    eprintln!("command line, a 100k-key line: {took:?}");
    assert!(took < QUICK, "{took:?}");
    assert_eq!(results.len(), 2);
    let error = results[0].as_ref().unwrap_err();
    assert_eq!(error.problems[0].kind, ProblemKind::TooLarge);
    assert_eq!(
        error.to_string(),
        "intake: longer than 65536 bytes; not read"
    );
    assert!(results[1].is_ok());
}
