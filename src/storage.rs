//! Keeps the journey across an accidental reload: the state goes to `sessionStorage` (this tab,
//! this session; gone when the tab closes) and nowhere else.
//!
//! Storage can be missing or refused (private modes, sandboxed iframes, a full quota); then
//! the widget simply works without it.

use web_sys::Storage;

use crate::embed::raw_value;
use crate::state::AppState;

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The journey saved under `key`, if there is one that can be read.
pub fn load(key: &str) -> Option<AppState> {
    let text = session()?.get_item(key).ok().flatten()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    AppState::restore(&raw_value(&value, 0))
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
