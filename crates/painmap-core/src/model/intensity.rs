//! Pain intensity on the 0–10 numeric rating scale, and its words (none, mild, moderate,
//! severe).

use serde::{Deserialize, Serialize};

use super::vocab::vocabulary;

/// An intensity from 0 (no pain) to 10 (worst imaginable). The type cannot hold anything else.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "u8", into = "u8")]
pub struct Intensity(u8);

vocabulary! {
    /// The words of the scale: 0 no pain, 1–3 mild, 4–6 moderate, 7–10 severe.
    pub enum Band {
        None = "none",
        Mild = "mild",
        Moderate = "moderate",
        Severe = "severe",
    }
}

impl Intensity {
    pub const NONE: Intensity = Intensity(0);
    pub const MAX: Intensity = Intensity(10);

    /// `None` when the value is outside 0–10.
    pub const fn new(value: u8) -> Option<Intensity> {
        if value <= 10 {
            Some(Intensity(value))
        } else {
            None
        }
    }

    /// Clamps any integer into the scale; for controls that step past either end.
    pub fn saturating(value: i32) -> Intensity {
        Intensity(value.clamp(0, 10) as u8)
    }

    pub const fn value(self) -> u8 {
        self.0
    }

    pub const fn is_pain(self) -> bool {
        self.0 > 0
    }

    pub const fn band(self) -> Band {
        match self.0 {
            0 => Band::None,
            1..=3 => Band::Mild,
            4..=6 => Band::Moderate,
            _ => Band::Severe,
        }
    }

    /// One step up or down, staying within the scale.
    pub fn step(self, delta: i32) -> Intensity {
        Intensity::saturating(i32::from(self.0) + delta)
    }
}

impl TryFrom<u8> for Intensity {
    type Error = &'static str;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Intensity::new(value).ok_or("an intensity from 0 to 10")
    }
}

impl From<Intensity> for u8 {
    fn from(intensity: Intensity) -> u8 {
        intensity.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_zero_to_ten_exist() {
        assert_eq!(Intensity::new(10).map(Intensity::value), Some(10));
        assert_eq!(Intensity::new(11), None);
        assert_eq!(Intensity::saturating(-3), Intensity::NONE);
        assert_eq!(Intensity::saturating(42), Intensity::MAX);
    }

    #[test]
    fn bands_match_the_words_of_the_scale() {
        let bands: Vec<Band> = (0..=10)
            .filter_map(Intensity::new)
            .map(Intensity::band)
            .collect();
        use Band::*;
        assert_eq!(
            bands,
            [
                None, Mild, Mild, Mild, Moderate, Moderate, Moderate, Severe, Severe, Severe,
                Severe
            ]
        );
    }

    #[test]
    fn steps_stop_at_the_ends() {
        assert_eq!(Intensity::MAX.step(1), Intensity::MAX);
        assert_eq!(Intensity::NONE.step(-1), Intensity::NONE);
        assert_eq!(Intensity::NONE.step(1).value(), 1);
    }
}
