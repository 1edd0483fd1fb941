//! The List view: every region as a labelled row, for people who cannot use the drawing.
//! Up and Down move between rows, as in a list; Tab works too.

use yew::prelude::*;

use super::{intensity_digits, value_text};
use crate::web::focus_region;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{PainMap, Region};
use painmap_core::navigation::Direction;

#[derive(Properties, PartialEq)]
pub struct RegionListProps {
    pub lang: Lang,
    pub map: PainMap,
    pub selected: Option<Region>,
    pub on_select: Callback<Region>,
}

#[function_component]
pub fn RegionList(props: &RegionListProps) -> Html {
    let lang = props.lang;
    let list = use_node_ref();

    let row = |region: Region| {
        let intensity = props.map.get(region);
        let onkeydown = {
            let list = list.clone();
            Callback::from(move |event: KeyboardEvent| {
                let step: isize = match Direction::from_key(&event.key()) {
                    Some(Direction::Up) => -1,
                    Some(Direction::Down) => 1,
                    _ => return,
                };
                event.prevent_default();
                let next = region
                    .index()
                    .checked_add_signed(step)
                    .and_then(|i| Region::ALL.get(i));
                if let (Some(next), Some(list)) = (next, list.cast::<web_sys::Element>()) {
                    focus_region(&list, *next);
                }
            })
        };
        // The badge sits in the row but outside the button, so the button's visible label is
        // exactly its accessible name (WCAG 2.5.3) and the value is its description.
        let value_id = ["pm-val-", region.id()].concat();
        html! {
            <li key={region.id()} class="row-item">
                <button type="button" data-region={region.id()} class="row"
                    data-selected={(props.selected == Some(region)).then_some("true")}
                    aria-describedby={value_id.clone()}
                    onclick={props.on_select.reform(move |_: MouseEvent| region)} {onkeydown}>
                    { lang.text(Msg::Region(region)) }
                </button>
                <span class="badge" data-level={intensity_digits(intensity)} id={value_id}>
                    if intensity.is_pain() {
                        { value_text(lang, intensity) }
                    } else {
                        { lang.text(Msg::Band(intensity.band())) }
                    }
                </span>
            </li>
        }
    };

    html! {
        <ul class="list" ref={list.clone()} aria-label={lang.text(Msg::ListLabel)}>
            { for Region::ALL.iter().copied().map(row) }
        </ul>
    }
}
