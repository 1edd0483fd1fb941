//! Where it hurts and how much: region → intensity.
//!
//! Only painful regions are stored, so "set to 0" and "removed" are the same state and the map
//! serialises exactly like the intake's `regions` object.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Intensity, Region};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PainMap(BTreeMap<Region, Intensity>);

impl PainMap {
    pub fn new() -> PainMap {
        PainMap::default()
    }

    /// The intensity of a region; 0 when it is not marked.
    pub fn get(&self, region: Region) -> Intensity {
        self.0.get(&region).copied().unwrap_or_default()
    }

    /// Sets a region's intensity; 0 removes it.
    pub fn set(&mut self, region: Region, intensity: Intensity) {
        if intensity.is_pain() {
            self.0.insert(region, intensity);
        } else {
            self.0.remove(&region);
        }
    }

    pub fn remove(&mut self, region: Region) {
        self.0.remove(&region);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The highest intensity over all regions ("max intensity" in the rules); 0 when empty.
    pub fn max(&self) -> Intensity {
        self.0.values().copied().max().unwrap_or_default()
    }

    /// Painful regions in the spec's order.
    pub fn iter(&self) -> impl Iterator<Item = (Region, Intensity)> + '_ {
        self.0.iter().map(|(region, intensity)| (*region, *intensity))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(Region, Intensity)> for PainMap {
    fn from_iter<I: IntoIterator<Item = (Region, Intensity)>>(items: I) -> PainMap {
        let mut map = PainMap::new();
        for (region, intensity) in items {
            map.set(region, intensity);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(value: u8) -> Intensity {
        Intensity::new(value).unwrap()
    }

    #[test]
    fn setting_zero_removes_the_region() {
        let mut map = PainMap::new();
        map.set(Region::LowerBackLeft, level(7));
        assert_eq!(map.get(Region::LowerBackLeft), level(7));
        map.set(Region::LowerBackLeft, Intensity::NONE);
        assert!(map.is_empty());
        assert_eq!(map.get(Region::LowerBackLeft), Intensity::NONE);
    }

    #[test]
    fn max_is_the_highest_intensity() {
        let map: PainMap = [(Region::Neck, level(3)), (Region::CalfRight, level(8))]
            .into_iter()
            .collect();
        assert_eq!(map.max(), level(8));
        assert_eq!(PainMap::new().max(), Intensity::NONE);
    }

    #[test]
    fn iterates_in_spec_order_whatever_the_insertion_order() {
        let mut map = PainMap::new();
        map.set(Region::CalfLeft, level(2));
        map.set(Region::Neck, level(4));
        map.set(Region::Sacrum, level(5));
        let order: Vec<Region> = map.iter().map(|(region, _)| region).collect();
        assert_eq!(order, [Region::Neck, Region::Sacrum, Region::CalfLeft]);
    }

    #[test]
    fn clear_and_remove() {
        let mut map: PainMap =
            [(Region::Neck, level(3)), (Region::HipLeft, level(4))].into_iter().collect();
        map.remove(Region::Neck);
        assert_eq!(map.len(), 1);
        map.clear();
        assert!(map.is_empty());
    }
}
