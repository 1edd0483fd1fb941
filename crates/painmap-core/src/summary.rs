//! The summary for the therapist, in words: what the summary step shows and what "Copy
//! summary" and "Share" hand over as plain text.
//!
//! Pure (no web crates), so that the screen and the text are built from the same lines and
//! every line is tested natively; the component only adds the date, the drawing and the
//! browser calls.

use crate::engine::{Advice, Exclusion, Level, Precaution, Technique, Urgency, RULES_VERSION};
use crate::i18n::describe::{field_label, field_text, is_notable, join, out_of_ten};
use crate::i18n::{fill, Lang, Msg};
use crate::journey::{AppState, Step};
use crate::model::{int_text, Answer, Field, Intake, Intensity, PainMap, Question, Region};

/// Everything the summary says, section by section, already in words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// "Lower back, left: 7 of 10", highest first.
    pub regions: Vec<String>,
    /// The facts about the pain that were given ("Age: 52").
    pub about: Vec<String>,
    /// Each yes / not sure answer with its question.
    pub answers: Vec<String>,
    /// Every question not listed in `answers` was answered no.
    pub other_no: bool,
    /// Safety questions without an answer (an emergency answer took the person straight to
    /// the advice), and "Did the massages help?" when it was asked and skipped: each of them
    /// keeps the advice from a massage level. Each once, tagged when it was read as "Not sure".
    pub unanswered: Vec<String>,
    /// The advice is an emergency: it comes first, and the questions left open (the check
    /// stopped at the emergency answer) shrink to one line after it.
    pub emergency: bool,
    /// The level's headline ("See a doctor first").
    pub level: String,
    /// How soon, when the level has an urgency.
    pub urgency: Option<String>,
    /// Why: each fired rule once, in registry order.
    pub reasons: Vec<String>,
    /// The suggested techniques, best first, each with the reasons it fits.
    pub techniques: Vec<Named>,
    /// "In pregnancy, only massage adapted to pregnancy is suggested: Swedish massage, Thai
    /// massage": each reason once, with the techniques it rules out.
    pub avoid: Vec<String>,
    /// What the therapist must adapt.
    pub precautions: Vec<String>,
    /// "Advice by painmap 0.1.0, rules version 2": which release and rules produced the
    /// advice, so a clinic can tell a printed summary from one made under other rules.
    pub rules: String,
    pub disclaimer: String,
}

/// A technique's name and the reasons that go with it, each a line of its own: the catalog
/// writes them as list items, which read badly run together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub why: Vec<String>,
}

/// Painful regions, highest intensity first; equal ones keep the spec's order (eleven passes
/// over 23 regions rather than a library sort, which costs kilobytes of wasm).
pub fn regions_by_intensity(map: &PainMap) -> Vec<(Region, Intensity)> {
    let mut regions = Vec::with_capacity(map.len());
    for value in (1..=10).rev() {
        regions.extend(map.iter().filter(|(_, i)| i.value() == value));
    }
    regions
}

/// "Lower back, left: 7 of 10".
pub fn region_line(lang: Lang, region: Region, intensity: Intensity) -> String {
    fill(
        lang.text(Msg::FactLine),
        &[
            ("label", lang.text(Msg::Region(region))),
            ("value", &out_of_ten(lang, intensity.value())),
        ],
    )
}

/// A precaution code in plain language, its question or region filled in.
pub fn precaution_text(lang: Lang, code: Precaution) -> String {
    let (question, region) = match code {
        Precaution::TellTherapist(question) => (lang.text(Msg::Question(question)), ""),
        Precaution::AvoidArea(region) => ("", lang.text(Msg::Region(region))),
        _ => ("", ""),
    };
    fill(
        lang.text(Msg::Precaution(code)),
        &[("question", question), ("region", region)],
    )
}

/// A question left without an answer, once, for the advice's and the summary's one list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Open {
    pub field: Field,
    /// A skipped follow-up on a finished check: the rules read it as "Not sure" (the careful
    /// reading), which can change the advice; any other question is simply not answered.
    pub read_unsure: bool,
}

/// The safety questions left open, in spec order (the optional history questions are not
/// among them: their answers are told when given).
pub fn open_questions(intake: &Intake, advice: &Advice) -> Vec<Open> {
    let (readings, improved) = intake.readings();
    advice
        .unanswered_safety()
        .map(|field| Open {
            field,
            read_unsure: match field {
                Field::Answer(question) => readings.get(question) == Some(Answer::Unsure),
                Field::ImprovedAfterMassage => improved == Some(Answer::Unsure),
                _ => false,
            },
        })
        .collect()
}

/// An open question as one line: its words, and the tag when it was read as "Not sure".
pub fn open_line(lang: Lang, open: Open) -> String {
    let label = field_label(lang, open.field);
    if open.read_unsure {
        fill(
            lang.text(Msg::Tagged),
            &[("text", label), ("tag", lang.text(Msg::ReadAsUnsure))],
        )
    } else {
        label.to_owned()
    }
}

/// The techniques to avoid, grouped by the reason that rules them out (its words: two timing
/// rules share one), in the order the reasons first appear, each with the first rule that gave
/// it: eight techniques excluded by pregnancy make one line, not eight.
pub fn avoid_groups(lang: Lang, advice: &Advice) -> Vec<(Exclusion, Vec<Technique>)> {
    let mut groups: Vec<(Exclusion, Vec<Technique>)> = Vec::new();
    let because = |rule| lang.text(Msg::AvoidBecause(rule));
    for avoidance in &advice.avoid {
        let reason = because(avoidance.rule);
        match groups.iter_mut().find(|(rule, _)| because(*rule) == reason) {
            Some((_, techniques)) => techniques.push(avoidance.id),
            None => groups.push((avoidance.rule, vec![avoidance.id])),
        }
    }
    groups
}

/// The yes and not sure answers and the facts that made the shown rules fire, each once:
/// what to tell a doctor (a no that a rule needed, "no calf swelling", is not news to them).
pub fn told_facts(lang: Lang, intake: &Intake, advice: &Advice) -> Vec<String> {
    let mut facts: Vec<String> = Vec::new();
    let worth_telling = |field: &&Field| match field {
        Field::Answer(question) => intake.answer(*question).is_some_and(is_notable),
        Field::Region(_) => false,
        _ => true,
    };
    for reason in advice.shown_reasons() {
        for text in reason
            .fields
            .iter()
            .filter(worth_telling)
            .filter_map(|field| field_text(lang, intake, *field))
        {
            if !facts.contains(&text) {
                facts.push(text);
            }
        }
    }
    facts
}

/// The summary of a journey and its advice, in one language.
pub fn summarize(lang: Lang, intake: &Intake, advice: &Advice, emergency_number: &str) -> Summary {
    let number = [("number", emergency_number)];
    let fact = |field| field_text(lang, intake, field);

    let regions = regions_by_intensity(&intake.regions)
        .into_iter()
        .map(|(region, intensity)| region_line(lang, region, intensity))
        .collect();

    let about = [
        Field::Age,
        Field::DurationDays,
        Field::Onset,
        Field::Qualities,
        Field::Goals,
        Field::MassageSessionsForThisPain,
        Field::ImprovedAfterMassage,
    ]
    .into_iter()
    .filter_map(fact)
    .collect();

    let mut answers = Vec::new();
    let mut any_no = false;
    for (question, answer) in intake.answers.iter() {
        if !is_notable(answer) {
            any_no |= answer == Answer::No;
            continue;
        }
        answers.extend(fact(Field::Answer(question)));
        // The week belongs with the yes to "pregnant", not with the facts about the pain.
        if question == Question::Pregnant {
            answers.extend(fact(Field::PregnancyWeeks));
        }
    }
    // The two history questions are optional, on the About step: like the other optional
    // facts, they are told when answered and left out when not.
    let unanswered: Vec<String> = open_questions(intake, advice)
        .into_iter()
        .map(|open| open_line(lang, open))
        .collect();
    // "No to every other question" speaks of the safety questions, not of "did it help".
    let other_no = any_no
        && !advice
            .unanswered_safety()
            .any(|field| matches!(field, Field::Answer(_)));

    let mut reasons: Vec<String> = Vec::new();
    for reason in advice.shown_reasons() {
        // Several softened emergencies share one text; the therapist needs it once.
        let text = lang.text(Msg::RuleText(reason.rule));
        if !reasons.iter().any(|r| r == text) {
            reasons.push(text.to_owned());
        }
    }

    let techniques = advice
        .techniques
        .iter()
        .map(|suggestion| Named {
            name: lang.text(Msg::TechniqueName(suggestion.id)).to_owned(),
            why: suggestion
                .because
                .iter()
                .map(|id| lang.text(Msg::Indication(*id)).to_owned())
                .collect(),
        })
        .collect();
    let avoid = avoid_groups(lang, advice)
        .into_iter()
        .map(|(rule, techniques)| {
            let names = techniques
                .into_iter()
                .map(|id| lang.text(Msg::TechniqueName(id)));
            fill(
                lang.text(Msg::FactLine),
                &[
                    ("label", lang.text(Msg::AvoidBecause(rule))),
                    ("value", &join(lang, names).unwrap_or_default()),
                ],
            )
        })
        .collect();
    let precautions = advice
        .precautions
        .iter()
        .map(|note| precaution_text(lang, note.code))
        .collect();

    Summary {
        regions,
        about,
        other_no,
        answers,
        unanswered,
        emergency: advice.level == Level::Emergency,
        level: lang.text(Msg::LevelTitle(advice.level)).to_owned(),
        urgency: advice
            .urgency
            .map(|urgency: Urgency| fill(lang.text(Msg::UrgencyText(urgency)), &number)),
        reasons,
        techniques,
        avoid,
        precautions,
        rules: fill(
            lang.text(Msg::RulesVersion),
            &[
                ("painmap", crate::VERSION),
                ("version", &int_text(RULES_VERSION.into())),
            ],
        ),
        disclaimer: fill(lang.text(Msg::Disclaimer), &number),
    }
}

/// A section of the summary, each with its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The level, why, the techniques, what to avoid and tell, the rules' version.
    Advice,
    /// The painful areas.
    Where,
    /// The facts about the pain that were given.
    About,
    /// The yes and not sure answers, and what was left open.
    Answers,
}

impl Section {
    /// The section's heading.
    pub fn title(self) -> Msg {
        match self {
            Section::Advice => Msg::SummaryAdvice,
            Section::Where => Msg::SummaryWhere,
            Section::About => Msg::SummaryAbout,
            Section::Answers => Msg::SummaryAnswers,
        }
    }
}

/// What the answers section says, after its list, of the questions left open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Left<'a> {
    /// An emergency stopped the check: one line naming the questions it did not reach.
    Stopped(String),
    /// "Not answered:" and the questions, one a line.
    Listed(&'a [String]),
}

impl Summary {
    /// The sections in the order the screen shows them and the text copies them. An emergency
    /// leads with what to do; otherwise what the person said comes first. Before the safety
    /// check is through (`advised` false: the handle's `summary()` can be called at any step)
    /// there is no advice to pass on: a "massage is reasonable" with no red flag asked would
    /// mislead the therapist.
    pub fn sections(&self, advised: bool) -> impl Iterator<Item = Section> {
        [
            (advised && self.emergency, Section::Advice),
            (true, Section::Where),
            (!self.about.is_empty(), Section::About),
            (true, Section::Answers),
            (advised && !self.emergency, Section::Advice),
        ]
        .into_iter()
        .filter_map(|(shown, section)| shown.then_some(section))
    }

    /// The questions left open, as the answers section ends: `None` when there are none.
    pub fn left(&self, lang: Lang) -> Option<Left<'_>> {
        if self.emergency {
            stopped_line(lang, &self.unanswered).map(Left::Stopped)
        } else {
            (!self.unanswered.is_empty()).then_some(Left::Listed(&self.unanswered))
        }
    }

    /// The plain text for "Copy summary" and "Share": title, clinic, date, then each section
    /// under its heading, the lists as "- " lines, and the disclaimer last.
    pub fn text(&self, lang: Lang, advised: bool, date: &str, clinic: Option<&str>) -> String {
        let mut text = String::with_capacity(2048);
        line(&mut text, lang.text(Msg::StepTitle(Step::Summary)));
        if let Some(clinic) = clinic.filter(|name| !name.trim().is_empty()) {
            line(&mut text, clinic);
        }
        line(
            &mut text,
            &fill(lang.text(Msg::SummaryDate), &[("date", date)]),
        );
        for section in self.sections(advised) {
            heading(&mut text, lang.text(section.title()));
            match section {
                Section::Advice => advice_section(&mut text, lang, self),
                Section::Where => items(&mut text, &self.regions),
                Section::About => items(&mut text, &self.about),
                Section::Answers => {
                    items(&mut text, &self.answers);
                    if self.other_no {
                        line(&mut text, lang.text(Msg::SummaryOtherNo));
                    }
                    match self.left(lang) {
                        Some(Left::Stopped(stopped)) => line(&mut text, &stopped),
                        Some(Left::Listed(open)) => {
                            line(&mut text, lang.text(Msg::UnansweredIntro));
                            items(&mut text, open);
                        }
                        None => {}
                    }
                }
            }
        }
        text.push('\n');
        text.push_str(&self.disclaimer);
        text.push('\n');
        text
    }
}

/// [`Summary::text`] for a journey as it stands: the advice only once the person has reached it.
pub fn summary_text(
    lang: Lang,
    state: &AppState,
    advice: &Advice,
    date: &str,
    clinic: Option<&str>,
    emergency_number: &str,
) -> String {
    summarize(lang, &state.intake, advice, emergency_number).text(
        lang,
        state.step >= Step::Advice,
        date,
        clinic,
    )
}

/// After an emergency answer the check stopped: the questions it did not reach, in one line
/// rather than thirty above the advice. `None` when there are none.
pub fn stopped_line(lang: Lang, unanswered: &[String]) -> Option<String> {
    if unanswered.is_empty() {
        return None;
    }
    // Many questions hold commas of their own: a semicolon keeps them apart.
    Some(fill(
        lang.text(Msg::UnansweredStopped),
        &[("questions", &unanswered.join("; "))],
    ))
}

/// The advice section's body, under its heading.
fn advice_section(text: &mut String, lang: Lang, summary: &Summary) {
    line(text, &summary.level);
    if let Some(urgency) = &summary.urgency {
        line(text, urgency);
    }
    if !summary.reasons.is_empty() {
        line(text, lang.text(Msg::WhyTitle));
        items(text, &summary.reasons);
    }
    if !summary.techniques.is_empty() {
        line(text, lang.text(Msg::TechniquesTitle));
        for technique in &summary.techniques {
            text.push_str("- ");
            line(text, &technique.name);
            for why in &technique.why {
                text.push_str("  - ");
                line(text, why);
            }
        }
    }
    for (title, list) in [
        (Msg::AvoidTitle, &summary.avoid),
        (Msg::TellTherapistTitle, &summary.precautions),
    ] {
        if !list.is_empty() {
            line(text, lang.text(title));
            items(text, list);
        }
    }
    line(text, &summary.rules);
}

fn line(text: &mut String, words: &str) {
    text.push_str(words);
    text.push('\n');
}

/// A blank line, then the heading: sections stay apart in a messaging app or an e-mail.
fn heading(text: &mut String, words: &str) {
    text.push('\n');
    line(text, words);
}

fn items(text: &mut String, lines: &[String]) {
    for item in lines {
        text.push_str("- ");
        line(text, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advise;
    use crate::journey::Action;
    use crate::model::{DurationChoice, Onset};

    fn level(value: u8) -> Intensity {
        Intensity::new(value).unwrap()
    }

    /// A journey through to the summary: two regions, the required facts, "None of these" on
    /// every checklist except one "not sure".
    fn journey() -> AppState {
        [
            Action::SetIntensity(Region::Neck, level(3)),
            Action::SetIntensity(Region::LowerBackLeft, level(7)),
            Action::SetIntensity(Region::HipRight, level(3)),
            Action::Next,
            // The neck is marked: "None of these" answers its signs too.
            Action::NoneOfRest,
            Action::SetDuration(DurationChoice::UpTo3Days),
            Action::SetOnset(Onset::Gradual),
            Action::SetAge(Some(41)),
            Action::SetSessions(0),
            Action::Answer(Question::SimilarPainBefore, Some(Answer::No)),
            Action::Answer(Question::SeenDoctorForThisPain, Some(Answer::No)),
            Action::Next,
            Action::NoneOfRest,
            Action::NoneOfRest,
            Action::NoneOfRest,
            Action::Answer(Question::VaricoseVeins, Some(Answer::Unsure)),
            Action::NoneOfRest,
            Action::Next,
        ]
        .into_iter()
        .fold(AppState::default(), |state, action| state.apply(action))
    }

    #[test]
    fn regions_are_listed_highest_first_ties_in_spec_order() {
        let state = journey();
        assert_eq!(state.step, Step::Summary);
        assert_eq!(
            regions_by_intensity(state.map()),
            vec![
                (Region::LowerBackLeft, level(7)),
                (Region::Neck, level(3)),
                (Region::HipRight, level(3)),
            ]
        );
        let summary = summarize(Lang::En, &state.intake, &state.advice(), "112");
        assert_eq!(summary.regions.len(), 3);
        assert_eq!(
            summary.regions.first(),
            Some(&region_line(Lang::En, Region::LowerBackLeft, level(7)))
        );
    }

    #[test]
    fn before_the_advice_step_the_summary_gives_no_advice() {
        let state = journey().apply(Action::GoTo(Step::About));
        let text = summary_text(Lang::En, &state, &state.advice(), "today", None, "112");
        assert!(text.contains(Lang::En.text(Msg::SummaryWhere)));
        assert!(!text.contains(Lang::En.text(Msg::SummaryAdvice)), "{text}");
        assert!(text.contains("112"), "the disclaimer stays");
    }

    #[test]
    fn only_what_was_answered_is_told() {
        let state = journey();
        let advice = state.advice();
        let summary = summarize(Lang::En, &state.intake, &advice, "112");
        let fact = |field| field_text(Lang::En, &state.intake, field).unwrap();
        assert_eq!(
            summary.about,
            vec![
                fact(Field::Age),
                fact(Field::DurationDays),
                fact(Field::Onset),
                fact(Field::MassageSessionsForThisPain)
            ]
        );
        assert_eq!(
            summary.answers,
            vec![fact(Field::Answer(Question::VaricoseVeins))],
            "only the not sure"
        );
        assert!(summary.other_no);
        assert!(summary.unanswered.is_empty());
        assert_eq!(summary.precautions.len(), advice.precautions.len());
        assert_eq!(summary.techniques.len(), advice.techniques.len());
        assert_eq!(summary.avoid.len(), avoid_groups(Lang::En, &advice).len());
        assert!(
            !summary.techniques.is_empty(),
            "a massage level suggests one"
        );
        assert_eq!(summary.urgency, None);
    }

    #[test]
    fn pregnancy_weeks_follow_the_yes_to_pregnant() {
        let state = journey()
            .apply(Action::Answer(Question::Pregnant, Some(Answer::Yes)))
            .apply(Action::SetPregnancyWeeks(Some(20)))
            .apply(Action::Answer(
                Question::PregnancyComplications,
                Some(Answer::No),
            ));
        let summary = summarize(Lang::En, &state.intake, &state.advice(), "112");
        let fact = |field| field_text(Lang::En, &state.intake, field).unwrap();
        assert_eq!(
            summary.answers,
            vec![
                fact(Field::Answer(Question::Pregnant)),
                fact(Field::PregnancyWeeks),
                fact(Field::Answer(Question::VaricoseVeins)),
            ]
        );
    }

    #[test]
    fn an_unfinished_form_lists_what_was_not_answered() {
        let mut intake = Intake::default();
        intake.regions.set(Region::Sacrum, level(9));
        intake
            .answers
            .set(Question::SaddleNumbness, Some(Answer::Yes));
        let advice = advise(&intake);
        let summary = summarize(Lang::En, &intake, &advice, "999");
        assert!(!summary.other_no);
        assert_eq!(summary.unanswered.len(), advice.unanswered_safety().count());
        assert!(summary.about.is_empty());
        assert!(summary.urgency.is_some());
        assert!(summary.techniques.is_empty());
    }

    #[test]
    fn the_text_has_every_section_in_order_and_no_placeholder() {
        let state = journey();
        let advice = state.advice();
        let text = summary_text(
            Lang::En,
            &state,
            &advice,
            "9 March 2026",
            Some("Sunrise Massage"),
            "112",
        );
        assert!(!text.contains('{'), "{text}");
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {text}"))
        };
        let where_heading = format!("\n\n{}\n", Lang::En.text(Msg::SummaryWhere));
        assert!(at("Sunrise Massage") < at(&where_heading));
        assert!(text.ends_with('\n'));
        // Three regions, three facts, one answer, at least one technique.
        assert!(text.matches("\n- ").count() >= 8, "{text}");
        let without_clinic = summary_text(Lang::En, &state, &advice, "today", Some(" "), "112");
        assert!(!without_clinic.contains("\n \n"));
    }

    #[test]
    fn the_english_text_reads_as_a_therapist_expects() {
        // Meaningful once the English catalog has the summary's messages; until then every
        // template reads "…" and there is nothing to read.
        if Lang::En.text(Msg::FactLine) == "…" {
            return;
        }
        let state = journey();
        let text = summary_text(
            Lang::En,
            &state,
            &state.advice(),
            "9 March 2026",
            None,
            "112",
        );
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {text}"))
        };
        assert!(at("9 March 2026") < at("Lower back, left: 7 of 10"));
        assert!(at("Lower back, left: 7 of 10") < at("Neck: 3 of 10"));
        assert!(at("Neck: 3 of 10") < at("Hip, right: 3 of 10"));
        assert!(text.contains("41"));
        assert!(at(Lang::En.text(Msg::SummaryOtherNo)) > at("41"));
    }

    #[test]
    fn the_advice_names_the_rules_that_gave_it_in_every_language() {
        let state = journey();
        let advice = state.advice();
        for (lang, words) in [
            (Lang::En, "Advice by painmap {}, rules version "),
            (Lang::Es, "Recomendación de painmap {}, reglas versión "),
        ] {
            let words = words.replace("{}", env!("CARGO_PKG_VERSION"));
            let version = format!("{words}{RULES_VERSION}");
            assert_eq!(
                summarize(lang, &state.intake, &advice, "112").rules,
                version
            );
            let text = summary_text(lang, &state, &advice, "today", None, "112");
            let at = |needle: &str| {
                text.find(needle)
                    .unwrap_or_else(|| panic!("{needle} in {text}"))
            };
            let advice_heading = format!("\n\n{}\n", lang.text(Msg::SummaryAdvice));
            assert!(at(&advice_heading) < at(&version), "{text}");
            assert!(at(&version) < at(&summary_text_disclaimer(lang)), "{text}");
            // No advice before the safety check is through, so no rules named either.
            let early = journey().apply(Action::GoTo(Step::About));
            let text = summary_text(lang, &early, &early.advice(), "today", None, "112");
            assert!(!text.contains(&version), "{text}");
        }
    }

    /// The disclaimer as the summary ends it.
    fn summary_text_disclaimer(lang: Lang) -> String {
        fill(lang.text(Msg::Disclaimer), &[("number", "112")])
    }

    #[test]
    fn answers_to_follow_ups_read_as_answered_questions() {
        let state = journey()
            .apply(Action::Answer(
                Question::BloodClotHistory,
                Some(Answer::Yes),
            ))
            .apply(Action::Answer(
                Question::CalfSwellingNow,
                Some(Answer::Unsure),
            ))
            .apply(Action::Answer(
                Question::SimilarPainBefore,
                Some(Answer::Yes),
            ));
        for &lang in Lang::ALL {
            let text = summary_text(lang, &state, &state.advice(), "today", None, "112");
            let calf = format!(
                "- {} {}\n",
                lang.text(Msg::Question(Question::CalfSwellingNow)),
                lang.text(Msg::Answer(Answer::Unsure))
            );
            assert!(text.contains(&calf), "{text}");
            assert!(!text.contains("?:"), "{text}");
        }
    }

    #[test]
    fn what_to_tell_the_therapist_is_not_prefixed_by_its_heading_again() {
        let state = journey();
        for &lang in Lang::ALL {
            let text = summary_text(lang, &state, &state.advice(), "today", None, "112");
            let varicose = format!("- {}\n", lang.text(Msg::Question(Question::VaricoseVeins)));
            assert!(text.contains(&varicose), "{text}");
            let heading = lang.text(Msg::TellTherapistTitle);
            assert_eq!(text.matches(heading).count(), 1, "{text}");
        }
    }

    #[test]
    fn a_skipped_did_the_massages_help_is_told_as_unanswered() {
        let state = journey().apply(Action::SetSessions(3));
        assert_eq!(state.intake.improved_after_massage, None);
        let advice = state.advice();
        let summary = summarize(Lang::En, &state.intake, &advice, "112");
        // Skipped on a finished check, it is read as "not sure", and says so.
        assert_eq!(
            summary.unanswered,
            vec![format!(
                "{} ({})",
                Lang::En.text(Msg::ImprovedQuestion),
                Lang::En.text(Msg::ReadAsUnsure)
            )]
        );
        assert!(summary.other_no, "every safety question was answered");
        let answered = state.apply(Action::SetImproved(Answer::Yes));
        let summary = summarize(Lang::En, &answered.intake, &answered.advice(), "112");
        assert!(summary.unanswered.is_empty());
    }

    #[test]
    fn precautions_name_their_question_or_region() {
        for code in [
            Precaution::TellTherapist(Question::VaricoseVeins),
            Precaution::AvoidArea(Region::CalfLeft),
            Precaution::PressureLight,
        ] {
            assert!(!precaution_text(Lang::En, code).contains('{'));
        }
    }
}
