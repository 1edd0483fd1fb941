//! The parts of the drawing that never change: the body's outline under the regions and the
//! thin anatomical guide lines above them. Their props never change, so Yew renders them once
//! and a tap does not rebuild them.

use yew::prelude::*;

use painmap_core::diagram::{DETAILS, SILHOUETTE};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OutlineLayer {
    /// Head, arms, knees and feet, drawn under the regions.
    Silhouette,
    /// Guide lines (spine, shoulder blades), drawn over the regions.
    Details,
}

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub layer: OutlineLayer,
}

#[function_component]
pub fn Outline(props: &OutlineProps) -> Html {
    let paths = |all: &'static [&'static str]| {
        html! { <>{ for all.iter().map(|d| html! { <path d={*d} /> }) }</> }
    };
    match props.layer {
        OutlineLayer::Silhouette => html! {
            <g class="silhouette" aria-hidden="true">{ paths(SILHOUETTE) }</g>
        },
        OutlineLayer::Details => html! {
            <g class="details" aria-hidden="true">{ paths(DETAILS) }</g>
        },
    }
}
