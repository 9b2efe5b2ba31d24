//! The search: a dynamic program over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) that
//! finds the best monotone path through a band around the diagonal. The band starts narrow and
//! doubles whenever the best path touches its edge, so ordinary documents cost time and memory
//! linear in their length. The path is in order by construction: beads never cross, and every
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

/// Half-width of the first band, in target sentences.
const FIRST_BAND: usize = 16;

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

/// Finds the best path. `skip` is the score of one 1-0 or 0-1 bead.
pub fn best_path(scorer: &mut Scorer, skip: f64) -> Vec<Step> {
    let (n, m) = (scorer.source_len(), scorer.target_len());
    let mut width = FIRST_BAND;
    loop {
        let rows = band(n, m, width);
        let path = search(scorer, skip, &rows);
        let full = rows.iter().all(|row| row.lo == 0 && row.hi == m);
        if full || !touches_edge(&path, &rows, m) {
            return path;
        }
        width *= 2;
    }
}

fn band(n: usize, m: usize, width: usize) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::with_capacity(n + 1);
    let mut offset = 0;
    for i in 0..=n {
        // the diagonal from (0, 0) to (n, m)
        let center = (i * m).checked_div(n).unwrap_or(0);
        let lo = center.saturating_sub(width);
        let hi = if n == 0 { m } else { (center + width).min(m) };
        // the first and last rows reach the corners, so 0-1 runs at either end fit
        let (lo, hi) = match i {
            0 => (0, hi),
            _ if i == n => (lo, m),
            _ => (lo, hi),
        };
        // each row overlaps the one before, so a steep diagonal stays connected
        let lo = rows.last().map_or(lo, |before| lo.min(before.hi));
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

fn search(scorer: &mut Scorer, skip: f64, rows: &[Row]) -> Vec<Step> {
    let cells = rows
        .last()
        .map_or(0, |row| row.offset + row.hi - row.lo + 1);
    let mut best = vec![f64::NEG_INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
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
                let before = best[from];
                if before == f64::NEG_INFINITY {
                    continue;
                }
                let gain = if a == 0 || b == 0 {
                    skip
                } else {
                    scorer.bead(i - a, a, j - b, b)
                };
                if before + gain > best[here] {
                    best[here] = before + gain;
                    back[here] = shape as u8;
                }
            }
        }
    }
    let (mut i, mut j) = (rows.len() - 1, rows.last().map_or(0, |row| row.hi));
    let mut path = Vec::new();
    while i > 0 || j > 0 {
        let here = at(i, j).expect("the path stays inside the band");
        let (a, b) = SHAPES[back[here] as usize];
        let from = at(i - a, j - b).expect("the path stays inside the band");
        path.push(Step {
            i: i - a,
            a,
            j: j - b,
            b,
            score: best[here] - best[from],
        });
        i -= a;
        j -= b;
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
        let mut scorer = Scorer::new(&[], &["One.", "Two."], None, &params);
        assert_eq!(shapes(&best_path(&mut scorer, -5.0)), vec![(0, 1), (0, 1)]);
        let mut scorer = Scorer::new(&["Satu."], &[], None, &params);
        assert_eq!(shapes(&best_path(&mut scorer, -5.0)), vec![(1, 0)]);
        let mut scorer = Scorer::new(&[], &[], None, &params);
        assert!(best_path(&mut scorer, -5.0).is_empty());
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
        let path = best_path(&mut scorer, -6.0);
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
        let banded = best_path(&mut scorer, -3.0);
        let full = search(&mut scorer, -3.0, &band(20, 60, 1000));
        assert_eq!(banded, full);
        let ones: Vec<(usize, usize)> = banded
            .iter()
            .filter(|step| step.a == 1 && step.b == 1)
            .map(|step| (step.i, step.j))
            .collect();
        assert_eq!(ones, (0..20).map(|k| (k, k + 40)).collect::<Vec<_>>());
    }
}
