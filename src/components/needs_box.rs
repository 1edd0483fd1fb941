//! What a step still needs, shown when Next was pressed too soon: one alert that lists every
//! missing answer, so the person is told why they did not move on.

use yew::prelude::*;

use crate::i18n::{fill, Lang, Msg};
use crate::state::Need;

#[derive(Properties, PartialEq)]
pub struct NeedsBoxProps {
    pub lang: Lang,
    pub needs: Vec<Need>,
}

#[function_component]
pub fn NeedsBox(props: &NeedsBoxProps) -> Html {
    let lang = props.lang;
    let item = |need: &Need| {
        let text = match need {
            Need::Region => lang.text(Msg::NeedRegion).to_owned(),
            Need::Age => lang.text(Msg::NeedAge).to_owned(),
            Need::Duration => lang.text(Msg::NeedDuration).to_owned(),
            Need::Onset => lang.text(Msg::NeedOnset).to_owned(),
            // "{label}: {value}": the catalog orders the question and what it needs.
            Need::Checklist(screen) => fill(
                lang.text(Msg::FactLine),
                &[
                    ("label", lang.text(Msg::Checklist(*screen))),
                    ("value", lang.text(Msg::NeedChecklist)),
                ],
            ),
            // The question already ends in "?": "…before you were 45? Choose Yes, No or Not
            // sure." reads better than a colon after it.
            Need::Answer(question) => answer_needed(lang, Msg::Question(*question)),
            Need::Improved => answer_needed(lang, Msg::ImprovedQuestion),
        };
        html! { <li>{ text }</li> }
    };
    html! {
        <div class="needs" role="alert">
            <p class="needs-intro">{ lang.text(Msg::NeedsIntro) }</p>
            <ul>{ for props.needs.iter().map(item) }</ul>
        </div>
    }
}

/// "{question} Choose Yes, No or Not sure.", in the catalog's order.
fn answer_needed(lang: Lang, question: Msg) -> String {
    fill(
        lang.text(Msg::AnsweredQuestion),
        &[
            ("question", lang.text(question)),
            ("answer", lang.text(Msg::NeedAnswer)),
        ],
    )
}
