//! What a step still needs, shown above Next when it was pressed too soon: one alert that
//! lists every missing answer, where the person's thumb and eyes already are, so they are
//! told why they did not move on.

use yew::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::state::Need;

#[derive(Properties, PartialEq)]
pub struct NeedsBoxProps {
    pub lang: Lang,
    pub needs: Vec<Need>,
}

#[function_component]
pub fn NeedsBox(props: &NeedsBoxProps) -> Html {
    let lang = props.lang;
    let line = |text: &'static str| html! { <li>{ text }</li> };
    let facts: Vec<Html> = props
        .needs
        .iter()
        .filter_map(|need| {
            let msg = match need {
                Need::Region => Msg::NeedRegion,
                Need::Age => Msg::NeedAge,
                Need::Duration => Msg::NeedDuration,
                Need::Onset => Msg::NeedOnset,
                Need::Sessions => Msg::NeedSessions,
                Need::Improved | Need::Answer(_) => return None,
            };
            Some(line(lang.text(msg)))
        })
        .collect();
    // The questions under one "Answer Yes, No or Not sure to:": statements and questions
    // alike then read right, with no punctuation glued after a question mark.
    let questions: Vec<Html> = props
        .needs
        .iter()
        .filter_map(|need| match need {
            Need::Improved => Some(line(lang.text(Msg::ImprovedQuestion))),
            Need::Answer(question) => Some(line(lang.text(Msg::Question(*question)))),
            _ => None,
        })
        .collect();
    html! {
        <div class="needs" role="alert">
            <p class="needs-intro">{ lang.text(Msg::NeedsIntro) }</p>
            if !facts.is_empty() {
                <ul>{ for facts }</ul>
            }
            if !questions.is_empty() {
                <p class="needs-questions">{ lang.text(Msg::NeedsAnswerIntro) }</p>
                <ul>{ for questions }</ul>
            }
        </div>
    }
}
