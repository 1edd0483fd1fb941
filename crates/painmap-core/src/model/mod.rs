//! The pure domain model: body regions, pain intensities and the map of where it hurts.
//!
//! Nothing here touches the browser, so the whole model is tested natively with `cargo test`
//! and shared unchanged by the widget, the advice engine and the command-line example.

mod duration;
mod intake;
mod intensity;
mod pain_map;
mod question;
mod raw;
mod region;
mod validate;
pub(crate) mod vocab;

pub use duration::DurationChoice;
pub use intake::{Answers, Field, Goal, Intake, Onset, Quality};
pub use intensity::{Band, Intensity};
pub use pain_map::PainMap;
pub use question::{Answer, Question, Screen};
pub use raw::{limits, Limit, RawValue};
pub use region::{Region, Side};
pub use validate::{IntakeError, Problem, ProblemKind, FIELDS as INTAKE_FIELDS};

pub use raw::{has_str, int_text, path_of, push_digits, split_at_str, Segment};
/// Config checks (`crate::config`) share the intake's "did you mean".
pub(crate) use validate::suggest;
