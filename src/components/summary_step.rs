//! "Summary for your therapist": the map with intensities, the answers that matter and the
//! advice on one screen and one printed page, with Copy, Share and Print. An emergency leads
//! with the advice, and the questions its answer cut short follow in one line.
//!
//! The words and the order of the sections come from [`painmap_core::summary`], so the screen
//! and the copied text say the same; the browser calls (date, clipboard, share sheet, print)
//! are [`crate::web`]'s, made from event handlers and effects.

use std::rc::Rc;

use yew::prelude::*;

use super::outline::{Outline, OutlineLayer};
use super::SharedSettings;
use super::{intensity_digits, view_box};
use crate::web::{self, FollowPrint};
use painmap_core::diagram::{REGION_SHAPES, VIEW_BOX};
use painmap_core::engine::Advice;
use painmap_core::i18n::describe::join;
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::{int_text, Intake, PainMap};
use painmap_core::summary::{regions_by_intensity, summarize, Left, Section, Summary};

#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    pub lang: Lang,
    /// Everything the person entered.
    pub intake: Intake,
    pub advice: Rc<Advice>,
    pub settings: SharedSettings,
}

#[function_component]
pub fn SummaryStep(props: &SummaryStepProps) -> Html {
    let lang = props.lang;
    let date = use_memo(lang, |lang| web::today(*lang));
    // Whether the browser has a share sheet does not change while the page is open.
    let can_share = use_memo((), |()| web::can_share());
    // `Some(true)` after a copy, `Some(false)` after a failed one.
    let copied = use_state(|| None::<bool>);

    let intake = &props.intake;
    let summary = Rc::new(summarize(
        lang,
        intake,
        &props.advice,
        &props.settings.emergency_call,
    ));
    let clinic = props.settings.clinic_name.clone();

    // The summary step comes after the advice: the text has it.
    let text = {
        let summary = summary.clone();
        let date = date.clone();
        let clinic = clinic.clone();
        move || summary.text(lang, true, &date, clinic.as_deref())
    };
    let on_copy = {
        let text = text.clone();
        let copied = copied.setter();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            web::copy(&text(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_share =
        Callback::from(move |_: MouseEvent| web::share(lang.text(Msg::ShareTitle), &text()));
    let root = use_node_ref();
    let on_print = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| web::print_summary(&root))
    };
    // The browser's own Print (a menu, Ctrl+P) prints this widget's summary too, while it is
    // shown; the marks go after printing, and with the summary.
    use_effect_with(root.clone(), |root| {
        let follow = FollowPrint::start(root.clone());
        move || drop(follow)
    });

    let sections = summary
        .sections(true)
        .map(|section| self::section(lang, &summary, intake, section));

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

            { for sections }

            <p class="summary-disclaimer">{ &summary.disclaimer }</p>
        </div>
    }
}

/// One section under its heading, as the copied text has it.
fn section(lang: Lang, summary: &Summary, intake: &Intake, section: Section) -> Html {
    let title = html! { <h3>{ lang.text(section.title()) }</h3> };
    match section {
        Section::Advice => html! {
            <section class="summary-section summary-advice">
                { title }
                <p class="summary-level">{ &summary.level }</p>
                if let Some(urgency) = &summary.urgency {
                    <p class="summary-urgency">{ urgency }</p>
                }
                { sub_list(lang, Msg::WhyTitle, &summary.reasons) }
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
                { sub_list(lang, Msg::AvoidTitle, &summary.avoid) }
                { sub_list(lang, Msg::TellTherapistTitle, &summary.precautions) }
                <p class="summary-rules">{ &summary.rules }</p>
            </section>
        },
        Section::Where => {
            // The same lines, in the same order, as `summary.regions`.
            let regions = regions_by_intensity(&intake.regions);
            html! {
                <section class="summary-section summary-where">
                    { title }
                    <div class="where-body">
                        { summary_map(lang, &intake.regions, &summary.regions) }
                        <ul class="summary-list where-list">
                            { for regions.iter().zip(&summary.regions).map(|((_, intensity), line)| html! {
                                <li>
                                    <span class="swatch" data-level={intensity_digits(*intensity)}
                                        aria-hidden="true" />
                                    { line }
                                </li>
                            }) }
                        </ul>
                    </div>
                </section>
            }
        }
        Section::About => html! {
            <section class="summary-section summary-about">
                { title }
                { list(&summary.about) }
            </section>
        },
        Section::Answers => {
            let left = match summary.left(lang) {
                Some(Left::Stopped(line)) => html! { <p class="summary-stopped">{ line }</p> },
                Some(Left::Listed(open)) => sub_list(lang, Msg::UnansweredIntro, open),
                None => Html::default(),
            };
            html! {
                <section class="summary-section summary-answers">
                    { title }
                    if !summary.answers.is_empty() {
                        { list(&summary.answers) }
                    }
                    if summary.other_no {
                        <p>{ lang.text(Msg::SummaryOtherNo) }</p>
                    }
                    { left }
                </section>
            }
        }
    }
}

fn list(lines: &[String]) -> Html {
    html! { <ul class="summary-list">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
}

/// A list under its own small heading; nothing when the list is empty.
fn sub_list(lang: Lang, title: Msg, lines: &[String]) -> Html {
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4 class="summary-sub">{ lang.text(title) }</h4>
            { list(lines) }
        </>
    }
}

/// The summary's small drawing of the back: each region in its intensity colour with its
/// number, read-only, with Left and Right above it and "Seen from behind" below, as on the
/// map. One image for assistive technology, named by the marked regions; the list beside it
/// says the same in words.
///
/// `lines`: the marked regions in words ("Lower back, left: 7 of 10"), highest first.
fn summary_map(lang: Lang, map: &PainMap, lines: &[String]) -> Html {
    let lines = lines.iter().map(String::as_str);
    let label = match join(lang, lines) {
        Some(regions) => fill(
            lang.text(Msg::FactLine),
            &[("label", lang.text(Msg::DiagramLabel)), ("value", &regions)],
        ),
        None => lang.text(Msg::DiagramLabel).to_owned(),
    };
    let (width, height) = VIEW_BOX;
    html! {
        <div class="summary-map">
        // The words say no more than the drawing does; its name already tells the regions.
        <p class="summary-sides" aria-hidden="true">
            <span>{ lang.text(Msg::SideLeft) }</span>
            <span>{ lang.text(Msg::SideRight) }</span>
        </p>
        <svg role="img" aria-label={label}
            viewBox={view_box(width, height)}>
            <Outline layer={OutlineLayer::Silhouette} />
            <g aria-hidden="true">
                { for REGION_SHAPES.iter().map(|shape| html! {
                    <path class="zone" d={shape.d}
                        data-level={intensity_digits(map.get(shape.region))} />
                }) }
            </g>
            <Outline layer={OutlineLayer::Details} />
            <g class="labels" aria-hidden="true">
                { for REGION_SHAPES.iter().filter_map(|shape| {
                    let intensity = map.get(shape.region);
                    let (x, y) = (shape.label.0.round() as i32, shape.label.1.round() as i32);
                    intensity.is_pain().then(|| html! {
                        <text class="num" data-level={intensity_digits(intensity)}
                            x={int_text(x.into())} y={int_text(y.into())}>
                            { intensity_digits(intensity) }
                        </text>
                    })
                }) }
            </g>
        </svg>
        <p class="summary-behind" aria-hidden="true">{ lang.text(Msg::SeenFromBehind) }</p>
        </div>
    }
}
