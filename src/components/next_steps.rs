//! "What to do next", when the advice is to see a doctor first: what to tell the doctor (the
//! answers that led to the advice, in the person's words), to take the summary along, and
//! when massage can come back into it. Without it the page ends on a "no" and leaves the
//! person to work out the rest.

use yew::prelude::*;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub lang: Lang,
    /// The answers and facts that made the doctor rules fire, each once.
    pub facts: Vec<String>,
}

#[function_component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="next-steps">
            <h3>{ lang.text(Msg::NextTitle) }</h3>
            if !props.facts.is_empty() {
                <p class="reason-label">{ lang.text(Msg::NextTellDoctor) }</p>
                <ul class="facts">
                    { for props.facts.iter().map(|fact| html! { <li>{ fact }</li> }) }
                </ul>
            }
            <p class="next-summary">{ lang.text(Msg::NextTakeSummary) }</p>
            <p>{ lang.text(Msg::NextComeBack) }</p>
        </section>
    }
}
