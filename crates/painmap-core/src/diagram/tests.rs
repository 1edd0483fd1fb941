//! Geometry checks on the diagram data: every region holds a 44 CSS px touch target of its own
//! around its label on a 360 px wide phone, and the regions tile without gaps or overlaps (so the
//! spine's zones take nothing from the areas beside them).
//!
//! Paths are flattened to polygons (cubics sampled uniformly, so a shared edge flattens to the
//! same points from both sides) and probed with point-in-polygon tests on fine grids.

use super::*;
use crate::model::Side;

/// How wide the drawing is, in CSS px, on a 360 px wide phone: the widget's 12 px padding less
/// the figure's 8 px bleed on each side (www/painmap.css; map.test.mjs checks it in Chromium).
const NARROWEST_PX: f64 = 352.0;
/// A 44 CSS px touch target (WCAG 2.5.5, and what a thumb needs), in viewBox units at that width.
const TARGET: f64 = 44.0 * VIEW_BOX.0 as f64 / NARROWEST_PX;
const CUBIC_STEPS: usize = 16;

type Pt = (f64, f64);

/// Polygons (one per subpath) of SVG path data using M/L/H/V/C/Z in either case.
fn polygons(d: &str) -> Vec<Vec<Pt>> {
    let bytes = d.as_bytes();
    let mut pos = 0;
    let mut tokens: Vec<Result<char, f64>> = Vec::new();
    while pos < bytes.len() {
        let c = bytes[pos] as char;
        if c.is_ascii_alphabetic() {
            tokens.push(Ok(c));
            pos += 1;
        } else if c == '-' || c == '.' || c.is_ascii_digit() {
            let start = pos;
            pos += 1;
            let mut seen_dot = c == '.';
            while pos < bytes.len() {
                let n = bytes[pos] as char;
                if n.is_ascii_digit() || (n == '.' && !seen_dot) {
                    seen_dot |= n == '.';
                    pos += 1;
                } else {
                    break;
                }
            }
            tokens.push(Err(d[start..pos].parse().unwrap()));
        } else {
            pos += 1;
        }
    }
    let mut polys: Vec<Vec<Pt>> = Vec::new();
    let mut cur: Pt = (0.0, 0.0);
    let mut cmd = 'M';
    let mut i = 0;
    let take = |i: &mut usize, n: usize| -> Vec<f64> {
        let v: Vec<f64> = tokens[*i..*i + n]
            .iter()
            .map(|t| t.expect_err("expected a number"))
            .collect();
        *i += n;
        v
    };
    while i < tokens.len() {
        if let Ok(c) = tokens[i] {
            cmd = c;
            i += 1;
            if c == 'z' || c == 'Z' {
                continue;
            }
        }
        let rel = cmd.is_ascii_lowercase();
        let (ox, oy) = if rel { cur } else { (0.0, 0.0) };
        match cmd.to_ascii_uppercase() {
            'M' => {
                let v = take(&mut i, 2);
                cur = (ox + v[0], oy + v[1]);
                polys.push(vec![cur]);
                cmd = if rel { 'l' } else { 'L' };
            }
            'L' => {
                let v = take(&mut i, 2);
                cur = (ox + v[0], oy + v[1]);
                polys.last_mut().unwrap().push(cur);
            }
            'H' => {
                let v = take(&mut i, 1);
                cur = (ox + v[0], cur.1);
                polys.last_mut().unwrap().push(cur);
            }
            'V' => {
                let v = take(&mut i, 1);
                cur = (cur.0, oy + v[0]);
                polys.last_mut().unwrap().push(cur);
            }
            'C' => {
                let v = take(&mut i, 6);
                let p0 = cur;
                let (p1, p2) = ((ox + v[0], oy + v[1]), (ox + v[2], oy + v[3]));
                let p3 = (ox + v[4], oy + v[5]);
                for s in 1..=CUBIC_STEPS {
                    let t = s as f64 / CUBIC_STEPS as f64;
                    let u = 1.0 - t;
                    let (a, b, c, e) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                    polys.last_mut().unwrap().push((
                        a * p0.0 + b * p1.0 + c * p2.0 + e * p3.0,
                        a * p0.1 + b * p1.1 + c * p2.1 + e * p3.1,
                    ));
                }
                cur = p3;
            }
            other => panic!("unsupported path command {other} in {d}"),
        }
    }
    polys
}

fn inside(polys: &[Vec<Pt>], (x, y): Pt) -> bool {
    let mut odd = false;
    for poly in polys {
        let n = poly.len();
        for k in 0..n {
            let (a, b) = (poly[k], poly[(k + 1) % n]);
            if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                odd = !odd;
            }
        }
    }
    odd
}

fn square_points((cx, cy): (f32, f32), half: f64) -> Vec<Pt> {
    let steps = 40;
    let mut points = Vec::new();
    for i in 0..=steps {
        for j in 0..=steps {
            let f = |k: usize| -half + 2.0 * half * k as f64 / steps as f64;
            points.push((cx as f64 + f(i), cy as f64 + f(j)));
        }
    }
    points
}

/// Whether the square of side `2 * half` around region `index`'s label is all its own (a tap
/// anywhere in it lands on the region); if not, a point of the square that is not.
fn square_fits(index: usize, half: f64) -> Result<(), String> {
    let shape = &REGION_SHAPES[index];
    let points = square_points(shape.label, half);
    if let Some(p) = points.iter().find(|&&p| !inside(&polygons(shape.d), p)) {
        return Err(format!("{p:?} is outside"));
    }
    let (cx, cy) = (shape.label.0 as f64, shape.label.1 as f64);
    let strictly_in_square = |&&(x, y): &&Pt| (x - cx).abs() < half && (y - cy).abs() < half;
    for (other_index, other) in REGION_SHAPES.iter().enumerate() {
        if other_index == index {
            continue;
        }
        let polys = polygons(other.d);
        let covered = points.iter().find(|&&p| inside(&polys, p));
        if let Some(p) = covered.or_else(|| polys.iter().flatten().find(strictly_in_square)) {
            return Err(format!("{p:?} is covered by {}", other.region.id()));
        }
    }
    Ok(())
}

/// How much larger than the target the label's square could be, per side, in units.
fn margin(index: usize) -> f64 {
    let mut half = TARGET / 2.0;
    while square_fits(index, half + 0.1).is_ok() && half < 40.0 {
        half += 0.1;
    }
    half - TARGET / 2.0
}

#[test]
fn every_region_is_drawn_once_and_found_by_shape() {
    for &region in Region::ALL {
        let count = REGION_SHAPES.iter().filter(|s| s.region == region).count();
        assert_eq!(count, 1, "{}", region.id());
        assert_eq!(shape(region).map(|s| s.region), Some(region));
    }
}

#[test]
fn every_region_holds_a_44_px_square_of_its_own_on_a_360_px_phone() {
    let mut failures = Vec::new();
    for (index, shape) in REGION_SHAPES.iter().enumerate() {
        match square_fits(index, TARGET / 2.0) {
            Ok(()) => println!("{:22} margin {:.1} units", shape.region.id(), margin(index)),
            Err(why) => failures.push(format!("{}: {why}", shape.region.id())),
        }
    }
    assert!(
        failures.is_empty(),
        "a {TARGET:.1}-unit (44 CSS px) square does not fit: {failures:?}"
    );
}

#[test]
fn sides_are_mirrored_with_the_persons_left_on_the_viewers_left() {
    let width = VIEW_BOX.0;
    for shape in REGION_SHAPES.iter() {
        let (x, y) = shape.label;
        match shape.region.side() {
            Some(Side::Left) => assert!(x < width / 2.0, "{}", shape.region.id()),
            Some(Side::Right) => assert!(x > width / 2.0, "{}", shape.region.id()),
            None => assert_eq!(x, width / 2.0, "{}", shape.region.id()),
        }
        let mirror = REGION_SHAPES
            .iter()
            .find(|other| other.label == (width - x, y))
            .unwrap();
        let bbox = |s: &RegionShape| {
            let pts: Vec<Pt> = polygons(s.d).into_iter().flatten().collect();
            let min_x = pts.iter().map(|p| p.0).fold(f64::MAX, f64::min);
            let max_x = pts.iter().map(|p| p.0).fold(f64::MIN, f64::max);
            let min_y = pts.iter().map(|p| p.1).fold(f64::MAX, f64::min);
            let max_y = pts.iter().map(|p| p.1).fold(f64::MIN, f64::max);
            (min_x, max_x, min_y, max_y)
        };
        let (a, b) = (bbox(shape), bbox(mirror));
        assert!(
            (a.0 - (f64::from(width) - b.1)).abs() < 0.01,
            "{}",
            shape.region.id()
        );
        assert!((a.2 - b.2).abs() < 0.01 && (a.3 - b.3).abs() < 0.01);
    }
}

/// No region reaches into another: a tap on the edge of the spine's band, or anywhere, answers
/// for the one region drawn there (the issue: the spine's old hit areas took 13% of each lower
/// back area, so a stray tap there changed the advice). And no hairline gaps between them.
#[test]
fn regions_neither_overlap_nor_leave_gaps() {
    let polys: Vec<Vec<Vec<Pt>>> = REGION_SHAPES.iter().map(|s| polygons(s.d)).collect();
    let covering = |p: Pt| polys.iter().filter(|poly| inside(poly, p)).count();
    let mut overlaps = Vec::new();
    let mut gaps = Vec::new();
    let (width, height) = (VIEW_BOX.0 as usize, VIEW_BOX.1 as usize);
    // Off-grid offsets keep probes off the (mostly round-numbered) shared edges.
    for i in 0..(width * 2) {
        for j in 0..(height * 2) {
            let p = (i as f64 * 0.5 + 0.13, j as f64 * 0.5 + 0.07);
            let n = covering(p);
            if n > 1 {
                overlaps.push(p);
            } else if n == 0 {
                let around = [(1.5, 0.0), (-1.5, 0.0), (0.0, 1.5), (0.0, -1.5)];
                if around.iter().all(|d| covering((p.0 + d.0, p.1 + d.1)) > 0) {
                    gaps.push(p);
                }
            }
        }
    }
    assert!(
        overlaps.is_empty(),
        "overlaps at {:?}",
        &overlaps[..overlaps.len().min(10)]
    );
    assert!(gaps.is_empty(), "gaps at {:?}", &gaps[..gaps.len().min(10)]);
}

#[test]
fn everything_fits_the_view_box_and_the_byte_budget() {
    let all: Vec<&str> = REGION_SHAPES
        .iter()
        .map(|s| s.d)
        .chain(SILHOUETTE.iter().copied())
        .chain(DETAILS.iter().copied())
        .collect();
    for d in &all {
        for (x, y) in polygons(d).into_iter().flatten() {
            assert!((0.0..=VIEW_BOX.0 as f64).contains(&x), "{x} in {d}");
            assert!((0.0..=VIEW_BOX.1 as f64).contains(&y), "{y} in {d}");
        }
    }
    let bytes: usize = all.iter().map(|d| d.len()).sum();
    println!("path data: {bytes} bytes");
    assert!(bytes < 6000);
}
