//! The widget's single state and the intent-named actions that change it.
//!
//! The reducer is a pure function of (state, action), so every transition is unit-tested
//! natively; focus moves and other DOM effects happen in components' `use_effect_with`.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Intensity, PainMap, Region};

/// How the regions are shown: the drawing, or a plain list for people who cannot use it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    List,
}

/// What the live region should say after the last action, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    Intensity(Region, Intensity),
    Removed(Region),
    Cleared,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub map: PainMap,
    /// The region whose intensity control is open.
    pub selected: Option<Region>,
    pub view: View,
    /// "Clear all" asks before it wipes the map.
    pub confirming_clear: bool,
    pub announcement: Option<Announcement>,
}

/// What the person meant to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open the intensity control for a region (tap, Enter or Space).
    SelectRegion(Region),
    SetIntensity(Region, Intensity),
    /// Step the selected region's intensity up or down by one.
    StepIntensity(Region, i8),
    RemoveRegion(Region),
    CloseControl,
    ShowView(View),
    AskClearAll,
    CancelClearAll,
    ClearAll,
}

impl AppState {
    /// The state after `action`; pure, so the UI and the tests share one truth.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        next.announcement = None;
        match action {
            Action::SelectRegion(region) => {
                next.selected = Some(region);
                next.confirming_clear = false;
            }
            Action::SetIntensity(region, intensity) => next.set(region, intensity),
            Action::StepIntensity(region, delta) => {
                let intensity = next.map.get(region).step(i32::from(delta));
                next.set(region, intensity);
            }
            Action::RemoveRegion(region) => {
                let was_marked = next.map.get(region).is_pain();
                next.map.remove(region);
                next.selected = None;
                if was_marked {
                    next.announcement = Some(Announcement::Removed(region));
                }
            }
            Action::CloseControl => next.selected = None,
            Action::ShowView(view) => next.view = view,
            Action::AskClearAll => next.confirming_clear = !next.map.is_empty(),
            Action::CancelClearAll => next.confirming_clear = false,
            Action::ClearAll => {
                next.map.clear();
                next.selected = None;
                next.confirming_clear = false;
                next.announcement = Some(Announcement::Cleared);
            }
        }
        next
    }

    fn set(&mut self, region: Region, intensity: Intensity) {
        if self.map.get(region) == intensity {
            return;
        }
        self.map.set(region, intensity);
        self.selected = Some(region);
        self.announcement = Some(if intensity.is_pain() {
            Announcement::Intensity(region, intensity)
        } else {
            Announcement::Removed(region)
        });
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(value: u8) -> Intensity {
        Intensity::new(value).unwrap()
    }

    fn run(actions: &[Action]) -> AppState {
        actions
            .iter()
            .fold(AppState::default(), |state, action| state.apply(*action))
    }

    #[test]
    fn selecting_opens_the_control_without_marking_pain() {
        let state = run(&[Action::SelectRegion(Region::LowerBackLeft)]);
        assert_eq!(state.selected, Some(Region::LowerBackLeft));
        assert!(state.map.is_empty());
    }

    #[test]
    fn setting_an_intensity_marks_the_region_and_announces_it() {
        let state = run(&[
            Action::SelectRegion(Region::LowerBackLeft),
            Action::SetIntensity(Region::LowerBackLeft, level(7)),
        ]);
        assert_eq!(state.map.get(Region::LowerBackLeft), level(7));
        assert_eq!(
            state.announcement,
            Some(Announcement::Intensity(Region::LowerBackLeft, level(7)))
        );
    }

    #[test]
    fn setting_zero_clears_the_region_but_keeps_the_control_open() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(4)),
            Action::SetIntensity(Region::Neck, Intensity::NONE),
        ]);
        assert!(state.map.is_empty());
        assert_eq!(state.selected, Some(Region::Neck));
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::Neck))
        );
    }

    #[test]
    fn steps_stay_on_the_scale() {
        let state = run(&[
            Action::SelectRegion(Region::Sacrum),
            Action::StepIntensity(Region::Sacrum, -1),
        ]);
        assert!(state.map.is_empty());
        assert_eq!(
            state.announcement, None,
            "nothing changed, so nothing is announced"
        );
        let state = (0..12).fold(state, |s, _| {
            s.apply(Action::StepIntensity(Region::Sacrum, 1))
        });
        assert_eq!(state.map.get(Region::Sacrum), Intensity::MAX);
    }

    #[test]
    fn remove_clears_and_closes() {
        let state = run(&[
            Action::SetIntensity(Region::CalfLeft, level(3)),
            Action::RemoveRegion(Region::CalfLeft),
        ]);
        assert!(state.map.is_empty());
        assert_eq!(state.selected, None);
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::CalfLeft))
        );
    }

    #[test]
    fn clear_all_asks_first_and_only_when_there_is_something_to_clear() {
        assert!(!run(&[Action::AskClearAll]).confirming_clear);
        let asked = run(&[
            Action::SetIntensity(Region::HipLeft, level(2)),
            Action::AskClearAll,
        ]);
        assert!(asked.confirming_clear);
        assert_eq!(asked.apply(Action::CancelClearAll).map.len(), 1);
        let cleared = asked.apply(Action::ClearAll);
        assert!(cleared.map.is_empty() && !cleared.confirming_clear && cleared.selected.is_none());
        assert_eq!(cleared.announcement, Some(Announcement::Cleared));
    }

    #[test]
    fn the_view_switch_keeps_the_map() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(5)),
            Action::ShowView(View::List),
        ]);
        assert_eq!(state.view, View::List);
        assert_eq!(state.map.get(Region::Neck), level(5));
    }
}
