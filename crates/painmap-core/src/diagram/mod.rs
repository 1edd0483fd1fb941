//! The back diagram as pure data: SVG path data for the 23 regions seen from behind, the
//! non-interactive silhouette around them and a few guide lines.
//!
//! No web crates here: the Yew components turn this data into SVG, and the native tests check
//! the geometry (touch-target size, no overlaps) without a browser.

mod shapes;
#[cfg(test)]
mod tests;

use crate::model::Region;

pub use shapes::{DETAILS, REGION_SHAPES, SILHOUETTE, VIEW_BOX};

/// One tappable region of the diagram.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionShape {
    pub region: Region,
    /// SVG path data of the visible region (filled with the intensity colour by the UI).
    pub d: &'static str,
    /// Where the intensity number is drawn (centre of a text of font-size ~13 units); also the
    /// region's centre for keyboard arrow navigation, and the centre of its largest touch target.
    pub label: (f32, f32),
}

/// The shape of `region`, if the diagram draws it (it draws all 23).
pub fn shape(region: Region) -> Option<&'static RegionShape> {
    REGION_SHAPES.iter().find(|shape| shape.region == region)
}
