//! The search: a dynamic program over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) that
//! finds the best monotone path through a band around a guide: the diagonal for short documents,
//! the projected path of a coarser alignment (sentences joined in blocks) for long ones, as
//! vecalign does. The band starts narrow and doubles whenever the best path touches its edge,
//! so documents cost time and memory near-linear in their length. The path is in order by construction: beads never cross, and every
//! sentence of both sides lands in exactly one bead.
use super::score::Scorer;

/// The bead shapes the search may use: (source sentences, target sentences).
pub const SHAPES: [(usize, usize); 8] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
];

/// Half-width of the first band around the diagonal, in target sentences.
const DIAGONAL_BAND: usize = 16;

/// Half-width of the first band around a coarse path, which is closer to the answer.
const GUIDED_BAND: usize = 16;

/// Half-widths beyond this stop growing: a pathological pair costs time, never unbounded time.
const WIDEST_BAND: usize = 4096;

/// One bead of the path: source sentences `i..i+a`, target sentences `j..j+b`, and its score
/// (the score of a skipped sentence for 1-0 and 0-1 beads).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub i: usize,
    pub a: usize,
    pub j: usize,
    pub b: usize,
    pub score: f64,
}

/// The cells of row `i` that the band holds: `lo..=hi`.
#[derive(Clone, Copy, Debug)]
struct Row {
    lo: usize,
    hi: usize,
    offset: usize,
}

/// Where the band is centred: on each row `i` (source sentences consumed), the range of target
/// positions `lo..=hi` the path is expected to pass through.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    centers: Vec<(usize, usize)>,
    /// half-width of the first band
    width: usize,
}

impl Guide {
    /// The straight diagonal from (0, 0) to (n, m).
    pub fn diagonal(n: usize, m: usize) -> Guide {
        let centers = (0..=n)
            .map(|i| {
                let c = (i * m).checked_div(n).unwrap_or(0);
                (c, c)
            })
            .collect();
        Guide {
            centers,
            width: DIAGONAL_BAND,
        }
    }

    /// The path of a coarse alignment, where coarse sentence `k` on each side stands for fine
    /// sentences `k * factor .. (k + 1) * factor`, projected onto the fine `n` × `m` grid.
    pub fn from_coarse(path: &[Step], factor: usize, n: usize, m: usize) -> Guide {
        let mut centers = vec![(usize::MAX, 0); n + 1];
        for step in path {
            let rows = (step.i * factor).min(n)..=((step.i + step.a) * factor).min(n);
            let lo = (step.j * factor).min(m);
            let hi = ((step.j + step.b) * factor).min(m);
            for i in rows {
                let c = &mut centers[i];
                *c = (c.0.min(lo), c.1.max(hi));
            }
        }
        Guide {
            centers,
            width: GUIDED_BAND,
        }
    }
}

/// The score of a skipped sentence (a 1-0 or 0-1 bead): `first` opens a run of skips on one
/// side, `more` continues it. An abridged translation leaves out whole paragraphs, so one long
/// run of 0-1 beads is likelier than the same number of scattered ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Skip {
    pub first: f64,
    pub more: f64,
}

impl Skip {
    /// Every skip scores the same.
    pub fn flat(score: f64) -> Skip {
        Skip {
            first: score,
            more: score,
        }
    }
}

/// Finds the best path through a band around `guide`, with skips scored by `skip`. The band
/// doubles while the best path runs along its edge.
pub fn best_path(scorer: &mut Scorer, skip: Skip, guide: &Guide) -> Vec<Step> {
    let m = scorer.target_len();
    let mut width = guide.width;
    loop {
        let rows = band(guide, m, width);
        let path = search(scorer, skip, &rows);
        let full = rows.iter().all(|row| row.lo == 0 && row.hi == m);
        if full || width >= WIDEST_BAND || !touches_edge(&path, &rows, m) {
            return path;
        }
        width *= 2;
    }
}

fn band(guide: &Guide, m: usize, width: usize) -> Vec<Row> {
    let n = guide.centers.len() - 1;
    let mut rows: Vec<Row> = Vec::with_capacity(n + 1);
    let mut offset = 0;
    for (i, &(center_lo, center_hi)) in guide.centers.iter().enumerate() {
        let lo = center_lo.min(m).saturating_sub(width);
        let hi = center_hi.saturating_add(width).min(m);
        // the first and last rows reach the corners, so 0-1 runs at either end fit
        let (lo, hi) = match i {
            0 => (0, hi),
            _ if i == n => (lo, m),
            _ => (lo, hi),
        };
        // each row overlaps the one before, so a steep diagonal stays connected
        let lo = rows.last().map_or(lo, |before| lo.min(before.hi));
        let hi = rows.last().map_or(hi, |before| hi.max(before.lo));
        rows.push(Row { lo, hi, offset });
        offset += hi - lo + 1;
    }
    rows
}

/// Whether the path comes within two cells of a band edge that is not the matrix edge.
fn touches_edge(path: &[Step], rows: &[Row], m: usize) -> bool {
    path.iter().any(|step| {
        let row = rows[step.i];
        (row.lo > 0 && step.j < row.lo + 2) || (row.hi < m && step.j + 2 > row.hi)
    })
}

/// What the last bead of a path ending in a cell was: skips continue a run of their own kind.
/// Without cheaper runs (`more` = `first`) one state is enough, and the search is three times
/// lighter: every skip scores the same wherever it stands.
const STATES: usize = 3;
const AFTER_BEAD: usize = 0;
const AFTER_SOURCE_SKIP: usize = 1;
const AFTER_TARGET_SKIP: usize = 2;

fn search(scorer: &mut Scorer, skip: Skip, rows: &[Row]) -> Vec<Step> {
    let states = if skip.more == skip.first { 1 } else { STATES };
    let cells = rows
        .last()
        .map_or(0, |row| row.offset + row.hi - row.lo + 1);
    // per state: best score of a path to the cell, and the (shape, state before) it came by
    let mut best = vec![f64::NEG_INFINITY; cells * states];
    let mut back = vec![(u8::MAX, u8::MAX); cells * states];
    let at = |i: usize, j: usize| -> Option<usize> {
        let row = rows.get(i)?;
        (row.lo..=row.hi)
            .contains(&j)
            .then(|| row.offset + j - row.lo)
    };
    best[0] = 0.0;
    for (i, row) in rows.iter().enumerate() {
        for j in row.lo..=row.hi {
            let here = row.offset + j - row.lo;
            for (shape, &(a, b)) in SHAPES.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(from) = at(i - a, j - b) else {
                    continue;
                };
                let (state, run) = match (a, b) {
                    (_, 0) => (AFTER_SOURCE_SKIP, Some(AFTER_SOURCE_SKIP)),
                    (0, _) => (AFTER_TARGET_SKIP, Some(AFTER_TARGET_SKIP)),
                    _ => (AFTER_BEAD, None),
                };
                let mut bead = None;
                for before in 0..states {
                    let previous = best[from * states + before];
                    if previous == f64::NEG_INFINITY {
                        continue;
                    }
                    let gain = match run {
                        Some(kind) if kind == before => skip.more,
                        Some(_) => skip.first,
                        None => *bead.get_or_insert_with(|| scorer.bead(i - a, a, j - b, b)),
                    };
                    let slot = here * states + state.min(states - 1);
                    if previous + gain > best[slot] {
                        best[slot] = previous + gain;
                        back[slot] = (shape as u8, before as u8);
                    }
                }
            }
        }
    }
    let (mut i, mut j) = (rows.len() - 1, rows.last().map_or(0, |row| row.hi));
    let end = at(i, j).expect("the last row holds the corner");
    let mut state = (0..states)
        .max_by(|&x, &y| best[end * states + x].total_cmp(&best[end * states + y]))
        .unwrap_or(AFTER_BEAD);
    let mut path = Vec::new();
    while i > 0 || j > 0 {
        let here = at(i, j).expect("the path stays inside the band");
        let (shape, before) = back[here * states + state];
        let (a, b) = SHAPES[shape as usize];
        let from = at(i - a, j - b).expect("the path stays inside the band");
        path.push(Step {
            i: i - a,
            a,
            j: j - b,
            b,
            score: best[here * states + state] - best[from * states + before as usize],
        });
        i -= a;
        j -= b;
        state = before as usize;
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::Params;

    fn shapes(path: &[Step]) -> Vec<(usize, usize)> {
        path.iter().map(|step| (step.a, step.b)).collect()
    }

    #[test]
    fn empty_sides_give_only_skips() {
        let params = Params::default();
        let path = |source: &[&str], target: &[&str]| {
            let mut scorer = Scorer::new(source, target, None, &params);
            let guide = Guide::diagonal(source.len(), target.len());
            shapes(&best_path(&mut scorer, Skip::flat(-5.0), &guide))
        };
        assert_eq!(path(&[], &["One.", "Two."]), vec![(0, 1), (0, 1)]);
        assert_eq!(path(&["Satu."], &[]), vec![(1, 0)]);
        assert!(path(&[], &[]).is_empty());
    }

    #[test]
    fn numbers_pull_a_merge() {
        let source = [
            "Pada 2019 ada 45 korban dan 12 rumah rusak.",
            "Hujan turun 3 hari.",
        ];
        let target = [
            "In 2019 there were 45 victims.",
            "And 12 houses were damaged.",
            "It rained for 3 days.",
        ];
        let mut scorer = Scorer::new(&source, &target, None, &Params::default());
        let path = best_path(&mut scorer, Skip::flat(-6.0), &Guide::diagonal(2, 3));
        assert_eq!(shapes(&path), vec![(1, 2), (1, 1)]);
    }

    #[test]
    fn widening_band_finds_the_full_optimum_far_from_the_diagonal() {
        // 40 long unmatched target sentences before the matching ones push the path far off
        // the diagonal: the band must widen until it finds what a full search finds
        let source: Vec<String> = (0..20).map(|k| format!("Kalimat nomor {k}.")).collect();
        let mut target: Vec<String> = (0..40)
            .map(|k| format!("Filler {} {}", k + 1000, "panjang ".repeat(30)))
            .collect();
        target.extend((0..20).map(|k| format!("Sentence number {k}.")));
        let source: Vec<&str> = source.iter().map(String::as_str).collect();
        let target: Vec<&str> = target.iter().map(String::as_str).collect();
        let mut scorer = Scorer::new(&source, &target, None, &Params::default());
        let banded = best_path(&mut scorer, Skip::flat(-3.0), &Guide::diagonal(20, 60));
        let full = search(
            &mut scorer,
            Skip::flat(-3.0),
            &band(&Guide::diagonal(20, 60), 60, 1000),
        );
        assert_eq!(banded, full);
        let ones: Vec<(usize, usize)> = banded
            .iter()
            .filter(|step| step.a == 1 && step.b == 1)
            .map(|step| (step.i, step.j))
            .collect();
        assert_eq!(ones, (0..20).map(|k| (k, k + 40)).collect::<Vec<_>>());
    }
}
