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
            RawValue::Bool(value) => value.to_string(),
            RawValue::Number(value) if value.abs() >= 1e15 => format!("{value:e}"),
            RawValue::Number(value) => value.to_string(),
            RawValue::String(value) => format!("\"{}\"", shorten(value)),
            RawValue::Array(_) => "a list".to_owned(),
            RawValue::Object(_) => "an object".to_owned(),
        }
    }
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
