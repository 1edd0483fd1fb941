//! Every call the components make into the browser, in one place: focus and scrolling,
//! the tap guard after a change of screen, the date, the clipboard, the share sheet,
//! printing and the download of a language's words. Components call these from event
//! handlers and `use_effect_with`, never while rendering, so a render stays a pure function
//! of the props.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use web_sys::{
    Element, FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition, SvgElement,
};
use yew::{Callback, NodeRef};

use crate::print;
use painmap_core::i18n::{table, Lang};
use painmap_core::model::Region;

/// Moves keyboard focus to a region's control (map shape or list row) inside `root`.
///
/// Focus is a DOM effect, so callers run this from event handlers or `use_effect_with`.
pub(crate) fn focus_region(root: &Element, region: Region) {
    let Some(target) = region_element(root, region) else {
        return;
    };
    if let Some(element) = target.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = target.dyn_ref::<SvgElement>() {
        let _ = element.focus();
    }
}

/// Focuses an element that is already on screen without scrolling to it: `focus()` alone
/// would force a layout to scroll it into view, on a tap's critical path.
pub(crate) fn focus_in_place(element: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Runs `then` just before the browser's next frame, not inside the tap that asked for it.
///
/// Focusing an element and measuring one make the browser compute style and layout at once;
/// done inside a tap's handler, while the tap's own DOM changes are still coming, that work is
/// done twice. Before the frame it is done once, and the frame uses it. Focus then moves at
/// most a frame later than before, before anything is drawn, so nobody sees it lag.
pub(crate) fn before_next_frame(then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        // Freed once it has run (a page that never draws another frame keeps it, a few bytes).
        let callback = Closure::once_into_js(then);
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// Runs `then` once the browser's next frame is drawn (a task after it), not inside the tap
/// that asked for it, nor in the frame: what nobody sees in that frame (a focus a pointer did
/// not ask for, an event for the host page) does not hold it up. A hidden page draws no frame,
/// so there it runs after the current task.
pub(crate) fn after_next_frame(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = move || {
        if let Some(window) = web_sys::window() {
            let callback = Closure::once_into_js(then);
            let _ = window.set_timeout_with_callback(callback.unchecked_ref());
        }
    };
    if window.document().is_some_and(|document| document.hidden()) {
        later();
    } else {
        before_next_frame(later);
    }
}

/// Work for after the next frame ([`after_next_frame`]) that a later change replaces: dropping
/// it cancels it, and [`AfterFrame::now`] does it at once (when the widget goes away first).
pub(crate) struct AfterFrame(Rc<Job>);

/// A job that runs once, by whichever comes first; `None` once run or cancelled.
type Job = RefCell<Option<Box<dyn FnOnce()>>>;

impl AfterFrame {
    pub(crate) fn start(then: impl FnOnce() + 'static) -> AfterFrame {
        let job: Rc<Job> = Rc::new(RefCell::new(Some(Box::new(then))));
        let waiting = job.clone();
        after_next_frame(move || take_and_run(&waiting));
        AfterFrame(job)
    }

    pub(crate) fn now(self) {
        take_and_run(&self.0);
    }
}

/// The job, once: taken out before it runs, so that it may start another.
fn take_and_run(job: &Job) {
    let then = job.borrow_mut().take();
    if let Some(then) = then {
        then();
    }
}

impl Drop for AfterFrame {
    fn drop(&mut self) {
        self.0.borrow_mut().take();
    }
}

/// Work for when the page is idle (`requestIdleCallback`, or a timer where there is none);
/// dropping it first cancels it.
pub(crate) struct WhenIdle {
    window: web_sys::Window,
    /// `Ok` from `requestIdleCallback`, `Err` from the timer.
    handle: Result<i32, i32>,
    _run: Closure<dyn FnMut()>,
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // Not in every browser (Safari before 18): a missing one throws, and the timer stands in.
    #[wasm_bindgen(js_name = requestIdleCallback, catch)]
    fn request_idle_callback(run: &JsValue) -> Result<i32, JsValue>;
    #[wasm_bindgen(js_name = cancelIdleCallback, catch)]
    fn cancel_idle_callback(handle: i32) -> Result<(), JsValue>;
}

/// The timer's delay where there is no `requestIdleCallback`: after the first frames.
const IDLE_FALLBACK_MS: i32 = 200;

impl WhenIdle {
    pub(crate) fn start(then: impl FnOnce() + 'static) -> Option<WhenIdle> {
        let window = web_sys::window()?;
        let run = Closure::once(then);
        let handle = match request_idle_callback(run.as_ref()) {
            Ok(handle) => Ok(handle),
            Err(_) => Err(window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    run.as_ref().unchecked_ref(),
                    IDLE_FALLBACK_MS,
                )
                .ok()?),
        };
        Some(WhenIdle {
            window,
            handle,
            _run: run,
        })
    }
}

impl Drop for WhenIdle {
    fn drop(&mut self) {
        match self.handle {
            Ok(handle) => {
                let _ = cancel_idle_callback(handle);
            }
            Err(timer) => self.window.clear_timeout_with_handle(timer),
        }
    }
}

/// Focuses the first control in a group (the first of the intensity control's numbers).
pub(crate) fn focus_first_child(group: &Element) {
    if let Some(first) = group
        .first_element_child()
        .and_then(|child| child.dyn_into::<HtmlElement>().ok())
    {
        let _ = first.focus();
    }
}

/// Moves focus to the current step's heading (it has `tabindex="-1"`), and brings the top of
/// the widget into view: a new step reads from its start.
pub(crate) fn focus_step_title(root: &Element) {
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
pub(crate) fn reveal_first_need(root: &Element) {
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
pub(crate) fn reveal_region(root: &Element, region: Region) {
    if let (Some(scroll), Some(window)) = (region_scroll(root, region), web_sys::window()) {
        if scroll != 0.0 {
            window.scroll_by_with_x_and_y(0.0, scroll);
        }
    }
}

/// How far [`reveal_region`] scrolls the page for `region` (the control is in `root`), without
/// scrolling: also the idle rehearsal's measure, which compiles the code an opening runs.
pub(crate) fn region_scroll(root: &Element, region: Region) -> Option<f64> {
    let (Some(target), Ok(Some(control)), Some(window)) = (
        region_element(root, region),
        root.query_selector(".control"),
        web_sys::window(),
    ) else {
        return None;
    };
    const GAP: f64 = 12.0;
    let (target, control) = (
        target.get_bounding_client_rect(),
        control.get_bounding_client_rect(),
    );
    // Not laid out (the widget unseen behind the map shown before the wasm, which replays
    // what was done there on it): there is nothing on screen to keep clear.
    if control.height() == 0.0 {
        return None;
    }
    let beside = control.left() >= target.right() || control.right() <= target.left();
    let screen = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::MAX);
    let bottom = if beside { screen } else { control.top() };
    // The scroll amounts that keep the region clear: its bottom above `bottom`, its top on screen.
    let region = (target.bottom() + GAP - bottom, target.top() - GAP);
    Some(if beside {
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
    })
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
    let selector = ["[data-region=\"", region.id(), "\"]"].concat();
    root.query_selector(&selector).ok().flatten()
}

/// How long taps are ignored after the screen changes: longer than a double tap's second tap
/// (about 150 ms later) and a slow one, short enough not to be noticed.
const SETTLE_MS: i32 = 400;

/// The root's `data-settling` attribute, under which the stylesheet turns pointer events off,
/// and the timer that removes it; dropping it (the next change, or unmounting) ends it early.
pub(crate) struct Settling {
    root: web_sys::Element,
    window: web_sys::Window,
    timer: i32,
    _end: Closure<dyn FnMut()>,
}

impl Settling {
    pub(crate) fn start(root: web_sys::Element) -> Option<Settling> {
        let window = web_sys::window()?;
        let settled = root.clone();
        let end = Closure::once(move || {
            let _ = settled.remove_attribute("data-settling");
        });
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                end.as_ref().unchecked_ref(),
                SETTLE_MS,
            )
            .ok()?;
        // Set once the timer runs, so that it cannot stay set for good.
        let _ = root.set_attribute("data-settling", "");
        Some(Settling {
            root,
            window,
            timer,
            _end: end,
        })
    }
}

impl Drop for Settling {
    fn drop(&mut self) {
        self.window.clear_timeout_with_handle(self.timer);
        let _ = self.root.remove_attribute("data-settling");
    }
}

/// Whether the browser has a share sheet.
pub(crate) fn can_share() -> bool {
    share_function().is_some()
}

/// Prints the summary in `root` alone, marking its widget first (see [`print`]).
pub(crate) fn print_summary(root: &NodeRef) {
    if let Some(element) = root.cast::<Element>() {
        print::mark(&element);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// While it lives, the browser's own Print (a menu, Ctrl+P) prints the summary in `root` too:
/// the marks go on before printing and come off after it, and when it is dropped (the
/// summary is no longer shown).
pub(crate) struct FollowPrint {
    window: web_sys::Window,
    before: Closure<dyn Fn()>,
    after: Closure<dyn Fn()>,
}

impl FollowPrint {
    pub(crate) fn start(root: NodeRef) -> Option<FollowPrint> {
        let window = web_sys::window()?;
        let before = Closure::<dyn Fn()>::new(move || {
            if let Some(element) = root.cast::<Element>() {
                print::mark(&element);
            }
        });
        let after = Closure::<dyn Fn()>::new(unmark);
        let _ =
            window.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        let _ =
            window.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        Some(FollowPrint {
            window,
            before,
            after,
        })
    }
}

impl Drop for FollowPrint {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "beforeprint",
            self.before.as_ref().unchecked_ref(),
        );
        let _ = self
            .window
            .remove_event_listener_with_callback("afterprint", self.after.as_ref().unchecked_ref());
        unmark();
    }
}

/// Takes this page's print marks away (see [`print`]).
fn unmark() {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        print::unmark(&document);
    }
}

/// Today's date, written the language's way ("9 March 2026").
pub(crate) fn today(lang: Lang) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(lang.tag(), &options))
}

/// Puts `text` on the clipboard and reports whether it worked. Looked up by name rather than
/// through web-sys: `navigator.clipboard` is missing outside secure contexts, and a call on
/// `undefined` would throw through the wasm.
pub(crate) fn copy(text: &str, done: Callback<bool>) {
    let promise = (|| {
        let navigator = web_sys::window()?.navigator();
        let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write: Function = Reflect::get(&clipboard, &"writeText".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    })();
    match promise {
        Some(promise) => settle(&promise, done),
        None => done.emit(false),
    }
}

/// `navigator.share`, when the browser has a share sheet.
fn share_function() -> Option<Function> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Opens the share sheet with the summary. Closing the sheet without sharing rejects the
/// promise; that is the person's choice, not an error to report.
pub(crate) fn share(title: &str, text: &str) {
    let (Some(share), Some(window)) = (share_function(), web_sys::window()) else {
        return;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    if let Ok(promise) = share.call1(&window.navigator(), &data) {
        if let Ok(promise) = promise.dyn_into::<Promise>() {
            settle(&promise, Callback::noop());
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// The glue's own address: the language tables and the stylesheet are its siblings, as
    /// the wasm is, wherever a host puts them (the loader's folder, a release's, `pkg/`).
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: JsValue;
}

/// The address of the file `name` in the glue's folder.
pub(crate) fn beside_glue(name: &str) -> Option<String> {
    let glue = GLUE_URL.with(JsValue::as_string)?;
    let glue = glue.split(['?', '#']).next()?;
    let (folder, _) = glue.rsplit_once('/')?;
    Some([folder, "/", name].concat())
}

/// How long the widget waits for a language's words before it says they could not be
/// downloaded: a table is a few KiB, so a request still open after 10 s has stalled, and
/// without this bound the widget would wait for it for good (drawing nothing, on a first
/// render). Asked again (the person's switcher), the browser may have them by then.
const WORDS_WAIT_MS: i32 = 10_000;

/// Downloads `lang`'s words (its text table, beside the glue) and reads them; `done` hears
/// whether the language now speaks, within [`WORDS_WAIT_MS`]. Nothing the person entered is
/// in the request.
pub(crate) fn fetch_language(lang: Lang, done: Callback<bool>) {
    let request = (|| {
        let url = beside_glue(&table::file_name(lang))?;
        let window = web_sys::window()?;
        let request = window.fetch_with_str(&url);
        // The first to settle: the response, or `undefined` from the timer, which is no
        // response.
        let timer = Promise::new(&mut |resolve, _| {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WORDS_WAIT_MS);
        });
        Some(Promise::race(&js_sys::Array::of2(&request, &timer)))
    })();
    let Some(request) = request else {
        return done.emit(false);
    };
    after(
        &request,
        Callback::from(move |response: Option<JsValue>| {
            let text = response
                .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
                .filter(web_sys::Response::ok)
                .and_then(|response| response.text().ok());
            let Some(text) = text else {
                return done.emit(false);
            };
            let read = move |text: Option<JsValue>| {
                text.and_then(|text| text.as_string())
                    .is_some_and(|text| table::install(lang, text).is_ok())
            };
            after(&text, done.reform(read));
        }),
    );
}

/// Calls `done` with whether `promise` fulfilled.
fn settle(promise: &Promise, done: Callback<bool>) {
    after(
        promise,
        done.reform(|value: Option<JsValue>| value.is_some()),
    );
}

/// Calls `then` with the value `promise` fulfils with, or `None` when it rejects.
fn after(promise: &Promise, then: Callback<Option<JsValue>>) {
    let fulfilled = then.clone();
    let resolve = Closure::once(move |value: JsValue| fulfilled.emit(Some(value)));
    let reject = Closure::once(move |_: JsValue| then.emit(None));
    let _ = promise.then2(&resolve, &reject);
    // The promise calls one of them later, from the event loop; each is a few bytes, so they
    // are handed to JavaScript for good rather than kept alive by the component.
    resolve.forget();
    reject.forget();
}
