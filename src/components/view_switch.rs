//! Map / List: two views of the same regions and the same state.

use yew::prelude::*;

use super::flag;

use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::View;

#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    pub lang: Lang,
    pub view: View,
    pub on_change: Callback<View>,
}

#[function_component]
pub fn ViewSwitch(props: &ViewSwitchProps) -> Html {
    let lang = props.lang;
    let option = |view: View, label: Msg| {
        let pressed = props.view == view;
        html! {
            <button type="button" class="seg" aria-pressed={flag(pressed)}
                onclick={props.on_change.reform(move |_: MouseEvent| view)}>
                { lang.text(label) }
            </button>
        }
    };
    html! {
        <div class="switch" role="group" aria-label={lang.text(Msg::ViewSwitchLabel)}>
            { option(View::Map, Msg::ViewMap) }
            { option(View::List, Msg::ViewList) }
        </div>
    }
}
