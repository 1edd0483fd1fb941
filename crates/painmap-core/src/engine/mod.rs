//! The advice engine: from an [`Intake`] to [`Advice`] by the clinical rules, version 2
//! ([`RULES_VERSION`]; every rule is listed in docs/rules.md). Pure and infallible; no browser
//! code.
//!
//! The rules and techniques are data ([`RULES`], [`TECHNIQUES`]); this module only runs them:
//! evaluate every rule in registry order, soften emergencies that hold only because of an
//! `unsure` answer, take the most urgent level, stop massage advice while the safety check is
//! unfinished, then (for the massage levels) collect the precautions and score the techniques. Every fired rule is reported with the inputs that
//! made it fire, so a clinician can audit any advice against the registry.

mod cond;
mod doc;
mod json;
pub use json::Released;
mod rules;
mod techniques;

use crate::model::{Field, Intake};
use cond::{bit, fields, question_bit, Facts, Trace};

pub use cond::Cond;
pub use doc::rules_markdown;
pub use rules::{
    rule, Excludes, Level, Precaution, Rule, RuleId, Soften, Spare, Urgency, RULES, SOURCES,
};

/// The version of the clinical rules this engine implements; every advice carries it, so a
/// printed summary tells which rules produced it.
pub const RULES_VERSION: u8 = 2;
pub use techniques::{Criterion, Exclusion, Indication, Technique, TechniqueRule, TECHNIQUES};

/// The advice for one intake. Serialised by hand, in [`json`], with `rules_version` first.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub level: Level,
    /// `null` for the massage levels.
    pub urgency: Option<Urgency>,
    /// Every rule that fired, in registry order.
    pub reasons: Vec<Reason>,
    /// Massage levels only: what the therapist must adapt, each code once.
    pub precautions: Vec<PrecautionNote>,
    /// Massage levels only: up to three, best first.
    pub techniques: Vec<Suggestion>,
    /// Massage levels only: every technique that must not be used, and why.
    pub avoid: Vec<Avoidance>,
    /// What the journey asks that has no answer, in spec order: the questions, then
    /// `improved_after_massage` (a follow-up of the session count).
    pub unanswered: Vec<Field>,
}

impl Advice {
    /// The reasons to show a person: every fired rule, except that above the massage levels
    /// the massage precautions (P rules) are left out, and at an emergency everything but the
    /// emergency rules. They still fired and stay in `reasons`, but "keep the pressure gentle"
    /// beside "do not have a massage", or "worth a check with your doctor" beside "call the
    /// emergency number", would only confuse.
    pub fn shown_reasons(&self) -> impl Iterator<Item = &Reason> {
        let least = match self.level {
            Level::Emergency => Level::Emergency,
            Level::DoctorFirst => Level::DoctorFirst,
            Level::MassageWithPrecautions | Level::MassageOk => Level::MassageOk,
        };
        self.reasons
            .iter()
            .filter(move |reason| reason.level >= least)
    }
}

/// Whether an unanswered field counts for the safety check: everything the journey asks but
/// the two optional history questions.
fn on_safety_check(field: &Field) -> bool {
    !matches!(field, Field::Answer(question) if question.is_history())
}

impl Advice {
    /// What is unanswered on the safety check (`unanswered` less the history questions).
    pub fn unanswered_safety(&self) -> impl Iterator<Item = Field> + '_ {
        self.unanswered.iter().copied().filter(on_safety_check)
    }
}

/// One fired rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub rule: RuleId,
    pub level: Level,
    pub urgency: Option<Urgency>,
    /// The inputs, present in the intake, that made the rule fire.
    pub fields: Vec<Field>,
    pub sources: &'static [&'static str],
    /// Missing inputs the rule relied on at their cautious default (an unknown
    /// `duration_days` counts as new pain, an unanswered question as no). Omitted when empty.
    pub assumed: Vec<Field>,
    /// For U_UNSURE_EMERGENCY: the emergency rule that was softened.
    pub softens: Option<RuleId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrecautionNote {
    pub code: Precaution,
    /// The first rule, in registry order, that asked for it.
    pub rule: RuleId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub id: Technique,
    pub score: u8,
    /// The indications that matched.
    pub because: Vec<Indication>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Avoidance {
    pub id: Technique,
    /// The P rule that excluded it, or the X_… timing condition of the technique table.
    pub rule: Exclusion,
}

/// At most this many techniques are suggested.
const MAX_SUGGESTIONS: usize = 3;

/// Decides the advice for an intake. Pure: the same intake always gives the same advice.
pub fn advise(intake: &Intake) -> Advice {
    let mut facts = Facts::new(intake);
    let mut reasons = Vec::new();
    let mut fired: Vec<(&'static Rule, Trace)> = Vec::new();
    for rule in RULES {
        let Some(trace) = rule.when.eval(&facts) else {
            continue;
        };
        if rule.level == Level::Emergency && !holds_strictly(rule, &mut facts) {
            // A softened rule counts as not fired for the rules that need it not to have.
            reasons.push(softened(rule, trace));
            continue;
        }
        let trace = trace.merge(extra_trace(rule, intake));
        facts.fired.push(rule.id);
        fired.push((rule, trace));
        reasons.push(Reason {
            rule: rule.id,
            level: rule.level,
            urgency: rule.urgency,
            fields: fields(trace.given),
            sources: rule.sources,
            assumed: fields(trace.assumed),
            softens: None,
        });
    }

    let mut level = reasons
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(Level::MassageOk);
    if level <= Level::MassageWithPrecautions {
        if let Some(reason) = incomplete_screen(intake) {
            // In registry order: after the doctor rules, before the precautions.
            let at = reasons
                .iter()
                .position(|r| r.level < Level::DoctorFirst)
                .unwrap_or(reasons.len());
            reasons.insert(at, reason);
            level = Level::DoctorFirst;
        }
    }
    let urgency = reasons
        .iter()
        .filter(|r| r.level == level)
        .filter_map(|r| r.urgency)
        .max();
    let mut advice = Advice {
        level,
        urgency,
        reasons,
        precautions: Vec::new(),
        techniques: Vec::new(),
        avoid: Vec::new(),
        unanswered: unanswered(intake),
    };
    if level <= Level::MassageWithPrecautions {
        advice.precautions = precautions(&fired, intake);
        facts.pressure = advice.precautions.iter().any(|note| {
            matches!(
                note.code,
                Precaution::PressureLight | Precaution::PressureGentle
            )
        });
        (advice.techniques, advice.avoid) = suggest(&fired, &facts);
    }
    advice
}

/// Whether an emergency rule still holds when the `unsure` answers that may soften it are
/// read as no.
fn holds_strictly(rule: &Rule, facts: &mut Facts) -> bool {
    facts.strict = match rule.soften {
        Soften::Any => u64::MAX,
        Soften::Only(question) => question_bit(question),
        Soften::Never => return true,
    };
    let holds = rule.when.eval(facts).is_some();
    facts.strict = 0;
    holds
}

/// What the journey asks that has no answer: every skipped follow-up is listed, whatever
/// its reading.
fn unanswered(intake: &Intake) -> Vec<Field> {
    let mut fields: Vec<Field> = intake.unanswered().into_iter().map(Field::Answer).collect();
    if intake.asks_improved() && intake.improved_after_massage.is_none() {
        fields.push(Field::ImprovedAfterMassage);
    }
    fields
}

/// U_INCOMPLETE_SCREEN when a question the journey asks on the safety check (a follow-up
/// whose condition holds included) is unanswered; it names them as assumed inputs.
fn incomplete_screen(intake: &Intake) -> Option<Reason> {
    let missing = unanswered(intake)
        .into_iter()
        .filter(on_safety_check)
        .fold(0, |bits, field| bits | bit(field));
    if missing == 0 {
        return None;
    }
    // Its level and urgency are those of its registry entry (a test holds them equal);
    // written here too so that the safety net cannot fail open.
    Some(Reason {
        rule: RuleId::U_INCOMPLETE_SCREEN,
        level: Level::DoctorFirst,
        urgency: Some(Urgency::Routine),
        fields: Vec::new(),
        sources: rules::rule(RuleId::U_INCOMPLETE_SCREEN).map_or(&[], |rule| rule.sources),
        assumed: fields(missing),
        softens: None,
    })
}

/// U_UNSURE_EMERGENCY in place of an emergency rule that holds only because of `unsure`.
fn softened(emergency: &'static Rule, trace: Trace) -> Reason {
    // As for U_INCOMPLETE_SCREEN, the registry entry's level and urgency, written here.
    Reason {
        rule: RuleId::U_UNSURE_EMERGENCY,
        level: Level::DoctorFirst,
        urgency: Some(Urgency::SameDay),
        fields: fields(trace.given),
        sources: emergency.sources,
        assumed: fields(trace.assumed),
        softens: Some(emergency.id),
    }
}

/// The week of pregnancy from which the massage is given lying on the side, as the rules say
/// (docs/rules.md, P_PREGNANCY): one number for the precaution and for the trace that explains it.
pub const SIDE_LYING_FROM_WEEK: u8 = 13;

/// Whether side-lying positioning applies: from [`SIDE_LYING_FROM_WEEK`], or when the week is
/// unknown (side-lying is harmless early and protective later).
fn side_lying_applies(intake: &Intake) -> bool {
    intake
        .pregnancy_weeks
        .is_none_or(|weeks| weeks >= SIDE_LYING_FROM_WEEK)
}

/// Side-lying positioning depends on the week of pregnancy, which is not part of the rule's
/// condition; name it (or its absence) so the precaution is explained too.
fn extra_trace(rule: &Rule, intake: &Intake) -> Trace {
    let side_lying = rule.precautions.contains(&Precaution::SideLyingPositioning);
    if side_lying && side_lying_applies(intake) {
        Trace::with(intake, Field::PregnancyWeeks)
    } else {
        Trace::default()
    }
}

fn precautions(fired: &[(&'static Rule, Trace)], intake: &Intake) -> Vec<PrecautionNote> {
    let mut notes: Vec<PrecautionNote> = Vec::new();
    for (rule, _) in fired {
        for &code in rule.precautions {
            let applies = match code {
                Precaution::TellTherapist(question) => intake.reads_yes(question),
                Precaution::SideLyingPositioning => side_lying_applies(intake),
                _ => true,
            };
            if applies && !notes.iter().any(|note| note.code == code) {
                notes.push(PrecautionNote {
                    code,
                    rule: rule.id,
                });
            }
        }
    }
    // Light touch everywhere already rules out anything firmer than gentle.
    if notes
        .iter()
        .any(|note| note.code == Precaution::PressureLight)
    {
        notes.retain(|note| note.code != Precaution::PressureGentle);
    }
    notes
}

fn suggest(fired: &[(&'static Rule, Trace)], facts: &Facts) -> (Vec<Suggestion>, Vec<Avoidance>) {
    let mut suggestions = Vec::new();
    let mut avoid = Vec::new();
    for entry in TECHNIQUES {
        let id = entry.technique;
        let spared = |rule: &Rule| {
            rule.spares
                .as_ref()
                .is_some_and(|spare| spare.technique == id && spare.when.eval(facts).is_some())
        };
        let excluded_by = fired.iter().find_map(|(rule, _)| {
            let excludes = rule.excludes.as_ref()?;
            (excludes.techniques.contains(&id) && !spared(rule)).then_some(excludes.because)
        });
        let unsuitable = || {
            entry
                .unsuitable
                .as_ref()
                .filter(|x| x.when.eval(facts).is_some())
                .map(|x| x.id)
        };
        if let Some(rule) = excluded_by.or_else(unsuitable) {
            avoid.push(Avoidance { id, rule });
            continue;
        }
        if entry
            .requires
            .is_some_and(|cond| cond.eval(facts).is_none())
        {
            continue;
        }
        let because: Vec<Indication> = entry
            .indications
            .iter()
            .filter(|indication| indication.when.eval(facts).is_some())
            .map(|indication| indication.id)
            .collect();
        if !because.is_empty() {
            let score = u8::try_from(because.len()).unwrap_or(u8::MAX);
            let suggestion = Suggestion { id, score, because };
            // Insertion after every better-or-equal one: equal scores keep the vocabulary
            // order, and Prenatal is always first (docs/rules.md, "Techniques"). (A library sort is ~5 KB of wasm for
            // nine items.)
            let rank = |s: &Suggestion| (s.id != Technique::Prenatal, std::cmp::Reverse(s.score));
            let at = suggestions
                .iter()
                .position(|other| rank(other) > rank(&suggestion))
                .unwrap_or(suggestions.len());
            suggestions.insert(at, suggestion);
        }
    }
    suggestions.truncate(MAX_SUGGESTIONS);
    (suggestions, avoid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, Intensity, Question, Region};

    #[test]
    fn the_derived_rules_match_their_registry_entries() {
        let entry = |id| rule(id).map(|r| (r.level, r.urgency));
        assert_eq!(
            entry(RuleId::U_UNSURE_EMERGENCY),
            Some((Level::DoctorFirst, Some(Urgency::SameDay)))
        );
        assert_eq!(
            entry(RuleId::U_INCOMPLETE_SCREEN),
            Some((Level::DoctorFirst, Some(Urgency::Routine)))
        );
    }

    #[test]
    fn massage_precautions_are_not_shown_above_the_massage_levels() {
        let mut intake = Intake::default();
        for question in Question::ALL {
            intake.answers.set(*question, Some(Answer::No));
        }
        intake
            .regions
            .set(Region::LowerBackLeft, Intensity::new(6).unwrap());
        intake.duration_days = Some(2);
        let precautions = advise(&intake);
        assert_eq!(precautions.level, Level::MassageWithPrecautions);
        assert!(precautions
            .shown_reasons()
            .any(|r| r.rule == RuleId::P_ACUTE_MODERATE));

        intake
            .answers
            .set(Question::SaddleNumbness, Some(Answer::Yes));
        let emergency = advise(&intake);
        assert!(emergency
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::P_ACUTE_MODERATE));
        let shown: Vec<_> = emergency.shown_reasons().map(|r| r.rule).collect();
        assert_eq!(shown, [RuleId::E_CES_SADDLE]);
    }
}
