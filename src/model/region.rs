//! The 23 regions of the back diagram (clinical-rules §1), seen from behind.
//!
//! The order of [`Region::ALL`] is the order of the spec's table, top to bottom; lists, the
//! summary and the engine all rely on it so that the same map always reads the same way.

use serde::{Deserialize, Serialize};

/// The person's own side. The diagram shows the body from behind, so `Left` is drawn on the
/// viewer's left too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

/// One painful area a person can mark. Serialised as the spec's snake_case id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Neck,
    SpineCervical,
    ShoulderLeft,
    ShoulderRight,
    UpperBackLeft,
    UpperBackRight,
    ShoulderBladeLeft,
    ShoulderBladeRight,
    SpineThoracic,
    MidBackLeft,
    MidBackRight,
    SpineLumbar,
    LowerBackLeft,
    LowerBackRight,
    Sacrum,
    ButtockLeft,
    ButtockRight,
    HipLeft,
    HipRight,
    ThighBackLeft,
    ThighBackRight,
    CalfLeft,
    CalfRight,
}

impl Region {
    pub const COUNT: usize = 23;

    /// Every region, in the spec's order.
    pub const ALL: [Region; Region::COUNT] = [
        Region::Neck,
        Region::SpineCervical,
        Region::ShoulderLeft,
        Region::ShoulderRight,
        Region::UpperBackLeft,
        Region::UpperBackRight,
        Region::ShoulderBladeLeft,
        Region::ShoulderBladeRight,
        Region::SpineThoracic,
        Region::MidBackLeft,
        Region::MidBackRight,
        Region::SpineLumbar,
        Region::LowerBackLeft,
        Region::LowerBackRight,
        Region::Sacrum,
        Region::ButtockLeft,
        Region::ButtockRight,
        Region::HipLeft,
        Region::HipRight,
        Region::ThighBackLeft,
        Region::ThighBackRight,
        Region::CalfLeft,
        Region::CalfRight,
    ];

    /// The spec's id, as used in intakes, configs and the DOM.
    pub const fn id(self) -> &'static str {
        match self {
            Region::Neck => "neck",
            Region::SpineCervical => "spine_cervical",
            Region::ShoulderLeft => "shoulder_left",
            Region::ShoulderRight => "shoulder_right",
            Region::UpperBackLeft => "upper_back_left",
            Region::UpperBackRight => "upper_back_right",
            Region::ShoulderBladeLeft => "shoulder_blade_left",
            Region::ShoulderBladeRight => "shoulder_blade_right",
            Region::SpineThoracic => "spine_thoracic",
            Region::MidBackLeft => "mid_back_left",
            Region::MidBackRight => "mid_back_right",
            Region::SpineLumbar => "spine_lumbar",
            Region::LowerBackLeft => "lower_back_left",
            Region::LowerBackRight => "lower_back_right",
            Region::Sacrum => "sacrum",
            Region::ButtockLeft => "buttock_left",
            Region::ButtockRight => "buttock_right",
            Region::HipLeft => "hip_left",
            Region::HipRight => "hip_right",
            Region::ThighBackLeft => "thigh_back_left",
            Region::ThighBackRight => "thigh_back_right",
            Region::CalfLeft => "calf_left",
            Region::CalfRight => "calf_right",
        }
    }

    /// The region with this spec id, if there is one.
    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.id() == id)
    }

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
        for (position, region) in Region::ALL.into_iter().enumerate() {
            assert_eq!(region.index(), position);
        }
    }

    #[test]
    fn ids_round_trip_and_are_unique() {
        for region in Region::ALL {
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
        for region in Region::ALL {
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
