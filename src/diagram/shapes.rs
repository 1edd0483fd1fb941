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
        d: "M61.5 167c10.5-.5 22.5-3 32.5-4-.2 9-.5 19 0 27h-8c-5 0-10-.5-14-2.5-4-2.5-9-5.5-13-7.5 1.5-4 2.5-8 2.5-13z",
        label: (78.5, 175.5),
        hit: None,
    },
    RegionShape {
        region: Region::LowerBackRight,
        d: "M138.5 167c-10.5-.5-22.5-3-32.5-4 .2 9 .5 19 0 27h8c5 0 10-.5 14-2.5 4-2.5 9-5.5 13-7.5-1.5-4-2.5-8-2.5-13z",
        label: (121.5, 175.5),
        hit: None,
    },
    RegionShape {
        region: Region::HipLeft,
        d: "M59 180c-1.5 4-9.5 13-10.5 27-1 12 0 23 2 31 10.5-4 17-13 18.5-23 1.5-10 2.5-19 3-27.5-4-2.5-9-5.5-13-7.5z",
        label: (59.0, 209.5),
        hit: None,
    },
    RegionShape {
        region: Region::HipRight,
        d: "M141 180c1.5 4 9.5 13 10.5 27 1 12 0 23-2 31-10.5-4-17-13-18.5-23-1.5-10-2.5-19-3-27.5 4-2.5 9-5.5 13-7.5z",
        label: (141.0, 209.5),
        hit: None,
    },
    RegionShape {
        region: Region::ButtockLeft,
        d: "M72 187.5c4 2 9 2.5 14 2.5 1 18 9 36 14 42v12c-8 8-38 8-49.5-6 10.5-4 17-13 18.5-23 1.5-10 2.5-19 3-27.5z",
        label: (81.0, 222.0),
        hit: None,
    },
    RegionShape {
        region: Region::ButtockRight,
        d: "M128 187.5c-4 2-9 2.5-14 2.5-1 18-9 36-14 42v12c8 8 38 8 49.5-6-10.5-4-17-13-18.5-23-1.5-10-2.5-19-3-27.5z",
        label: (119.0, 222.0),
        hit: None,
    },
    RegionShape {
        region: Region::ThighBackLeft,
        d: "M50.5 238c11.5 14 41.5 14 49.5 6-1 20-6 46-8 62-8 3-22 3-31 0-5-20-9-62-10.5-68z",
        label: (76.0, 272.0),
        hit: None,
    },
    RegionShape {
        region: Region::ThighBackRight,
        d: "M149.5 238c-11.5 14-41.5 14-49.5 6 1 20 6 46 8 62 8 3 22 3 31 0 5-20 9-62 10.5-68z",
        label: (124.0, 272.0),
        hit: None,
    },
    RegionShape {
        region: Region::CalfLeft,
        d: "M63 328c8 3 21 3 28 0 6 16-1.5 40-5 58-4 2-10 2-14.5 0-7.5-20-13.5-44-8.5-58z",
        label: (78.0, 350.0),
        hit: None,
    },
    RegionShape {
        region: Region::CalfRight,
        d: "M137 328c-8 3-21 3-28 0-6 16 1.5 40 5 58 4 2 10 2 14.5 0 7.5-20 13.5-44 8.5-58z",
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
    "M80.5 18c-4.5-2-6.5 2-6 7 .5 5 3.5 8.5 9 9zM119.5 18c4.5-2 6.5 2 6 7-.5 5-3.5 8.5-9 9z",
    "M86 39c-3.5-4-6.5-10-6.5-18 0-11 9-18 20.5-18 11.5 0 20.5 7 20.5 18 0 8-3 14-6.5 18-5-3-23-3-28 0z",
    "M35 128c-.5 10-5 24-6 38-2 20-8 38-9 56-4 10-6 24-3 36 2 6 9 8 12 1 2-5 3-12 4.5-19 1.5-4 2.5-8 .5-18 4-20 12-36 13-56 2-20 8-36 10-48zM165 128c.5 10 5 24 6 38 2 20 8 38 9 56 4 10 6 24 3 36-2 6-9 8-12 1-2-5-3-12-4.5-19-1.5-4-2.5-8-.5-18-4-20-12-36-13-56-2-20-8-36-10-48z",
    "M50.5 238c1.5 6 5.5 48 10.5 68 1.5 7 1 14 2 22-5 14 1 38 8.5 58 1.2 3.2 1.5 6 1 9-.5 3-2 4.5-2 7 0 3-2 4.5-3.5 7-1.5 2.5-1 5 1.5 5h21c2.5 0 2.5-3 .5-5-2-2-2.5-5-2-8 1-3-1.5-6-2-9-.2-2-.2-4 0-6 3.5-18 11-42 5-58-1-8 0-14 1-22 2-16 7-42 8-62-8 8-38 8-49.5-6zM149.5 238c-1.5 6-5.5 48-10.5 68-1.5 7-1 14-2 22 5 14-1 38-8.5 58-1.2 3.2-1.5 6-1 9 .5 3 2 4.5 2 7 0 3 2 4.5 3.5 7 1.5 2.5 1 5-1.5 5h-21c-2.5 0-2.5-3-.5-5 2-2 2.5-5 2-8-1-3 1.5-6 2-9 .2-2 .2-4 0-6-3.5-18-11-42-5-58 1-8 0-14-1-22-2-16-7-42-8-62 8 8 38 8 49.5-6z",
];

/// Thin guide lines (stroke only): hair, shoulder blades, elbows, knee creases, Achilles tendons.
pub const DETAILS: &[&str] = &[
    "M103 8.5c2-1.5 4.5 0 4 2-.5 2-3 2.5-4 1.5",
    "M101 8c-10 2-16 8-17.5 16",
    "M102 11.5c-8 4.5-11 11.5-11.5 19.5",
    "M108 9.5c5 2.5 8.5 8.5 9 15.5",
    "M105.5 13c3.5 4 5 11 4.5 18",
    "M87 99.5c1.3 9.5 1 21.5-2 29-1.5 2.5-4 2-5.5-1-4.5-7.5-9.5-16.5-13.5-23M113 99.5c-1.3 9.5-1 21.5 2 29 1.5 2.5 4 2 5.5-1 4.5-7.5 9.5-16.5 13.5-23",
    "M33 161c3 3 7 3 10 1M167 161c-3 3-7 3-10 1",
    "M68 317c5 3 13 3 18 0M132 317c-5 3-13 3-18 0",
    "M78.5 370c.5 12 .5 22 0 30M121.5 370c-.5 12-.5 22 0 30",
    "M73.5 404c.5 6 3 9 5.5 9 3 0 5.5-3 6-9M126.5 404c-.5 6-3 9-5.5 9-3 0-5.5-3-6-9",
];
