//! Arrow-key movement between the regions of the drawing.
//!
//! The regions are irregular shapes, so "the region to the right" is found from their centres:
//! the nearest centre in the pressed direction, with sideways distance counting double so that
//! Down from the left shoulder blade goes to the left mid back, not across to the right side.

/// An arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    /// The direction of a `KeyboardEvent.key`, if it is an arrow key.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            _ => None,
        }
    }

    /// Unit vector in SVG coordinates (y grows downwards).
    fn vector(self) -> (f32, f32) {
        match self {
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
        }
    }
}

/// The item whose point is nearest to `from` in `direction`, if any lies that way.
pub fn nearest<T: Copy>(
    from: (f32, f32),
    direction: Direction,
    candidates: impl IntoIterator<Item = (T, (f32, f32))>,
) -> Option<T> {
    let (dx, dy) = direction.vector();
    candidates
        .into_iter()
        .filter_map(|(item, (x, y))| {
            let (vx, vy) = (x - from.0, y - from.1);
            let ahead = vx * dx + vy * dy;
            let aside = (vx * dy - vy * dx).abs();
            // Only points clearly ahead count, within a 60° cone either side.
            (ahead > 1.0 && aside <= ahead * 1.8).then_some((item, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GRID: [(&str, (f32, f32)); 5] = [
        ("centre", (50.0, 50.0)),
        ("up", (52.0, 10.0)),
        ("down-left", (30.0, 90.0)),
        ("down-right", (75.0, 92.0)),
        ("right", (90.0, 48.0)),
    ];

    #[test]
    fn picks_the_nearest_point_in_the_direction() {
        let from = (50.0, 50.0);
        assert_eq!(nearest(from, Direction::Up, GRID), Some("up"));
        assert_eq!(nearest(from, Direction::Right, GRID), Some("right"));
        assert_eq!(nearest(from, Direction::Down, GRID), Some("down-left"));
        assert_eq!(nearest(from, Direction::Left, GRID), None);
    }

    #[test]
    fn reads_arrow_keys_only() {
        assert_eq!(Direction::from_key("ArrowLeft"), Some(Direction::Left));
        assert_eq!(Direction::from_key("Enter"), None);
    }
}
