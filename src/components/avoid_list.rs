//! The techniques that must not be used for this person, each with the reason, so that the
//! person and the therapist both know what to steer clear of.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Advice, Avoidance};
use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct AvoidListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
}

#[function_component]
pub fn AvoidList(props: &AvoidListProps) -> Html {
    let lang = props.lang;
    if props.advice.avoid.is_empty() {
        return html! {};
    }
    // Name and reason on lines of their own: no punctuation between them to translate.
    let item = |avoid: &Avoidance| {
        html! {
            <li data-technique={avoid.id.id()} data-rule={avoid.rule}>
                <strong class="avoid-name">{ lang.text(Msg::TechniqueName(avoid.id)) }</strong>
                <span class="avoid-why">{ lang.text(Msg::AvoidBecause(avoid.rule)) }</span>
            </li>
        }
    };
    html! {
        <section class="avoid">
            <h3>{ lang.text(Msg::AvoidTitle) }</h3>
            <ul class="plain">{ for props.advice.avoid.iter().map(item) }</ul>
        </section>
    }
}
