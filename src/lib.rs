//! painmap: a back-pain map and massage advice widget that runs entirely in the browser.
//!
//! The crate has a pure core (`model`, `engine`) with no web dependencies, tested natively,
//! and a thin browser layer (`components`, `embed`) compiled to WebAssembly.

// A wasm panic kills the widget on a clinic's page: shipped code reports errors instead.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod diagram;
pub mod engine;
pub mod model;

pub mod components;
pub mod config;
pub mod embed;
pub mod events;
pub mod i18n;
mod js_value;
pub mod navigation;
pub mod print;
pub mod state;
pub mod storage;
pub mod summary;

/// This release of painmap: `version` in Cargo.toml, the one version number. The web layer
/// stamps it on the advice it hands out (`painmap_version`) and the summary names it; the
/// engine's own output leaves it out, so stored advice stays the same across releases.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// Safety: wasm32-unknown-unknown runs the widget on one thread, which is all that
// `AssumeSingleThreaded` asks for.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
