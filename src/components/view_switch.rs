//! Map / List: two views of the same regions and the same state.

use yew::prelude::*;

use super::flag;

use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::View;

/// `view`: the one shown; `on_change` hears the one tapped.
pub fn view_switch(lang: Lang, view: View, on_change: &Callback<View>) -> Html {
    let option = |option: View, label: Msg| {
        let pressed = view == option;
        html! {
            <button type="button" class="seg" aria-pressed={flag(pressed)}
                onclick={on_change.reform(move |_: MouseEvent| option)}>
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
