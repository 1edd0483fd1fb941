//! Turning untrusted input into an [`Intake`], reporting every problem at once.
//!
//! A person's answers may come from an old saved state, a clinic's integration or a hand-made
//! JSON file; each of them deserves the whole list of what is wrong, with the path and what
//! was expected, and a "did you mean" for near-miss ids. Nothing here can panic: every branch
//! on the input either accepts a value or records a problem.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::raw::{limits, push_digits, shorten};
use super::vocab::{position, vocabulary};
use super::{Answer, Goal, Intake, Intensity, Onset, Quality, Question, RawValue, Region};

/// Every problem found in an input that is not a valid intake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeError {
    pub problems: Vec<Problem>,
}

/// One problem: where it is (`regions.lower_back_lft`, `qualities[2]`; empty for the intake
/// itself), what kind it is, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
    pub message: String,
    pub did_you_mean: Option<String>,
}

vocabulary! {
    /// What is wrong, for a program to tell problems apart (the ids are what JavaScript
    /// sees as an error's `kind`). One list for an intake, a page's settings and a saved
    /// journey.
    pub enum ProblemKind {
        /// The input could not be read at all (not JSON; in JavaScript, a getter or a Proxy
        /// that threw).
        Unreadable = "unreadable",
        /// A JavaScript value that JSON cannot hold, which would otherwise be misread: a
        /// `Map`, a `Date`, a `BigInt`, a function, a list with holes, an object that
        /// inherits properties…
        UnsupportedValue = "unsupported_value",
        /// Over one of the [`limits`](super::limits): nested too deeply, too many keys,
        /// items or values, a text too long.
        TooLarge = "too_large",
        UnknownField = "unknown_field",
        UnknownRegion = "unknown_region",
        UnknownQuestion = "unknown_question",
        /// A string that is not one of the allowed words (`"maybe"` for an answer).
        UnknownValue = "unknown_value",
        WrongType = "wrong_type",
        NotWholeNumber = "not_whole_number",
        OutOfRange = "out_of_range",
        DuplicateKey = "duplicate_key",
        /// No region has pain above 0: there is nothing to advise on.
        NoPainMarked = "no_pain_marked",
        /// The last of a long list: how many more problems were found but not listed.
        MoreProblems = "more_problems",
        /// A text of the right type in the wrong form: a setting's phone number with
        /// letters, an address that is not `https:`.
        Malformed = "malformed",
    }
}

impl IntakeError {
    /// An input that could not even be read as a value (for example a JSON syntax error).
    pub fn unreadable(reason: impl fmt::Display) -> IntakeError {
        IntakeError {
            problems: vec![Problem {
                path: String::new(),
                kind: ProblemKind::Unreadable,
                message: format!("not a readable intake: {reason}"),
                did_you_mean: None,
            }],
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == ProblemKind::MoreProblems {
            return f.write_str(&self.message);
        }
        let path = if self.path.is_empty() {
            "intake"
        } else {
            &self.path
        };
        f.write_str(path)?;
        f.write_str(": ")?;
        f.write_str(&self.message)?;
        match &self.did_you_mean {
            Some(suggestion) => {
                f.write_str("; did you mean ")?;
                f.write_str(suggestion)?;
                f.write_str("?")
            }
            None => Ok(()),
        }
    }
}

/// One problem per line.
impl fmt::Display for IntakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            fmt::Display::fmt(problem, f)?;
        }
        Ok(())
    }
}

impl std::error::Error for IntakeError {}

/// `{"message": "<all problems, one per line>", "problems": [...]}`.
impl Serialize for IntakeError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("IntakeError", 2)?;
        error.serialize_field("message", &self.to_string())?;
        error.serialize_field("problems", &self.problems)?;
        error.end()
    }
}

impl Intake {
    /// Validates a raw value into an intake; `null` anywhere means "not given".
    pub fn from_raw(raw: &RawValue) -> Result<Intake, IntakeError> {
        Intake::checked(raw, true)
    }

    /// As [`Intake::from_raw`], but a map with no pain is accepted: a journey saved before
    /// the person marked anything (or after they cleared the map) is still a journey.
    pub fn from_saved(raw: &RawValue) -> Result<Intake, IntakeError> {
        Intake::checked(raw, false)
    }

    fn checked(raw: &RawValue, require_pain: bool) -> Result<Intake, IntakeError> {
        let mut check = Check::default();
        let intake = check.intake(raw);
        if require_pain && check.problems.is_empty() && intake.regions.is_empty() {
            check.problem(
                At::Field("regions"),
                ProblemKind::NoPainMarked,
                "no_pain_marked: no region has pain above 0, so there is nothing to advise on"
                    .to_owned(),
                None,
            );
        }
        if check.problems.is_empty() {
            return Ok(intake);
        }
        if check.unlisted > 0 {
            let mut message = "…and ".to_owned();
            push_digits(&mut message, check.unlisted as u64, 1);
            message.push_str(" more problems");
            check.problems.push(Problem {
                path: String::new(),
                kind: ProblemKind::MoreProblems,
                message,
                did_you_mean: None,
            });
        }
        Err(IntakeError {
            problems: check.problems,
        })
    }

    /// Reads and validates an intake from any self-describing serde input (serde_json, a
    /// JavaScript value…). An input that cannot be read at all is one `Unreadable` problem.
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Intake, IntakeError> {
        Intake::from_raw(&RawValue::read(deserializer)?)
    }
}

/// Full validation, with the problems joined into the serde error.
impl<'de> Deserialize<'de> for Intake {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Intake, D::Error> {
        let raw = RawValue::deserialize(deserializer)?;
        Intake::from_raw(&raw).map_err(serde::de::Error::custom)
    }
}

/// The intake's fields, in the order `Check::intake` matches their positions.
pub const FIELDS: [&str; 10] = [
    "regions",
    "age",
    "duration_days",
    "onset",
    "qualities",
    "goals",
    "pregnancy_weeks",
    "massage_sessions_for_this_pain",
    "improved_after_massage",
    "answers",
];

/// Where a value sits, turned into text only when there is a problem: building path strings
/// for every valid value would cost more than the whole advice.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Field(&'a str),
    Key(&'a str, &'a str),
    Item(&'a str, usize),
}

impl At<'_> {
    fn path(self) -> String {
        match self {
            At::Root => String::new(),
            At::Field(name) => shorten(name),
            At::Key(parent, key) => join(&[parent, ".", &shorten(key)]),
            At::Item(list, index) => {
                let mut path = join(&[list, "["]);
                push_digits(&mut path, index as u64, 1);
                path.push(']');
                path
            }
        }
    }
}

/// `ids` joined by ", ", each in quotes when `quoted`; messages are built by pushing pieces,
/// which keeps the wasm free of one formatting routine per message.
fn push_list(out: &mut String, ids: &[&str], quoted: bool) {
    for (index, id) in ids.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        if quoted {
            out.push('"');
        }
        out.push_str(id);
        if quoted {
            out.push('"');
        }
    }
}

/// The pieces one after the other: one loop of `push_str` is far smaller in the wasm than
/// `concat` or `format!`.
fn join(parts: &[&str]) -> String {
    let mut text = String::new();
    for part in parts {
        text.push_str(part);
    }
    text
}

/// `expected <expected>, found <value>`.
fn expected_found(expected: &str, found: &RawValue) -> String {
    join(&["expected ", expected, ", found ", &found.describe()])
}

#[derive(Default)]
struct Check {
    problems: Vec<Problem>,
    /// Problems found after the list was full: counted, never described, so that a huge
    /// input costs no more than a walk through it.
    unlisted: usize,
}

impl Check {
    /// Whether one more problem is listed; a caller that gets `false` skips building its
    /// message and suggestion.
    fn room(&mut self) -> bool {
        if self.problems.len() < limits::PROBLEMS {
            return true;
        }
        self.unlisted += 1;
        false
    }

    fn problem(
        &mut self,
        at: At,
        kind: ProblemKind,
        message: String,
        did_you_mean: Option<String>,
    ) {
        self.problems.push(Problem {
            path: at.path(),
            kind,
            message,
            did_you_mean,
        });
    }

    fn wrong_type(&mut self, at: At, expected: &str, found: &RawValue) {
        if !self.room() {
            return;
        }
        let message = expected_found(expected, found);
        self.problem(at, ProblemKind::WrongType, message, None);
    }

    /// The entries of an object, each with its key's position in `ids` (`None`: not one of
    /// them). A known key given twice is reported, not silently resolved, since either value
    /// might be the one meant; a flag per id keeps the check linear in the number of keys.
    fn entries<'a>(
        &mut self,
        at: At,
        value: &'a RawValue,
        expected: &str,
        ids: &[&str],
    ) -> Vec<(Option<usize>, &'a str, &'a RawValue)> {
        let RawValue::Object(entries) = value else {
            self.wrong_type(at, expected, value);
            return Vec::new();
        };
        let mut seen = vec![false; ids.len()];
        let mut read = Vec::with_capacity(entries.len().min(ids.len()));
        for (key, value) in entries {
            let index = position(ids, key);
            match index.and_then(|index| seen.get_mut(index)) {
                Some(true) => {
                    if self.room() {
                        let at = match at {
                            At::Field(parent) => At::Key(parent, key),
                            _ => At::Field(key),
                        };
                        let message = "given more than once".to_owned();
                        self.problem(at, ProblemKind::DuplicateKey, message, None);
                    }
                    continue;
                }
                Some(flag) => *flag = true,
                None => {}
            }
            read.push((index, key.as_str(), value));
        }
        read
    }

    fn intake(&mut self, raw: &RawValue) -> Intake {
        let mut intake = Intake::default();
        for (field, key, value) in self.entries(At::Root, raw, "an object (the intake)", &FIELDS) {
            let path = At::Field(key);
            let Some(field) = field else {
                if !self.room() {
                    continue;
                }
                let suggestion = suggest(key, FIELDS.iter().copied())
                    .map(str::to_owned)
                    .or_else(|| Question::from_id(key).map(|q| join(&["answers.", q.id()])))
                    .or_else(|| Region::from_id(key).map(|r| join(&["regions.", r.id()])));
                let mut message = "unknown field; expected one of ".to_owned();
                push_list(&mut message, &FIELDS, false);
                self.problem(path, ProblemKind::UnknownField, message, suggestion);
                continue;
            };
            if *value == RawValue::Null {
                continue;
            }
            // By position in FIELDS: one string search per key instead of two.
            match field {
                0 => self.regions(value, &mut intake),
                1 => {
                    intake.age = self
                        .whole(path, value, 110, "a whole number of years from 0 to 110")
                        .map(|n| n as u16)
                }
                2 => {
                    intake.duration_days =
                        self.whole(path, value, 100_000, "a whole number of days, 0 or more");
                }
                3 => intake.onset = self.word(path, value, Onset::ALL, Onset::IDS),
                4 => intake.qualities = self.words(key, value, Quality::ALL, Quality::IDS),
                5 => intake.goals = self.words(key, value, Goal::ALL, Goal::IDS),
                6 => {
                    intake.pregnancy_weeks = self
                        .whole(path, value, 45, "a whole number of weeks from 0 to 45")
                        .map(|n| n as u8);
                }
                7 => {
                    intake.massage_sessions_for_this_pain =
                        self.whole(path, value, 10_000, "a whole number of sessions, 0 or more");
                }
                8 => {
                    intake.improved_after_massage = self.word(path, value, Answer::ALL, Answer::IDS)
                }
                _ => self.answers(value, &mut intake),
            }
        }
        intake
    }

    fn regions(&mut self, value: &RawValue, intake: &mut Intake) {
        for (region, key, value) in self.entries(
            At::Field("regions"),
            value,
            "an object of region ids to intensities 0–10",
            Region::IDS,
        ) {
            let path = At::Key("regions", key);
            let Some(region) = region.and_then(|index| Region::ALL.get(index).copied()) else {
                if !self.room() {
                    continue;
                }
                let suggestion = suggest(key, Region::IDS.iter().copied()).map(str::to_owned);
                let mut message = "unknown region".to_owned();
                if suggestion.is_none() {
                    message.push_str("; expected one of ");
                    push_list(&mut message, Region::IDS, false);
                }
                self.problem(path, ProblemKind::UnknownRegion, message, suggestion);
                continue;
            };
            if *value == RawValue::Null {
                continue;
            }
            let intensity = self.whole(path, value, 10, "a whole number from 0 to 10");
            if let Some(intensity) = intensity.and_then(|n| Intensity::new(n as u8)) {
                intake.regions.set(region, intensity);
            }
        }
    }

    fn answers(&mut self, value: &RawValue, intake: &mut Intake) {
        for (question, key, value) in self.entries(
            At::Field("answers"),
            value,
            "an object of question ids to \"yes\", \"no\" or \"unsure\"",
            Question::IDS,
        ) {
            let path = At::Key("answers", key);
            let Some(question) = question.and_then(|index| Question::ALL.get(index).copied())
            else {
                if !self.room() {
                    continue;
                }
                let retired = Question::RETIRED.iter().find(|(old, _)| *old == key);
                let suggestion = retired
                    .map(|(_, new)| new.id())
                    .or_else(|| suggest(key, Question::IDS.iter().copied()))
                    .map(str::to_owned);
                let message = if retired.is_some() {
                    "retired question id (renamed in version 2 of the rules)"
                } else if suggestion.is_some() {
                    "unknown question"
                } else {
                    "unknown question; see the question ids in docs/rules.md"
                };
                let message = message.to_owned();
                self.problem(path, ProblemKind::UnknownQuestion, message, suggestion);
                continue;
            };
            if *value != RawValue::Null {
                let answer = self.word(path, value, Answer::ALL, Answer::IDS);
                intake.answers.set(question, answer);
            }
        }
    }

    /// A whole number from 0 to `max`; JSON has only one number type, so `2.0` is fine.
    fn whole(&mut self, at: At, value: &RawValue, max: u32, expected: &str) -> Option<u32> {
        let RawValue::Number(number) = *value else {
            self.wrong_type(at, expected, value);
            return None;
        };
        let kind = if number.fract() != 0.0 {
            ProblemKind::NotWholeNumber
        } else if !(0.0..=f64::from(max)).contains(&number) {
            ProblemKind::OutOfRange
        } else {
            return Some(number as u32);
        };
        if !self.room() {
            return None;
        }
        let message = expected_found(expected, value);
        self.problem(at, kind, message, None);
        None
    }

    /// One word of a vocabulary. Only this thin shell is generic: the checking works on the
    /// ids, once for every vocabulary.
    fn word<T: Copy>(&mut self, at: At, value: &RawValue, all: &[T], ids: &[&str]) -> Option<T> {
        all.get(self.word_index(at, value, ids)?).copied()
    }

    fn word_index(&mut self, at: At, value: &RawValue, ids: &[&str]) -> Option<usize> {
        let RawValue::String(text) = value else {
            let mut expected = "one of ".to_owned();
            push_list(&mut expected, ids, true);
            self.wrong_type(at, &expected, value);
            return None;
        };
        if let Some(index) = position(ids, text) {
            return Some(index);
        }
        if !self.room() {
            return None;
        }
        let mut message = "expected one of ".to_owned();
        push_list(&mut message, ids, true);
        message.push_str(", found ");
        message.push_str(&value.describe());
        let suggestion = suggest(text, ids.iter().copied()).map(|s| join(&["\"", s, "\""]));
        self.problem(at, ProblemKind::UnknownValue, message, suggestion);
        None
    }

    /// A list of words, each once, in the order first given.
    fn words<T: Copy>(&mut self, list: &str, value: &RawValue, all: &[T], ids: &[&str]) -> Vec<T> {
        self.word_indices(list, value, ids)
            .into_iter()
            .filter_map(|index| all.get(index).copied())
            .collect()
    }

    fn word_indices(&mut self, list: &str, value: &RawValue, ids: &[&str]) -> Vec<usize> {
        let RawValue::Array(items) = value else {
            let mut expected = "a list of ".to_owned();
            push_list(&mut expected, ids, false);
            self.wrong_type(At::Field(list), &expected, value);
            return Vec::new();
        };
        let mut found = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            if let Some(word) = self.word_index(At::Item(list, index), item, ids) {
                if !found.contains(&word) {
                    found.push(word);
                }
            }
        }
        found
    }
}

/// The closest candidate to a near-miss id: the same id once case, spaces and hyphens are
/// normalised, or one within a few typos (more allowed for longer ids). Shipped code always
/// passes `ids.iter().copied()`, so this is compiled once.
pub(crate) fn suggest<'a>(
    input: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    if input.len() > 64 {
        return None;
    }
    let normal: String = input
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let allowed = (normal.chars().count() / 4).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&normal, candidate);
        // Strictly nearer only: the first of equally near candidates wins.
        if distance <= allowed && best.is_none_or(|(least, _)| distance < least) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters, one row kept and updated in place.
fn edit_distance(a: &str, b: &str) -> usize {
    let mut row: Vec<usize> = (0..=b.chars().count()).collect();
    for (i, ca) in a.chars().enumerate() {
        // The previous row's value one column to the left, and the new row's value there.
        let (mut diagonal, mut left) = (i, i + 1);
        for (cb, cell) in b.chars().zip(row.iter_mut().skip(1)) {
            let above = *cell;
            left = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(left + 1);
            diagonal = above;
            *cell = left;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("lower_back_lft", "lower_back_left"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions_need_a_near_miss() {
        let regions = || Region::ALL.iter().map(|r| r.id());
        assert_eq!(
            suggest("lower_back_lft", regions()),
            Some("lower_back_left")
        );
        assert_eq!(
            suggest("Lower-Back-Left", regions()),
            Some("lower_back_left")
        );
        assert_eq!(suggest("elbow", regions()), None);
        assert_eq!(
            suggest("yess", Answer::ALL.iter().map(|a| a.id())),
            Some("yes")
        );
    }
}
