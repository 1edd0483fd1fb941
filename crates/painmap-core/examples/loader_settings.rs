//! The settings the embed's loader (`www/painmap-embed.js`) works out before the wasm arrives,
//! as the widget works them out: for each line of standard input, a JSON object `{ "id",
//! "source", "config", "trusted", "scheme" }` (the element's id, `mount`'s source, its config
//! and trusted settings, the host element's `color-scheme`), one line of JSON on standard
//! output: `{ "key", "theme", "accent" }` (the journey's storage key or null, the widget
//! root's `data-theme`, the accent for the light and the dark scheme or null), or
//! `{ "refused": true }` for settings `mount` refuses. `tests/e2e/loader-settings.test.mjs`
//! compares them with the loader's copies.

use painmap_core::config::{Config, Source, Surroundings};
use painmap_core::i18n::Lang;
use painmap_core::model::RawValue;
use serde_json::{json, Value};
use std::io::{self, BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = io::stdout().lock();
    for line in io::stdin().lock().lines() {
        let case: Value = serde_json::from_str(&line?)?;
        let field = |name: &str| case.get(name).cloned().unwrap_or(Value::Null);
        let raw = |name: &str| -> Result<Option<RawValue>, serde_json::Error> {
            match field(name) {
                Value::Null => Ok(None),
                value => serde_json::from_value(value).map(Some),
            }
        };
        let source = field("source")
            .as_str()
            .and_then(Source::from_id)
            .unwrap_or_default();
        let id = field("id").as_str().unwrap_or_default().to_owned();
        let scheme = field("scheme").as_str().unwrap_or_default().to_owned();
        let result = match Config::read(raw("config")?.as_ref(), source, raw("trusted")?.as_ref()) {
            Err(_) => json!({ "refused": true }),
            Ok(checked) => {
                let around = Surroundings {
                    lang: Lang::default(),
                    locale: "en",
                    element_id: &id,
                };
                let settings = checked.config.resolve(&around, || scheme);
                json!({
                    "key": settings.storage_key,
                    "theme": settings.theme.id(),
                    "accent": settings.accent,
                })
            }
        };
        writeln!(out, "{result}")?;
    }
    Ok(())
}
