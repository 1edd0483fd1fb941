//! What the prerendered first screen carries, unseen, for the page's script to show before the
//! wasm arrives (`www/prerendered.js`): the intensity control as the live widget draws it for
//! one area (with its "choose a number" prompt, which the script takes out until Done asks for
//! it), and the map's footer with none, one and two areas marked. The script puts in each
//! area's name, which the map's shapes carry, and the number of areas, so one copy serves
//! them all. With them, each area's number on the map and its spoken description for every
//! value, which the script gives an area it marks. Only the build's prerenderer draws it: the
//! wasm never carries it.

use yew::prelude::*;

use super::intensity_control::IntensityControl;
use super::map_footer::map_footer;
use super::{region_number, region_state};
use painmap_core::diagram::REGION_SHAPES;
use painmap_core::i18n::Lang;
use painmap_core::model::{Intensity, Region};

/// The area whose control the first screen carries; the script swaps its name for another's.
pub const HELD_REGION: Region = Region::LowerBackLeft;

#[derive(Properties, PartialEq)]
pub struct HeldPartsProps {
    pub lang: Lang,
    /// Drawn for this area (tests draw each one, to check that a name swap gives its control).
    #[prop_or(HELD_REGION)]
    pub region: Region,
    /// The footer for this many areas marked, after the one for none and for one.
    #[prop_or(2)]
    pub marked: usize,
}

#[function_component]
pub fn HeldParts(props: &HeldPartsProps) -> Html {
    let lang = props.lang;
    let none = Callback::noop();
    html! {
        <>
            <IntensityControl {lang} region={props.region} intensity={Intensity::NONE} asking=true
                on_set={Callback::noop()} on_step={Callback::noop()}
                on_choose={Callback::noop()} on_remove={Callback::noop()}
                on_done={Callback::noop()} on_close={Callback::noop()} />
            { map_footer(lang, 0, false, &none, &Callback::noop()) }
            { map_footer(lang, 1, false, &none, &Callback::noop()) }
            { map_footer(lang, props.marked, false, &none, &Callback::noop()) }
            // Every area's number, as the map draws it at 1: the script sets the number.
            <svg class="held-labels"><g class="labels">
                { for REGION_SHAPES.iter().filter_map(|shape| region_number(shape, Intensity::saturating(1))) }
            </g></svg>
            // An area's description for 0 (none marked) to 10, in that order.
            <ol class="held-states">
                { for (0..=10).map(|value| html! {
                    <li>{ region_state(lang, Intensity::saturating(value)) }</li>
                }) }
            </ol>
        </>
    }
}
