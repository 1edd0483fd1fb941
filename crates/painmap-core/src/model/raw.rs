//! A tiny self-describing value, so that one validator serves every serde input format.
//!
//! serde-derived structs stop at the first error and lose the path of wrong types. Reading
//! any input (JSON text on the command line, a JavaScript object in the browser) into this
//! tree first lets [`Intake::from_raw`](super::Intake::from_raw) report every problem with
//! its path, and keeps the wasm small: no serde_json in the browser build.

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::{IntakeError, Problem, ProblemKind};

/// Any value a serde input can hold, keys in input order (duplicates kept so that they can be
/// reported).
#[derive(Clone, Debug, PartialEq)]
pub enum RawValue {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<RawValue>),
    Object(Vec<(String, RawValue)>),
}

/// How much of one input is read, whatever reads it (JSON text, a JavaScript value, a saved
/// journey). The largest real input, a full intake, is three levels deep with about a hundred
/// values, none longer than 40 bytes; the limits leave a wide margin and still keep a hostile
/// input from costing more than a few milliseconds or a few hundred KB. Going over one is a
/// [`ProblemKind::TooLarge`] naming where, never a silent cut.
pub mod limits {
    /// Levels of nesting: an intake is two deep, a saved journey three.
    pub const DEPTH: usize = 16;
    /// Keys of one object or items of one list: an intake has 23 regions and under 50
    /// questions.
    pub const ENTRIES: usize = 256;
    /// Values in one input, every level counted.
    pub const VALUES: usize = 4096;
    /// UTF-8 bytes of one string or key: ids are under 40, a clinic name 80 characters.
    pub const STRING_BYTES: usize = 1024;
    /// Bytes of one JSON text (a line on the command line): a full intake is under 3 KB.
    pub const TEXT_BYTES: usize = 65_536;
    /// Problems listed in one error; the others are counted in a last "…and N more".
    pub const PROBLEMS: usize = 20;
}

/// Which of the [`limits`] an input went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Depth,
    Keys,
    Items,
    Values,
    String,
    Text,
}

impl Limit {
    /// The problem at `path` (`""` for the input itself).
    pub fn problem(self, path: String) -> Problem {
        let (before, limit, after) = match self {
            Limit::Depth => ("nested more than ", limits::DEPTH, " levels deep"),
            Limit::Keys => ("more than ", limits::ENTRIES, " keys"),
            Limit::Items => ("more than ", limits::ENTRIES, " items"),
            Limit::Values => ("more than ", limits::VALUES, " values in all"),
            Limit::String => ("a text or key longer than ", limits::STRING_BYTES, " bytes"),
            Limit::Text => ("longer than ", limits::TEXT_BYTES, " bytes"),
        };
        let mut message = String::from(before);
        push_digits(&mut message, limit as u64, 1);
        message.push_str(after);
        message.push_str("; not read");
        Problem {
            path,
            kind: ProblemKind::TooLarge,
            message,
            did_you_mean: None,
        }
    }
}

/// A path in the intake's notation: `regions.neck`, `qualities[2]`, `""` for the root.
pub(crate) fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(&shorten(key));
}

pub(crate) fn push_index(path: &mut String, index: usize) {
    path.push('[');
    push_digits(path, index as u64, 1);
    path.push(']');
}

/// One step of a path, noted by a reader on the way out of an error (innermost first).
pub enum Segment {
    Key(String),
    Index(usize),
}

/// The path of segments noted innermost first, in the intake's notation.
pub fn path_of(segments: &[Segment]) -> String {
    let mut path = String::new();
    for segment in segments.iter().rev() {
        match segment {
            Segment::Key(key) => push_key(&mut path, key),
            Segment::Index(index) => push_index(&mut path, *index),
        }
    }
    path
}

impl<'de> Deserialize<'de> for RawValue {
    /// Within the [`limits`]; going over one is an error naming where.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawValue, D::Error> {
        let (read, over) = RawValue::read_within_limits(deserializer);
        match over {
            Some(problem) => Err(de::Error::custom(problem)),
            None => read,
        }
    }
}

impl RawValue {
    /// Reads any self-describing serde input (serde_json…) within the [`limits`]: an input
    /// over one is a [`ProblemKind::TooLarge`] with its path, one that cannot be read a
    /// [`ProblemKind::Unreadable`]. The caller checks for trailing input (serde_json's
    /// `Deserializer::end`).
    pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RawValue, IntakeError> {
        match RawValue::read_within_limits(deserializer) {
            (Ok(raw), _) => Ok(raw),
            (Err(_), Some(problem)) => Err(IntakeError {
                problems: vec![problem],
            }),
            (Err(error), None) => Err(IntakeError::unreadable(error)),
        }
    }

    fn read_within_limits<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> (Result<RawValue, D::Error>, Option<Problem>) {
        let reading = Reading::default();
        let read = RawVisitor {
            depth: 0,
            reading: &reading,
        }
        .deserialize(deserializer);
        let over = reading
            .over
            .get()
            .map(|limit| limit.problem(path_of(&reading.path.into_inner())));
        (read, over)
    }
}

/// What a reading has seen so far, shared by every level of one input.
#[derive(Default)]
struct Reading {
    values: Cell<usize>,
    over: Cell<Option<Limit>>,
    /// Where the limit was hit, noted by each level as the error passes through it.
    path: RefCell<Vec<Segment>>,
}

impl Reading {
    fn exceed<E: de::Error>(&self, limit: Limit) -> E {
        self.over.set(Some(limit));
        E::custom(limit.problem(String::new()))
    }

    fn note(&self, segment: Segment) {
        if self.over.get().is_some() {
            self.path.borrow_mut().push(segment);
        }
    }
}

#[derive(Clone, Copy)]
struct RawVisitor<'r> {
    depth: usize,
    reading: &'r Reading,
}

impl RawVisitor<'_> {
    fn nested<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= limits::DEPTH {
            return Err(self.reading.exceed(Limit::Depth));
        }
        Ok(RawVisitor {
            depth: self.depth + 1,
            reading: self.reading,
        })
    }

    fn text<E: de::Error>(self, text: &str) -> Result<(), E> {
        if text.len() > limits::STRING_BYTES {
            return Err(self.reading.exceed(Limit::String));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for RawVisitor<'_> {
    type Value = RawValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawValue, D::Error> {
        let values = self.reading.values.get() + 1;
        if values > limits::VALUES {
            return Err(self.reading.exceed(Limit::Values));
        }
        self.reading.values.set(values);
        deserializer.deserialize_any(self)
    }
}

/// A key of an object, held to the string limit like any text.
struct KeySeed<'r>(RawVisitor<'r>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        let key = String::deserialize(deserializer)?;
        self.0.text(&key)?;
        Ok(key)
    }
}

impl<'de> Visitor<'de> for RawVisitor<'_> {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON-like value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<RawValue, E> {
        Ok(RawValue::Number(value as f64))
    }

    fn visit_u64<E>(self, value: u64) -> Result<RawValue, E> {
        Ok(RawValue::Number(value as f64))
    }

    fn visit_i128<E>(self, value: i128) -> Result<RawValue, E> {
        Ok(RawValue::Number(value as f64))
    }

    fn visit_u128<E>(self, value: u128) -> Result<RawValue, E> {
        Ok(RawValue::Number(value as f64))
    }

    fn visit_f64<E>(self, value: f64) -> Result<RawValue, E> {
        Ok(RawValue::Number(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<RawValue, E> {
        self.text(value)?;
        Ok(RawValue::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<RawValue, E> {
        self.text(&value)?;
        Ok(RawValue::String(value))
    }

    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }

    fn visit_none<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let inner = self.nested()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        loop {
            let index = items.len();
            let item = seq.next_element_seed(inner).inspect_err(|_| {
                self.reading.note(Segment::Index(index));
            })?;
            let Some(item) = item else { break };
            if index >= limits::ENTRIES {
                return Err(self.reading.exceed(Limit::Items));
            }
            items.push(item);
        }
        Ok(RawValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let inner = self.nested()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key_seed(KeySeed(inner))? {
            if entries.len() >= limits::ENTRIES {
                return Err(self.reading.exceed(Limit::Keys));
            }
            let value = map.next_value_seed(inner).inspect_err(|_| {
                self.reading.note(Segment::Key(key.clone()));
            })?;
            entries.push((key, value));
        }
        Ok(RawValue::Object(entries))
    }
}

impl RawValue {
    /// What kind of value this is, for error messages ("found a string").
    pub fn describe(&self) -> String {
        match self {
            RawValue::Null => "null".to_owned(),
            RawValue::Bool(true) => "true".to_owned(),
            RawValue::Bool(false) => "false".to_owned(),
            RawValue::Number(value) => number(*value),
            RawValue::String(value) => {
                let mut text = String::from("\"");
                text.push_str(&shorten(value));
                text.push('"');
                text
            }
            RawValue::Array(_) => "a list".to_owned(),
            RawValue::Object(_) => "an object".to_owned(),
        }
    }
}

/// A number for an error message. core's float formatting (`{}`, `{:e}`) costs about 15 KB
/// of wasm, so this renders with integer arithmetic instead: whole numbers exactly, others to
/// six decimals, very large or tiny ones as four significant digits with an exponent.
fn number(value: f64) -> String {
    let mut out = String::new();
    if value.is_nan() {
        return "not a number".to_owned();
    }
    if value.is_sign_negative() && value != 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    if magnitude.is_infinite() {
        out.push_str("infinity");
    } else if magnitude < 1e15 && (magnitude.fract() == 0.0 || magnitude >= 1e-3) {
        let whole = magnitude.trunc();
        push_digits(&mut out, whole as u64, 1);
        // Rounded to six decimals, but never shown as whole: a value that is not whole is
        // what the message is about.
        let decimals = ((magnitude - whole) * 1e6).round() as u64;
        if magnitude.fract() != 0.0 {
            out.push('.');
            push_trimmed(&mut out, decimals.clamp(1, 999_999), 6);
        }
    } else {
        let (mut mantissa, mut exponent) = (magnitude, 0i32);
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        while mantissa < 1.0 {
            mantissa *= 10.0;
            exponent -= 1;
        }
        let mut digits = (mantissa * 1000.0).round() as u64;
        if digits >= 10_000 {
            digits /= 10;
            exponent += 1;
        }
        push_digits(&mut out, digits / 1000, 1);
        if digits % 1000 != 0 {
            out.push('.');
            push_trimmed(&mut out, digits % 1000, 3);
        }
        out.push('e');
        if exponent < 0 {
            out.push('-');
        }
        push_digits(&mut out, u64::from(exponent.unsigned_abs()), 1);
    }
    out
}

/// `value` in decimal, zero-padded to at least `width` digits.
pub fn push_digits(out: &mut String, value: u64, width: u32) {
    if value >= 10 || width > 1 {
        push_digits(out, value / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (value % 10) as u8));
}

/// `text` around the first `needle`, as `str::split_once` with a `&str` pattern, which the
/// wasm would pay for with the standard two-way searcher and its panic messages (3 KiB):
/// painmap's needles are a few bytes in short texts. `None` for an empty needle.
pub fn split_at_str<'a>(text: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = text
        .as_bytes()
        .windows(needle.len().max(1))
        .position(|window| window == needle.as_bytes())?;
    Some((text.get(..at)?, text.get(at + needle.len()..)?))
}

/// Whether `needle` is in `text` (see [`split_at_str`]).
pub fn has_str(text: &str, needle: &str) -> bool {
    split_at_str(text, needle).is_some()
}

/// `value` in decimal: `to_string()` without the formatting machinery, which every integer
/// type would bring into the wasm on its own.
pub fn int_text(value: i64) -> String {
    let mut text = String::new();
    if value < 0 {
        text.push('-');
    }
    push_digits(&mut text, value.unsigned_abs(), 1);
    text
}

/// Decimals as `width` zero-padded digits, without trailing zeros.
fn push_trimmed(out: &mut String, mut value: u64, mut width: u32) {
    while value % 10 == 0 && width > 1 {
        value /= 10;
        width -= 1;
    }
    push_digits(out, value, width);
}

/// Long inputs would drown the message; 40 characters identify them.
pub(crate) fn shorten(text: &str) -> String {
    const KEEP: usize = 40;
    if text.chars().count() <= KEEP {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(KEEP).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_split_as_split_once_would() {
        for (text, needle) in [
            ("https://clinic.example", "://"),
            ("::1", "::"),
            ("fe80::1::2", "::"),
            ("Smith (2020) https://doi.org/x", " https://"),
            ("no separator", "://"),
            ("ab", "abc"),
            ("ńé://ü", "://"),
            ("light dark", "dark"),
        ] {
            assert_eq!(
                split_at_str(text, needle),
                text.split_once(needle),
                "{text} {needle}"
            );
            assert_eq!(
                has_str(text, needle),
                text.contains(needle),
                "{text} {needle}"
            );
        }
        assert_eq!(
            split_at_str("text", ""),
            None,
            "an empty needle finds nothing"
        );
    }

    #[test]
    fn integers_read_as_to_string_writes_them() {
        for value in [0, 7, 10, 42, 178, 400, 65_535, -1, -320, i64::MAX, i64::MIN] {
            assert_eq!(int_text(value), value.to_string());
        }
    }

    #[test]
    fn numbers_read_like_numbers() {
        let cases: [(f64, &str); 16] = [
            (0.0, "0"),
            (-0.0, "0"),
            (11.0, "11"),
            (-1.0, "-1"),
            (2.5, "2.5"),
            (-0.5, "-0.5"),
            (1234.3, "1234.3"),
            (0.125, "0.125"),
            (2.9999, "2.9999"),
            (5.000_000_01, "5.000001"),
            (4_294_967_296.0, "4294967296"),
            (1e300, "1e300"),
            (f64::MAX, "1.798e308"),
            (0.000_012_5, "1.25e-5"),
            (f64::INFINITY, "infinity"),
            (f64::NEG_INFINITY, "-infinity"),
        ];
        for (value, text) in cases {
            assert_eq!(RawValue::Number(value).describe(), text, "{value:e}");
        }
        assert_eq!(RawValue::Number(f64::NAN).describe(), "not a number");
        assert_eq!(
            RawValue::Number(999_999_999_999_999.0).describe(),
            "999999999999999"
        );
        assert_eq!(RawValue::Number(1e15).describe(), "1e15");
        assert_eq!(RawValue::Bool(true).describe(), "true");
    }
}
