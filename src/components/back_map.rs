//! The drawing: the body seen from behind, its 23 tappable regions, and the side labels.

use yew::prelude::*;

use super::outline::{Outline, OutlineLayer};
use super::region_shape::RegionShapeView;
use super::{region_number, view_box};
use crate::web::focus_region;
use painmap_core::diagram::{self, REGION_SHAPES, VIEW_BOX};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{PainMap, Region};
use painmap_core::navigation::{self, Direction};

#[derive(Properties, PartialEq)]
pub struct BackMapProps {
    pub lang: Lang,
    pub map: PainMap,
    pub selected: Option<Region>,
    pub on_select: Callback<Region>,
}

#[function_component]
pub fn BackMap(props: &BackMapProps) -> Html {
    let lang = props.lang;
    let svg = use_node_ref();

    // Arrow keys move focus to the nearest region that way; focus is DOM state, not app state.
    let on_arrow = use_callback(
        svg.clone(),
        |(from, direction): (Region, Direction), svg| {
            let Some(start) = diagram::shape(from) else {
                return;
            };
            let others = REGION_SHAPES
                .iter()
                .filter(|shape| shape.region != from)
                .map(|shape| (shape.region, shape.label));
            if let (Some(next), Some(svg)) = (
                navigation::nearest(start.label, direction, others),
                svg.cast::<web_sys::Element>(),
            ) {
                focus_region(&svg, next);
            }
        },
    );

    let (width, height) = VIEW_BOX;
    html! {
        <figure class="map">
            <figcaption class="sides" aria-hidden="true">
                <span class="side">{ "◀ " }{ lang.text(Msg::SideLeft) }</span>
                <span class="behind">{ lang.text(Msg::SeenFromBehind) }</span>
                <span class="side">{ lang.text(Msg::SideRight) }{ " ▶" }</span>
            </figcaption>
            <svg ref={svg} class="body" role="group" aria-label={lang.text(Msg::DiagramLabel)}
                viewBox={view_box(width, height)}>
                <Outline layer={OutlineLayer::Silhouette} />
                // Unkeyed: the regions never move, so each is compared with its own.
                { for REGION_SHAPES.iter().map(|shape| html! {
                    <RegionShapeView {lang} region={shape.region}
                        intensity={props.map.get(shape.region)}
                        selected={props.selected == Some(shape.region)}
                        on_select={props.on_select.clone()} on_arrow={on_arrow.clone()} />
                }) }
                <Outline layer={OutlineLayer::Details} />
                // The numbers sit on a layer of their own above every shape: they repeat, for
                // the eye, what each region's accessible description already says.
                <g class="labels" aria-hidden="true">
                    { for REGION_SHAPES.iter().filter_map(|shape| {
                        region_number(shape, props.map.get(shape.region))
                    }) }
                </g>
            </svg>
        </figure>
    }
}
