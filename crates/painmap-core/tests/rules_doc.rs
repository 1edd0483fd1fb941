//! docs/rules.md is the clinicians' whole reference for the rules: it is generated from the
//! registry and the catalog's English wording, and these tests fail when it is stale, when it
//! leaves something out, or when it says something the engine does not do.

use std::path::Path;

use painmap_core::engine::{
    advise, rules_markdown, RuleId, RULES, RULES_VERSION, SOURCES, TECHNIQUES,
};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{
    Answer, DurationChoice, Field, Intake, Intensity, ProblemKind, Question, RawValue, Region,
};

/// The question the widget asks for an input, in English.
fn input_text(field: Field) -> String {
    let msg = match field {
        Field::Answer(question) => Msg::Question(question),
        Field::Region(region) => Msg::Region(region),
        Field::Age => Msg::AgeQuestion,
        Field::DurationDays => Msg::DurationQuestion,
        Field::Onset => Msg::OnsetQuestion,
        Field::Qualities => Msg::QualitiesQuestion,
        Field::Goals => Msg::GoalsQuestion,
        Field::PregnancyWeeks => Msg::PregnancyWeeksQuestion,
        Field::MassageSessionsForThisPain => Msg::SessionsQuestion,
        Field::ImprovedAfterMassage => Msg::ImprovedQuestion,
    };
    Lang::En.text(msg).to_owned()
}

fn duration_text(choice: DurationChoice) -> String {
    Lang::En.text(Msg::Duration(choice)).to_owned()
}

fn doc() -> String {
    rules_markdown(input_text, duration_text)
}

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = root().join("docs/rules.md");
    let generated = doc();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is stale: regenerate it with `UPDATE_DOCS=1 cargo test -p painmap-core --test rules_doc` and review the diff"
    );
}

#[test]
fn the_doc_names_its_version() {
    let doc = doc();
    assert!(doc.starts_with(&format!("# Advice rules, version {RULES_VERSION}\n")));
    assert!(doc.contains(&format!("`rules_version: {RULES_VERSION}`")));
}

#[test]
fn the_doc_lists_every_rule_technique_and_source() {
    let doc = doc();
    for rule in RULES {
        assert!(doc.contains(&format!("| `{}` |", rule.id)), "{}", rule.id);
    }
    for technique in TECHNIQUES {
        assert!(doc.contains(&format!("| `{}` |", technique.technique)));
        assert!(doc.contains(&format!("- `{}`: ", technique.technique)));
    }
    for (id, _) in SOURCES {
        assert!(doc.contains(&format!("**{id}**")), "{id}");
    }
}

#[test]
fn every_source_a_rule_names_has_a_citation_the_doc_links_to() {
    let doc = doc();
    for rule in RULES {
        for source in rule.sources {
            let citation = SOURCES.iter().find(|(id, _)| id == source);
            assert!(
                citation.is_some_and(|(_, text)| !text.is_empty()),
                "{source} ({})",
                rule.id
            );
            let link = format!("[{source}](#source-{})", source.to_ascii_lowercase());
            assert!(doc.contains(&link), "{} links {source}", rule.id);
        }
    }
}

/// GitHub's anchor for a heading.
fn slug(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn every_link_in_the_doc_leads_somewhere_in_it() {
    let doc = doc();
    let mut anchors: Vec<String> = doc
        .lines()
        .filter_map(|line| line.strip_prefix('#'))
        .map(|heading| slug(heading.trim_start_matches('#').trim()))
        .collect();
    anchors.extend(
        doc.split("<a id=\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"'))
            .map(|(id, _)| id.to_owned()),
    );
    let links: Vec<&str> = doc
        .split("](#")
        .skip(1)
        .filter_map(|rest| rest.split_once(')'))
        .map(|(anchor, _)| anchor)
        .collect();
    assert!(links.len() > 100, "the rule tables link their sources");
    for link in links {
        assert!(anchors.iter().any(|a| a == link), "#{link} leads nowhere");
    }
}

#[test]
fn every_question_is_listed_with_the_widgets_wording() {
    let doc = doc();
    for question in Question::ALL {
        let text = Lang::En.text(Msg::Question(*question)).replace('|', "\\|");
        assert!(
            doc.contains(&format!("| `{question}` | ")) && doc.contains(&text),
            "{question}"
        );
        let read = RULES
            .iter()
            .any(|rule| rule.fields().iter().any(|f| f == question.id()));
        assert!(read, "no rule reads {question}: asking it changes nothing");
    }
    for choice in DurationChoice::ALL {
        let row = format!(
            "| {} | `{choice}` | {} |",
            Lang::En.text(Msg::Duration(*choice)),
            choice.days()
        );
        assert!(doc.contains(&row), "{row}");
    }
    for region in Region::ALL {
        assert!(doc.contains(&format!("| `{region}` | ")), "{region}");
    }
}

/// An intake with only this pain marked: nothing answered yet.
fn intake(regions: &[(Region, u8)]) -> Intake {
    let mut intake = Intake::default();
    for (region, value) in regions {
        intake.regions.set(*region, Intensity::new(*value).unwrap());
    }
    intake
}

#[test]
fn follow_ups_are_asked_when_the_doc_says() {
    let doc = doc();
    let asked = |intake: &Intake, question| intake.unanswered().contains(&question);

    // The neck's warning signs: a neck or upper-back area is marked.
    let low = intake(&[(Region::LowerBackLeft, 4)]);
    assert!(!asked(&low, Question::NeckWarningSigns));
    for region in [
        Region::Neck,
        Region::SpineCervical,
        Region::UpperBackLeft,
        Region::UpperBackRight,
    ] {
        assert!(asked(&intake(&[(region, 2)]), Question::NeckWarningSigns));
    }
    assert!(doc.contains(
        "| `neck_warning_signs` | `neck`, `spine_cervical`, `upper_back_left` or `upper_back_right` is marked (> 0) |"
    ));

    // The calf question: after a clot (yes or unsure), or when a calf is marked.
    assert!(!asked(&low, Question::CalfSwellingNow));
    assert!(asked(
        &intake(&[(Region::CalfRight, 3)]),
        Question::CalfSwellingNow
    ));
    let mut clot = low.clone();
    clot.answers
        .set(Question::BloodClotHistory, Some(Answer::Unsure));
    assert!(asked(&clot, Question::CalfSwellingNow));
    assert!(doc.contains("| `calf_swelling_now` | `blood_clot_history` is yes or unsure, or `calf_left` or `calf_right` is marked (> 0) |"));

    // Pregnancy: both follow-ups after a yes or unsure.
    let mut pregnant = low.clone();
    pregnant.answers.set(Question::Pregnant, Some(Answer::No));
    assert!(!asked(&pregnant, Question::PregnancyWarningSigns));
    pregnant
        .answers
        .set(Question::Pregnant, Some(Answer::Unsure));
    assert!(asked(&pregnant, Question::PregnancyComplications));
    assert!(asked(&pregnant, Question::PregnancyWarningSigns));

    // Before 45: long morning stiffness, over 90 days, at 45 or over.
    let mut stiff = low.clone();
    stiff
        .answers
        .set(Question::MorningStiffnessOver30Min, Some(Answer::Yes));
    stiff.duration_days = Some(91);
    stiff.age = Some(45);
    assert!(asked(&stiff, Question::BackPainBeganBefore45));
    for change in [
        |i: &mut Intake| i.age = Some(44),
        |i: &mut Intake| i.duration_days = Some(90),
        |i: &mut Intake| {
            i.answers
                .set(Question::MorningStiffnessOver30Min, Some(Answer::No))
        },
    ] {
        let mut other = stiff.clone();
        change(&mut other);
        assert!(!asked(&other, Question::BackPainBeganBefore45));
    }
    assert!(doc.contains("| `back_pain_began_before_45` | `morning_stiffness_over_30_min` is yes or unsure, `duration_days` > 90 and `age` ≥ 45 |"));

    // Whether massage helped: after two or more sessions.
    let mut sessions = low.clone();
    sessions.massage_sessions_for_this_pain = Some(1);
    assert!(!sessions.asks_improved());
    sessions.massage_sessions_for_this_pain = Some(2);
    assert!(sessions.asks_improved());
    assert!(doc.contains("| `improved_after_massage` | `massage_sessions_for_this_pain` ≥ 2 |"));
}

#[test]
fn a_skipped_follow_up_reads_as_the_doc_says() {
    // A finished check with the neck marked and its warning signs skipped: unsure, softened.
    let mut finished = intake(&[(Region::Neck, 3)]);
    for question in Question::ALL {
        if !question.is_follow_up() {
            finished.answers.set(*question, Some(Answer::No));
        }
    }
    let advice = advise(&finished);
    assert!(advice
        .reasons
        .iter()
        .any(|r| r.rule == RuleId::U_UNSURE_EMERGENCY && r.softens == Some(RuleId::E_NECK)));
    assert!(advice
        .unanswered
        .contains(&Field::Answer(Question::NeckWarningSigns)));

    // The same with a screen question unanswered too: only unanswered, so the check is
    // unfinished rather than softened.
    let mut unfinished = finished.clone();
    unfinished.answers.set(Question::Fever, None);
    let advice = advise(&unfinished);
    assert!(advice
        .reasons
        .iter()
        .all(|r| r.rule != RuleId::U_UNSURE_EMERGENCY));
    assert!(advice
        .reasons
        .iter()
        .any(|r| r.rule == RuleId::U_INCOMPLETE_SCREEN));
}

fn object(entries: Vec<(&str, RawValue)>) -> RawValue {
    RawValue::Object(
        entries
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
}

#[test]
fn the_input_errors_are_the_ones_advise_reports() {
    let doc = doc();
    let pain = || {
        (
            "regions",
            object(vec![("lower_back_left", RawValue::Number(5.0))]),
        )
    };
    let empty = Intake::from_raw(&object(vec![("regions", object(vec![]))])).unwrap_err();
    assert_eq!(empty.problems[0].kind, ProblemKind::NoPainMarked);
    assert!(doc.contains("| `{\"regions\": {}}` | `regions` | `no_pain_marked` |"));

    let old = Intake::from_raw(&object(vec![pain(), ("age", RawValue::Number(111.0))]));
    assert_eq!(old.unwrap_err().problems[0].kind, ProblemKind::OutOfRange);
    assert!(doc.contains("| `age` | `out_of_range` |"));
    let ok = Intake::from_raw(&object(vec![pain(), ("age", RawValue::Number(110.0))]));
    assert_eq!(ok.unwrap().age, Some(110));

    let answers = object(vec![(
        "blood_clot_history_or_calf_swelling",
        RawValue::String("yes".to_owned()),
    )]);
    let retired = Intake::from_raw(&object(vec![pain(), ("answers", answers)])).unwrap_err();
    assert_eq!(
        retired.problems[0].did_you_mean.as_deref(),
        Some("blood_clot_history")
    );
    assert!(doc.contains("| `answers.blood_clot_history_or_calf_swelling` | `unknown_question` |"));
    assert!(doc.contains("| `blood_clot_history` |\n"));
}

#[test]
fn the_doc_lists_every_field_of_the_advice() {
    let doc = doc();
    let advice = advise(&intake(&[(Region::LowerBackLeft, 4)]));
    let json = serde_json::to_value(&advice).unwrap();
    assert_eq!(json["rules_version"], RULES_VERSION);
    let section = doc
        .split("## What the advice reports")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap();
    for key in json.as_object().unwrap().keys() {
        assert!(section.contains(&format!("| `{key}` |")), "{key}");
    }
    for key in [
        "rule", "fields", "sources", "assumed", "softens", "code", "score", "because",
    ] {
        assert!(section.contains(&format!("`{key}`")), "{key}");
    }
}

#[test]
fn the_projects_documents_point_nowhere_outside_the_repository() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (name, text) in [("docs/rules.md", doc()), ("README.md", readme)] {
        for pointer in ["../shared", "clinical-rules.md", "/work/"] {
            assert!(!text.contains(pointer), "{name} points at {pointer}");
        }
        let issue = ["issue #", "issue ", "issues "].iter().any(|word| {
            text.match_indices(word).any(|(at, _)| {
                text[at + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            })
        });
        assert!(!issue, "{name} points at an issue number");
    }
}
