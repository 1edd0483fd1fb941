//! The suggested techniques, best first: what each is, what it may help with, why it fits this
//! person, and whether the clinic offers it. Shown at the massage levels only.

use std::rc::Rc;

use yew::prelude::*;

use painmap_core::engine::{Advice, Suggestion, Technique};
use painmap_core::i18n::{Lang, Msg};

/// What [`technique_list`] shows.
pub struct TechniqueListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
    /// The clinic's techniques; `None` when it did not say, and then no badge is shown.
    pub offered: Option<Vec<Technique>>,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn technique_list(props: &TechniqueListProps) -> Html {
    let lang = props.lang;
    if props.advice.techniques.is_empty() {
        return html! {};
    }
    let item = |suggestion: &Suggestion| {
        let id = suggestion.id;
        let badge = props.offered.as_ref().map(|offered| {
            let here = offered.contains(&id);
            let text = lang.text(if here { Msg::OfferedHere } else { Msg::AskUs });
            html! { <span class="offer" data-offered={if here { "true" } else { "false" }}>{ text }</span> }
        });
        html! {
            <li class="technique" data-technique={id.id()}>
                <h4 class="technique-name">{ lang.text(Msg::TechniqueName(id)) }</h4>
                { badge }
                <p>{ lang.text(Msg::TechniqueWhat(id)) }</p>
                <p>{ lang.text(Msg::TechniqueHelps(id)) }</p>
                if !suggestion.because.is_empty() {
                    <p class="reason-label">{ lang.text(Msg::WhyForYou) }</p>
                    <ul class="facts">
                        { for suggestion.because.iter().map(|indication| html! {
                            <li>{ lang.text(Msg::Indication(*indication)) }</li>
                        }) }
                    </ul>
                }
            </li>
        }
    };
    html! {
        <section class="techniques">
            <h3>{ lang.text(Msg::TechniquesTitle) }</h3>
            <p class="hint">{ lang.text(Msg::TechniquesIntro) }</p>
            <ol class="cards">{ for props.advice.techniques.iter().map(item) }</ol>
            <p class="note">{ lang.text(Msg::EvidenceNote) }</p>
        </section>
    }
}
