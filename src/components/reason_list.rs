//! "Why": every rule that fired, in plain words, with the answers that made it fire, the
//! inputs it read at their cautious default, and its sources behind a disclosure, so a person
//! (or their clinician) can check the advice against what they said.

use std::rc::Rc;

use yew::prelude::*;

use painmap_core::engine::{Advice, Reason, RuleId, SOURCES};
use painmap_core::i18n::describe::{field_label, field_text};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::Intake;

/// What [`reason_list`] shows.
pub struct ReasonListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
    pub intake: Intake,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn reason_list(props: &ReasonListProps) -> Html {
    let lang = props.lang;
    if props.advice.reasons.is_empty() {
        return html! {};
    }
    html! {
        <section class="why">
            <h3>{ lang.text(Msg::WhyTitle) }</h3>
            <ul class="reasons">
                { for props.advice.shown_reasons().map(|reason| reason_item(lang, &props.intake, &props.advice, reason)) }
            </ul>
        </section>
    }
}

fn reason_item(lang: Lang, intake: &Intake, advice: &Advice, reason: &Reason) -> Html {
    let given: Vec<String> = reason
        .fields
        .iter()
        .filter_map(|field| field_text(lang, intake, *field))
        .collect();
    // The open questions are the advice's one "Not answered yet" list, each tagged with how
    // it was read: here only the other missing inputs (an unknown duration read as new pain).
    let assumed: Vec<&'static str> = reason
        .assumed
        .iter()
        .filter(|field| !advice.unanswered_safety().any(|open| open == **field))
        .map(|field| field_label(lang, *field))
        .collect();
    html! {
        <li class="reason" data-rule={reason.rule.id()} data-softens={reason.softens.map(RuleId::id)}>
            <p class="reason-text">{ lang.text(Msg::RuleText(reason.rule)) }</p>
            if !given.is_empty() {
                <p class="reason-label">{ lang.text(Msg::BecauseYouSaid) }</p>
                <ul class="facts">
                    { for given.into_iter().map(|text| html! { <li>{ text }</li> }) }
                </ul>
            }
            if !assumed.is_empty() {
                <p class="reason-label">{ lang.text(Msg::AssumedIntro) }</p>
                <ul class="facts">
                    { for assumed.into_iter().map(|label| html! { <li>{ label }</li> }) }
                </ul>
            }
            if !reason.sources.is_empty() {
                <details class="sources">
                    <summary>{ lang.text(Msg::Sources) }</summary>
                    <ul>{ for reason.sources.iter().copied().map(source_item) }</ul>
                </details>
            }
        </li>
    }
}

/// A citation; its trailing URL, when it has one, becomes the link of the citation's text.
/// Citations are bibliographic text in their own language, so they are not translated.
fn source_item(id: &'static str) -> Html {
    let Some((_, citation)) = SOURCES.iter().find(|(source, _)| *source == id) else {
        return html! {};
    };
    match citation.split_once(" https://") {
        Some((text, rest)) => {
            let mut url = String::with_capacity(8 + rest.len());
            url.push_str("https://");
            url.push_str(rest);
            html! {
                <li data-source={id}>
                    <a href={url} rel="noopener" target="_blank">{ text }</a>
                </li>
            }
        }
        None => html! { <li data-source={id}>{ *citation }</li> },
    }
}
