//! How many areas are marked, and "Clear all", which asks before it wipes the map.

use yew::prelude::*;

use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::int_text;

/// `marked`: how many areas; `confirming`: "Clear all" is waiting for confirmation, whose
/// answer `on_confirm` hears (`true`: clear everything; `false`: keep it).
pub fn map_footer(
    lang: Lang,
    marked: usize,
    confirming: bool,
    on_ask_clear: &Callback<()>,
    on_confirm: &Callback<bool>,
) -> Html {
    let count = match marked {
        0 => lang.text(Msg::NothingMarked).to_owned(),
        1 => lang.text(Msg::MarkedOne).to_owned(),
        n => fill(lang.text(Msg::MarkedMany), &[("n", &int_text(n as i64))]),
    };
    html! {
        <div class="footer">
            <p class="count">{ count }</p>
            if confirming {
                <div class="confirm" role="group" aria-labelledby="pm-confirm-clear">
                    <p id="pm-confirm-clear">{ lang.text(Msg::ConfirmClear) }</p>
                    <button type="button" class="danger"
                        onclick={on_confirm.reform(|_: MouseEvent| true)}>
                        { lang.text(Msg::ConfirmClearYes) }
                    </button>
                    <button type="button" class="secondary"
                        onclick={on_confirm.reform(|_: MouseEvent| false)}>
                        { lang.text(Msg::ConfirmClearNo) }
                    </button>
                </div>
            } else if marked > 0 {
                <button type="button" class="secondary"
                    onclick={on_ask_clear.reform(|_: MouseEvent| ())}>
                    { lang.text(Msg::ClearAll) }
                </button>
            }
        </div>
    }
}
