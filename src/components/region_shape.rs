//! One tappable region of the drawing: its shape, its intensity colour, its accessible name
//! and state, and its keyboard behaviour (Enter/Space open the control, arrows move to a
//! neighbour).

use yew::prelude::*;

use super::{intensity_digits, region_state};
use painmap_core::diagram;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{Intensity, Region};
use painmap_core::navigation::Direction;

#[derive(Properties, PartialEq)]
pub struct RegionShapeProps {
    pub lang: Lang,
    pub region: Region,
    pub intensity: Intensity,
    pub selected: bool,
    pub on_select: Callback<Region>,
    pub on_arrow: Callback<(Region, Direction)>,
}

#[function_component]
pub fn RegionShapeView(props: &RegionShapeProps) -> Html {
    let lang = props.lang;
    let region = props.region;
    let Some(shape) = diagram::shape(region) else {
        return Html::default();
    };

    let onclick = props.on_select.reform(move |_: MouseEvent| region);
    let onkeydown = {
        let on_select = props.on_select.clone();
        let on_arrow = props.on_arrow.clone();
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            if key == "Enter" || key == " " {
                event.prevent_default();
                on_select.emit(region);
            } else if let Some(direction) = Direction::from_key(&key) {
                event.prevent_default();
                on_arrow.emit((region, direction));
            }
        })
    };

    html! {
        <g class="region" data-region={region.id()} data-level={intensity_digits(props.intensity)}
            data-selected={props.selected.then_some("true")} role="button" tabindex="0"
            aria-label={lang.text(Msg::Region(region))}
            aria-description={region_state(lang, props.intensity)} {onclick} {onkeydown}>
            <path class="shape" d={shape.d} />
        </g>
    }
}
