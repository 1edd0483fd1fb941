//! The questions left without an answer: the rules read them as "no", and the person should
//! know that the advice rests on that reading.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Advice;
use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct UnansweredListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
}

#[function_component]
pub fn UnansweredList(props: &UnansweredListProps) -> Html {
    let lang = props.lang;
    if props.advice.unanswered.is_empty() {
        return html! {};
    }
    html! {
        <section class="unanswered">
            <p>{ lang.text(Msg::UnansweredIntro) }</p>
            <ul>
                { for props.advice.unanswered.iter().map(|question| html! {
                    <li data-question={question.id()}>{ lang.text(Msg::Question(*question)) }</li>
                }) }
            </ul>
        </section>
    }
}
