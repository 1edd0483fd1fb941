//! The questions left without an answer, each once: the person should know that the advice
//! rests on what they did not say. A skipped follow-up that the rules read as "Not sure" says
//! so on its line (docs/rules.md tells how each is read); "Why this advice" does not list
//! them again.

use yew::prelude::*;

use painmap_core::i18n::describe::field_label;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::summary::Open;

/// What [`unanswered_list`] shows.
pub struct UnansweredListProps {
    pub lang: Lang,
    pub open: Vec<Open>,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn unanswered_list(props: &UnansweredListProps) -> Html {
    let lang = props.lang;
    if props.open.is_empty() {
        return html! {};
    }
    html! {
        <section class="unanswered">
            <p>{ lang.text(Msg::UnansweredIntro) }</p>
            <ul>
                { for props.open.iter().map(|open| html! {
                    <li data-question={open.field.parts().1}>
                        { field_label(lang, open.field) }
                        if open.read_unsure {
                            <span class="tag">{ lang.text(Msg::ReadAsUnsure) }</span>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
