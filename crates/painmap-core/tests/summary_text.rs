//! The summary's plain text (what Copy and Share hand over, and what the printed page says)
//! for every intake in tests/cases, in every language: no doubled prefix, no question mark
//! followed by a colon, no placeholder left; each open question and each reason to avoid a
//! technique once; an emergency leads with its advice and says nothing else.

use std::fs;
use std::path::Path;

use painmap_core::engine::{advise, rule, Advice, Level};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::{AppState, Step};
use painmap_core::model::{Answer, Intake, RawValue};
use painmap_core::summary::{avoid_groups, open_line, open_questions, summary_text, told_facts};
use serde_json::Value;

/// Every case's name, intake and advice.
fn cases() -> Vec<(String, Intake, Advice)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let case: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let raw: RawValue = serde_json::from_value(case["intake"].clone()).unwrap();
            let intake = Intake::from_raw(&raw).unwrap();
            let advice = advise(&intake);
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, intake, advice)
        })
        .collect()
}

fn text(lang: Lang, intake: &Intake, advice: &Advice) -> String {
    let state = AppState {
        lang,
        step: Step::Summary,
        intake: intake.clone(),
        ..AppState::default()
    };
    summary_text(
        lang,
        &state,
        advice,
        "9 March 2026",
        Some("Riverside"),
        "112",
    )
}

#[test]
fn there_are_cases_of_every_level() {
    let cases = cases();
    assert!(cases.len() >= 70, "{}", cases.len());
    for level in Level::ALL {
        assert!(cases.iter().any(|(_, _, advice)| advice.level == *level));
    }
}

#[test]
fn no_doubled_prefix_stray_punctuation_or_placeholder() {
    for (name, intake, advice) in cases() {
        for &lang in Lang::ALL {
            let text = text(lang, &intake, &advice);
            let context = format!("{name} ({lang:?}):\n{text}");
            for bad in [
                "?:", "? :", "::", ": :", "..", ".:", ":.", "?.", ",.", " ,", " :", "{", "}",
            ] {
                assert!(!text.contains(bad), "{bad:?} in {context}");
            }
            let tell = lang.text(Msg::TellTherapistTitle);
            assert!(text.matches(tell).count() <= 1, "{tell} twice in {context}");
            // A question in Spanish opens with ¿ and closes with ?; never ?: after it.
            for line in text.lines() {
                assert!(
                    !line.trim_end().ends_with(':') || !line.contains('?'),
                    "{context}"
                );
            }
        }
    }
}

#[test]
fn each_open_question_and_each_reason_to_avoid_is_told_once() {
    for (name, intake, advice) in cases() {
        for &lang in Lang::ALL {
            let text = text(lang, &intake, &advice);
            let context = format!("{name} ({lang:?}):\n{text}");
            for open in open_questions(&intake, &advice) {
                let line = open_line(lang, open);
                assert_eq!(text.matches(&line).count(), 1, "{line} in {context}");
            }
            for (rule, techniques) in avoid_groups(lang, &advice) {
                let reason = lang.text(Msg::AvoidBecause(rule));
                assert_eq!(text.matches(reason).count(), 1, "{reason} in {context}");
                for id in techniques {
                    assert!(
                        text.contains(lang.text(Msg::TechniqueName(id))),
                        "{context}"
                    );
                }
            }
        }
    }
}

#[test]
fn pregnancy_gives_its_reason_to_avoid_once_for_all_its_techniques() {
    let (_, intake, advice) = cases()
        .into_iter()
        .find(|(name, _, _)| name.starts_with("05_pregnancy"))
        .unwrap();
    assert!(advice.avoid.len() >= 5, "{:?}", advice.avoid);
    let groups = avoid_groups(Lang::En, &advice);
    assert_eq!(groups.len(), 1, "{groups:?}");
    for &lang in Lang::ALL {
        let text = text(lang, &intake, &advice);
        let line = text
            .lines()
            .find(|line| line.contains(lang.text(Msg::AvoidBecause("P_PREGNANCY"))))
            .unwrap();
        for avoidance in &advice.avoid {
            assert!(
                line.contains(lang.text(Msg::TechniqueName(avoidance.id))),
                "{line}"
            );
        }
    }
}

#[test]
fn an_emergency_leads_with_its_advice_and_says_nothing_else() {
    let mut seen = 0;
    for (name, intake, advice) in cases() {
        if advice.level != Level::Emergency {
            continue;
        }
        seen += 1;
        for &lang in Lang::ALL {
            let text = text(lang, &intake, &advice);
            let context = format!("{name} ({lang:?}):\n{text}");
            let at = |needle: &str| {
                text.find(needle)
                    .unwrap_or_else(|| panic!("{needle} in {context}"))
            };
            let advice_heading = format!("\n\n{}\n", lang.text(Msg::SummaryAdvice));
            let where_heading = format!("\n\n{}\n", lang.text(Msg::SummaryWhere));
            assert!(at(&advice_heading) < at(&where_heading), "{context}");
            assert!(at(lang.text(Msg::LevelTitle(Level::Emergency))) < at(&where_heading));
            // Only the emergency's reasons: no "worth a check with your doctor" beside the call.
            for reason in &advice.reasons {
                let words = lang.text(Msg::RuleText(reason.rule));
                let shown = text.contains(words);
                assert_eq!(
                    shown,
                    reason.level == Level::Emergency,
                    "{} in {context}",
                    reason.rule
                );
            }
            assert!(
                !text.contains(lang.text(Msg::LevelTitle(Level::DoctorFirst))),
                "{context}"
            );
            // The questions the check did not reach: one line, after the advice.
            let open = open_questions(&intake, &advice);
            if let Some(first) = open.first() {
                let line = open_line(lang, *first);
                assert!(at(&line) > at(&advice_heading), "{context}");
                let lines = text
                    .lines()
                    .filter(|l| open.iter().any(|o| l.contains(&open_line(lang, *o))));
                assert_eq!(lines.count(), 1, "{context}");
            }
        }
    }
    assert!(seen >= 10, "{seen} emergencies");
}

#[test]
fn a_skipped_follow_up_read_as_not_sure_says_so_once() {
    let (_, intake, advice) = cases()
        .into_iter()
        .find(|(name, _, _)| name.starts_with("61_skipped_calf"))
        .unwrap();
    let open = open_questions(&intake, &advice);
    assert!(open.iter().any(|o| o.read_unsure), "{open:?}");
    for &lang in Lang::ALL {
        let text = text(lang, &intake, &advice);
        let tag = lang.text(Msg::ReadAsUnsure);
        assert_eq!(
            text.matches(tag).count(),
            open.iter().filter(|o| o.read_unsure).count(),
            "{text}"
        );
        // One list: the intro once, and no "careful reading" list beside it.
        assert_eq!(
            text.matches(lang.text(Msg::UnansweredIntro)).count(),
            1,
            "{text}"
        );
        assert!(!text.contains(lang.text(Msg::AssumedIntro)), "{text}");
    }
}

#[test]
fn a_doctor_first_summary_has_no_massage_in_it() {
    for (name, intake, advice) in cases() {
        if advice.level != Level::DoctorFirst {
            continue;
        }
        for &lang in Lang::ALL {
            let text = text(lang, &intake, &advice);
            assert!(
                !text.contains(lang.text(Msg::TechniquesTitle)),
                "{name}: {text}"
            );
            assert!(!text.contains(lang.text(Msg::AvoidTitle)), "{name}: {text}");
            // A massage precaution beside "see a doctor first" would only confuse.
            for reason in advice
                .reasons
                .iter()
                .filter(|r| r.level < Level::DoctorFirst)
            {
                assert!(rule(reason.rule).is_some());
                assert!(
                    !text.contains(lang.text(Msg::RuleText(reason.rule))),
                    "{name}: {text}"
                );
            }
        }
    }
}

#[test]
fn a_doctor_first_result_tells_the_doctor_the_yes_and_not_sure_answers() {
    let mut told_any = 0;
    for (name, intake, advice) in cases() {
        if advice.level != Level::DoctorFirst {
            continue;
        }
        for &lang in Lang::ALL {
            let facts = told_facts(lang, &intake, &advice);
            let no = lang.text(Msg::Answer(Answer::No));
            for fact in &facts {
                // "Better after massage: No" is news to a doctor; a no to a question is not.
                let improved = fact.starts_with(lang.text(Msg::FactImproved));
                assert!(
                    improved || !fact.ends_with(&format!(" {no}")),
                    "{name}: {fact}"
                );
                assert_eq!(
                    facts.iter().filter(|f| *f == fact).count(),
                    1,
                    "{name}: {fact} twice"
                );
            }
            told_any += usize::from(!facts.is_empty());
        }
    }
    assert!(told_any >= 40, "{told_any}");
    let (_, intake, advice) = cases()
        .into_iter()
        .find(|(name, _, _)| name.starts_with("36_clot_history"))
        .unwrap();
    assert_eq!(
        told_facts(Lang::En, &intake, &advice),
        vec!["You have had a blood clot in a leg (DVT) or in the lungs: Yes".to_owned()]
    );
}
