//! The settings a page passes to `mount(element, config)`, read and checked.
//!
//! Pure: the JS boundary turns the JavaScript object into a [`RawValue`] and this module does
//! the rest, so every message a webmaster can see is tested natively. Unknown and malformed
//! settings are refused with a message that names the setting, the value and what is expected:
//! a typo must not silently fall back to a default.

use crate::engine::Technique;
use crate::i18n::Lang;
use crate::model::RawValue;

/// Every setting painmap knows, for "expected one of" messages.
const KNOWN: [&str; 1] = ["lang"];

/// Checked settings. `None` means "not set": the widget's own default applies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// `None`: follow the browser.
    pub lang: Option<Lang>,
    /// The clinic's name, on the booking button and in the summary.
    pub clinic_name: Option<String>,
    /// The techniques the clinic offers: suggestions say "Offered here" or "Ask us". `None`:
    /// the clinic did not say, so neither is shown.
    pub techniques: Option<Vec<Technique>>,
    /// Where the "Book" button goes (https only); shown at a massage level only.
    pub booking_url: Option<String>,
    /// The clinic's phone number, as written for a `tel:` link.
    pub phone: Option<String>,
    /// `None`: by the browser's locale (see [`default_emergency_number`]).
    pub emergency_number: Option<String>,
    pub theme: Theme,
    /// The accent colour as `#rrggbb`, already adjusted for AA contrast.
    pub accent: Option<String>,
}

/// The widget's colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follow the person's system setting (`prefers-color-scheme`).
    Auto,
    /// Follow the host page's `color-scheme`.
    Host,
}

/// The emergency number for a locale tag (clinical-rules §5): 911 in the US and Canada, 999 in
/// the UK, 000 in Australia, 112 elsewhere (112 works across the EU and is routed on most
/// mobile networks worldwide).
pub fn default_emergency_number(locale: &str) -> &'static str {
    let region = locale
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2)
        .unwrap_or_default();
    match region.to_ascii_uppercase().as_str() {
        "US" | "CA" | "MX" | "PR" => "911",
        "GB" | "UK" | "IE" => "999",
        "AU" => "000",
        "NZ" => "111",
        _ => "112",
    }
}

impl Config {
    /// Reads a config object; `undefined`/`null` (absent) gives the defaults.
    pub fn from_raw(raw: Option<&RawValue>) -> Result<Config, String> {
        let fields = match raw {
            None | Some(RawValue::Null) => return Ok(Config::default()),
            Some(RawValue::Object(fields)) => fields,
            Some(other) => {
                return Err(format!(
                    "painmap config: expected an object such as {{ lang: \"en\" }}, found {}",
                    other.describe()
                ))
            }
        };
        let mut config = Config::default();
        let mut problems = Vec::new();
        for (key, value) in fields {
            match key.as_str() {
                "lang" => match read_lang(value) {
                    Ok(lang) => config.lang = lang,
                    Err(problem) => problems.push(problem),
                },
                _ => problems.push(format!(
                    "painmap config: unknown setting \"{key}\"; expected one of: {}",
                    KNOWN.join(", ")
                )),
            }
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems.join("\n"))
        }
    }
}

fn read_lang(value: &RawValue) -> Result<Option<Lang>, String> {
    match value {
        RawValue::Null => Ok(None),
        RawValue::String(tag) => Lang::from_tag(tag).map(Some).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
            format!(
                "painmap config: lang \"{tag}\" is not a language painmap speaks; expected one of: {}",
                known.join(", ")
            )
        }),
        other => Err(format!(
            "painmap config: lang must be a language tag such as \"en\", found {}",
            other.describe()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(fields: &[(&str, RawValue)]) -> RawValue {
        RawValue::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn the_emergency_number_follows_the_locale() {
        assert_eq!(default_emergency_number("en-US"), "911");
        assert_eq!(default_emergency_number("en-GB"), "999");
        assert_eq!(default_emergency_number("en-AU"), "000");
        assert_eq!(default_emergency_number("es-ES"), "112");
        assert_eq!(default_emergency_number("es-MX"), "911");
        assert_eq!(default_emergency_number("es"), "112");
        assert_eq!(default_emergency_number("zh-Hant-TW"), "112");
    }

    #[test]
    fn absent_or_empty_config_gives_the_defaults() {
        assert_eq!(Config::from_raw(None), Ok(Config::default()));
        assert_eq!(
            Config::from_raw(Some(&RawValue::Null)),
            Ok(Config::default())
        );
        assert_eq!(Config::from_raw(Some(&object(&[]))), Ok(Config::default()));
    }

    #[test]
    fn reads_a_language_tag() {
        let raw = object(&[("lang", RawValue::String("en-GB".into()))]);
        assert_eq!(
            Config::from_raw(Some(&raw)),
            Ok(Config {
                lang: Some(Lang::En),
                ..Config::default()
            })
        );
    }

    #[test]
    fn names_what_is_wrong_and_what_is_expected() {
        let raw = object(&[
            ("lnag", RawValue::String("en".into())),
            ("lang", RawValue::String("xx".into())),
        ]);
        let error = Config::from_raw(Some(&raw)).unwrap_err();
        assert!(
            error.contains("unknown setting \"lnag\"; expected one of: lang"),
            "{error}"
        );
        assert!(
            error.contains("lang \"xx\" is not a language painmap speaks"),
            "{error}"
        );

        let error =
            Config::from_raw(Some(&object(&[("lang", RawValue::Number(3.0))]))).unwrap_err();
        assert!(
            error.contains("lang must be a language tag such as \"en\", found 3"),
            "{error}"
        );

        let error = Config::from_raw(Some(&RawValue::String("en".into()))).unwrap_err();
        assert!(error.contains("expected an object"), "{error}");
    }
}
