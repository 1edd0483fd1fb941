//! Keeps the journey across an accidental reload: the state goes to `sessionStorage` (this tab,
//! this session; gone when the tab closes) and nowhere else.
//!
//! Storage can be missing or refused (private modes, sandboxed iframes, a full quota); then
//! the widget simply works without it. What it holds is untrusted too (the page's scripts, an
//! extension or the person can change it), so an entry is read like any input: within size
//! limits, through the strict reader, and validated as a fresh intake would be. An entry that
//! does not pass is removed and the journey starts afresh.

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::js_value;
use painmap_core::journey::{AppState, MAX_SAVED_BYTES};

#[wasm_bindgen]
extern "C" {
    /// A `Storage`, read as a JS string so that an entry's length is known before it is
    /// copied into wasm memory (which never shrinks again).
    type Entries;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &Entries, key: &str) -> Result<Option<JsString>, JsValue>;
}

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The journey saved under `key`, if there is one that can be read; one that cannot is
/// removed, so that it is not read again.
pub fn load(key: &str) -> Option<AppState> {
    let storage = session()?;
    let entries: &Entries = storage.unchecked_ref();
    let entry = entries.get_item(key).ok().flatten()?;
    let state = restore(&entry);
    if state.is_none() {
        let _ = storage.remove_item(key);
    }
    state
}

fn restore(entry: &JsString) -> Option<AppState> {
    // A UTF-16 unit is at least one UTF-8 byte: a longer entry cannot fit.
    if entry.length() as usize > MAX_SAVED_BYTES {
        return None;
    }
    let text = entry.as_string()?;
    if text.len() > MAX_SAVED_BYTES {
        return None;
    }
    let value = js_sys::JSON::parse(&text).ok()?;
    AppState::restore(&js_value::read(&value).ok()?)
}

/// Saves the journey under `key`; a fresh, empty journey removes the entry instead.
pub fn save(key: &str, state: &AppState) {
    let Some(storage) = session() else {
        return;
    };
    if *state == AppState::new(state.lang) {
        let _ = storage.remove_item(key);
        return;
    }
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(value) = serde::Serialize::serialize(&state.saved(), &serializer) else {
        return;
    };
    if let Some(text) = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
    {
        let _ = storage.set_item(key, &text);
    }
}

/// Removes what was saved under `key` (the handle's `reset()` and `destroy()`).
pub fn forget(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}
