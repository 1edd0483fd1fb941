//! The widget's Yew components, one per file.
//!
//! Leaf components turn DOM events into domain values (a [`Region`], an [`Intensity`]) before
//! emitting them; only [`app::App`] knows the reducer.

mod about_step;
mod advice_step;
mod answer_buttons;
mod app;
mod avoid_list;
mod back_map;
mod choice_chips;
mod guidance;
mod intensity_control;
mod live_region;
mod map_footer;
mod needs_box;
mod number_field;
mod outline;
mod precaution_list;
mod question_screen;
mod reason_list;
mod region_list;
mod region_shape;
mod step_header;
mod step_nav;
mod summary_map;
mod summary_step;
mod technique_list;
mod triage_banner;
mod unanswered_list;
mod view_switch;

pub use app::{App, AppProps};
pub(crate) use summary_step::today;

use wasm_bindgen::JsCast;
use web_sys::{
    Element, FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition, SvgElement,
};

use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::{Intensity, Region};

/// "7, Severe": how an intensity is spoken and shown in words.
fn value_text(lang: Lang, intensity: Intensity) -> String {
    let n = intensity_digits(intensity);
    fill(
        lang.text(Msg::ValueText),
        &[("n", n), ("band", lang.text(Msg::Band(intensity.band())))],
    )
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

/// `"true"` or `"false"`, for `aria-pressed` and `data-` flags: a static string rather than
/// `bool::to_string`, which allocates and runs the formatting machinery on every render.
fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// Moves keyboard focus to a region's control (map shape or list row) inside `root`.
///
/// Focus is a DOM effect, so callers run this from event handlers or `use_effect_with`.
fn focus_region(root: &Element, region: Region) {
    let Some(target) = region_element(root, region) else {
        return;
    };
    if let Some(element) = target.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = target.dyn_ref::<SvgElement>() {
        let _ = element.focus();
    }
}

/// Moves focus to the current step's heading (it has `tabindex="-1"`), and brings the top of
/// the widget into view: a new step reads from its start.
fn focus_step_title(root: &Element) {
    if let Ok(Some(title)) = root.query_selector(".step-title") {
        if let Some(title) = title.dyn_ref::<HtmlElement>() {
            let _ = title.focus();
        }
        title.scroll_into_view_with_bool(true);
    }
}

const FOCUSABLE: &str = "input, button, [tabindex]";

/// After a refused Next: brings the first control that still needs an answer to the middle
/// of the screen and focuses its first button or field (for the map, its first region), so
/// the person sees, and a screen reader says, what is missing rather than nothing at all.
fn reveal_first_need(root: &Element) {
    let Ok(Some(need)) = root.query_selector(".step-body [data-need]") else {
        return;
    };
    // Its own first control, or (a message standing above the map) the first one after it.
    let target = need
        .query_selector(FOCUSABLE)
        .ok()
        .flatten()
        .or_else(|| {
            root.query_selector(".step-body [data-need] ~ * :is(input, button, [tabindex])")
                .ok()
                .flatten()
        })
        .unwrap_or_else(|| need.clone());
    // Focus first without its own jump, then one scroll that centres the whole question.
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    if let Some(element) = target.dyn_ref::<HtmlElement>() {
        let _ = element.focus_with_options(&options);
    } else if let Some(element) = target.dyn_ref::<SvgElement>() {
        let _ = element.focus_with_options(&options);
    }
    // Centred when it fits; from its top (its message first) when it is taller than the
    // screen, as the map can be.
    let fits = web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .is_some_and(|height| need.get_bounding_client_rect().height() <= height);
    let scroll = ScrollIntoViewOptions::new();
    scroll.set_block(if fits {
        ScrollLogicalPosition::Center
    } else {
        ScrollLogicalPosition::Start
    });
    need.scroll_into_view_with_scroll_into_view_options(&scroll);
}

/// Scrolls the page just enough that a region is on screen and not hidden behind the intensity
/// control: above it when the control is a sheet at the bottom of the screen, anywhere on screen
/// when it docks beside the map (landscape). The person sees the colour change as they rate it.
fn reveal_region(root: &Element, region: Region) {
    let (Some(target), Ok(Some(control)), Some(window)) = (
        region_element(root, region),
        root.query_selector(".control"),
        web_sys::window(),
    ) else {
        return;
    };
    const GAP: f64 = 12.0;
    let (target, control) = (
        target.get_bounding_client_rect(),
        control.get_bounding_client_rect(),
    );
    let beside = control.left() >= target.right() || control.right() <= target.left();
    let screen = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::MAX);
    let bottom = if beside { screen } else { control.top() };
    // The scroll amounts that keep the region clear: its bottom above `bottom`, its top on screen.
    let region = (target.bottom() + GAP - bottom, target.top() - GAP);
    let scroll = if beside {
        // Docked beside the map, the control sticks to the top of the screen but stops at the
        // map's ends: bring it whole on screen too, if the region can stay on screen with it.
        let both = (
            region.0.max(control.bottom() - screen),
            region.1.min(control.top()),
        );
        if both.0 <= both.1 {
            least(both)
        } else {
            least(region)
        }
    } else {
        least(region)
    };
    if scroll != 0.0 {
        window.scroll_by_with_x_and_y(0.0, scroll);
    }
}

/// The smallest scroll in the range `(from, to)`; `to` (the region's top on screen) when the
/// range is empty.
fn least((from, to): (f64, f64)) -> f64 {
    if from > to {
        to
    } else if from > 0.0 {
        from
    } else if to < 0.0 {
        to
    } else {
        0.0
    }
}

/// The element that stands for a region inside `root`: its shape on the map, or its row in
/// the list (whichever view is showing carries the `data-region` attribute).
fn region_element(root: &Element, region: Region) -> Option<Element> {
    let selector = format!("[data-region=\"{}\"]", region.id());
    root.query_selector(&selector).ok().flatten()
}
