//! An intake's values in words, in one language: what "Because you said" lists under a rule,
//! and what the summary tells the therapist. Pure, so every sentence is tested natively.

use super::{fill, Lang, Msg};
use crate::model::{int_text, Answer, DurationChoice, Field, Intake, Question};

/// A missing input, named by its question or fact label (it has no value to show): in the
/// lists of what is not answered yet and of what a rule read at its cautious default.
pub fn field_label(lang: Lang, field: Field) -> &'static str {
    lang.text(match field {
        Field::Answer(question) => Msg::Question(question),
        Field::Region(region) => Msg::Region(region),
        Field::Age => Msg::FactAge,
        Field::DurationDays => Msg::FactDuration,
        Field::Onset => Msg::FactOnset,
        Field::Qualities => Msg::FactQualities,
        Field::Goals => Msg::FactGoals,
        Field::PregnancyWeeks => Msg::FactPregnancyWeeks,
        Field::MassageSessionsForThisPain => Msg::FactSessions,
        // Asked as a question of its own; unanswered, it is named as asked.
        Field::ImprovedAfterMassage => Msg::ImprovedQuestion,
    })
}

/// One input as the person would recognise it: "Lower back, left: 7 of 10", "Age: 52",
/// "a high temperature…: Not sure", "Is it a complicated or high-risk pregnancy? No". `None`
/// when the intake has no value for it.
pub fn field_text(lang: Lang, intake: &Intake, field: Field) -> Option<String> {
    let fact = |label: Msg, value: &str| {
        fill(
            lang.text(Msg::FactLine),
            &[("label", lang.text(label)), ("value", value)],
        )
    };
    Some(match field {
        Field::Answer(question) => {
            let text = lang.text(Msg::Question(question));
            let answer = lang.text(Msg::Answer(intake.answer(question)?));
            if reads_as_question(question) {
                fill(
                    lang.text(Msg::AnsweredQuestion),
                    &[("question", text), ("answer", answer)],
                )
            } else {
                fill(
                    lang.text(Msg::FactLine),
                    &[("label", text), ("value", answer)],
                )
            }
        }
        Field::Region(region) => {
            let intensity = intake.regions.get(region);
            if !intensity.is_pain() {
                return None;
            }
            fill(
                lang.text(Msg::FactLine),
                &[
                    ("label", lang.text(Msg::Region(region))),
                    ("value", &out_of_ten(lang, intensity.value())),
                ],
            )
        }
        Field::Age => fact(Msg::FactAge, &int_text(intake.age?.into())),
        Field::DurationDays => fact(
            Msg::FactDuration,
            &duration_text(lang, intake.duration_days?),
        ),
        Field::Onset => fact(Msg::FactOnset, lang.text(Msg::Onset(intake.onset?))),
        Field::Qualities => {
            let words = intake.qualities.iter().map(|q| lang.text(Msg::Quality(*q)));
            fact(Msg::FactQualities, &join(lang, words)?)
        }
        Field::Goals => {
            let words = intake.goals.iter().map(|g| lang.text(Msg::Goal(*g)));
            fact(Msg::FactGoals, &join(lang, words)?)
        }
        Field::PregnancyWeeks => fact(
            Msg::FactPregnancyWeeks,
            &int_text(intake.pregnancy_weeks?.into()),
        ),
        Field::MassageSessionsForThisPain => fact(
            Msg::FactSessions,
            &sessions_text(lang, intake.massage_sessions_for_this_pain?),
        ),
        Field::ImprovedAfterMassage => fact(
            Msg::FactImproved,
            lang.text(Msg::Answer(intake.improved_after_massage?)),
        ),
    })
}

/// Whether a question's text is a question rather than a checklist statement: the follow-ups
/// and the history questions stand alone with Yes / No / Not sure buttons (the catalog's
/// rule for `Msg::Question`), so their answer follows the question mark, without a colon.
pub const fn reads_as_question(question: Question) -> bool {
    question.is_follow_up() || question.is_history()
}

/// "7 of 10".
pub fn out_of_ten(lang: Lang, value: u8) -> String {
    fill(lang.text(Msg::OutOfTen), &[("n", &int_text(value.into()))])
}

/// A duration as the choice it was picked from ("1–3 days"), or in days when it is not one.
pub fn duration_text(lang: Lang, days: u32) -> String {
    let choice = DurationChoice::from_days(days);
    if choice.days() == days {
        lang.text(Msg::Duration(choice)).to_owned()
    } else {
        fill(lang.text(Msg::Days), &[("n", &int_text(days.into()))])
    }
}

/// The sessions chip's words: "None", "1", "2", "3 or more".
pub fn sessions_text(lang: Lang, count: u32) -> String {
    let chip = u8::try_from(count.min(3)).unwrap_or(3);
    lang.text(Msg::Sessions(chip)).to_owned()
}

/// Words joined with the language's list separator; `None` for an empty list.
pub fn join<'a>(lang: Lang, words: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut text = String::new();
    for word in words {
        if !text.is_empty() {
            text.push_str(lang.text(Msg::ListSeparator));
        }
        text.push_str(word);
    }
    (!text.is_empty()).then_some(text)
}

/// Whether an answer is worth telling the therapist on its own line: yes and not sure are;
/// a no is covered by "No to every other question".
pub fn is_notable(answer: Answer) -> bool {
    answer != Answer::No
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Intensity, Onset, Question, Region};

    #[test]
    fn fields_read_as_facts_and_missing_ones_are_skipped() {
        let lang = Lang::En;
        let mut intake = Intake::default();
        assert_eq!(field_text(lang, &intake, Field::Age), None);
        assert_eq!(field_text(lang, &intake, Field::Region(Region::Neck)), None);
        intake.age = Some(52);
        intake.onset = Some(Onset::Sudden);
        intake.duration_days = Some(3);
        intake
            .regions
            .set(Region::LowerBackLeft, Intensity::new(7).unwrap());
        intake.answers.set(Question::Fever, Some(Answer::Unsure));
        for field in [
            Field::Age,
            Field::Onset,
            Field::DurationDays,
            Field::Region(Region::LowerBackLeft),
            Field::Answer(Question::Fever),
        ] {
            let text = field_text(lang, &intake, field).unwrap();
            assert!(!text.contains('{'), "{field:?}: {text}");
        }
        assert!(field_text(lang, &intake, Field::Age)
            .unwrap()
            .contains("52"));
        assert_eq!(
            duration_text(lang, 3),
            lang.text(Msg::Duration(DurationChoice::UpTo3Days))
        );
        assert!(duration_text(lang, 20).contains("20"));
    }

    #[test]
    fn an_answered_question_reads_without_a_colon_after_its_question_mark() {
        let mut intake = Intake {
            massage_sessions_for_this_pain: Some(2),
            improved_after_massage: Some(Answer::No),
            ..Intake::default()
        };
        for &lang in Lang::ALL {
            for question in Question::ALL {
                intake.answers.set(*question, Some(Answer::Unsure));
                let text = field_text(lang, &intake, Field::Answer(*question)).unwrap();
                assert!(!text.contains("?:"), "{lang:?}: {text}");
                assert!(text.ends_with(lang.text(Msg::Answer(Answer::Unsure))));
            }
            let neck = field_text(lang, &intake, Field::Answer(Question::NeckWarningSigns));
            let expected = format!(
                "{} {}",
                lang.text(Msg::Question(Question::NeckWarningSigns)),
                lang.text(Msg::Answer(Answer::Unsure))
            );
            assert_eq!(neck.as_deref(), Some(expected.as_str()));
            let improved = field_text(lang, &intake, Field::ImprovedAfterMassage).unwrap();
            assert!(improved.starts_with(lang.text(Msg::FactImproved)));
            assert!(improved.ends_with(lang.text(Msg::Answer(Answer::No))));
        }
    }

    #[test]
    fn durations_read_as_their_choice() {
        for &lang in Lang::ALL {
            for choice in DurationChoice::ALL {
                assert_eq!(
                    duration_text(lang, choice.days()),
                    lang.text(Msg::Duration(*choice))
                );
            }
        }
        assert_eq!(
            duration_text(Lang::En, 42),
            "More than 2 weeks, up to 6 weeks"
        );
        assert_eq!(duration_text(Lang::Es, 91), "Más de 3 meses");
    }

    #[test]
    fn lists_use_the_separator() {
        assert_eq!(join(Lang::En, [].into_iter()), None);
        assert_eq!(join(Lang::En, ["a"].into_iter()).as_deref(), Some("a"));
        let two = join(Lang::En, ["a", "b"].into_iter()).unwrap();
        assert!(two.starts_with('a') && two.ends_with('b') && two.len() > 2);
    }
}
