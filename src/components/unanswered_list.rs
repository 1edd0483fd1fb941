//! The questions left without an answer: the person should know that the advice rests on
//! what they did not say (docs/rules.md tells how each is read).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Advice;
use crate::i18n::describe::field_label;
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
                { for props.advice.unanswered.iter().map(|field| html! {
                    <li data-question={field.parts().1}>{ field_label(lang, *field) }</li>
                }) }
            </ul>
        </section>
    }
}
