//! "Tell your therapist": the adaptations the massage needs, in plain words; the summary step
//! hands the same list to the therapist.

use std::rc::Rc;

use yew::prelude::*;

use painmap_core::engine::{Advice, PrecautionNote};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::summary::precaution_text;

/// What [`precaution_list`] shows.
pub struct PrecautionListProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn precaution_list(props: &PrecautionListProps) -> Html {
    let lang = props.lang;
    if props.advice.precautions.is_empty() {
        return html! {};
    }
    let item = |note: &PrecautionNote| {
        let (prefix, id) = note.code.parts();
        let mut code = String::with_capacity(prefix.len() + id.len());
        code.push_str(prefix);
        code.push_str(id);
        html! {
            <li data-precaution={code} data-rule={note.rule.id()}>{ precaution_text(lang, note.code) }</li>
        }
    };
    html! {
        <section class="precautions">
            <h3>{ lang.text(Msg::TellTherapistTitle) }</h3>
            <ul class="ticks">{ for props.advice.precautions.iter().map(item) }</ul>
        </section>
    }
}
