//! The 23 regions of the back diagram (docs/rules.md), seen from behind.
//!
//! The order of [`Region::ALL`] is the order of the spec's table, top to bottom; lists, the
//! summary and the engine all rely on it so that the same map always reads the same way.
//! Ids, lookup and serialisation come from the model's shared `vocabulary!` macro.

use super::vocab::vocabulary;

/// The person's own side. The diagram shows the body from behind, so `Left` is drawn on the
/// viewer's left too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

vocabulary! {
    /// One painful area a person can mark. Serialised as the spec's snake_case id.
    pub enum Region {
        Neck = "neck",
        SpineCervical = "spine_cervical",
        ShoulderLeft = "shoulder_left",
        ShoulderRight = "shoulder_right",
        UpperBackLeft = "upper_back_left",
        UpperBackRight = "upper_back_right",
        ShoulderBladeLeft = "shoulder_blade_left",
        ShoulderBladeRight = "shoulder_blade_right",
        SpineThoracic = "spine_thoracic",
        MidBackLeft = "mid_back_left",
        MidBackRight = "mid_back_right",
        SpineLumbar = "spine_lumbar",
        LowerBackLeft = "lower_back_left",
        LowerBackRight = "lower_back_right",
        Sacrum = "sacrum",
        ButtockLeft = "buttock_left",
        ButtockRight = "buttock_right",
        HipLeft = "hip_left",
        HipRight = "hip_right",
        ThighBackLeft = "thigh_back_left",
        ThighBackRight = "thigh_back_right",
        CalfLeft = "calf_left",
        CalfRight = "calf_right",
    }
}

impl Region {
    pub const COUNT: usize = Region::IDS.len();

    /// The position of this region in [`Region::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Which side of the body the region is on; `None` for the midline regions.
    pub const fn side(self) -> Option<Side> {
        match self {
            Region::ShoulderLeft
            | Region::UpperBackLeft
            | Region::ShoulderBladeLeft
            | Region::MidBackLeft
            | Region::LowerBackLeft
            | Region::ButtockLeft
            | Region::HipLeft
            | Region::ThighBackLeft
            | Region::CalfLeft => Some(Side::Left),
            Region::ShoulderRight
            | Region::UpperBackRight
            | Region::ShoulderBladeRight
            | Region::MidBackRight
            | Region::LowerBackRight
            | Region::ButtockRight
            | Region::HipRight
            | Region::ThighBackRight
            | Region::CalfRight => Some(Side::Right),
            Region::Neck
            | Region::SpineCervical
            | Region::SpineThoracic
            | Region::SpineLumbar
            | Region::Sacrum => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_region_once_in_index_order() {
        for (position, region) in Region::ALL.iter().enumerate() {
            assert_eq!(region.index(), position);
        }
    }

    #[test]
    fn ids_round_trip_and_are_unique() {
        for &region in Region::ALL {
            assert_eq!(Region::from_id(region.id()), Some(region));
        }
        let mut ids: Vec<_> = Region::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Region::COUNT);
        assert_eq!(Region::from_id("lower_back_lft"), None);
    }

    #[test]
    fn sides_follow_the_id_suffix() {
        for &region in Region::ALL {
            let expected = if region.id().ends_with("_left") {
                Some(Side::Left)
            } else if region.id().ends_with("_right") {
                Some(Side::Right)
            } else {
                None
            };
            assert_eq!(region.side(), expected, "{}", region.id());
        }
    }
}
