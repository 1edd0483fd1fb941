//! The message catalog: every word the widget shows a person, keyed by [`Msg`].
//!
//! One file per language, each an exhaustive `match` over [`Msg`], so a language that lacks a
//! message does not compile. Templates use named `{placeholders}` filled by [`fill`], which
//! leaves word order to the translator.

mod en;

use crate::model::{Band, Region};

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
