//! Rule conditions as data: a small tree that the engine evaluates and the docs print.
//!
//! Keeping conditions as data rather than closures means the clinician-facing
//! `docs/rules.md` is printed from the very thing that runs, the fields a rule reads are
//! derived rather than restated, and each firing knows exactly which inputs made it true.

use std::fmt;

use super::rules::RuleId;
use crate::model::{Answer, Answers, Field, Goal, Intake, Onset, Quality, Question, Region};

/// One condition of a rule or of the technique table (docs/rules.md).
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// The question's cautious reading is yes (`unsure` counts, except for history questions;
    /// a skipped follow-up counts as `unsure` once the rest of the screen is answered).
    Yes(Question),
    /// The question's cautious reading is no; unanswered counts as no.
    Not(Question),
    /// The question was answered exactly this way ("calf_swelling_now is no"): unanswered
    /// never matches, so a rule that needs a no does not fire on a skipped question.
    Is(Question, Answer),
    /// Any region above 0.
    AnyPain,
    /// Any of these regions above 0.
    PainIn(&'static [Region]),
    /// Some region above 0, and every region above 0 is one of these.
    OnlyPainIn(&'static [Region]),
    RegionAtLeast(Region, u8),
    MaxAtLeast(u8),
    /// Max intensity within these bounds, both included.
    MaxWithin(u8, u8),
    /// An unknown duration counts as 0 days (new pain).
    DaysAtMost(u32),
    DaysOver(u32),
    /// An unknown age never matches.
    AgeAtLeast(u16),
    /// An unknown age never matches.
    AgeUnder(u16),
    /// An unknown onset counts as sudden (the cautious reading).
    Onset(Onset),
    SessionsAtLeast(u32),
    /// Read like a follow-up: skipped after two or more sessions on a finished screen, it
    /// counts as `unsure`.
    ImprovedAfterMassage(Answer),
    Quality(Quality),
    Goal(Goal),
    /// Any fired precaution asks for light or gentle pressure.
    PressurePrecaution,
    /// The rule with this id did not fire (it comes earlier in the registry).
    NotFired(RuleId),
    All(&'static [Cond]),
    Any(&'static [Cond]),
    /// Never true by itself: the engine derives U_UNSURE_EMERGENCY from emergency rules.
    UnsureEmergency,
    /// Never true by itself: the engine derives U_INCOMPLETE_SCREEN from the level and the
    /// unanswered questions.
    IncompleteScreen,
}

/// Which inputs made a condition true: the ones given, and the ones missing that counted at
/// their cautious default (a bit per [`Field::index`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Trace {
    pub given: u128,
    pub assumed: u128,
}

impl Trace {
    pub fn with(intake: &Intake, field: Field) -> Trace {
        if intake.has(field) {
            Trace {
                given: bit(field),
                assumed: 0,
            }
        } else {
            Trace {
                given: 0,
                assumed: bit(field),
            }
        }
    }

    pub fn merge(self, other: Trace) -> Trace {
        Trace {
            given: self.given | other.given,
            assumed: self.assumed | other.assumed,
        }
    }
}

/// A question's bit in [`Facts::strict`].
pub(crate) fn question_bit(question: Question) -> u64 {
    1u64 << (question as u32)
}

// Sets of questions are `u64` bitsets.
const _: () = assert!(Question::COUNT <= 64);

pub(crate) fn bit(field: Field) -> u128 {
    1u128 << field.index()
}

pub(crate) fn fields(bits: u128) -> Vec<Field> {
    (0..Field::COUNT)
        .filter(|i| bits & (1u128 << i) != 0)
        .filter_map(Field::from_index)
        .collect()
}

/// What the conditions read, computed once per intake.
pub(crate) struct Facts<'a> {
    pub intake: &'a Intake,
    /// The answers as the rules read them ([`Intake::readings`]).
    pub answers: Answers,
    pub improved: Option<Answer>,
    /// Questions (a bit per [`Question`]) whose `unsure` is read as no: used to tell whether
    /// an emergency holds only because of an `unsure` answer.
    pub strict: u64,
    pub max: u8,
    pub at_max: u128,
    pub painful: u128,
    pub fired: Vec<RuleId>,
    pub pressure: bool,
}

impl<'a> Facts<'a> {
    pub fn new(intake: &'a Intake) -> Facts<'a> {
        let max = intake.regions.max().value();
        let (mut at_max, mut painful) = (0, 0);
        for (region, intensity) in intake.regions.iter() {
            painful |= bit(Field::Region(region));
            if intensity.value() == max {
                at_max |= bit(Field::Region(region));
            }
        }
        let (answers, improved) = intake.readings();
        Facts {
            intake,
            answers,
            improved,
            strict: 0,
            max,
            at_max,
            painful,
            fired: Vec::new(),
            pressure: false,
        }
    }
}

impl Cond {
    /// `Some(trace)` when the condition holds. `Any` keeps every true branch, so a person on
    /// anticoagulants with a bleeding disorder sees both named.
    pub(crate) fn eval(&self, facts: &Facts) -> Option<Trace> {
        let intake = facts.intake;
        let regions = |given: u128| (given != 0).then_some(Trace { given, assumed: 0 });
        // Most conditions read one field: they name it and share one `Trace::with` below,
        // rather than each building its own trace.
        let region_bits =
            |list: &[Region]| list.iter().fold(0, |bits, r| bits | bit(Field::Region(*r)));
        let field = match *self {
            Cond::Yes(question) => {
                let strict = facts.strict & question_bit(question) != 0;
                let yes = match facts.answers.get(question) {
                    Some(Answer::Yes) => true,
                    Some(Answer::Unsure) => !strict && !question.is_history(),
                    Some(Answer::No) | None => false,
                };
                yes.then_some(Field::Answer(question))?
            }
            Cond::Not(question) => {
                let strict = facts.strict & question_bit(question) != 0;
                let no = match facts.answers.get(question) {
                    None | Some(Answer::No) => true,
                    Some(Answer::Unsure) => strict || question.is_history(),
                    Some(Answer::Yes) => false,
                };
                no.then_some(Field::Answer(question))?
            }
            Cond::Is(question, answer) => {
                (facts.answers.get(question) == Some(answer)).then_some(Field::Answer(question))?
            }
            Cond::AnyPain => return regions(facts.painful),
            Cond::PainIn(list) => return regions(region_bits(list) & facts.painful),
            Cond::OnlyPainIn(list) => {
                let outside = facts.painful & !region_bits(list);
                return regions(if outside == 0 { facts.painful } else { 0 });
            }
            Cond::RegionAtLeast(region, least) => {
                let value = intake.regions.get(region).value();
                (value >= least && value > 0).then_some(Field::Region(region))?
            }
            Cond::MaxAtLeast(least) => {
                return regions(if facts.max >= least { facts.at_max } else { 0 })
            }
            Cond::MaxWithin(low, high) => {
                let within = facts.max >= low && facts.max <= high;
                return regions(if within { facts.at_max } else { 0 });
            }
            Cond::DaysAtMost(days) => {
                (intake.duration_days.unwrap_or(0) <= days).then_some(Field::DurationDays)?
            }
            Cond::DaysOver(days) => {
                (intake.duration_days.unwrap_or(0) > days).then_some(Field::DurationDays)?
            }
            Cond::AgeAtLeast(years) => (intake.age? >= years).then_some(Field::Age)?,
            Cond::AgeUnder(years) => (intake.age? < years).then_some(Field::Age)?,
            Cond::Onset(onset) => {
                (intake.onset.unwrap_or(Onset::Sudden) == onset).then_some(Field::Onset)?
            }
            Cond::SessionsAtLeast(count) => (intake.massage_sessions_for_this_pain? >= count)
                .then_some(Field::MassageSessionsForThisPain)?,
            Cond::ImprovedAfterMassage(answer) => {
                (facts.improved == Some(answer)).then_some(Field::ImprovedAfterMassage)?
            }
            Cond::Quality(quality) => intake
                .qualities
                .contains(&quality)
                .then_some(Field::Qualities)?,
            Cond::Goal(goal) => intake.goals.contains(&goal).then_some(Field::Goals)?,
            Cond::PressurePrecaution => return facts.pressure.then_some(Trace::default()),
            Cond::NotFired(id) => return (!facts.fired.contains(&id)).then_some(Trace::default()),
            Cond::All(conds) => {
                return conds.iter().try_fold(Trace::default(), |trace, c| {
                    Some(trace.merge(c.eval(facts)?))
                })
            }
            Cond::Any(conds) => {
                return conds
                    .iter()
                    .filter_map(|c| c.eval(facts))
                    .reduce(Trace::merge)
            }
            Cond::UnsureEmergency | Cond::IncompleteScreen => return None,
        };
        Some(Trace::with(intake, field))
    }

    /// The input fields this condition reads, for the docs (`regions` for "max intensity").
    pub fn reads(&self, out: &mut Vec<String>) {
        let mut add = |name: String| {
            if !out.contains(&name) {
                out.push(name);
            }
        };
        match *self {
            Cond::Yes(q) | Cond::Not(q) | Cond::Is(q, _) => add(q.id().to_owned()),
            Cond::AnyPain | Cond::MaxAtLeast(_) | Cond::MaxWithin(..) => add("regions".to_owned()),
            Cond::PainIn(regions) | Cond::OnlyPainIn(regions) => regions
                .iter()
                .for_each(|r| add(Field::Region(*r).to_string())),
            Cond::RegionAtLeast(r, _) => add(Field::Region(r).to_string()),
            Cond::DaysAtMost(_) | Cond::DaysOver(_) => add(Field::DurationDays.to_string()),
            Cond::AgeAtLeast(_) | Cond::AgeUnder(_) => add(Field::Age.to_string()),
            Cond::Onset(_) => add(Field::Onset.to_string()),
            Cond::SessionsAtLeast(_) => add(Field::MassageSessionsForThisPain.to_string()),
            Cond::ImprovedAfterMassage(_) => add(Field::ImprovedAfterMassage.to_string()),
            Cond::Quality(_) => add(Field::Qualities.to_string()),
            Cond::Goal(_) => add(Field::Goals.to_string()),
            Cond::PressurePrecaution
            | Cond::NotFired(_)
            | Cond::UnsureEmergency
            | Cond::IncompleteScreen => {}
            Cond::All(conds) | Cond::Any(conds) => conds.iter().for_each(|c| c.reads(out)),
        }
    }
}

/// The spec's own notation, so that docs/rules.md reads the way clinicians write rules.
impl fmt::Display for Cond {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |f: &mut fmt::Formatter<'_>, conds: &[Cond], joiner: &str| -> fmt::Result {
            for (index, cond) in conds.iter().enumerate() {
                if index > 0 {
                    f.write_str(joiner)?;
                }
                match cond {
                    Cond::All(_) | Cond::Any(_) => write!(f, "({cond})")?,
                    _ => write!(f, "{cond}")?,
                }
            }
            Ok(())
        };
        match *self {
            Cond::Yes(q) => write!(f, "{q}"),
            Cond::Not(q) => write!(f, "not {q}"),
            Cond::Is(q, answer) => write!(f, "{q} is {answer}"),
            Cond::AnyPain => f.write_str("any region > 0"),
            Cond::PainIn(regions) => {
                let ids: Vec<&str> = regions.iter().map(|r| r.id()).collect();
                write!(f, "any of {} > 0", ids.join(", "))
            }
            Cond::RegionAtLeast(r, least) => write!(f, "{} ≥ {least}", r.id()),
            Cond::MaxAtLeast(least) => write!(f, "max intensity ≥ {least}"),
            Cond::MaxWithin(low, high) if low == high => write!(f, "max intensity = {low}"),
            Cond::MaxWithin(low, high) => write!(f, "{low} ≤ max intensity ≤ {high}"),
            Cond::DaysAtMost(days) => write!(f, "duration_days ≤ {days}"),
            Cond::DaysOver(days) => write!(f, "duration_days > {days}"),
            Cond::OnlyPainIn(regions) => {
                let ids: Vec<&str> = regions.iter().map(|r| r.id()).collect();
                write!(f, "every region > 0 is one of {}", ids.join(", "))
            }
            Cond::AgeAtLeast(years) => write!(f, "age ≥ {years}"),
            Cond::AgeUnder(years) => write!(f, "age < {years}"),
            Cond::Onset(onset) => write!(f, "onset {onset}"),
            Cond::SessionsAtLeast(count) => write!(f, "massage_sessions_for_this_pain ≥ {count}"),
            Cond::ImprovedAfterMassage(answer) => write!(f, "improved_after_massage is {answer}"),
            Cond::Quality(quality) => write!(f, "quality {quality}"),
            Cond::Goal(goal) => write!(f, "goal {goal}"),
            Cond::PressurePrecaution => f.write_str("any pressure precaution"),
            Cond::NotFired(id) => write!(f, "{id} did not fire"),
            Cond::All([]) => f.write_str("always"),
            Cond::All(conds) => list(f, conds, " and "),
            Cond::Any(conds) => list(f, conds, " or "),
            Cond::UnsureEmergency => f.write_str(
                "an emergency rule's condition holds only because of an `unsure` answer that may \
                 soften it",
            ),
            Cond::IncompleteScreen => f.write_str(
                "the level would otherwise be a massage level, and a screen question that the \
                 journey asks is unanswered",
            ),
        }
    }
}
