//! The advice's JSON, written by hand through one small value type.
//!
//! Derived `Serialize` impls instantiate the serializer once per struct, per field type and
//! per enum; in the wasm build that came to several KB for a handful of types. Here every
//! object, list and string of the advice is an [`Out`], so a serializer is instantiated for a
//! single value type, and objects and lists are walked by index without allocating.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use super::{Advice, Avoidance, Indication, PrecautionNote, Reason, Suggestion};
use crate::model::Field;

/// One JSON value of the advice.
#[derive(Clone, Copy)]
pub(crate) enum Out<'a> {
    Null,
    Number(u8),
    /// A prefix and an id, written as one string: `("regions.", "neck")`, `("", "yes")`.
    Text((&'static str, &'static str)),
    List(List<'a>),
    Object(Object<'a>),
}

#[derive(Clone, Copy)]
pub(crate) enum List<'a> {
    Reasons(&'a [Reason]),
    Fields(&'a [Field]),
    Ids(&'a [&'static str]),
    Indications(&'a [Indication]),
    Precautions(&'a [PrecautionNote]),
    Suggestions(&'a [Suggestion]),
    Avoid(&'a [Avoidance]),
}

#[derive(Clone, Copy)]
pub(crate) enum Object<'a> {
    Advice(&'a Advice),
    Reason(&'a Reason),
    Precaution(&'a PrecautionNote),
    Suggestion(&'a Suggestion),
    Avoidance(&'a Avoidance),
}

/// The most entries any object has (the advice's eight).
const MAX_ENTRIES: usize = 8;

fn id(id: &'static str) -> Out<'static> {
    Out::Text(("", id))
}

impl<'a> List<'a> {
    /// The item at `index`, `None` past the end.
    fn item(self, index: usize) -> Option<Out<'a>> {
        Some(match self {
            List::Reasons(items) => Out::Object(Object::Reason(items.get(index)?)),
            List::Fields(items) => Out::Text(items.get(index)?.parts()),
            List::Ids(items) => id(items.get(index)?),
            List::Indications(items) => id(items.get(index)?.id()),
            List::Precautions(items) => Out::Object(Object::Precaution(items.get(index)?)),
            List::Suggestions(items) => Out::Object(Object::Suggestion(items.get(index)?)),
            List::Avoid(items) => Out::Object(Object::Avoidance(items.get(index)?)),
        })
    }
}

impl<'a> Object<'a> {
    /// The entries in output order; `None` for an entry that is left out.
    fn entries(self) -> [Option<(&'static str, Out<'a>)>; MAX_ENTRIES] {
        let urgency = |urgency: Option<super::Urgency>| urgency.map_or(Out::Null, |u| id(u.id()));
        match self {
            Object::Advice(advice) => [
                Some(("rules_version", Out::Number(super::RULES_VERSION))),
                Some(("level", id(advice.level.id()))),
                Some(("urgency", urgency(advice.urgency))),
                Some(("reasons", Out::List(List::Reasons(&advice.reasons)))),
                Some((
                    "precautions",
                    Out::List(List::Precautions(&advice.precautions)),
                )),
                Some((
                    "techniques",
                    Out::List(List::Suggestions(&advice.techniques)),
                )),
                Some(("avoid", Out::List(List::Avoid(&advice.avoid)))),
                Some(("unanswered", Out::List(List::Fields(&advice.unanswered)))),
            ],
            Object::Reason(reason) => [
                Some(("rule", id(reason.rule.id()))),
                Some(("level", id(reason.level.id()))),
                Some(("urgency", urgency(reason.urgency))),
                Some(("fields", Out::List(List::Fields(&reason.fields)))),
                Some(("sources", Out::List(List::Ids(reason.sources)))),
                (!reason.assumed.is_empty())
                    .then_some(("assumed", Out::List(List::Fields(&reason.assumed)))),
                reason.softens.map(|rule| ("softens", id(rule.id()))),
                None,
            ],
            Object::Precaution(note) => [
                Some(("code", Out::Text(note.code.parts()))),
                Some(("rule", id(note.rule.id()))),
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            Object::Suggestion(suggestion) => [
                Some(("id", id(suggestion.id.id()))),
                Some(("score", Out::Number(suggestion.score))),
                Some(("because", Out::List(List::Indications(&suggestion.because)))),
                None,
                None,
                None,
                None,
                None,
            ],
            Object::Avoidance(avoidance) => [
                Some(("id", id(avoidance.id.id()))),
                Some(("rule", id(avoidance.rule.id()))),
                None,
                None,
                None,
                None,
                None,
                None,
            ],
        }
    }
}

impl Serialize for Out<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Out::Null => serializer.serialize_none(),
            Out::Number(number) => serializer.serialize_u8(number),
            Out::Text(("", id)) => serializer.serialize_str(id),
            Out::Text((prefix, id)) => {
                let mut text = prefix.to_owned();
                text.push_str(id);
                serializer.serialize_str(&text)
            }
            Out::List(list) => {
                let mut seq = serializer.serialize_seq(None)?;
                let mut index = 0;
                while let Some(item) = list.item(index) {
                    seq.serialize_element(&item)?;
                    index += 1;
                }
                seq.end()
            }
            Out::Object(object) => {
                let mut map = serializer.serialize_map(None)?;
                for (key, value) in object.entries().into_iter().flatten() {
                    map.serialize_entry(key, &value)?;
                }
                map.end()
            }
        }
    }
}

/// The advice as the browser gets it (`advise()`, the `painmap:advice` event): the engine's
/// object with `painmap_version`, the release that ran the rules, right after
/// `rules_version`. The engine's own output (the command line, the stored cases) leaves it
/// out, or every release would change every stored advice.
pub struct Released<'a>(pub &'a Advice);

impl Serialize for Released<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let entries = Object::Advice(self.0).entries().into_iter().flatten();
        for (index, (key, value)) in entries.enumerate() {
            map.serialize_entry(key, &value)?;
            if index == 0 {
                map.serialize_entry("painmap_version", crate::VERSION)?;
            }
        }
        map.end()
    }
}

macro_rules! serialize_as {
    ($($type:ident => $variant:ident,)+) => {$(
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                Out::Object(Object::$variant(self)).serialize(serializer)
            }
        }
    )+};
}

serialize_as! {
    Advice => Advice,
    Reason => Reason,
    PrecautionNote => Precaution,
    Suggestion => Suggestion,
    Avoidance => Avoidance,
}
