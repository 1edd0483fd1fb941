//! The body seen from behind, as SVG path data in a 200-unit-wide viewBox.
//!
//! Generated once from left-side key points mirrored around x = 100, so that neighbouring regions
//! share their edges exactly (no hairline gaps or overlaps when filled). Coordinates are rounded
//! to 0.1 unit and written as relative commands to keep the wasm download small.

use super::RegionShape;
use crate::model::Region;

/// The viewBox is `0 0 200 420`: head at the top, heels at the bottom.
pub const VIEW_BOX: (f32, f32) = (200.0, 420.0);

/// Every region, in paint order: the midline regions come last so their widened hit areas win.
pub const REGION_SHAPES: [RegionShape; 23] = [
    RegionShape {
        region: Region::Neck,
        d: "M86 39c5-3 23-3 28 0-.5 7 1 13 1 17-3 6-6.5 12-9.5 16l-.5-10c0-3.5-10-3.5-10 0l-.5 10c-3-4-6.5-10-9.5-16 0-4 1.5-10 1-17z",
        label: (100.0, 49.5),
        hit: None,
    },
    RegionShape {
        region: Region::ShoulderLeft,
        d: "M66 74c-16 3-28 12-29 26-.5 8-1.5 19-2 28 7-2 16-6 22-10 3.5-7 5.5-16 6-24 .5-7 1.5-14 3-20z",
        label: (50.5, 99.0),
        hit: None,
    },
    RegionShape {
        region: Region::ShoulderRight,
        d: "M134 74c16 3 28 12 29 26 .5 8 1.5 19 2 28-7-2-16-6-22-10-3.5-7-5.5-16-6-24-.5-7-1.5-14-3-20z",
        label: (149.5, 99.0),
        hit: None,
    },
    RegionShape {
        region: Region::UpperBackLeft,
        d: "M85 56c-2 8-11 14-19 18-1.5 6-2.5 13-3 20 10 0 21 2 31 3v-18l.5-7c-3-4-6.5-10-9.5-16z",
        label: (77.5, 84.0),
        hit: None,
    },
    RegionShape {
        region: Region::UpperBackRight,
        d: "M115 56c2 8 11 14 19 18 1.5 6 2.5 13 3 20-10 0-21 2-31 3v-18l-.5-7c3-4 6.5-10 9.5-16z",
        label: (122.5, 84.0),
        hit: None,
    },
    RegionShape {
        region: Region::ShoulderBladeLeft,
        d: "M63 94c10 0 21 2 31 3v39c-10 2-24 2-35.5 0-.5-6-1-12-1.5-18 3.5-7 5.5-16 6-24z",
        label: (77.0, 116.0),
        hit: None,
    },
    RegionShape {
        region: Region::ShoulderBladeRight,
        d: "M137 94c-10 0-21 2-31 3v39c10 2 24 2 35.5 0 .5-6 1-12 1.5-18-3.5-7-5.5-16-6-24z",
        label: (123.0, 116.0),
        hit: None,
    },
    RegionShape {
        region: Region::MidBackLeft,
        d: "M58.5 136c11.5 2 25.5 2 35.5 0v27c-10 1-22 3.5-32.5 4-.5-11-2-21-3-31z",
        label: (78.0, 150.0),
        hit: None,
    },
    RegionShape {
        region: Region::MidBackRight,
        d: "M141.5 136c-11.5 2-25.5 2-35.5 0v27c10 1 22 3.5 32.5 4 .5-11 2-21 3-31z",
        label: (122.0, 150.0),
        hit: None,
    },
    RegionShape {
        region: Region::LowerBackLeft,
        d: "M61.5 167c10.5-.5 22.5-3 32.5-4-.2 9-.5 19 0 27h-8c-4-.5-9-2-14-2.5-5-.5-10-1.5-13.5-2.5 2-5 3.5-11 3-18z",
        label: (78.0, 177.0),
        hit: None,
    },
    RegionShape {
        region: Region::LowerBackRight,
        d: "M138.5 167c-10.5-.5-22.5-3-32.5-4 .2 9 .5 19 0 27h8c4-.5 9-2 14-2.5 5-.5 10-1.5 13.5-2.5-2-5-3.5-11-3-18z",
        label: (122.0, 177.0),
        hit: None,
    },
    RegionShape {
        region: Region::HipLeft,
        d: "M58.5 185c-2.5 5-10 11-10 23-.5 11 1 22 2 30 3.5 3 8.5 4.5 12.5 4 3-8 4.5-18 5.5-28 1-8 2.5-18 3.5-26.5-5-.5-10-1.5-13.5-2.5z",
        label: (58.5, 208.5),
        hit: None,
    },
    RegionShape {
        region: Region::HipRight,
        d: "M141.5 185c2.5 5 10 11 10 23 .5 11-1 22-2 30-3.5 3-8.5 4.5-12.5 4-3-8-4.5-18-5.5-28-1-8-2.5-18-3.5-26.5 5-.5 10-1.5 13.5-2.5z",
        label: (141.5, 208.5),
        hit: None,
    },
    RegionShape {
        region: Region::ButtockLeft,
        d: "M72 187.5c5 .5 10 2 14 2.5 1 18 9 36 14 42v12c-8 8-29 9-37-2 3-8 4.5-18 5.5-28 1-8 2.5-18 3.5-26.5z",
        label: (81.0, 222.0),
        hit: None,
    },
    RegionShape {
        region: Region::ButtockRight,
        d: "M128 187.5c-5 .5-10 2-14 2.5-1 18-9 36-14 42v12c8 8 29 9 37-2-3-8-4.5-18-5.5-28-1-8-2.5-18-3.5-26.5z",
        label: (119.0, 222.0),
        hit: None,
    },
    RegionShape {
        region: Region::ThighBackLeft,
        d: "M50.5 238c3.5 3 8.5 4.5 12.5 4 8 11 29 10 37 2-1 20-6 46-8 62-8 3-22 3-31 0-5-20-9.5-60-10.5-68z",
        label: (76.0, 272.0),
        hit: None,
    },
    RegionShape {
        region: Region::ThighBackRight,
        d: "M149.5 238c-3.5 3-8.5 4.5-12.5 4-8 11-29 10-37 2 1 20 6 46 8 62 8 3 22 3 31 0 5-20 9.5-60 10.5-68z",
        label: (124.0, 272.0),
        hit: None,
    },
    RegionShape {
        region: Region::CalfLeft,
        d: "M63 328c8 3 21 3 28 0 6 16-2 42-5 60-4 2-10 2-14 0-6-16-14-46-9-60z",
        label: (78.0, 350.0),
        hit: None,
    },
    RegionShape {
        region: Region::CalfRight,
        d: "M137 328c-8 3-21 3-28 0-6 16 2 42 5 60 4 2 10 2 14 0 6-16 14-46 9-60z",
        label: (122.0, 350.0),
        hit: None,
    },
    RegionShape {
        region: Region::Sacrum,
        d: "M86 190h8h12h8c-1 18-9 36-14 42-5-6-13-24-14-42z",
        label: (100.0, 203.0),
        hit: None,
    },
    RegionShape {
        region: Region::SpineCervical,
        d: "M95 62c0-3.5 10-3.5 10 0l.5 10 .5 7h-12l.5-7z",
        label: (100.0, 69.5),
        hit: Some("M90 60h20v19H90z"),
    },
    RegionShape {
        region: Region::SpineThoracic,
        d: "M94 79h12v18v39v27h-12v-27v-39z",
        label: (100.0, 121.5),
        hit: Some("M90 79h20v84H90z"),
    },
    RegionShape {
        region: Region::SpineLumbar,
        d: "M94 163h12c.2 9 .5 19 0 27h-12c-.5-8-.2-18 0-27z",
        label: (100.0, 177.0),
        hit: Some("M90 163h20v27H90z"),
    },
];

/// Non-interactive outline drawn under the regions: ears, head, arms with hands, legs with knees
/// and heels. The legs' hidden upper parts lie under the thigh and calf regions.
pub const SILHOUETTE: &[&str] = &[
    "M81.5 21c-4-2-6 1.5-5 6 1 4 3.5 7 6.5 8zM118.5 21c4-2 6 1.5 5 6-1 4-3.5 7-6.5 8z",
    "M86 39c-3-4-5-8-5-15 0-12 8-20 19-20 11 0 19 8 19 20 0 7-2 11-5 15-5-3-23-3-28 0z",
    "M35 128c-.5 10-5 24-6 38-2 20-8 38-9 56-4 10-6 24-3 36 2 6 9 8 12 1 2-5 3-12 4.5-19 1.5-4 2.5-8 .5-18 4-20 12-36 13-56 2-20 8-36 10-48zM165 128c.5 10 5 24 6 38 2 20 8 38 9 56 4 10 6 24 3 36-2 6-9 8-12 1-2-5-3-12-4.5-19-1.5-4-2.5-8-.5-18-4-20-12-36-13-56-2-20-8-36-10-48z",
    "M50.5 238c1 8 5.5 48 10.5 68 1.5 7 1 14 2 22-5 14 3 44 9 60 1 2.5-1 7-1 11 0 3-1 6-4 9-3 2-2.5 6 1 6h21c3 0 2.5-4 0-6-2-2-1.5-6-1-10 .5-4-2.5-6-2-10 3-18 11-44 5-60-1-8 0-14 1-22 2-16 7-42 8-62-8 8-29 9-37-2-4 .5-9-1-12.5-4zM149.5 238c-1 8-5.5 48-10.5 68-1.5 7-1 14-2 22 5 14-3 44-9 60-1 2.5 1 7 1 11 0 3 1 6 4 9 3 2 2.5 6-1 6h-21c-3 0-2.5-4 0-6 2-2 1.5-6 1-10-.5-4 2.5-6 2-10-3-18-11-44-5-60 1-8 0-14-1-22-2-16-7-42-8-62 8 8 29 9 37-2 4 .5 9-1 12.5-4z",
];

/// Thin guide lines (stroke only): hair, shoulder blades, elbows, knee creases, Achilles tendons.
pub const DETAILS: &[&str] = &[
    "M99 7c-8 4-13 12-13 22M101 7c8 4 13 12 13 22",
    "M100 14c-5 5-7 12-6 20M100 14c5 5 7 12 6 20",
    "M87.5 99c1 9 .5 20-2.5 30-5-7-12-16-17.5-26M112.5 99c-1 9-.5 20 2.5 30 5-7 12-16 17.5-26",
    "M33 161c3 3 7 3 10 1M167 161c-3 3-7 3-10 1",
    "M68 317c5 3 13 3 18 0M132 317c-5 3-13 3-18 0",
    "M78 374c.5 10 .5 20-.5 28M122 374c-.5 10-.5 20 .5 28",
    "M72.5 404c.5 6 3.5 9 6.5 9 3.5 0 6-3 7-9M127.5 404c-.5 6-3.5 9-6.5 9-3.5 0-6-3-7-9",
];
