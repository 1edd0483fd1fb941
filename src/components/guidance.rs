//! Good practice around a massage (docs/rules.md): staying active, preparing, choosing
//! a therapist, the long run, and the clinic's booking link. Each group of tips folds away so
//! the page stays short on a phone.

use yew::prelude::*;

use super::SharedSettings;
use painmap_core::i18n::{fill, Lang, Msg};

/// What [`guidance`] shows.
pub struct GuidanceProps {
    pub lang: Lang,
    pub settings: SharedSettings,
    /// The booking link was pressed: the page hears of it first and may take over.
    pub on_book: Callback<MouseEvent>,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn guidance(props: &GuidanceProps) -> Html {
    let lang = props.lang;
    let tips = |title: Msg, lines: Msg| {
        html! {
            <details class="tips">
                <summary>{ lang.text(title) }</summary>
                <ul>
                    { for lang.text(lines).lines().filter(|line| !line.trim().is_empty())
                        .map(|line| html! { <li>{ line }</li> }) }
                </ul>
            </details>
        }
    };
    let config = &props.settings;
    let book = config.booking_url.as_ref().map(|url| {
        let text = match &config.clinic_name {
            Some(clinic) => fill(lang.text(Msg::Book), &[("clinic", clinic)]),
            None => lang.text(Msg::BookGeneric).to_owned(),
        };
        html! {
            <a class="book" href={url.clone()} target="_blank" rel="noopener"
                onclick={props.on_book.clone()}>{ text }</a>
        }
    });
    let call = config.phone.as_ref().map(|phone| {
        // `tel:` wants the digits (and a leading +), not the spaces a clinic writes.
        let mut href = String::from("tel:");
        href.extend(phone.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
        html! {
            <a class="call-clinic" {href}>
                { fill(lang.text(Msg::CallClinic), &[("phone", phone)]) }
            </a>
        }
    });
    html! {
        <section class="guidance">
            <p class="note active">{ lang.text(Msg::ActiveNote) }</p>
            { tips(Msg::PrepareTitle, Msg::PrepareTips) }
            { tips(Msg::ChooseTitle, Msg::ChooseTips) }
            { tips(Msg::LongRunTitle, Msg::LongRunTips) }
            { book }
            { call }
        </section>
    }
}
