//! The message catalog: every word the widget shows a person, keyed by [`Msg`].
//!
//! One file per language, each an exhaustive `match` over [`Msg`], so a language that lacks a
//! message does not compile. Templates use named `{placeholders}` filled by [`fill`], which
//! leaves word order to the translator.
//!
//! Adding a language is adding its catalog file, `xx.rs` for the tag `xx`: the core's build
//! script finds it and writes [`Lang`] (see `build.rs` for the rule), and the tests then check
//! that every message has text and keeps English's placeholders.

pub mod describe;
pub mod table;

use crate::engine::{Exclusion, Indication, Level, Precaution, RuleId, Technique, Urgency};
use crate::model::{Answer, Band, DurationChoice, Goal, Onset, Quality, Question, Region, Screen};
use crate::step::Step;

// `Lang`, one `mod lang_<tag>` per catalog the build carries, `Lang::TAG_LIST`, `Lang::name`,
// `Lang::loader` and `STAMP`.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Default for Lang {
    /// English, the language of the rules and of a browser whose languages painmap lacks.
    fn default() -> Lang {
        Lang::En
    }
}

impl Lang {
    /// The BCP 47 tag, for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        self.id()
    }

    /// Reads a BCP 47 tag such as `en` or `en-GB`; the region part is ignored.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The text of one message in this language: from its catalog when the build carries
    /// it, else from its text table once that is read (see [`table`]), else English's, so a
    /// missing table shows words rather than nothing.
    pub fn text(self, msg: Msg) -> &'static str {
        self.built_in(msg)
            .or_else(|| table::lookup(self, msg))
            .unwrap_or_else(|| lang_en::text(msg))
    }

    /// Whether the language can speak now: its catalog is built in or its table is read.
    pub fn is_ready(self) -> bool {
        self.built_in(Msg::AppTitle).is_some() || table::is_installed(self)
    }
}

/// What the loader (`www/painmap-embed.js`) says in the widget's box when the widget itself
/// cannot: before the wasm runs, or after it failed. The loader holds a copy that
/// `tests/languages.rs` writes from these; a struct beside [`Msg`] rather than messages in it,
/// so the wasm, which never shows them, does not carry them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoaderTexts {
    /// The widget could not load: what to do.
    pub failed: &'static str,
    /// The widget crashed and started again from its saved journey.
    pub restarted: &'static str,
    /// The same, for a widget with no saved journey.
    pub restarted_fresh: &'static str,
    /// It crashed again soon after, so it stopped: reload.
    pub stopped: &'static str,
    /// The button that reloads the page.
    pub reload: &'static str,
}

/// Every message id. Templates name their placeholders in the doc comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    MapTitle,
    MapHint,
    SeenFromBehind,
    SideLeft,
    SideRight,
    ViewSwitchLabel,
    ViewMap,
    ViewList,
    DiagramLabel,
    ListLabel,
    Region(Region),
    Band(Band),
    /// `{n}`, `{band}`: the slider's spoken value, e.g. "7, Severe".
    ValueText,
    /// `{n}`, `{band}`: a marked region's state, e.g. "Pain 7 of 10, Severe".
    RegionPain,
    RegionNoPain,
    ControlQuestion,
    /// `{region}`: the slider's name.
    SliderLabel,
    LessPain,
    MorePain,
    Remove,
    Done,
    ScaleLabel,
    /// The name of the control's row of number buttons.
    NumbersLabel,
    /// Said in the control when Done is tapped with no value set.
    ChooseNumber,
    NothingMarked,
    MarkedOne,
    /// `{n}`: how many regions are marked.
    MarkedMany,
    ClearAll,
    ConfirmClear,
    ConfirmClearYes,
    ConfirmClearNo,
    /// `{region}`, `{value}`: announced when an intensity changes.
    AnnounceIntensity,
    /// `{region}`: announced when a region is cleared.
    AnnounceRemoved,
    AnnounceCleared,

    // ── The journey's frame ──────────────────────────────────────────────────────────────
    /// The widget's name, above the progress indicator.
    AppTitle,
    /// `{n}`, `{total}`: "Step 2 of 9".
    StepOf,
    /// The heading of each step ("Where does it hurt?", "Emergency signs", "About your pain",
    /// "Your health" (three screens), "What your therapist must know", "Your advice",
    /// "Summary for your therapist").
    StepTitle(Step),
    /// `{title}`, `{n}`, `{total}`: the heading of one of several screens that share it,
    /// "Your health (1 of 3)".
    StepPart,
    Back,
    Next,
    /// Next on the last question screen.
    SeeAdvice,
    /// Next on the advice step.
    ToSummary,
    StartOver,
    ConfirmStartOver,
    ConfirmStartOverYes,
    ConfirmStartOverNo,
    /// The language switch's label.
    LanguageLabel,
    /// `{language}` (its own name): a language's words could not be downloaded.
    LanguageFailed,
    /// Above the list of what a step still needs.
    NeedsIntro,
    /// The map step's need.
    NeedRegion,
    NeedAge,
    NeedDuration,
    NeedOnset,
    /// How many massages, not chosen.
    NeedSessions,
    /// Beside a Yes / No / Not sure question without an answer.
    NeedAnswer,
    /// Before the list of questions on the step that still need an answer.
    NeedsAnswerIntro,
    /// `{n}` (4 or more): how many questions on the step still need an answer.
    NeedsAnswerCount,
    /// `{level}`: announced when the advice appears.
    AnnounceAdvice,
    /// Shown while a region is selected and the person has not set an intensity.
    RequiredMark,

    // ── About your pain ──────────────────────────────────────────────────────────────────
    AboutHint,
    DurationQuestion,
    Duration(DurationChoice),
    OnsetQuestion,
    Onset(Onset),
    AgeQuestion,
    /// Under the age field: "In years".
    AgeHint,
    /// The age field holds something that is not an age from 0 to 110 (the rules' range).
    AgeInvalid,
    QualitiesQuestion,
    Quality(Quality),
    GoalsQuestion,
    Goal(Goal),
    /// Under a multiple-choice question.
    ChooseAny,
    SessionsQuestion,
    /// Sessions chips: 0, 1, 2, "3 or more" (the value 3).
    Sessions(u8),
    ImprovedQuestion,
    /// yes / no / unsure, as answer buttons ("Yes", "No", "Not sure").
    Answer(Answer),

    // ── The question screens ─────────────────────────────────────────────────────────────
    /// One sentence under the heading of a question screen, by the spec's screen (History's
    /// questions are on the About step, without it).
    ChecklistHint(Screen),
    /// Answers every open question on the screen no and moves on, when none is answered yet.
    NoneOfThese,
    /// The same, once some are answered.
    NoToTheRest,
    /// A question's plain wording (docs/rules.md). The signs read as statements ("a high
    /// temperature…") under a hint that asks whether they apply; history questions and
    /// follow-ups read as questions ("Have you had pain like this before?").
    Question(Question),
    PregnancyWeeksQuestion,
    PregnancyWeeksHint,
    PregnancyWeeksInvalid,

    // ── Your advice ──────────────────────────────────────────────────────────────────────
    /// The banner's headline per level ("See a doctor first").
    LevelTitle(Level),
    /// One sentence on what the level means for the person.
    LevelText(Level),
    /// `{number}` for Immediate: what to do and how soon ("See a doctor today.").
    UrgencyText(Urgency),
    /// `{number}`: the emergency call button.
    CallEmergency,
    WhyTitle,
    /// A fired rule in plain language, keyed by rule id (E_…, D_…, P_…, U_…): what the sign
    /// may mean and why it matters. Shown as it is (no placeholders), so it names "the
    /// emergency number" rather than a number.
    RuleText(RuleId),
    /// Before the answers that made a rule fire.
    BecauseYouSaid,
    /// Before the inputs a rule read at their cautious default.
    AssumedIntro,
    Sources,
    TechniquesTitle,
    TechniquesIntro,
    TechniqueName(Technique),
    /// What the technique is (docs/rules.md).
    TechniqueWhat(Technique),
    /// What it may help with.
    TechniqueHelps(Technique),
    /// Before the indications that matched.
    WhyForYou,
    /// An indication (T_… id) as a reason for this person ("You want to relax"); no final
    /// full stop.
    Indication(Indication),
    AvoidTitle,
    /// Why a technique is avoided, keyed by the P_… rule or X_… timing id; no final full
    /// stop.
    AvoidBecause(Exclusion),
    TellTherapistTitle,
    /// A precaution code in plain language. Two are templates: `AvoidArea(r)` takes
    /// `{region}` (fill with the text of `Msg::Region(r)`), `TellTherapist(q)` takes
    /// `{question}` (fill with the text of `Msg::Question(q)`; the list's heading already
    /// says "Tell your therapist"); the others have none.
    Precaution(Precaution),
    PrepareTitle,
    /// Tips, one per line: split on '\n' and show one bullet per line (also ChooseTips and
    /// LongRunTips).
    PrepareTips,
    ChooseTitle,
    ChooseTips,
    LongRunTitle,
    LongRunTips,
    /// Massage works best with staying active (massage levels; docs/rules.md).
    ActiveNote,
    /// Honest wording: massage may ease pain; it does not cure.
    EvidenceNote,
    /// Always shown (docs/rules.md): `{number}`.
    Disclaimer,
    /// Above the questions left unanswered (read at their cautious default).
    UnansweredIntro,
    /// `{questions}`: after an emergency answer, the questions the check did not reach, in
    /// one line (joined by "; ") after the advice.
    UnansweredStopped,
    /// The short tag on an open question that the rules read as "Not sure".
    ReadAsUnsure,
    /// `{text}`, `{tag}`: a line with its tag, in plain text ("… (counted as Not sure)").
    Tagged,
    /// "See a doctor first": what to do next, a heading.
    NextTitle,
    /// Above the answers to tell the doctor.
    NextTellDoctor,
    /// Take the summary along: printed, shared or copied.
    NextTakeSummary,
    /// When to come back to massage.
    NextComeBack,
    /// Technique offered by the clinic: "Offered here".
    OfferedHere,
    /// Technique the clinic does not list: "Ask us".
    AskUs,
    /// `{clinic}`: the booking button.
    Book,
    BookGeneric,
    /// `{phone}`: the clinic's phone number, as a `tel:` link beside the booking button.
    CallClinic,

    // ── Summary for your therapist ──────────────────────────────────────────────────────
    SummaryIntro,
    /// `{date}`.
    SummaryDate,
    SummaryWhere,
    SummaryAbout,
    SummaryAnswers,
    /// After the yes / not sure answers: every other question was answered no.
    SummaryOtherNo,
    SummaryAdvice,
    CopySummary,
    Copied,
    CopyFailed,
    Share,
    Print,
    /// The shared text's title.
    ShareTitle,
    /// `{n}`: "7 of 10".
    OutOfTen,
    /// `{label}`, `{value}`: one line of facts ("Age: 52").
    FactLine,
    /// `{question}`, `{answer}`: the answer to a question that reads as a question (a
    /// follow-up or a history question), where a FactLine would give "…?: Yes".
    AnsweredQuestion,
    /// `{version}`: which clinical rules produced the advice, in the summary's advice
    /// section, so a clinic can tell a printed summary's rules apart.
    RulesVersion,
    /// Labels of the facts in the summary and in "Because you said".
    FactAge,
    FactDuration,
    FactOnset,
    FactQualities,
    FactGoals,
    FactPregnancyWeeks,
    FactSessions,
    FactImproved,
    /// `{n}` days, for a duration that is not one of the choices.
    Days,
    /// Between list items.
    ListSeparator,
}

/// Replaces each `{name}` in `template` by its value. Unknown placeholders stay visible, so a
/// translation mistake shows up in review instead of silently dropping words.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // `split_once` rather than slicing: no panic path, so no panic message code in the wasm.
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, tail)) = rest.split_once('{') {
        text.push_str(before);
        let Some((name, after)) = tail.split_once('}') else {
            text.push('{');
            rest = tail;
            break;
        };
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => text.push_str(value),
            None => {
                text.push('{');
                text.push_str(name);
                text.push('}');
            }
        }
        rest = after;
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::RULES;

    use table::{every_message, every_precaution};

    /// The `{name}` placeholders of a template, sorted.
    fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some((_, tail)) = rest.split_once('{') {
            let Some((name, after)) = tail.split_once('}') else {
                break;
            };
            names.push(name);
            rest = after;
        }
        names.sort_unstable();
        names
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for &lang in Lang::ALL {
            for msg in every_message() {
                assert!(!lang.text(msg).trim().is_empty(), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn every_language_keeps_the_placeholders_of_english() {
        for msg in every_message() {
            let english = placeholders(Lang::En.text(msg));
            for &lang in Lang::ALL {
                assert_eq!(placeholders(lang.text(msg)), english, "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn templates_name_their_placeholders() {
        let templates = [
            (Msg::ValueText, &["band", "n"][..]),
            (Msg::RegionPain, &["band", "n"][..]),
            (Msg::SliderLabel, &["region"][..]),
            (Msg::MarkedMany, &["n"][..]),
            (Msg::AnnounceIntensity, &["region", "value"][..]),
            (Msg::AnnounceRemoved, &["region"][..]),
            (Msg::StepOf, &["n", "total"][..]),
            (Msg::AnnounceAdvice, &["level"][..]),
            (Msg::UrgencyText(Urgency::Immediate), &["number"][..]),
            (Msg::CallEmergency, &["number"][..]),
            (Msg::Disclaimer, &["number"][..]),
            (Msg::Book, &["clinic"][..]),
            (Msg::SummaryDate, &["date"][..]),
            (Msg::OutOfTen, &["n"][..]),
            (Msg::FactLine, &["label", "value"][..]),
            (Msg::AnsweredQuestion, &["answer", "question"][..]),
            (Msg::RulesVersion, &["painmap", "version"][..]),
            (Msg::Days, &["n"][..]),
            (
                Msg::Precaution(Precaution::AvoidArea(Region::CalfLeft)),
                &["region"][..],
            ),
            (
                Msg::Precaution(Precaution::TellTherapist(Question::Pregnant)),
                &["question"][..],
            ),
        ];
        for (msg, names) in templates {
            assert_eq!(placeholders(Lang::En.text(msg)), names, "{msg:?}");
        }
    }

    #[test]
    fn questions_read_as_questions_exactly_where_they_stand_alone() {
        for &lang in Lang::ALL {
            for question in Question::ALL {
                let text = lang.text(Msg::Question(*question));
                assert_eq!(
                    text.ends_with('?'),
                    describe::reads_as_question(*question),
                    "{lang:?} {question:?}: {text}"
                );
                assert!(!text.contains("?:"), "{lang:?} {question:?}");
            }
        }
    }

    #[test]
    fn rule_texts_have_no_placeholders_and_name_no_helpline_number() {
        // The advice's "Why" shows a rule's text as it is, so a `{number}` would stay visible;
        // and 111 is a UK number, wrong for most people who read this.
        for &lang in Lang::ALL {
            for rule in RULES {
                let text = lang.text(Msg::RuleText(rule.id));
                assert!(placeholders(text).is_empty(), "{lang:?} {}", rule.id);
                assert!(!text.contains("111"), "{lang:?} {}", rule.id);
            }
        }
    }

    #[test]
    fn the_rules_advice_in_their_own_words() {
        use RuleId::*;
        let en = |id| Lang::En.text(Msg::RuleText(id));
        assert!(en(D_PREGNANCY_WARNING).contains("maternity unit or midwife now"));
        assert!(en(D_KNOWN_AAA_BACK).contains("aneurysm team about this back pain"));
        assert!(en(D_KNOWN_AAA).contains("no massage on the tummy"));
        assert!(en(D_CANCER_TREATMENT).contains("cancer team"));
        assert!(en(U_INCOMPLETE_SCREEN).contains("safety check is not finished"));
        assert!(en(U_UNSURE_EMERGENCY).contains("call the emergency number"));
        assert!(en(E_TRAUMA).contains("6 weeks"));
        let es = |id| Lang::Es.text(Msg::RuleText(id));
        assert!(es(U_UNSURE_EMERGENCY).contains("número de emergencias"));
        assert!(es(D_PREGNANCY_WARNING).contains("maternidad"));
    }

    #[test]
    fn pressure_precautions_say_how_firm() {
        let light = Lang::En.text(Msg::Precaution(Precaution::PressureLight));
        let gentle = Lang::En.text(Msg::Precaution(Precaution::PressureGentle));
        assert!(light.contains("Light touch") && light.contains("no firm pressure"));
        assert!(gentle.contains("Moderate") && gentle.contains("nothing that hurts"));
    }

    #[test]
    fn no_precaution_repeats_the_heading_it_is_listed_under() {
        for &lang in Lang::ALL {
            let heading = lang.text(Msg::TellTherapistTitle);
            for code in every_precaution() {
                let text = lang.text(Msg::Precaution(code));
                assert!(!text.contains(heading), "{lang:?} {code:?}: {text}");
            }
        }
    }

    #[test]
    fn duration_choices_are_distinct() {
        for &lang in Lang::ALL {
            let mut names: Vec<_> = DurationChoice::ALL
                .iter()
                .map(|c| lang.text(Msg::Duration(*c)))
                .collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), DurationChoice::ALL.len(), "{lang:?}");
        }
    }

    #[test]
    fn the_age_error_names_the_accepted_range() {
        for &lang in Lang::ALL {
            let text = lang.text(Msg::AgeInvalid);
            assert!(
                text.contains(" 0 ") && text.contains("110"),
                "{lang:?}: {text}"
            );
        }
    }

    #[test]
    fn region_names_are_distinct() {
        for &lang in Lang::ALL {
            let mut names: Vec<_> = Region::ALL
                .iter()
                .map(|r| lang.text(Msg::Region(*r)))
                .collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), Region::COUNT, "{lang:?}");
        }
    }

    #[test]
    fn tips_are_one_per_line() {
        for &lang in Lang::ALL {
            for msg in [Msg::PrepareTips, Msg::ChooseTips, Msg::LongRunTips] {
                let lines: Vec<&str> = lang.text(msg).split('\n').collect();
                assert!(lines.len() >= 3, "{lang:?} {msg:?}");
                assert!(lines.iter().all(|line| !line.trim().is_empty()));
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("{region}: {value}", &[("region", "Neck"), ("value", "3")]),
            "Neck: 3"
        );
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(fill("7 of 10", &[]), "7 of 10");
    }

    #[test]
    fn tags_ignore_the_region_subtag() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("xx"), None);
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
