//! The drawing: the body seen from behind, its 23 tappable regions, and the side labels.

use yew::prelude::*;

use super::outline::{Outline, OutlineLayer};
use super::region_shape::RegionShapeView;
use super::{intensity_digits, view_box};
use crate::web::focus_region;
use painmap_core::diagram::{self, RegionShape, REGION_SHAPES, VIEW_BOX};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{int_text, Intensity, PainMap, Region};
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
                        number(shape, props.map.get(shape.region))
                    }) }
                </g>
            </svg>
        </figure>
    }
}

/// The intensity drawn at a marked region's centre; `None` for a region without pain.
pub(super) fn number(shape: &RegionShape, intensity: Intensity) -> Option<Html> {
    // Whole units are precise enough for a label, and keep float formatting out of the wasm.
    let (x, y) = (shape.label.0.round() as i32, shape.label.1.round() as i32);
    intensity.is_pain().then(|| {
        html! {
            <text class="num" data-for={shape.region.id()} data-level={intensity_digits(intensity)}
                x={int_text(x.into())}
                y={int_text(y.into())}>{ intensity_digits(intensity) }</text>
        }
    })
}
