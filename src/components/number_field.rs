//! A whole number typed on the phone's number pad (age, weeks of pregnancy).
//!
//! A text input with `inputmode="numeric"` rather than `type="number"`: the number type hides
//! what was typed when it is not a number, so the field could not say what is wrong, and
//! scrolling over it changes the value. What was typed stays in the component, so a half-typed
//! or wrong value is never rewritten under the person's fingers; the reducer only hears a valid
//! number or "none".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{described_by, suffixed};
use painmap_core::model::int_text;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub hint: AttrValue,
    /// Shown while the text is not a whole number from `min` to `max`.
    pub invalid: AttrValue,
    /// What is missing, when Next was pressed without a value.
    #[prop_or_default]
    pub need: Option<AttrValue>,
    pub min: u16,
    pub max: u16,
    pub value: Option<u16>,
    pub on_change: Callback<Option<u16>>,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let initial = props.value;
    let text = use_state(move || initial.map(|n| int_text(n.into())).unwrap_or_default());
    let (min, max) = (props.min, props.max);
    let typed = text.trim();
    let invalid = !typed.is_empty() && parse(typed, min, max).is_none();
    let message = if invalid {
        Some(props.invalid.clone())
    } else {
        props.need.clone()
    };
    let hint_id = suffixed(&props.id, "-hint");
    let need_id = message.as_ref().map(|_| suffixed(&props.id, "-need"));
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(parse(value.trim(), min, max));
            text.set(value);
        })
    };
    html! {
        <div class="field" data-need={message.is_some().then_some("")}>
            <label class="q" for={props.id.clone()}>
                { props.label.clone() }
                if let Some(note) = &props.note {
                    { " " }<span class="optional">{ note.clone() }</span>
                }
            </label>
            <p class="hint" id={hint_id.clone()}>{ props.hint.clone() }</p>
            if let (Some(message), Some(id)) = (message, need_id.clone()) {
                <p class="field-need" {id}>{ message }</p>
            }
            <input id={props.id.clone()} class="number" type="text" inputmode="numeric"
                autocomplete="off" maxlength="3" value={(*text).clone()}
                aria-invalid={need_id.is_some().then_some("true")}
                aria-describedby={described_by(Some(&hint_id), need_id.as_deref())}
                {oninput} />
        </div>
    }
}

/// The number in `text`, if it is a whole number from `min` to `max`.
fn parse(text: &str, min: u16, max: u16) -> Option<u16> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|n| (min..=max).contains(n))
}
