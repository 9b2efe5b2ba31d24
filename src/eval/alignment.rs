//! Alignment scoring against gold beads, with strict and lax precision, recall and F1 exactly
//! as vecalign's `score.py` defines them: strict counts a bead only if it equals a gold bead;
//! lax counts it if it overlaps a gold bead on both sides. Precision counts 1-0 and 0-1 beads,
//! recall ignores them. Counts add up over documents before the ratios are taken.
use crate::pairs::Bead;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Parses one bead line: `[0, 1]:[2]`, `[]:[5]`, `[12]:[]`.
pub fn parse_bead(line: &str) -> Result<Bead, String> {
    let side = |text: &str| -> Result<Vec<usize>, String> {
        crate::parse::delimited_numbers(text, '[', ']', |t| t).map_err(|bad| match bad {
            None => format!("expected '[…]:[…]', found '{line}'"),
            Some(t) => format!("'{t}' is not a sentence index in '{line}'"),
        })
    };
    let (source, target) = line
        .split_once(':')
        .ok_or_else(|| format!("expected '[…]:[…]', found '{line}'"))?;
    Ok(Bead {
        source: side(source)?,
        target: side(target)?,
    })
}

/// Parses a whole bead file; blank lines are skipped. Errors name the 1-based line.
pub fn parse_beads(text: &str) -> Result<Vec<Bead>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(k, line)| parse_bead(line).map_err(|e| format!("line {}: {e}", k + 1)))
        .collect()
}

/// Formats a bead as `[0, 1]:[2]`.
pub fn format_bead(bead: &Bead) -> String {
    let side = |ids: &[usize]| {
        ids.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("[{}]:[{}]", side(&bead.source), side(&bead.target))
}

/// True/false positive counts, strict and lax.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub strict_true: usize,
    pub strict_false: usize,
    pub lax_true: usize,
    pub lax_false: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.strict_true += other.strict_true;
        self.strict_false += other.strict_false;
        self.lax_true += other.lax_true;
        self.lax_false += other.lax_false;
    }
}

type Key = (Vec<usize>, Vec<usize>);

/// How many `test` beads are right against `gold` (set semantics; empty beads ignored).
fn precision_counts(gold: &[&Bead], test: &[&Bead]) -> Counts {
    let as_set = |beads: &[&Bead]| -> BTreeSet<Key> {
        beads
            .iter()
            .filter(|b| !b.source.is_empty() || !b.target.is_empty())
            .map(|b| (b.source.clone(), b.target.clone()))
            .collect()
    };
    let gold = as_set(gold);
    let test = as_set(test);
    let mut gold_targets: HashMap<usize, HashSet<usize>> = HashMap::new();
    for (source, target) in &gold {
        for &s in source {
            gold_targets
                .entry(s)
                .or_default()
                .extend(target.iter().copied());
        }
    }
    let mut counts = Counts::default();
    for bead in &test {
        if gold.contains(bead) {
            counts.strict_true += 1;
            counts.lax_true += 1;
            continue;
        }
        counts.strict_false += 1;
        let (source, target) = bead;
        let overlaps = source.iter().any(|s| {
            gold_targets
                .get(s)
                .is_some_and(|targets| target.iter().any(|t| targets.contains(t)))
        });
        if overlaps {
            counts.lax_true += 1;
        } else {
            counts.lax_false += 1;
        }
    }
    counts
}

/// Precision and recall counts of one document.
pub fn document_counts(gold: &[Bead], test: &[Bead]) -> (Counts, Counts) {
    fn all(beads: &[Bead]) -> Vec<&Bead> {
        beads.iter().collect()
    }
    fn both_sides(beads: &[Bead]) -> Vec<&Bead> {
        beads
            .iter()
            .filter(|b| !b.source.is_empty() && !b.target.is_empty())
            .collect()
    }
    let precision = precision_counts(&all(gold), &all(test));
    // recall is precision with the roles swapped and without 1-0 / 0-1 beads
    let recall = precision_counts(&both_sides(test), &both_sides(gold));
    (precision, recall)
}

/// Strict and lax precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub precision_strict: f64,
    pub recall_strict: f64,
    pub f1_strict: f64,
    pub precision_lax: f64,
    pub recall_lax: f64,
    pub f1_lax: f64,
}

fn ratio(good: usize, bad: usize) -> f64 {
    if good + bad == 0 {
        0.0
    } else {
        good as f64 / (good + bad) as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Scores several documents at once: counts are summed, then turned into ratios.
pub fn score_documents<'a>(
    documents: impl IntoIterator<Item = (&'a [Bead], &'a [Bead])>,
) -> Scores {
    let (mut precision, mut recall) = (Counts::default(), Counts::default());
    for (gold, test) in documents {
        let (p, r) = document_counts(gold, test);
        precision += p;
        recall += r;
    }
    let precision_strict = ratio(precision.strict_true, precision.strict_false);
    let precision_lax = ratio(precision.lax_true, precision.lax_false);
    let recall_strict = ratio(recall.strict_true, recall.strict_false);
    let recall_lax = ratio(recall.lax_true, recall.lax_false);
    Scores {
        precision_strict,
        recall_strict,
        f1_strict: f1(precision_strict, recall_strict),
        precision_lax,
        recall_lax,
        f1_lax: f1(precision_lax, recall_lax),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn beads(text: &str) -> Vec<Bead> {
        parse_beads(text).unwrap()
    }

    #[test]
    fn parse_and_format_round_trip() {
        for line in [
            "[0]:[0]",
            "[4]:[5, 6, 7]",
            "[]:[22]",
            "[12]:[]",
            "[0, 1, 2]:[0, 1]",
        ] {
            assert_eq!(format_bead(&parse_bead(line).unwrap()), line);
        }
        assert!(parse_bead("0:1").is_err());
        assert!(parse_bead("[x]:[1]").is_err());
        assert!(parse_bead("[1]").is_err());
    }

    #[test]
    fn perfect_alignment_scores_one() {
        let gold = beads("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n");
        let s = score_documents([(gold.as_slice(), gold.as_slice())]);
        assert_eq!((s.f1_strict, s.f1_lax), (1.0, 1.0));
    }

    #[test]
    fn strict_and_lax_table() {
        // gold: 0-0, 1+2 → 1, 3 → 2 (+ an insertion); test splits the 2-1 bead and adds a deletion
        let gold = beads("[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[]:[3]\n");
        let test = beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2, 3]\n");
        let s = score_documents([(gold.as_slice(), test.as_slice())]);
        // precision: 4 test beads, 1 strict hit ([0]:[0]); lax hits [0]:[0], [1]:[1], [3]:[2,3]
        assert!((s.precision_strict - 0.25).abs() < 1e-12);
        assert!((s.precision_lax - 0.75).abs() < 1e-12);
        // recall: 3 gold beads with both sides, 1 strict hit; lax: all three overlap a test bead
        assert!((s.recall_strict - 1.0 / 3.0).abs() < 1e-12);
        assert!((s.recall_lax - 1.0).abs() < 1e-12);
        assert!((s.f1_strict - f1(0.25, 1.0 / 3.0)).abs() < 1e-12);
    }

    #[test]
    fn counts_add_up_over_documents() {
        let gold = beads("[0]:[0]\n[1]:[1]\n");
        let wrong = beads("[0]:[1]\n[1]:[0]\n");
        let s = score_documents([
            (gold.as_slice(), gold.as_slice()),
            (gold.as_slice(), wrong.as_slice()),
        ]);
        assert!((s.precision_strict - 0.5).abs() < 1e-12);
        assert!((s.recall_strict - 0.5).abs() < 1e-12);
    }
}
