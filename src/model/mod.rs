//! The pure domain model: body regions, pain intensities and the map of where it hurts.
//!
//! Nothing here touches the browser, so the whole model is tested natively with `cargo test`
//! and shared unchanged by the widget, the advice engine and the command-line example.

mod intensity;
mod pain_map;
mod region;

pub use intensity::{Band, Intensity};
pub use pain_map::PainMap;
pub use region::{Region, Side};
