//! A tiny self-describing value, so that one validator serves every serde input format.
//!
//! serde-derived structs stop at the first error and lose the path of wrong types. Reading
//! any input (JSON text on the command line, a JavaScript object in the browser) into this
//! tree first lets [`Intake::from_raw`](super::Intake::from_raw) report every problem with
//! its path, and keeps the wasm small: no serde_json in the browser build.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

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

/// An intake is two levels deep; anything far deeper is not an intake, and refusing it early
/// keeps a hostile or cyclic input from exhausting the stack.
const MAX_DEPTH: u8 = 16;

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(RawVisitor { depth: 0 })
    }
}

#[derive(Clone, Copy)]
struct RawVisitor {
    depth: u8,
}

impl RawVisitor {
    fn nested<E: de::Error>(self) -> Result<RawVisitor, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!(
                "nested more than {MAX_DEPTH} levels deep"
            )));
        }
        Ok(RawVisitor {
            depth: self.depth + 1,
        })
    }
}

impl<'de> DeserializeSeed<'de> for RawVisitor {
    type Value = RawValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RawVisitor {
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

    fn visit_str<E>(self, value: &str) -> Result<RawValue, E> {
        Ok(RawValue::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<RawValue, E> {
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
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(RawValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let inner = self.nested()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value_seed(inner)?));
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
pub(crate) fn push_digits(out: &mut String, value: u64, width: u32) {
    if value >= 10 || width > 1 {
        push_digits(out, value / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (value % 10) as u8));
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
