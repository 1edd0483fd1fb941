//! The body seen from behind, as SVG path data in a 178-unit-wide viewBox.
//!
//! Generated once, by one smooth mapping of every point of the earlier 200-unit drawing (the
//! spine widened, the arms brought in, the neck lengthened and the legs shortened, the small
//! regions enlarged where they lie), mirrored around x = 89: neighbouring regions still share
//! their edges exactly (no hairline gaps or overlaps when filled). Coordinates are rounded to
//! 0.1 unit, symmetrically about the centre line, and written as relative commands to keep the
//! wasm download small.
//!
//! Drawn for thumbs: the torso is wide and the arms close to it, so that the drawing fills a
//! phone's width, and the spine is a band as wide as a fingertip; every region, the spine's three
//! included, holds a 44 CSS px square of its own (see `tests.rs`), so no region needs an invisible
//! hit area reaching into its neighbours.

use super::RegionShape;
use crate::model::Region;

/// The viewBox is `0 0 178 400`: head at the top, heels at the bottom.
pub const VIEW_BOX: (f32, f32) = (178.0, 400.0);

/// Every region, in paint order (they do not overlap, so the order only matters for the outline
/// strokes).
pub const REGION_SHAPES: [RegionShape; 23] = [
    RegionShape {
        region: Region::Neck,
        d: "M67.8 32c5.4-2.5 37-2.5 42.4 0-.5 9.3 1.1 17.1 1.3 22.4-2.7 7.7-6 16.3-9.6 22.5l-.3-15.5c-.7-4.9-24.5-4.9-25.2 0l-.3 15.5c-3.6-6.2-6.9-14.8-9.6-22.5.2-5.3 1.8-13.1 1.3-22.4z",
        label: (89.0, 44.0),
    },
    RegionShape {
        region: Region::ShoulderLeft,
        d: "M46.5 77.2c-17.5 2.6-27.6 12.9-30.4 30-.4 11.9.8 25.4 1.5 34.3 4.6-.7 12.4-3 20.9-7.1 6.2-9.6 9.4-24.5 8.4-36.2-1.4-7.7-1.6-14.3-.4-21z",
        label: (31.0, 111.0),
    },
    RegionShape {
        region: Region::ShoulderRight,
        d: "M131.5 77.2c17.5 2.6 27.6 12.9 30.4 30 .4 11.9-.8 25.4-1.5 34.3-4.6-.7-12.4-3-20.9-7.1-6.2-9.6-9.4-24.5-8.4-36.2 1.4-7.7 1.6-14.3.4-21z",
        label: (147.0, 111.0),
    },
    RegionShape {
        region: Region::UpperBackLeft,
        d: "M66.5 54.4c-2.2 10.6-11.6 18.1-20 22.8-1.2 6.7-1 13.3.4 21 9.4 2.9 19.9 6.3 29.9 7.2l-.4-19.9-.3-8.6c-3.6-6.2-6.9-14.8-9.6-22.5z",
        label: (63.0, 87.0),
    },
    RegionShape {
        region: Region::UpperBackRight,
        d: "M111.5 54.4c2.2 10.6 11.6 18.1 20 22.8 1.2 6.7 1 13.3-.4 21-9.4 2.9-19.9 6.3-29.9 7.2l.4-19.9.3-8.6c3.6-6.2 6.9-14.8 9.6-22.5z",
        label: (115.0, 87.0),
    },
    RegionShape {
        region: Region::ShoulderBladeLeft,
        d: "M46.9 98.2c9.4 2.9 19.9 6.3 29.9 7.2l-.4 43.9c-10.7 2.2-25.6 2.5-37.9.9-.3-5.5-.2-10.4 0-15.8 6.2-9.6 9.4-24.5 8.4-36.2z",
        label: (61.0, 133.0),
    },
    RegionShape {
        region: Region::ShoulderBladeRight,
        d: "M131.1 98.2c-9.4 2.9-19.9 6.3-29.9 7.2l.4 43.9c10.7 2.2 25.6 2.5 37.9.9.3-5.5.2-10.4 0-15.8-6.2-9.6-9.4-24.5-8.4-36.2z",
        label: (117.0, 133.0),
    },
    RegionShape {
        region: Region::MidBackLeft,
        d: "M38.5 150.2c12.3 1.6 27.2 1.3 37.9-.9l.3 29.9c-10.6.5-24.4 2.7-35.9 4.2.1-11.7-1.4-22.8-2.3-33.2z",
        label: (55.0, 165.0),
    },
    RegionShape {
        region: Region::MidBackRight,
        d: "M139.5 150.2c-12.3 1.6-27.2 1.3-37.9-.9l-.3 29.9c10.6.5 24.4 2.7 35.9 4.2-.1-11.7 1.4-22.8 2.3-33.2z",
        label: (123.0, 165.0),
    },
    RegionShape {
        region: Region::LowerBackLeft,
        d: "M40.8 183.4c11.5-1.5 25.3-3.7 35.9-4.2-.4 9.4-.7 22.5.5 31.9h-7.9c-5.2.1-11-.8-16.3-3.8-5.4-3.6-11.3-7.6-15.4-9.8 1.5-4.3 2.8-8.7 3.2-14.1z",
        label: (64.0, 194.0),
    },
    RegionShape {
        region: Region::LowerBackRight,
        d: "M137.2 183.4c-11.5-1.5-25.3-3.7-35.9-4.2.4 9.4.7 22.5-.5 31.9h7.9c5.2.1 11-.8 16.3-3.8 5.4-3.6 11.3-7.6 15.4-9.8-1.5-4.3-2.8-8.7-3.2-14.1z",
        label: (114.0, 194.0),
    },
    RegionShape {
        region: Region::HipLeft,
        d: "M37.6 197.5c-1.4 3.8-10.8 12.7-12.7 31.4 0 17 1.9 28.4 4.6 36.2 11.7-3.6 20-12.5 23.5-24.4 2.1-14.4 1.5-25 0-33.4-5.4-3.6-11.3-7.6-15.4-9.8z",
        label: (40.0, 228.0),
    },
    RegionShape {
        region: Region::HipRight,
        d: "M140.4 197.5c1.4 3.8 10.8 12.7 12.7 31.4 0 17-1.9 28.4-4.6 36.2-11.7-3.6-20-12.5-23.5-24.4-2.1-14.4-1.5-25 0-33.4 5.4-3.6 11.3-7.6 15.4-9.8z",
        label: (138.0, 228.0),
    },
    RegionShape {
        region: Region::ButtockLeft,
        d: "M53 207.3c5.3 3 11.1 3.9 16.3 3.8.8 19.4 9.4 39.7 19.7 46.4v13.5c-14.7 6-47 6-59.5-5.9 11.7-3.6 20-12.5 23.5-24.4 2.1-14.4 1.5-25 0-33.4z",
        label: (65.0, 260.0),
    },
    RegionShape {
        region: Region::ButtockRight,
        d: "M125 207.3c-5.3 3-11.1 3.9-16.3 3.8-.8 19.4-9.4 39.7-19.7 46.4v13.5c14.7 6 47 6 59.5-5.9-11.7-3.6-20-12.5-23.5-24.4-2.1-14.4-1.5-25 0-33.4z",
        label: (113.0, 260.0),
    },
    RegionShape {
        region: Region::ThighBackLeft,
        d: "M29.5 265.1c12.5 11.9 44.8 11.9 59.5 5.9-2.1 15-12.6 34.5-14.7 46.5-8.6 2.3-23.7 2.3-33.3 0-5.4-15-9.8-46.3-11.5-52.4z",
        label: (58.0, 293.0),
    },
    RegionShape {
        region: Region::ThighBackRight,
        d: "M148.5 265.1c-12.5 11.9-44.8 11.9-59.5 5.9 2.1 15 12.6 34.5 14.7 46.5 8.6 2.3 23.7 2.3 33.3 0 5.4-15 9.8-46.3 11.5-52.4z",
        label: (120.0, 293.0),
    },
    RegionShape {
        region: Region::CalfLeft,
        d: "M43.1 334c8.6 2.3 22.6 2.3 30.1 0 9.5 12-1.6 30-5.4 43.5-4.3 1.5-10.7 1.5-15.6 0-8-15-14.5-33-9.1-43.5z",
        label: (59.0, 349.0),
    },
    RegionShape {
        region: Region::CalfRight,
        d: "M134.9 334c-8.6 2.3-22.6 2.3-30.1 0-9.5 12 1.6 30 5.4 43.5 4.3 1.5 10.7 1.5 15.6 0 8-15 14.5-33 9.1-43.5z",
        label: (119.0, 349.0),
    },
    RegionShape {
        region: Region::Sacrum,
        d: "M69.3 211.1h7.9 23.6 7.9c-.8 19.4-9.4 39.7-19.7 46.4-10.3-6.7-18.9-27-19.7-46.4z",
        label: (89.0, 225.0),
    },
    RegionShape {
        region: Region::SpineCervical,
        d: "M76.4 61.4c.7-4.9 24.5-4.9 25.2 0l.3 15.5-.3 8.6h-25.2l-.3-8.6z",
        label: (89.0, 73.0),
    },
    RegionShape {
        region: Region::SpineThoracic,
        d: "M76.4 85.5h25.2l-.4 19.9.4 43.9-.3 29.9h-24.6l-.3-29.9.4-43.9z",
        label: (89.0, 140.0),
    },
    RegionShape {
        region: Region::SpineLumbar,
        d: "M76.7 179.2h24.6c.4 9.4.7 22.5-.5 31.9h-23.6c-1.2-9.4-.9-22.5-.5-31.9z",
        label: (89.0, 192.0),
    },
];

/// Non-interactive outline drawn under the regions: ears, head, arms with hands, legs with knees
/// and heels. The legs' hidden upper parts lie under the thigh and calf regions.
pub const SILHOUETTE: &[&str] = &[
    "M61.9 14.2c-4.8-1.7-7 1.7-6.4 6 .5 4.2 3.7 7.1 9.6 7.6zM116.1 14.2c4.8-1.7 7 1.7 6.4 6-.5 4.2-3.7 7.1-9.6 7.6z",
    "M67.8 32c-3.8-3.4-7-8.5-7-15.2 0-9.3 9.7-15.3 28.2-15.3 18.5 0 28.2 6 28.2 15.3 0 6.7-3.2 11.8-7 15.2-5.4-2.5-37-2.5-42.4 0z",
    "M17.6 141.5c.1 10.3-3.4 25.8-4.2 41.6-1.9 22.4-7.2 42.8-7.9 63.1-3.3 11.3-5.1 26.3-2.5 35.3 1.7 4.5 7.8 6 10.4.8 1.7-3.8 2.5-9 3.7-15.7.9-4.3 1.5-8.6-.4-19.7 1.7-24.1 8.3-43 9.6-63.9 1.8-22.3 8.5-38.1 12.2-48.6zM160.4 141.5c-.1 10.3 3.4 25.8 4.2 41.6 1.9 22.4 7.2 42.8 7.9 63.1 3.3 11.3 5.1 26.3 2.5 35.3-1.7 4.5-7.8 6-10.4.8-1.7-3.8-2.5-9-3.7-15.7-.9-4.3-1.5-8.6.4-19.7-1.7-24.1-8.3-43-9.6-63.9-1.8-22.3-8.5-38.1-12.2-48.6z",
    "M29.5 265.1c1.7 6.1 6.1 37.4 11.5 52.4 1.6 5.3 1 10.5 2.1 16.5-5.4 10.5 1.1 28.5 9.1 43.5 1.3 2.4 1.6 4.5 1.1 6.8-.5 2.2-2.1 3.3-2.1 5.2 0 2.3-2.2 3.4-3.8 5.3-1.6 1.8-1.1 3.7 1.6 3.7h22.6c2.7 0 2.7-2.2.5-3.7-2.1-1.5-2.7-3.8-2.1-6 1-2.3-1.7-4.5-2.2-6.8-.2-1.5-.2-3 0-4.5 3.8-13.5 14.9-31.5 5.4-43.5-1.1-6 0-10.5 1.1-16.5 2.1-12 12.6-31.5 14.7-46.5-14.7 6-47 6-59.5-5.9zM148.5 265.1c-1.7 6.1-6.1 37.4-11.5 52.4-1.6 5.3-1 10.5-2.1 16.5 5.4 10.5-1.1 28.5-9.1 43.5-1.3 2.4-1.6 4.5-1.1 6.8.5 2.2 2.1 3.3 2.1 5.2 0 2.3 2.2 3.4 3.8 5.3 1.6 1.8 1.1 3.7-1.6 3.7h-22.6c-2.7 0-2.7-2.2-.5-3.7 2.1-1.5 2.7-3.8 2.1-6-1-2.3 1.7-4.5 2.2-6.8.2-1.5.2-3 0-4.5-3.8-13.5-14.9-31.5-5.4-43.5 1.1-6 0-10.5-1.1-16.5-2.1-12-12.6-31.5-14.7-46.5 14.7 6 47 6 59.5-5.9z",
];

/// Thin guide lines (stroke only): hair, shoulder blades, elbows, knee creases, Achilles tendons.
pub const DETAILS: &[&str] = &[
    "M95.3 6.2c4.2-1.3 7.9 0 7.4 1.7-.6 1.7-5.3 2.1-7.4 1.3",
    "M91.1 5.8c-17.9 1.7-24.4 6.7-26 13.5",
    "M93.2 8.7c-16.8 3.8-20 9.8-20.6 16.5",
    "M103.7 7c5.4 2.2 9.2 7.2 9.7 13.2",
    "M100.5 10c4.3 3.4 5.9 9.3 5.4 15.2",
    "M69.6 108.3c1.1 10.6.6 24.1-2.7 32.6-1.7 2.8-4.3 2.3-5.7-.9-3.7-7.7-6.4-17.2-9.3-26M108.4 108.3c-1.1 10.6-.6 24.1 2.7 32.6 1.7 2.8 4.3 2.3 5.7-.9 3.7-7.7 6.4-17.2 9.3-26",
    "M16.8 177.4c2 3.4 4.8 3.4 6.8 1.1M161.2 177.4c-2 3.4-4.8 3.4-6.8 1.1",
    "M48.5 325.8c5.3 2.2 13.9 2.2 19.3 0M129.5 325.8c-5.3 2.2-13.9 2.2-19.3 0",
    "M59.8 365.5c.5 9 .5 16.5 0 22.5M118.2 365.5c-.5 9-.5 16.5 0 22.5",
    "M54.4 391c.5 4.5 3.2 6.8 5.9 6.8 3.2 0 5.9-2.3 6.4-6.8M123.6 391c-.5 4.5-3.2 6.8-5.9 6.8-3.2 0-5.9-2.3-6.4-6.8",
];
