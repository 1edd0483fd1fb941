//! painmap: a back-pain map and massage advice widget that runs entirely in the browser.
//!
//! The top floor of two: the pure core (`painmap-core`: model, engine, diagram, words,
//! summary, settings, the journey's state) is a crate of its own with no web dependency; this
//! crate puts the browser on it: the components, the JS boundary (`embed`, `js_value`),
//! storage, the host page's events, printing and the browser calls the components make (`web`),
//! compiled to WebAssembly.

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

pub mod components;
pub mod embed;
pub mod events;
mod js_value;
pub mod print;
pub mod storage;
mod web;

pub use painmap_core::VERSION;

// Safety: wasm32-unknown-unknown runs the widget on one thread, which is all that
// `AssumeSingleThreaded` asks for.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
