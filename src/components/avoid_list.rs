//! The techniques that must not be used for this person, grouped by reason: each reason once,
//! with the techniques it rules out, so that the person and the therapist both know what to
//! steer clear of without reading the same sentence eight times.

use std::rc::Rc;

use yew::prelude::*;

use painmap_core::engine::Advice;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::summary::avoid_groups;

/// What [`avoid_list`] shows.
pub struct AvoidListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn avoid_list(props: &AvoidListProps) -> Html {
    let lang = props.lang;
    let groups = avoid_groups(lang, &props.advice);
    if groups.is_empty() {
        return html! {};
    }
    // Reason and names on lines of their own: no punctuation between them to translate.
    html! {
        <section class="avoid">
            <h3>{ lang.text(Msg::AvoidTitle) }</h3>
            <ul class="plain">
                { for groups.into_iter().map(|(rule, techniques)| html! {
                    <li data-rule={rule.id()}>
                        <span class="avoid-why">{ lang.text(Msg::AvoidBecause(rule)) }</span>
                        <ul class="avoid-names">
                            { for techniques.into_iter().map(|id| html! {
                                <li data-technique={id.id()}>{ lang.text(Msg::TechniqueName(id)) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}
