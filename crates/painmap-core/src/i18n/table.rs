//! The words of a language that the wasm does not carry, as data: a text table written at
//! build time from the language's catalog file and read in the browser when the person needs
//! it, so a phone downloads one language's words before the first tap, not every language's.
//!
//! A table is records separated by `RS` (U+001E): first the core's [`STAMP`], then one record
//! per message, its [`key`] in decimal, `US` (U+001F) and its text. Keys rather than positions,
//! so a message that a table lacks falls back to English instead of shifting every text after
//! it; the stamp in the file's name and in its first record keeps a table from another build
//! out.

use super::{Lang, Msg};
use crate::engine::{Exclusion, Indication, Level, Precaution, RuleId, Technique, Urgency};
use crate::model::{Answer, Band, DurationChoice, Goal, Onset, Quality, Question, Region, Screen};
use crate::step::Step;
use std::cell::RefCell;

/// Between records.
const RS: char = '\u{1e}';
/// Between a record's key and its text.
const US: char = '\u{1f}';

pub use super::STAMP;

/// Lists every message once, and gives each a key: a plain message its place in the list, a
/// message with a parameter its variant's block (a multiple of 0x1000) plus the parameter's
/// place. One list for both, so a message cannot have a text in the catalog and none in the
/// table, and the `match` in [`key`] fails to compile when a `Msg` variant is missing here.
macro_rules! messages {
    (plain: [$($plain:ident),+ $(,)?], each: [$($each:ident($value:ident) in $values:expr => $part:expr),+ $(,)?] $(,)?) => {
        #[allow(clippy::enum_variant_names)]
        enum Plain { $($plain),+ }
        #[allow(clippy::enum_variant_names)]
        enum Each { $($each),+ }

        /// The message's key in a table.
        pub fn key(msg: Msg) -> u32 {
            match msg {
                $(Msg::$plain => Plain::$plain as u32,)+
                $(Msg::$each($value) => 0x1000 * (1 + Each::$each as u32) + $part,)+
            }
        }

        /// Every message, each parameterised one over every value of its parameter.
        pub fn every_message() -> Vec<Msg> {
            let mut all = vec![$(Msg::$plain),+];
            $(all.extend($values.into_iter().map(Msg::$each));)+
            all
        }
    };
}

messages! {
    plain: [
        MapTitle, MapHint, SeenFromBehind, SideLeft, SideRight, ViewSwitchLabel, ViewMap,
        ViewList, DiagramLabel, ListLabel, ValueText, RegionPain, RegionNoPain,
        ControlQuestion, SliderLabel, LessPain, MorePain, Remove, Done, ScaleLabel,
        NumbersLabel, ChooseNumber,
        NothingMarked, MarkedOne, MarkedMany, ClearAll, ConfirmClear, ConfirmClearYes,
        ConfirmClearNo, AnnounceIntensity, AnnounceRemoved, AnnounceCleared,
        AppTitle, StepOf, Back, Next, SeeAdvice, ToSummary, StartOver, ConfirmStartOver,
        ConfirmStartOverYes, ConfirmStartOverNo, LanguageLabel, LanguageFailed, NeedsIntro,
        NeedRegion, NeedAge, NeedDuration, NeedOnset, NeedSessions, NeedAnswer,
        NeedsAnswerIntro, NeedsAnswerCount, AnnounceAdvice, RequiredMark, StepPart,
        AboutHint, DurationQuestion, OnsetQuestion, AgeQuestion, AgeHint, AgeInvalid,
        QualitiesQuestion, GoalsQuestion, ChooseAny, SessionsQuestion,
        ImprovedQuestion,
        NoneOfThese, NoToTheRest, PregnancyWeeksQuestion, PregnancyWeeksHint,
        PregnancyWeeksInvalid,
        CallEmergency, WhyTitle, BecauseYouSaid, AssumedIntro, Sources, TechniquesTitle,
        TechniquesIntro, WhyForYou, AvoidTitle, TellTherapistTitle, PrepareTitle,
        PrepareTips, ChooseTitle, ChooseTips, LongRunTitle, LongRunTips, ActiveNote,
        EvidenceNote, Disclaimer, UnansweredIntro, UnansweredStopped, ReadAsUnsure,
        Tagged, NextTitle, NextTellDoctor, NextTakeSummary, NextComeBack, OfferedHere, AskUs,
        Book, BookGeneric, CallClinic,
        SummaryIntro, SummaryDate, SummaryWhere, SummaryAbout, SummaryAnswers,
        SummaryOtherNo, SummaryAdvice, CopySummary, Copied, CopyFailed, Share, Print,
        ShareTitle, OutOfTen, FactLine, AnsweredQuestion, RulesVersion, FactAge,
        FactDuration, FactOnset, FactQualities, FactGoals, FactPregnancyWeeks,
        FactSessions, FactImproved, Days, ListSeparator,
    ],
    each: [
        Region(v) in Region::ALL.iter().copied() => v as u32,
        Band(v) in Band::ALL.iter().copied() => v as u32,
        StepTitle(v) in Step::ALL.iter().copied() => v as u32,
        Duration(v) in DurationChoice::ALL.iter().copied() => v as u32,
        Onset(v) in Onset::ALL.iter().copied() => v as u32,
        Quality(v) in Quality::ALL.iter().copied() => v as u32,
        Goal(v) in Goal::ALL.iter().copied() => v as u32,
        Sessions(v) in 0..=3 => u32::from(v),
        Answer(v) in Answer::ALL.iter().copied() => v as u32,
        ChecklistHint(v) in Screen::ALL.iter().copied() => v as u32,
        Question(v) in Question::ALL.iter().copied() => v as u32,
        LevelTitle(v) in Level::ALL.iter().copied() => v as u32,
        LevelText(v) in Level::ALL.iter().copied() => v as u32,
        UrgencyText(v) in Urgency::ALL.iter().copied() => v as u32,
        RuleText(v) in RuleId::ALL.iter().copied() => v as u32,
        TechniqueName(v) in Technique::ALL.iter().copied() => v as u32,
        TechniqueWhat(v) in Technique::ALL.iter().copied() => v as u32,
        TechniqueHelps(v) in Technique::ALL.iter().copied() => v as u32,
        Indication(v) in Indication::ALL.iter().copied() => v as u32,
        AvoidBecause(v) in Exclusion::ALL.iter().copied() => v as u32,
        Precaution(v) in every_precaution() => precaution_part(v),
    ],
}

/// A precaution's place among the precautions: the plain ones first, then one block per
/// parameterised code.
fn precaution_part(code: Precaution) -> u32 {
    match code {
        Precaution::PressureLight => 0,
        Precaution::PressureGentle => 1,
        Precaution::NoForcefulStretching => 2,
        Precaution::AvoidAffectedSkin => 3,
        Precaution::PrenatalTrainedTherapist => 4,
        Precaution::OncologyTrainedTherapist => 5,
        Precaution::NoAbdominalWork => 6,
        Precaution::SideLyingPositioning => 7,
        Precaution::StopIfSymptomsWorsen => 8,
        Precaution::AvoidArea(region) => 0x100 + region as u32,
        Precaution::TellTherapist(question) => 0x400 + question as u32,
    }
}

/// Every precaution code.
pub fn every_precaution() -> Vec<Precaution> {
    let mut all = vec![
        Precaution::PressureLight,
        Precaution::PressureGentle,
        Precaution::NoForcefulStretching,
        Precaution::AvoidAffectedSkin,
        Precaution::PrenatalTrainedTherapist,
        Precaution::OncologyTrainedTherapist,
        Precaution::NoAbdominalWork,
        Precaution::SideLyingPositioning,
        Precaution::StopIfSymptomsWorsen,
    ];
    all.extend(Region::ALL.iter().copied().map(Precaution::AvoidArea));
    all.extend(Question::ALL.iter().copied().map(Precaution::TellTherapist));
    all
}

/// The table of `lang`'s words, from its catalog (the build writes one per language that the
/// wasm does not carry).
pub fn encode(lang: Lang) -> String {
    let mut table = String::from(STAMP);
    // In key order, so that the reader need not sort (the library sort is 2 KiB of wasm).
    let mut messages = every_message();
    messages.sort_by_key(|msg| key(*msg));
    for msg in messages {
        table.push(RS);
        table.push_str(&key(msg).to_string());
        table.push(US);
        table.push_str(lang.text(msg));
    }
    table
}

/// The name of `lang`'s table file, beside the wasm: the stamp in it makes every build's
/// tables a new file, so a host may cache them for good.
pub fn file_name(lang: Lang) -> String {
    ["painmap-", lang.tag(), ".", STAMP, ".txt"].concat()
}

/// A language's texts, sorted by key.
type Texts = Vec<(u32, &'static str)>;

/// The most a table may hold: about four times the longest the build writes (Spanish, 27
/// KiB), room for a language whose letters take more bytes. A page may hand the widget any
/// string; a table is kept for the page's life, so a bigger one is refused before it is read.
pub const MAX_BYTES: usize = 128 * 1024;

thread_local! {
    /// The tables read so far, each language's texts sorted by key. A table is read once and
    /// kept for the page's life (a few KiB per language), so its texts are `'static` like the
    /// built-in ones; one per language, so nothing a page does makes them grow.
    static TABLES: RefCell<Vec<(Lang, Texts)>> = const { RefCell::new(Vec::new()) };
}

/// Why a table was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Longer than [`MAX_BYTES`].
    TooLong,
    /// Its stamp is another build's (or it has none).
    OtherBuild,
    /// A record without a key, or keys out of order.
    NotATable,
}

impl Refused {
    /// What went wrong, for the console.
    pub fn text(self) -> &'static str {
        match self {
            Refused::TooLong => "the table is longer than any painmap writes",
            Refused::OtherBuild => "the table is another build's: use the one beside this wasm",
            Refused::NotATable => "the text is not a painmap word table",
        }
    }
}

/// Reads `lang`'s table, so that the language speaks. A table refused is dropped, not kept;
/// once a language speaks, later tables for it are dropped too (the first is kept: texts
/// already shown point into it).
pub fn install(lang: Lang, table: String) -> Result<(), Refused> {
    if is_installed(lang) {
        return Ok(());
    }
    if table.len() > MAX_BYTES {
        return Err(Refused::TooLong);
    }
    // Checked on the borrowed text first: only a table that reads is made to live for good.
    read(&table)?;
    let table: &'static str = Box::leak(table.into_boxed_str());
    let texts = read(table)?;
    TABLES.with_borrow_mut(|tables| tables.push((lang, texts)));
    Ok(())
}

/// A table's texts by key.
fn read(table: &str) -> Result<Vec<(u32, &str)>, Refused> {
    let mut records = table.split(RS);
    if records.next() != Some(STAMP) {
        return Err(Refused::OtherBuild);
    }
    let mut texts = Vec::new();
    for record in records {
        let key = record
            .split_once(US)
            .and_then(|(key, text)| Some((key.parse::<u32>().ok()?, text)));
        let Some((key, text)) = key else {
            return Err(Refused::NotATable);
        };
        // Written in key order: anything else is not one of this build's tables.
        if texts.last().is_some_and(|(last, _)| *last >= key) {
            return Err(Refused::NotATable);
        }
        texts.push((key, text));
    }
    Ok(texts)
}

/// Whether `lang`'s table has been read.
pub fn is_installed(lang: Lang) -> bool {
    TABLES.with_borrow(|tables| tables.iter().any(|(installed, _)| *installed == lang))
}

/// `msg` in `lang`, from its table, if that has been read and has the message.
pub(super) fn lookup(lang: Lang, msg: Msg) -> Option<&'static str> {
    let key = key(msg);
    TABLES.with_borrow(|tables| {
        let (_, texts) = tables.iter().find(|(installed, _)| *installed == lang)?;
        let at = texts.binary_search_by_key(&key, |(key, _)| *key).ok()?;
        texts.get(at).map(|(_, text)| *text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct() {
        let mut keys: Vec<u32> = every_message().into_iter().map(key).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }

    #[test]
    fn no_text_holds_a_separator() {
        for &lang in Lang::ALL {
            for msg in every_message() {
                assert!(!lang.text(msg).contains([RS, US]), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn a_table_read_back_says_what_the_catalog_says() {
        for &lang in Lang::ALL {
            let table = encode(lang);
            // A table of another build is refused.
            assert_eq!(
                install(lang, table.replacen(STAMP, "0000", 1)),
                Err(Refused::OtherBuild)
            );
            // Nor is one out of order.
            let mut records: Vec<&str> = table.split(RS).collect();
            records.swap(1, 2);
            assert_eq!(
                install(lang, records.join(&RS.to_string())),
                Err(Refused::NotATable)
            );
            // Nor one longer than any table, however it starts.
            let long = [table.as_str(), &" ".repeat(MAX_BYTES)].concat();
            assert_eq!(install(lang, long), Err(Refused::TooLong));
            assert!(!is_installed(lang));
            assert_eq!(install(lang, table.clone()), Ok(()));
            assert!(is_installed(lang));
            // A later table for a language that speaks changes nothing (nor is it read).
            assert_eq!(install(lang, table.replace("a", "o")), Ok(()));
            for msg in every_message() {
                assert_eq!(lookup(lang, msg), Some(lang.text(msg)), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn every_table_fits_well_within_the_bound() {
        for &lang in Lang::ALL {
            assert!(encode(lang).len() <= MAX_BYTES / 2, "{lang:?}");
        }
    }

    #[test]
    fn a_file_name_names_the_language_and_the_build() {
        let name = file_name(Lang::Es);
        assert!(
            name.starts_with("painmap-es.") && name.ends_with(".txt"),
            "{name}"
        );
        assert!(name.contains(STAMP));
    }
}
