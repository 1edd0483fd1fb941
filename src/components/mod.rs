//! The widget's Yew components, one per file, and its plain views, one per file too: a
//! function named as its file, for a part that holds no state. A component costs the wasm its
//! own lifecycle code (some 500 B of brotli each); it pays where unchanged props skip a render
//! on a tap (the map's regions, the outline, the step's header: its bar, its switch and its
//! words), not for a part redrawn with its parent anyway or one as cheap to redraw as to
//! compare.
//!
//! Leaf components turn DOM events into domain values (a region, an [`Intensity`]) before
//! emitting them as intents (`on_answer`, `on_next`…); only [`app::App`] knows the reducer.
//! The view helpers more than one component uses live here, not in a component's file; the
//! browser calls live in [`crate::web`].

mod about_step;
mod advice_step;
mod answer_buttons;
mod app;
mod back_map;
mod choice_chips;
#[cfg(not(target_arch = "wasm32"))]
mod held;
mod intensity_control;
mod live_region;
mod map_footer;
mod needs_box;
mod number_field;
mod outline;
mod question_screen;
mod region_list;
mod region_shape;
mod step_header;
mod step_nav;
mod summary_step;
mod view_switch;

pub use app::{App, AppProps};
#[cfg(not(target_arch = "wasm32"))]
pub use held::{HeldParts, HeldPartsProps, HELD_REGION};

use std::ops::Deref;
use std::rc::Rc;

use yew::{html, AttrValue, Callback, Html};

use painmap_core::config::Settings;
use painmap_core::diagram::RegionShape;
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::{int_text, Intensity, Question};

/// "7, Severe": how an intensity is spoken and shown in words.
/// A mount's settings as the components get them: shared, and compared by identity. A mount
/// resolves them once and never changes them, so the same `Rc` means the same settings; the
/// comparison of `Rc<Settings>` would also compare every field, code that never decides a
/// render here and costs the wasm some 230 B brotli.
#[derive(Clone)]
pub struct SharedSettings(pub Rc<Settings>);

impl PartialEq for SharedSettings {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedSettings {
    type Target = Settings;

    fn deref(&self) -> &Settings {
        &self.0
    }
}

fn value_text(lang: Lang, intensity: Intensity) -> String {
    let n = intensity_digits(intensity);
    fill(
        lang.text(Msg::ValueText),
        &[("n", n), ("band", lang.text(Msg::Band(intensity.band())))],
    )
}

/// The intensity drawn at a marked region's centre; `None` for a region without pain.
fn region_number(shape: &RegionShape, intensity: Intensity) -> Option<Html> {
    // Whole units are precise enough for a label, and keep float formatting out of the wasm.
    let (x, y) = (shape.label.0.round() as i32, shape.label.1.round() as i32);
    intensity.is_pain().then(|| {
        html! {
            <text class="num" data-for={shape.region.id()} data-level={intensity_digits(intensity)}
                x={int_text(x.into())}
                y={int_text(y.into())}>{ intensity_digits(intensity) }</text>
        }
    })
}

/// The state a region reports to assistive technology: its intensity, or that none is marked.
fn region_state(lang: Lang, intensity: Intensity) -> String {
    if !intensity.is_pain() {
        return lang.text(Msg::RegionNoPain).to_owned();
    }
    let n = intensity_digits(intensity);
    fill(
        lang.text(Msg::RegionPain),
        &[("n", n), ("band", lang.text(Msg::Band(intensity.band())))],
    )
}

/// The intensity as digits, without pulling number formatting into the wasm. Also the
/// `data-level` attribute by which the stylesheet colours anything showing an intensity.
fn intensity_digits(intensity: Intensity) -> &'static str {
    const DIGITS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    DIGITS
        .get(usize::from(intensity.value()))
        .copied()
        .unwrap_or("0")
}

/// The diagram's `viewBox`, `0 0 <width> <height>` in whole units.
fn view_box(width: f32, height: f32) -> String {
    [
        "0 0 ",
        &int_text(width as i64),
        " ",
        &int_text(height as i64),
    ]
    .concat()
}

/// `"true"` or `"false"`, for `aria-pressed` and `data-` flags: a static string rather than
/// `bool::to_string`, which allocates and runs the formatting machinery on every render.
fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// The id prefix of a question's controls: `pm-q-fever`.
fn ids(question: Question) -> AttrValue {
    suffixed("pm-q-", question.id())
}

/// `prefix` + `suffix`, for the ids that tie a control to its hint and message.
fn suffixed(prefix: &str, suffix: &str) -> AttrValue {
    let mut id = String::with_capacity(prefix.len() + suffix.len());
    id.push_str(prefix);
    id.push_str(suffix);
    AttrValue::from(id)
}

/// The `aria-describedby` list of whichever of hint and message are shown.
fn described_by(hint: Option<&str>, need: Option<&str>) -> Option<AttrValue> {
    match (hint, need) {
        (Some(hint), Some(need)) => Some(suffixed(hint, &suffixed(" ", need))),
        (Some(one), None) | (None, Some(one)) => Some(AttrValue::from(one.to_owned())),
        (None, None) => None,
    }
}

/// A pick callback for [`choice_chips::choice_chips`] that turns the index into one of `all`
/// and that into what the parent hears.
fn pick<T: Copy + 'static, A: 'static>(
    all: &'static [T],
    emit: &Callback<A>,
    action: fn(T) -> A,
) -> Callback<usize> {
    let emit = emit.clone();
    Callback::from(move |index: usize| {
        if let Some(value) = all.get(index) {
            emit.emit(action(*value));
        }
    })
}
