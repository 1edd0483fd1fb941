//! "Summary for your therapist": the map with intensities, the answers that matter and the
//! advice on one screen and one printed page, with Copy, Share and Print. An emergency leads
//! with the advice, and the questions its answer cut short follow in one line.
//!
//! The words come from [`painmap_core::summary`], so the screen and the copied text say the same;
//! the browser calls (date, clipboard, share sheet, print) stay here, in event handlers.

use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::intensity_digits;
use super::summary_map::SummaryMap;
use crate::print;
use painmap_core::config::Settings;
use painmap_core::engine::Advice;
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::journey::AppState;
use painmap_core::summary::{regions_by_intensity, stopped_line, summarize, summary_text};

#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    pub lang: Lang,
    pub state: Rc<AppState>,
    pub advice: Rc<Advice>,
    pub settings: Rc<Settings>,
}

#[function_component]
pub fn SummaryStep(props: &SummaryStepProps) -> Html {
    let lang = props.lang;
    let date = use_memo(lang, |lang| today(*lang));
    // Whether the browser has a share sheet does not change while the page is open.
    let can_share = use_memo((), |()| share_function().is_some());
    // `Some(true)` after a copy, `Some(false)` after a failed one.
    let copied = use_state(|| None::<bool>);

    let intake = &props.state.intake;
    let summary = summarize(lang, intake, &props.advice, &props.settings.emergency_call);
    let clinic = props.settings.clinic_name.clone();

    let text = {
        let state = props.state.clone();
        let advice = props.advice.clone();
        let date = date.clone();
        let clinic = clinic.clone();
        let settings = props.settings.clone();
        move || {
            summary_text(
                lang,
                &state,
                &advice,
                &date,
                clinic.as_deref(),
                &settings.emergency_call,
            )
        }
    };
    let on_copy = {
        let text = text.clone();
        let copied = copied.setter();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(&text(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_share = Callback::from(move |_: MouseEvent| share(lang.text(Msg::ShareTitle), &text()));
    let root = use_node_ref();
    let on_print = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = root.cast::<web_sys::Element>() {
                print::mark(&element);
            }
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        })
    };
    // The browser's own Print (a menu, Ctrl+P) prints this widget's summary too, while it is
    // shown; the marks go after printing, and with the summary.
    use_effect_with(root.clone(), |root| {
        let root = root.clone();
        let before = Closure::<dyn Fn()>::new(move || {
            if let Some(element) = root.cast::<web_sys::Element>() {
                print::mark(&element);
            }
        });
        let after = Closure::<dyn Fn()>::new(unmark);
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window
                .add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
            let _ = window
                .add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = &window {
                let _ = window.remove_event_listener_with_callback(
                    "beforeprint",
                    before.as_ref().unchecked_ref(),
                );
                let _ = window.remove_event_listener_with_callback(
                    "afterprint",
                    after.as_ref().unchecked_ref(),
                );
            }
            unmark();
        }
    });

    let regions = regions_by_intensity(&intake.regions);
    // The same lines, in the same order, as `summary.regions`.
    let region_lines = &summary.regions;
    let list = |lines: &[String]| {
        html! { <ul class="summary-list">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
    };
    let sub_list = |title: Msg, lines: &[String]| {
        (!lines.is_empty()).then(|| {
            html! {
                <>
                    <h4 class="summary-sub">{ lang.text(title) }</h4>
                    { list(lines) }
                </>
            }
        })
    };

    let advice_section = html! {
        <section class="summary-section summary-advice">
            <h3>{ lang.text(Msg::SummaryAdvice) }</h3>
            <p class="summary-level">{ &summary.level }</p>
            if let Some(urgency) = &summary.urgency {
                <p class="summary-urgency">{ urgency }</p>
            }
            { sub_list(Msg::WhyTitle, &summary.reasons) }
            if !summary.techniques.is_empty() {
                <h4 class="summary-sub">{ lang.text(Msg::TechniquesTitle) }</h4>
                <ul class="summary-list">
                    { for summary.techniques.iter().map(|technique| html! {
                        <li>
                            { &technique.name }
                            if !technique.why.is_empty() {
                                { list(&technique.why) }
                            }
                        </li>
                    }) }
                </ul>
            }
            { sub_list(Msg::AvoidTitle, &summary.avoid) }
            { sub_list(Msg::TellTherapistTitle, &summary.precautions) }
            <p class="summary-rules">{ &summary.rules }</p>
        </section>
    };
    let (first, last) = if summary.emergency {
        (Some(advice_section), None)
    } else {
        (None, Some(advice_section))
    };
    let open = if summary.emergency {
        stopped_line(lang, &summary.unanswered)
            .map(|line| html! { <p class="summary-stopped">{ line }</p> })
    } else {
        sub_list(Msg::UnansweredIntro, &summary.unanswered)
    };

    html! {
        <div class="summary" ref={root}
            data-emergency={summary.emergency.then_some("true")}>
            <div class="summary-head">
                <p class="hint">{ lang.text(Msg::SummaryIntro) }</p>
                <p class="summary-date">
                    { fill(lang.text(Msg::SummaryDate), &[("date", date.as_str())]) }
                </p>
                if let Some(clinic) = clinic.filter(|name| !name.trim().is_empty()) {
                    <p class="summary-clinic">{ clinic }</p>
                }
            </div>
            <div class="summary-actions">
                <div class="summary-buttons">
                    <button type="button" class="primary" onclick={on_copy}>
                        { lang.text(Msg::CopySummary) }
                    </button>
                    if *can_share {
                        <button type="button" onclick={on_share}>{ lang.text(Msg::Share) }</button>
                    }
                    <button type="button" onclick={on_print}>{ lang.text(Msg::Print) }</button>
                </div>
                <p class="summary-status" role="status">
                    {
                        match *copied {
                            Some(true) => lang.text(Msg::Copied),
                            Some(false) => lang.text(Msg::CopyFailed),
                            None => "",
                        }
                    }
                </p>
            </div>

            // An emergency leads with what to do; what the person said follows.
            { first }

            <section class="summary-section summary-where">
                <h3>{ lang.text(Msg::SummaryWhere) }</h3>
                <div class="where-body">
                    <SummaryMap {lang} map={intake.regions} lines={region_lines.clone()} />
                    <ul class="summary-list where-list">
                        { for regions.iter().zip(region_lines).map(|((_, intensity), line)| html! {
                            <li>
                                <span class="swatch" data-level={intensity_digits(*intensity)}
                                    aria-hidden="true" />
                                { line }
                            </li>
                        }) }
                    </ul>
                </div>
            </section>

            if !summary.about.is_empty() {
                <section class="summary-section summary-about">
                    <h3>{ lang.text(Msg::SummaryAbout) }</h3>
                    { list(&summary.about) }
                </section>
            }

            <section class="summary-section summary-answers">
                <h3>{ lang.text(Msg::SummaryAnswers) }</h3>
                if !summary.answers.is_empty() {
                    { list(&summary.answers) }
                }
                if summary.other_no {
                    <p>{ lang.text(Msg::SummaryOtherNo) }</p>
                }
                { open }
            </section>

            { last }

            <p class="summary-disclaimer">{ &summary.disclaimer }</p>
        </div>
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
fn copy(text: &str, done: Callback<bool>) {
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
fn share(title: &str, text: &str) {
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

/// Calls `done` with whether `promise` fulfilled.
fn settle(promise: &Promise, done: Callback<bool>) {
    let fulfilled = done.clone();
    let resolve = Closure::once(move |_: JsValue| fulfilled.emit(true));
    let reject = Closure::once(move |_: JsValue| done.emit(false));
    let _ = promise.then2(&resolve, &reject);
    // The promise calls one of them later, from the event loop; each is a few bytes, so they
    // are handed to JavaScript for good rather than kept alive by the component.
    resolve.forget();
    reject.forget();
}
