//! Where it hurts and how much: region → intensity.
//!
//! "Set to 0" and "removed" are the same state, and the map serialises exactly like the
//! intake's `regions` object (painful regions only).

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Intensity, Region};

/// One intensity per region, indexed by [`Region::index`]: no allocation, and a tap's update
/// is a store into an array.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PainMap([Intensity; Region::COUNT]);

impl PainMap {
    pub fn new() -> PainMap {
        PainMap::default()
    }

    /// The intensity of a region; 0 when it is not marked.
    pub fn get(&self, region: Region) -> Intensity {
        self.0.get(region.index()).copied().unwrap_or_default()
    }

    /// Sets a region's intensity; 0 removes it.
    pub fn set(&mut self, region: Region, intensity: Intensity) {
        if let Some(slot) = self.0.get_mut(region.index()) {
            *slot = intensity;
        }
    }

    pub fn remove(&mut self, region: Region) {
        self.set(region, Intensity::NONE);
    }

    pub fn clear(&mut self) {
        *self = PainMap::default();
    }

    /// The highest intensity over all regions ("max intensity" in the rules); 0 when empty.
    pub fn max(&self) -> Intensity {
        self.0.iter().copied().max().unwrap_or_default()
    }

    /// Painful regions in the spec's order.
    pub fn iter(&self) -> impl Iterator<Item = (Region, Intensity)> + '_ {
        Region::ALL
            .iter()
            .copied()
            .zip(self.0)
            .filter(|(_, intensity)| intensity.is_pain())
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

/// Serialises like the intake's `regions` object: painful regions only, by id.
impl Serialize for PainMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (region, intensity) in self.iter() {
            map.serialize_entry(region.id(), &intensity.value())?;
        }
        map.end()
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
    fn serialises_painful_regions_by_id() {
        let map: PainMap = [
            (Region::CalfLeft, level(2)),
            (Region::Neck, Intensity::NONE),
        ]
        .into_iter()
        .collect();
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"calf_left":2}"#);
    }

    #[test]
    fn clear_and_remove() {
        let mut map: PainMap = [(Region::Neck, level(3)), (Region::HipLeft, level(4))]
            .into_iter()
            .collect();
        map.remove(Region::Neck);
        assert_eq!(map.len(), 1);
        map.clear();
        assert!(map.is_empty());
    }
}
