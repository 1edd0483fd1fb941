//! The JavaScript boundary, and the only file that talks to it: `mount(element, config)`
//! returns a handle whose `destroy()` removes the widget again, and `advise(intake)` gives
//! the advice engine's answer for an intake object.
//!
//! The widget renders inside a shadow root on the host element, so the host page's CSS and
//! ours cannot touch each other. Its stylesheet is compiled in and adopted as a constructed
//! stylesheet: no extra request, no inline `<style>`, so a page whose CSP says
//! `style-src 'self'` works as is.

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::components::{App, AppProps};
use crate::config::{default_emergency_number, Config};
use crate::i18n::Lang;
use crate::model::{Intake, RawValue};

/// The widget stylesheet, `www/painmap.css` minified by `build.rs`.
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/painmap.min.css"));

/// The class of the element that holds one mounted widget inside the shadow root.
const ROOT_CLASS: &str = "painmap-root";

thread_local! {
    /// One parsed stylesheet, shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// A mounted widget. Dropping it leaves the widget running; call `destroy()` to remove it.
#[wasm_bindgen]
pub struct PainMapHandle {
    app: Option<AppHandle<App>>,
    root: Option<Element>,
}

#[wasm_bindgen]
impl PainMapHandle {
    /// Removes the widget and frees its memory. Calling it twice does nothing.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(root) = self.root.take() {
            root.remove();
        }
    }
}

/// Mounts a widget in `element` (any element that can host a shadow root, such as a `div`).
///
/// `config` is optional: `{ lang: "en" }` (see [`Config`]). Errors are thrown as JS `Error`s whose message says
/// what is wrong and what is expected; the page keeps working.
#[wasm_bindgen]
pub fn mount(element: JsValue, config: JsValue) -> Result<PainMapHandle, JsError> {
    let host: Element = element.dyn_into().map_err(|_| {
        JsError::new("painmap.mount(element, config): element must be a DOM element")
    })?;
    let config = read_config(config)?;
    let lang = config.lang.unwrap_or_else(browser_lang);
    let emergency_number = config.emergency_number.clone().unwrap_or_else(|| {
        default_emergency_number(&browser_locale().unwrap_or_default()).to_owned()
    });

    let shadow = shadow_root(&host)?;
    if shadow
        .query_selector(&format!(".{ROOT_CLASS}"))
        .ok()
        .flatten()
        .is_some()
    {
        return Err(JsError::new(
            "painmap.mount: this element already shows a painmap; call destroy() on its handle first",
        ));
    }
    adopt_stylesheet(&shadow)?;
    let root = host
        .owner_document()
        .ok_or_else(|| JsError::new("painmap.mount: element is not in a document"))?
        .create_element("div")
        .map_err(|_| JsError::new("painmap.mount: could not create the widget's root"))?;
    root.set_class_name(ROOT_CLASS);
    shadow
        .append_child(&root)
        .map_err(|_| JsError::new("painmap.mount: could not attach the widget's root"))?;

    let storage_key = storage_key(&host);
    let props = AppProps {
        lang,
        config: Rc::new(config),
        emergency_number: emergency_number.into(),
        storage_key: Some(storage_key.into()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(PainMapHandle {
        app: Some(app),
        root: Some(root),
    })
}

/// The engine's advice for an intake object (the shape in `docs/rules.md` and issue 3), as a
/// plain object. Throws an `Error` whose message lists every problem with its path when the
/// intake is not valid (`regions.lower_back_lft: unknown region; did you mean
/// lower_back_left?`).
#[wasm_bindgen]
pub fn advise(intake: JsValue) -> Result<JsValue, JsError> {
    let intake = Intake::from_raw(&raw_value(&intake, 0))
        .map_err(|error| JsError::new(&error.to_string()))?;
    let advice = crate::engine::advise(&intake);
    // json_compatible: maps become plain objects and `None` becomes `null`, as in the JSON.
    advice
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&error.to_string()))
}

fn read_config(config: JsValue) -> Result<Config, JsError> {
    let raw = if config.is_undefined() || config.is_null() {
        None
    } else {
        Some(raw_value(&config, 0))
    };
    Config::from_raw(raw.as_ref()).map_err(|message| JsError::new(&message))
}

/// Reads a JavaScript value into the model's [`RawValue`], which the pure core validates.
///
/// Hand-written rather than `serde_wasm_bindgen::from_value`: serde's error messages format
/// floats, and that alone cost 25 KB of wasm (11 KiB over the wire), a sixth of the budget.
/// Values JSON cannot hold (functions, symbols) read as `null`; cycles stop at a fixed depth.
pub(crate) fn raw_value(value: &JsValue, depth: u8) -> RawValue {
    const MAX_DEPTH: u8 = 16;
    if let Some(flag) = value.as_bool() {
        RawValue::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        RawValue::Number(number)
    } else if let Some(text) = value.as_string() {
        RawValue::String(text)
    } else if depth >= MAX_DEPTH || !value.is_object() || value.is_function() {
        RawValue::Null
    } else if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        RawValue::Array(
            items
                .iter()
                .map(|item| raw_value(&item, depth + 1))
                .collect(),
        )
    } else {
        let entries = js_sys::Object::entries(value.unchecked_ref());
        let fields = entries.iter().filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, raw_value(&pair.get(1), depth + 1)))
        });
        RawValue::Object(fields.collect())
    }
}

/// The session-storage key of a widget: its host's id and its place among the page's
/// widgets, so two widgets on one page keep apart and each finds its own after a reload.
fn storage_key(host: &Element) -> String {
    let place = host
        .owner_document()
        .and_then(|document| document.query_selector_all("*").ok())
        .map(|all| {
            (0..all.length())
                .filter_map(|i| all.get(i))
                .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
                .filter(|element| element.shadow_root().is_some())
                .take_while(|element| element != host)
                .count()
        })
        .unwrap_or_default();
    format!("painmap:{}:{place}", host.id())
}

/// The browser's first preferred locale (`en-GB`), for the emergency number.
fn browser_locale() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// The first of the browser's preferred languages that painmap speaks, else English.
fn browser_lang() -> Lang {
    web_sys::window()
        .map(|window| window.navigator().languages())
        .into_iter()
        .flat_map(|tags| tags.to_vec())
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// The host's open shadow root, created on first mount and reused after `destroy()`.
fn shadow_root(host: &Element) -> Result<ShadowRoot, JsError> {
    if let Some(shadow) = host.shadow_root() {
        return Ok(shadow);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| {
            JsError::new(&format!(
                "painmap.mount: a <{}> cannot hold the widget; mount it in a <div> or <section>",
                host.tag_name().to_ascii_lowercase()
            ))
        })
}

fn adopt_stylesheet(shadow: &ShadowRoot) -> Result<(), JsError> {
    let sheet = SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLESHEET)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok::<_, JsValue>(sheet)
    });
    let sheet = sheet.map_err(|_| {
        JsError::new("painmap.mount: this browser cannot load the widget's styles (constructable stylesheets)")
    })?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}
