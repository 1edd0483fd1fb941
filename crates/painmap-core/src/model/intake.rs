//! Everything a person tells the widget: the pain map, a few facts about the pain and the
//! answers to the safety questions.
//!
//! Every field is optional because a person may stop anywhere; the engine gives each missing
//! input its cautious reading (docs/rules.md) and says so in the advice. Building an
//! `Intake` from untrusted input goes through [`Intake::from_raw`](super::validate), which
//! reports every problem instead of stopping at the first.

use std::fmt;

use serde::{Serialize, Serializer};

use super::vocab::vocabulary;
use super::{Answer, PainMap, Question, Region};

vocabulary! {
    /// How the pain started.
    pub enum Onset {
        Sudden = "sudden",
        Gradual = "gradual",
    }
}

vocabulary! {
    /// What the pain feels like.
    pub enum Quality {
        Ache = "ache",
        Stiffness = "stiffness",
        Knot = "knot",
        Spasm = "spasm",
        Sharp = "sharp",
        Burning = "burning",
        Tingling = "tingling",
    }
}

vocabulary! {
    /// What the person wants from a massage.
    pub enum Goal {
        Relaxation = "relaxation",
        Mobility = "mobility",
        PainRelief = "pain_relief",
        SportRecovery = "sport_recovery",
    }
}

/// The answers given so far; a question that is not here is unanswered. One slot per
/// question, in spec order: a map would link its node code (about 5 KB) into the wasm for 36
/// fixed keys.
#[derive(Clone, PartialEq, Eq)]
pub struct Answers([Option<Answer>; Question::COUNT]);

impl Default for Answers {
    fn default() -> Answers {
        Answers([None; Question::COUNT])
    }
}

impl Answers {
    pub fn get(&self, question: Question) -> Option<Answer> {
        self.0.get(question as usize).copied().flatten()
    }

    /// Records an answer; `None` makes the question unanswered again.
    pub fn set(&mut self, question: Question, answer: Option<Answer>) {
        if let Some(slot) = self.0.get_mut(question as usize) {
            *slot = answer;
        }
    }

    /// The answered questions, in spec order.
    pub fn iter(&self) -> impl Iterator<Item = (Question, Answer)> + '_ {
        Question::ALL
            .iter()
            .zip(&self.0)
            .filter_map(|(question, answer)| Some((*question, (*answer)?)))
    }
}

/// As the map it stands for: `{saddle_numbness: No, …}`.
impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// `{"question_id": "answer", …}`, answered questions only.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// One intake, already validated. Serialises to the intake JSON that `advise` reads (missing
/// values as `null`), which reads back unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Intake {
    pub regions: PainMap,
    /// Years; unknown means no age rule can fire, so the journey always asks for it.
    pub age: Option<u16>,
    /// Days since this episode began; unknown counts as 0 (new pain) in the rules.
    pub duration_days: Option<u32>,
    pub onset: Option<Onset>,
    pub qualities: Vec<Quality>,
    pub goals: Vec<Goal>,
    pub pregnancy_weeks: Option<u8>,
    pub massage_sessions_for_this_pain: Option<u32>,
    pub improved_after_massage: Option<Answer>,
    pub answers: Answers,
}

impl Intake {
    pub fn answer(&self, question: Question) -> Option<Answer> {
        self.answers.get(question)
    }

    /// The cautious reading of a question (docs/rules.md): `unsure` counts as yes, except
    /// for the history questions, where it counts as no. Unanswered counts as no.
    pub fn reads_yes(&self, question: Question) -> bool {
        match self.answer(question) {
            Some(Answer::Yes) => true,
            Some(Answer::Unsure) => !question.is_history(),
            Some(Answer::No) | None => false,
        }
    }

    /// Whether the journey asks this question (docs/rules.md, "Questions"): a follow-up only
    /// when its condition holds, so it is not "unanswered" otherwise.
    pub fn is_asked(&self, question: Question) -> bool {
        use Question as Q;
        let pain = |regions: &[Region]| regions.iter().any(|r| self.regions.get(*r).is_pain());
        match question {
            Q::NeckWarningSigns => pain(&[
                Region::Neck,
                Region::SpineCervical,
                Region::UpperBackLeft,
                Region::UpperBackRight,
            ]),
            Q::BackPainBeganBefore45 => {
                self.reads_yes(Q::MorningStiffnessOver30Min)
                    && self.duration_days.is_some_and(|days| days > 90)
                    && self.age.is_some_and(|age| age >= 45)
            }
            Q::CalfSwellingNow => {
                self.reads_yes(Q::BloodClotHistory) || pain(&[Region::CalfLeft, Region::CalfRight])
            }
            Q::PregnancyComplications | Q::PregnancyWarningSigns => self.reads_yes(Q::Pregnant),
            _ => true,
        }
    }

    /// Whether the journey asks if massage helped: only after two or more sessions.
    pub fn asks_improved(&self) -> bool {
        self.massage_sessions_for_this_pain
            .is_some_and(|sessions| sessions >= 2)
    }

    /// Every screen question that is not a follow-up has an answer (the history questions do
    /// not count): the person went through the whole safety check.
    pub fn screen_complete(&self) -> bool {
        Question::ALL
            .iter()
            .filter(|q| !q.is_history() && !q.is_follow_up())
            .all(|q| self.answer(*q).is_some())
    }

    /// The answers as the rules read them: a follow-up that is asked and skipped counts as
    /// `unsure` once the rest of the screen is answered (the person finished the check but
    /// passed over it); otherwise a skipped follow-up stays unanswered. The second value is
    /// `improved_after_massage`, a follow-up of the session count, read the same way.
    pub fn readings(&self) -> (Answers, Option<Answer>) {
        let mut answers = self.answers.clone();
        let complete = self.screen_complete();
        if complete {
            for question in Question::ALL {
                if question.is_follow_up()
                    && self.answer(*question).is_none()
                    && self.is_asked(*question)
                {
                    answers.set(*question, Some(Answer::Unsure));
                }
            }
        }
        let improved = self
            .improved_after_massage
            .or((complete && self.asks_improved()).then_some(Answer::Unsure));
        (answers, improved)
    }

    /// Questions the journey asks that have no answer yet, in spec order.
    pub fn unanswered(&self) -> Vec<Question> {
        Question::ALL
            .iter()
            .copied()
            .filter(|q| self.answer(*q).is_none() && self.is_asked(*q))
            .collect()
    }

    /// Whether the intake holds a value for this field (a region counts when its intensity is
    /// above 0, a list when it is not empty).
    pub fn has(&self, field: Field) -> bool {
        match field {
            Field::Answer(question) => self.answer(question).is_some(),
            Field::Region(region) => self.regions.get(region).is_pain(),
            Field::Age => self.age.is_some(),
            Field::DurationDays => self.duration_days.is_some(),
            Field::Onset => self.onset.is_some(),
            Field::Qualities => !self.qualities.is_empty(),
            Field::Goals => !self.goals.is_empty(),
            Field::PregnancyWeeks => self.pregnancy_weeks.is_some(),
            Field::MassageSessionsForThisPain => self.massage_sessions_for_this_pain.is_some(),
            Field::ImprovedAfterMassage => self.improved_after_massage.is_some(),
        }
    }
}

/// One input of the intake, as advice reasons name it: a question by its id
/// (`leg_numbness_or_tingling`), a region as `regions.<id>`, the rest by their field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Answer(Question),
    Region(Region),
    Age,
    DurationDays,
    Onset,
    Qualities,
    Goals,
    PregnancyWeeks,
    MassageSessionsForThisPain,
    ImprovedAfterMassage,
}

// Sets of fields are `u128` bitsets in the engine.
const _: () = assert!(Field::COUNT <= 128);

impl Field {
    const SCALARS: [Field; 8] = [
        Field::Age,
        Field::DurationDays,
        Field::Onset,
        Field::Qualities,
        Field::Goals,
        Field::PregnancyWeeks,
        Field::MassageSessionsForThisPain,
        Field::ImprovedAfterMassage,
    ];

    /// How many fields there are; every field has an index below this.
    pub const COUNT: usize = Question::COUNT + Region::COUNT + Field::SCALARS.len();

    /// A dense index (questions, then regions, then the rest), so sets of fields fit in a
    /// `u128` and rules never allocate while they are evaluated.
    pub fn index(self) -> usize {
        match self {
            Field::Answer(question) => question as usize,
            Field::Region(region) => Question::COUNT + region.index(),
            scalar => {
                let offset = Field::SCALARS
                    .iter()
                    .position(|f| *f == scalar)
                    .unwrap_or(0);
                Question::COUNT + Region::COUNT + offset
            }
        }
    }

    pub fn from_index(index: usize) -> Option<Field> {
        if let Some(question) = Question::ALL.get(index) {
            return Some(Field::Answer(*question));
        }
        let index = index - Question::COUNT;
        if let Some(region) = Region::ALL.get(index) {
            return Some(Field::Region(*region));
        }
        Field::SCALARS.get(index - Region::COUNT).copied()
    }
}

impl Field {
    /// The name as a prefix and an id (`("regions.", "neck")`, `("", "age")`), so that it can
    /// be written without formatting machinery.
    pub fn parts(self) -> (&'static str, &'static str) {
        match self {
            Field::Answer(question) => ("", question.id()),
            Field::Region(region) => ("regions.", region.id()),
            Field::Age => ("", "age"),
            Field::DurationDays => ("", "duration_days"),
            Field::Onset => ("", "onset"),
            Field::Qualities => ("", "qualities"),
            Field::Goals => ("", "goals"),
            Field::PregnancyWeeks => ("", "pregnancy_weeks"),
            Field::MassageSessionsForThisPain => ("", "massage_sessions_for_this_pain"),
            Field::ImprovedAfterMassage => ("", "improved_after_massage"),
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (prefix, id) = self.parts();
        f.write_str(prefix)?;
        f.write_str(id)
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Intensity;

    #[test]
    fn field_indices_are_dense_and_round_trip() {
        for index in 0..Field::COUNT {
            let field = Field::from_index(index).unwrap();
            assert_eq!(field.index(), index);
        }
        assert_eq!(Field::from_index(Field::COUNT), None);
    }

    #[test]
    fn follow_ups_are_asked_only_after_a_cautious_yes() {
        let mut intake = Intake::default();
        assert!(!intake.unanswered().contains(&Question::CalfSwellingNow));
        assert!(!intake
            .unanswered()
            .contains(&Question::PregnancyComplications));
        intake
            .answers
            .set(Question::BloodClotHistory, Some(Answer::Unsure));
        intake.answers.set(Question::Pregnant, Some(Answer::Yes));
        assert!(intake.unanswered().contains(&Question::CalfSwellingNow));
        assert!(intake
            .unanswered()
            .contains(&Question::PregnancyComplications));
    }

    /// Every question the journey asks without a condition answered "no"; history left open.
    fn finished() -> Intake {
        let mut intake = Intake::default();
        for question in Question::ALL {
            if !question.is_follow_up() && !question.is_history() {
                intake.answers.set(*question, Some(Answer::No));
            }
        }
        intake
    }

    #[test]
    fn the_screen_is_complete_without_history_and_follow_ups() {
        let mut intake = finished();
        assert!(intake.screen_complete());
        intake.answers.set(Question::Fever, None);
        assert!(!intake.screen_complete());
        assert!(!Intake::default().screen_complete());
    }

    #[test]
    fn a_follow_up_skipped_on_a_finished_screen_reads_as_unsure() {
        let mut intake = finished();
        intake
            .answers
            .set(Question::BloodClotHistory, Some(Answer::Yes));
        intake.massage_sessions_for_this_pain = Some(2);
        let (answers, improved) = intake.readings();
        assert_eq!(answers.get(Question::CalfSwellingNow), Some(Answer::Unsure));
        assert_eq!(improved, Some(Answer::Unsure));
        // Follow-ups that are not asked stay unanswered.
        assert_eq!(answers.get(Question::PregnancyComplications), None);
        assert_eq!(answers.get(Question::NeckWarningSigns), None);
        // The person's own answers are kept, and are never rewritten.
        assert_eq!(answers.get(Question::BloodClotHistory), Some(Answer::Yes));
        assert_eq!(intake.answer(Question::CalfSwellingNow), None);

        // One session: "did it help" is not asked.
        intake.massage_sessions_for_this_pain = Some(1);
        assert_eq!(intake.readings().1, None);

        // An unfinished screen: the skipped follow-ups stay unanswered.
        intake.massage_sessions_for_this_pain = Some(2);
        intake.answers.set(Question::LegNumbnessOrTingling, None);
        let (answers, improved) = intake.readings();
        assert_eq!(answers.get(Question::CalfSwellingNow), None);
        assert_eq!(improved, None);
    }

    #[test]
    fn each_follow_up_is_asked_on_its_own_condition() {
        let mut intake = Intake::default();
        let asked = |intake: &Intake, q| intake.is_asked(q);
        assert!(!asked(&intake, Question::NeckWarningSigns));
        intake
            .regions
            .set(Region::UpperBackRight, Intensity::new(1).unwrap());
        assert!(asked(&intake, Question::NeckWarningSigns));

        assert!(!asked(&intake, Question::CalfSwellingNow));
        intake
            .regions
            .set(Region::CalfLeft, Intensity::new(2).unwrap());
        assert!(asked(&intake, Question::CalfSwellingNow));

        intake
            .answers
            .set(Question::MorningStiffnessOver30Min, Some(Answer::Unsure));
        intake.age = Some(45);
        intake.duration_days = Some(90);
        assert!(!asked(&intake, Question::BackPainBeganBefore45));
        intake.duration_days = Some(91);
        assert!(asked(&intake, Question::BackPainBeganBefore45));
        intake.age = Some(44);
        assert!(!asked(&intake, Question::BackPainBeganBefore45));
        intake.age = None;
        assert!(!asked(&intake, Question::BackPainBeganBefore45));

        intake.answers.set(Question::Pregnant, Some(Answer::Unsure));
        assert!(asked(&intake, Question::PregnancyWarningSigns));
        assert!(!intake.asks_improved());
        intake.massage_sessions_for_this_pain = Some(2);
        assert!(intake.asks_improved());
    }

    #[test]
    fn unsure_reads_as_yes_except_for_history() {
        let mut intake = Intake::default();
        intake.answers.set(Question::Fever, Some(Answer::Unsure));
        intake
            .answers
            .set(Question::SimilarPainBefore, Some(Answer::Unsure));
        assert!(intake.reads_yes(Question::Fever));
        assert!(!intake.reads_yes(Question::SimilarPainBefore));
        assert!(!intake.reads_yes(Question::Osteoporosis));
    }
}
