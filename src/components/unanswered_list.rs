//! The questions left without an answer, each once: the person should know that the advice
//! rests on what they did not say. A skipped follow-up that the rules read as "Not sure" says
//! so on its line (docs/rules.md tells how each is read); "Why this advice" does not list
//! them again.

use yew::prelude::*;

use painmap_core::i18n::describe::field_label;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::summary::Open;

#[derive(Properties, PartialEq)]
pub struct UnansweredListProps {
    pub lang: Lang,
    pub open: Vec<Open>,
}

#[function_component]
pub fn UnansweredList(props: &UnansweredListProps) -> Html {
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
