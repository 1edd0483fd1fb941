//! A question answered by tapping chips: one choice (radio buttons) or any number (checkboxes).
//!
//! Real inputs inside a fieldset, so screen readers announce the question, the choice and
//! "1 of 6" on their own; the chips are their labels, so the whole chip is the touch target.
//! Options arrive as words plus a flag, and a pick as an index: one view serves every
//! vocabulary (durations, qualities, answers…) instead of one generic copy per type.
//!
//! A plain view function, not a component: it holds no state, and the About step and every
//! Yes / No / Not sure question use it, so it keeps a file of its own.

use yew::prelude::*;

use super::{described_by, suffixed};

/// What the chips show and whom a pick tells.
pub struct Chips {
    /// Unique within the widget: the radio group's name and the prefix of its ids.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub hint: Option<AttrValue>,
    /// Each option's words and whether it is chosen.
    pub options: Vec<(AttrValue, bool)>,
    /// Checkboxes (any number) rather than radio buttons (one).
    pub multiple: bool,
    /// What is missing, when Next was pressed without an answer.
    pub need: Option<AttrValue>,
    /// The index of the option tapped.
    pub on_pick: Callback<usize>,
}

pub fn choice_chips(props: Chips) -> Html {
    let hint_id = props.hint.as_ref().map(|_| suffixed(&props.id, "-hint"));
    let need_id = props.need.as_ref().map(|_| suffixed(&props.id, "-need"));
    let described = described_by(hint_id.as_deref(), need_id.as_deref());
    let kind = if props.multiple { "checkbox" } else { "radio" };
    let chips = props
        .options
        .iter()
        .enumerate()
        .map(|(index, (label, on))| {
            html! {
                <label class="chip">
                    <input type={kind} name={props.id.clone()} checked={*on}
                        onchange={props.on_pick.reform(move |_: Event| index)} />
                    <span class="chip-text">{ label.clone() }</span>
                </label>
            }
        });
    // A radio group is a radiogroup, which may carry aria-invalid; checkboxes stay a group.
    let role = (!props.multiple).then_some("radiogroup");
    let legend_id = suffixed(&props.id, "-q");
    html! {
        <fieldset class="choice" {role} aria-labelledby={legend_id.clone()}
            aria-describedby={described}
            aria-invalid={props.need.is_some().then_some("true")}
            data-need={props.need.is_some().then_some("")}>
            <legend class="q" id={legend_id}>{ props.legend.clone() }</legend>
            if let (Some(hint), Some(id)) = (&props.hint, hint_id) {
                <p class="hint" {id}>{ hint.clone() }</p>
            }
            if let (Some(need), Some(id)) = (&props.need, need_id) {
                <p class="field-need" {id}>{ need.clone() }</p>
            }
            <div class="chips">{ for chips }</div>
        </fieldset>
    }
}
