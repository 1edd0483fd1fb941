//! What the widget tells the host page: DOM events on the host element, so a clinic's page can
//! follow the journey without reaching into the shadow root.
//!
//! Every event bubbles and is `composed` (it crosses shadow boundaries, so a listener on
//! `document` hears it too), and its `detail` is a plain JSON-compatible object:
//!
//! - `painmap:change`, `{ step, intake }`: after each change of the intake or of the step
//!   (`step` is 1 to 9; `intake` is the object `advise()` reads), once the change is drawn
//!   (the app sends it a task after the frame; of changes within one frame, the latest).
//! - `painmap:advice`: the advice object, as `advise()` returns it (`painmap_version` beside
//!   `rules_version`), when the person reaches
//!   the advice step and whenever the advice changes while they are on it.
//! - `painmap:book`, `{ techniques, level, bookingUrl }`: the person pressed "Book"; the
//!   event is cancelable, and a page that calls `preventDefault()` handles the booking itself.

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use painmap_core::engine::{Advice, Released};
use painmap_core::i18n::Lang;
use painmap_core::journey::{AppState, Step};
use painmap_core::model::Intake;

pub const CHANGE: &str = "painmap:change";
pub const ADVICE: &str = "painmap:advice";
pub const BOOK: &str = "painmap:book";

/// The host page's side of one widget, given to [`App`](crate::components::App): the element
/// that receives the events, the handle's copy of the latest state (for `summary()`), and
/// the running app's ear for the handle's requests, which the app puts here once drawn (for
/// `reset()` and `setLang()`).
#[derive(Clone)]
pub struct HostLink {
    pub element: Element,
    pub live: Rc<RefCell<AppState>>,
    pub asks: Rc<RefCell<Option<Callback<HostAsk>>>>,
}

/// What the page asks of the running app through its handle: changes of state, as the
/// person's own taps would make them, never a new app.
#[derive(Clone, Copy)]
pub enum HostAsk {
    /// `reset()`: the journey starts over.
    StartOver,
    /// `setLang()`: the language switch, with everything entered kept.
    Speak(Lang),
}

impl PartialEq for HostLink {
    /// The same host and the same mirror: comparing the mirrored states would borrow them
    /// on every render for nothing.
    fn eq(&self, other: &HostLink) -> bool {
        self.element == other.element && Rc::ptr_eq(&self.live, &other.live)
    }
}

/// `painmap:change`: the intake or the step changed.
pub fn change(host: &Element, step: Step, intake: &Intake) {
    let detail = js_sys::Object::new();
    set(&detail, "step", &JsValue::from_f64(step.number() as f64));
    set(&detail, "intake", &json(intake));
    dispatch(host, CHANGE, &detail, false);
}

/// `painmap:advice`: the advice the person now sees, with the release that gave it.
pub fn advice(host: &Element, advice: &Advice) {
    dispatch(host, ADVICE, &json(&Released(advice)), false);
}

/// `painmap:book`: the person pressed "Book". Returns `false` when the page cancelled the
/// event (it books in its own way), `true` when the widget should open `booking_url`.
pub fn book(host: &Element, advice: &Advice, booking_url: &str) -> bool {
    let techniques = js_sys::Array::new();
    for suggestion in &advice.techniques {
        techniques.push(&JsValue::from_str(suggestion.id.id()));
    }
    let detail = js_sys::Object::new();
    set(&detail, "techniques", &techniques);
    set(&detail, "level", &JsValue::from_str(advice.level.id()));
    set(&detail, "bookingUrl", &JsValue::from_str(booking_url));
    dispatch(host, BOOK, &detail, true)
}

/// Fires one event on the host; `false` when a listener cancelled it. A browser that cannot
/// build the event leaves the page without it, never the widget broken.
fn dispatch(host: &Element, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// A value as a plain object: maps become objects and `None` becomes `null`, as in the JSON.
fn json<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}
