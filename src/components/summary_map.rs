//! The summary's small drawing of the back: each region in its intensity colour with its
//! number, read-only, with Left and Right above it and "Seen from behind" below, as on the
//! map. One image for assistive technology, named by the marked regions; the list beside it
//! says the same in words.

use yew::prelude::*;

use super::intensity_digits;
use super::outline::{Outline, OutlineLayer};
use painmap_core::diagram::{REGION_SHAPES, VIEW_BOX};
use painmap_core::i18n::describe::join;
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::PainMap;

/// What [`summary_map`] shows.
pub struct SummaryMapProps {
    pub lang: Lang,
    pub map: PainMap,
    /// The marked regions in words ("Lower back, left: 7 of 10"), highest first.
    pub lines: Vec<String>,
}

/// A plain view, not a component: it has no state, and it re-renders with the summary.
pub fn summary_map(props: &SummaryMapProps) -> Html {
    let lang = props.lang;
    let lines = props.lines.iter().map(String::as_str);
    let label = match join(lang, lines) {
        Some(regions) => fill(
            lang.text(Msg::FactLine),
            &[("label", lang.text(Msg::DiagramLabel)), ("value", &regions)],
        ),
        None => lang.text(Msg::DiagramLabel).to_owned(),
    };
    let (width, height) = VIEW_BOX;
    html! {
        <div class="summary-map">
        // The words say no more than the drawing does; its name already tells the regions.
        <p class="summary-sides" aria-hidden="true">
            <span>{ lang.text(Msg::SideLeft) }</span>
            <span>{ lang.text(Msg::SideRight) }</span>
        </p>
        <svg role="img" aria-label={label}
            viewBox={format!("0 0 {} {}", width as i32, height as i32)}>
            <Outline layer={OutlineLayer::Silhouette} />
            <g aria-hidden="true">
                { for REGION_SHAPES.iter().map(|shape| html! {
                    <path class="zone" d={shape.d}
                        data-level={intensity_digits(props.map.get(shape.region))} />
                }) }
            </g>
            <Outline layer={OutlineLayer::Details} />
            <g class="labels" aria-hidden="true">
                { for REGION_SHAPES.iter().filter_map(|shape| {
                    let intensity = props.map.get(shape.region);
                    let (x, y) = (shape.label.0.round() as i32, shape.label.1.round() as i32);
                    intensity.is_pain().then(|| html! {
                        <text class="num" data-level={intensity_digits(intensity)}
                            x={x.to_string()} y={y.to_string()}>
                            { intensity_digits(intensity) }
                        </text>
                    })
                }) }
            </g>
        </svg>
        <p class="summary-behind" aria-hidden="true">{ lang.text(Msg::SeenFromBehind) }</p>
        </div>
    }
}
