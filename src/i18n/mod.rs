//! The message catalog: every word the widget shows a person, keyed by [`Msg`].
//!
//! One file per language, each an exhaustive `match` over [`Msg`], so a language that lacks a
//! message does not compile. Templates use named `{placeholders}` filled by [`fill`], which
//! leaves word order to the translator.

pub mod describe;
mod en;

use crate::engine::{Level, Precaution, Technique, Urgency};
use crate::model::{Answer, Band, DurationChoice, Goal, Onset, Quality, Question, Region, Screen};
use crate::state::Step;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 tag, for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Reads a BCP 47 tag such as `en` or `en-GB`; the region part is ignored.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The text of one message in this language.
    pub fn text(self, msg: Msg) -> &'static str {
        match self {
            Lang::En => en::text(msg),
        }
    }
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
    /// `{n}`, `{total}`: "Step 2 of 5".
    StepOf,
    /// The heading of each step ("Where does it hurt?", "About your pain", "Safety check",
    /// "Your advice", "Summary for your therapist").
    StepTitle(Step),
    Back,
    Next,
    /// Next on the safety step.
    SeeAdvice,
    /// Next on the advice step.
    ToSummary,
    StartOver,
    ConfirmStartOver,
    ConfirmStartOverYes,
    ConfirmStartOverNo,
    /// The language switch's label.
    LanguageLabel,
    /// A language's own name ("English", "Español"), the same in every catalog.
    LangName(Lang),
    /// Above the list of what a step still needs.
    NeedsIntro,
    /// The map step's need.
    NeedRegion,
    NeedAge,
    NeedDuration,
    NeedOnset,
    /// A checklist with nothing ticked.
    NeedChecklist,
    /// A follow-up without an answer.
    NeedAnswer,
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
    /// The age field holds something that is not an age from 1 to 120.
    AgeInvalid,
    QualitiesQuestion,
    Quality(Quality),
    GoalsQuestion,
    Goal(Goal),
    /// Under a multiple-choice question.
    ChooseAny,
    /// Marks an optional question.
    Optional,
    SessionsQuestion,
    /// Sessions chips: 0, 1, 2, "3 or more" (the value 3).
    Sessions(u8),
    ImprovedQuestion,
    /// yes / no / unsure, as answer buttons ("Yes", "No", "Not sure").
    Answer(Answer),

    // ── Safety check ─────────────────────────────────────────────────────────────────────
    SafetyHint,
    /// Each checklist's heading (History is not a checklist: its two questions are on the
    /// About step).
    Checklist(Screen),
    /// Under each checklist's heading.
    ChecklistHint(Screen),
    NoneOfThese,
    /// A question's plain wording (clinical-rules §1). Checklist items read as statements
    /// ("a high temperature…"); history questions and follow-ups, which stand alone with
    /// Yes / No / Not sure buttons, read as questions ("Have you had pain like this before?").
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
    /// A fired rule in plain language, keyed by rule id (E_…, D_…, P_…, U_UNSURE_EMERGENCY).
    RuleText(&'static str),
    /// Before the answers that made a rule fire.
    BecauseYouSaid,
    /// Before the inputs a rule read at their cautious default.
    AssumedIntro,
    Sources,
    TechniquesTitle,
    TechniquesIntro,
    TechniqueName(Technique),
    /// What the technique is (clinical-rules §7).
    TechniqueWhat(Technique),
    /// What it may help with.
    TechniqueHelps(Technique),
    /// Before the indications that matched.
    WhyForYou,
    /// An indication (T_… id) as a reason for this person.
    Indication(&'static str),
    AvoidTitle,
    /// Why a technique is avoided, keyed by the P_… rule or X_… timing id.
    AvoidBecause(&'static str),
    TellTherapistTitle,
    /// A precaution code in plain language; `{question}` / `{region}` for the coded ones.
    Precaution(Precaution),
    PrepareTitle,
    PrepareTips,
    ChooseTitle,
    ChooseTips,
    LongRunTitle,
    LongRunTips,
    /// §5: massage works best with staying active (massage levels).
    ActiveNote,
    /// Honest wording: massage may ease pain; it does not cure.
    EvidenceNote,
    /// §5: `{number}`.
    Disclaimer,
    /// Above the questions left unanswered (read at their cautious default).
    UnansweredIntro,
    /// Technique offered by the clinic: "Offered here".
    OfferedHere,
    /// Technique the clinic does not list: "Ask us".
    AskUs,
    /// `{clinic}`: the booking button.
    Book,
    BookGeneric,

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
    use crate::model::Intensity;

    fn every_message() -> Vec<Msg> {
        let mut all = vec![
            Msg::MapTitle,
            Msg::MapHint,
            Msg::SeenFromBehind,
            Msg::SideLeft,
            Msg::SideRight,
            Msg::ViewSwitchLabel,
            Msg::ViewMap,
            Msg::ViewList,
            Msg::DiagramLabel,
            Msg::ListLabel,
            Msg::ValueText,
            Msg::RegionPain,
            Msg::RegionNoPain,
            Msg::ControlQuestion,
            Msg::SliderLabel,
            Msg::LessPain,
            Msg::MorePain,
            Msg::Remove,
            Msg::Done,
            Msg::ScaleLabel,
            Msg::NothingMarked,
            Msg::MarkedOne,
            Msg::MarkedMany,
            Msg::ClearAll,
            Msg::ConfirmClear,
            Msg::ConfirmClearYes,
            Msg::ConfirmClearNo,
            Msg::AnnounceIntensity,
            Msg::AnnounceRemoved,
            Msg::AnnounceCleared,
        ];
        all.extend(Region::ALL.iter().copied().map(Msg::Region));
        all.extend(
            (0..=10)
                .filter_map(Intensity::new)
                .map(|i| Msg::Band(i.band())),
        );
        all
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for lang in Lang::ALL {
            for msg in every_message() {
                assert!(!lang.text(msg).trim().is_empty(), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn region_names_are_distinct() {
        for lang in Lang::ALL {
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
    fn templates_keep_their_placeholders_in_every_language() {
        let templates = [
            (Msg::ValueText, &["{n}", "{band}"][..]),
            (Msg::RegionPain, &["{n}", "{band}"][..]),
            (Msg::SliderLabel, &["{region}"][..]),
            (Msg::MarkedMany, &["{n}"][..]),
            (Msg::AnnounceIntensity, &["{region}", "{value}"][..]),
            (Msg::AnnounceRemoved, &["{region}"][..]),
        ];
        for lang in Lang::ALL {
            for (msg, names) in templates {
                for name in names {
                    assert!(
                        lang.text(msg).contains(name),
                        "{lang:?} {msg:?} lacks {name}"
                    );
                }
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
        assert_eq!(Lang::from_tag("xx"), None);
    }
}
