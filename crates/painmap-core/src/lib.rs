//! painmap's pure core: everything the widget knows and decides, with no browser in it.
//!
//! The back diagram's geometry, the model of what a person tells us, the rules engine, the
//! message catalogs, the summary text, the settings a clinic gives and the journey's state
//! with its transitions. Its one dependency is serde, so it is tested natively, runs on the
//! command line (`cargo run -p painmap-core --example advise`) and is the floor the web widget (the `painmap`
//! crate: components, embedding, storage, events) stands on.

// A panic in the wasm kills the widget on a clinic's page: shipped code reports errors instead.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod config;
pub mod diagram;
pub mod engine;
pub mod i18n;
pub mod journey;
pub mod model;
pub mod navigation;
pub mod step;
pub mod summary;

/// This release of painmap: the workspace's `version` in Cargo.toml, the one version number.
/// The web layer stamps it on the advice it hands out (`painmap_version`) and the summary
/// names it; the engine's own output leaves it out, so stored advice stays the same across
/// releases.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
