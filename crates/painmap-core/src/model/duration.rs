//! How long the pain has lasted, as the journey asks it: six plain choices that do not overlap
//! ("Today", "1 to 3 days", "4 days to 2 weeks", "More than 2 weeks, up to 6 weeks", "More
//! than 6 weeks, up to 3 months", "More than 3 months"), each mapped to the `duration_days` the
//! rules read (docs/rules.md).
//!
//! Each choice maps to the last day it covers (0, 3, 14, 42, 90), except "More than 3 months",
//! which maps to its first (91 days). The rule thresholds (3, 14, 42 and 90 days) fall on the
//! edges of the choices, so every day inside a choice gives the same advice as the number used
//! here.

use super::vocab::vocabulary;

vocabulary! {
    /// A duration choice, shortest first.
    pub enum DurationChoice {
        Today = "today",
        UpTo3Days = "days_1_3",
        UpTo14Days = "days_4_14",
        UpTo6Weeks = "weeks_2_6",
        UpTo12Weeks = "weeks_6_12",
        Over3Months = "over_3_months",
    }
}

impl DurationChoice {
    /// The `duration_days` this choice stands for.
    pub const fn days(self) -> u32 {
        match self {
            DurationChoice::Today => 0,
            DurationChoice::UpTo3Days => 3,
            DurationChoice::UpTo14Days => 14,
            DurationChoice::UpTo6Weeks => 42,
            DurationChoice::UpTo12Weeks => 90,
            DurationChoice::Over3Months => 91,
        }
    }

    /// The choice that covers a number of days.
    pub fn from_days(days: u32) -> DurationChoice {
        DurationChoice::ALL
            .iter()
            .copied()
            .find(|choice| days <= choice.days())
            .unwrap_or(DurationChoice::Over3Months)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_their_days() {
        for choice in DurationChoice::ALL {
            assert_eq!(DurationChoice::from_days(choice.days()), *choice);
        }
        assert_eq!(DurationChoice::from_days(1), DurationChoice::UpTo3Days);
        assert_eq!(DurationChoice::from_days(43), DurationChoice::UpTo12Weeks);
        assert_eq!(DurationChoice::from_days(4000), DurationChoice::Over3Months);
    }

    #[test]
    fn rule_thresholds_fall_on_choice_edges() {
        // Every duration threshold of the rules is the last day of a choice.
        for threshold in [3, 14, 42, 90] {
            assert!(DurationChoice::ALL.iter().any(|c| c.days() == threshold));
        }
    }
}
