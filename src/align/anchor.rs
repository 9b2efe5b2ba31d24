//! Confident anchor pairs and moved blocks, found before the banded search. An anchor pair is a
//! source and a target sentence whose lexical and MT evidence is mutual-best and clearly above
//! the runner-up in its row and column, wherever the two stand. The longest monotone chain of
//! anchors is the main path; anchors off it that run in step with their neighbours mark a block
//! that moved (a paragraph the translation put elsewhere), which is aligned on its own.
use super::score::{Params, Scorer};
use std::ops::Range;

/// Sections with more cells than this (source × target sentences) skip the anchor pass: it
/// scores every pair. Long documents are the coarse-to-fine search's job.
const ANCHOR_CELLS: usize = 250_000;

/// At least this many anchor pairs are needed before their length ratio replaces the section's.
const RATIO_PAIRS: usize = 3;

/// How far apart (in sentences) two anchors of one moved block may be on either side: a moved
/// paragraph may have lost a sentence or two of the English in the abridging.
const BLOCK_GAP: usize = 3;

/// How many chain anchors must disagree with a block's place before it counts as moved.
const MOVED_WITNESSES: usize = 2;

/// A source and a target sentence that are confidently translations of each other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnchorPair {
    pub i: usize,
    pub j: usize,
    pub evidence: f64,
}

/// Source sentences that the translation put at another place than the target has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovedBlock {
    pub source: Range<usize>,
    pub target: Range<usize>,
}

/// The best and the runner-up evidence of one row or column, and where the best is.
#[derive(Clone, Copy)]
struct Best {
    best: f64,
    at: usize,
    second: f64,
}

impl Best {
    const NONE: Best = Best {
        best: f64::NEG_INFINITY,
        at: usize::MAX,
        second: f64::NEG_INFINITY,
    };

    fn offer(&mut self, evidence: f64, at: usize) {
        if evidence > self.best {
            self.second = self.best;
            self.best = evidence;
            self.at = at;
        } else if evidence > self.second {
            self.second = evidence;
        }
    }
}

/// The confident anchor pairs, by source sentence: each is the other's best match, has at
/// least `anchor_min` evidence, and beats the runner-up of its row and of its column by
/// `anchor_margin`. Out-of-order pairs are kept: they may be a moved block.
pub fn confident_pairs(scorer: &mut Scorer, params: &Params) -> Vec<AnchorPair> {
    let (n, m) = (scorer.source_len(), scorer.target_len());
    if n == 0 || m == 0 || n.saturating_mul(m) > ANCHOR_CELLS {
        return Vec::new();
    }
    let mut rows = vec![Best::NONE; n];
    let mut columns = vec![Best::NONE; m];
    for (i, row) in rows.iter_mut().enumerate() {
        for (j, column) in columns.iter_mut().enumerate() {
            let evidence = scorer.evidence(i, j);
            row.offer(evidence, j);
            column.offer(evidence, i);
        }
    }
    rows.iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let column = columns.get(row.at)?;
            let clear = row.best >= params.anchor_min
                && column.at == i
                && row.best - row.second >= params.anchor_margin
                && column.best - column.second >= params.anchor_margin;
            clear.then_some(AnchorPair {
                i,
                j: row.at,
                evidence: row.best,
            })
        })
        .collect()
}

/// The target-per-source length ratio of the anchor pairs, when there are enough of them and
/// one side has more than `ratio_tolerance` times the other's content, by characters beyond the
/// anchors' ratio and by sentences: in an abridged translation the
/// longer side's extra sentences inflate the section's ratio, and every true 1-1 bead would
/// then look short and a 1-2 bead swallowing an unmatched sentence would look right.
pub fn length_ratio(scorer: &Scorer, pairs: &[AnchorPair], params: &Params) -> Option<f64> {
    if pairs.len() < RATIO_PAIRS {
        return None;
    }
    let (source, target) = pairs.iter().fold((0.0, 0.0), |(s, t), pair| {
        let (a, b) = scorer.lengths(pair.i, pair.j);
        (s + a, t + b)
    });
    if source <= 0.0 || target <= 0.0 {
        return None;
    }
    let ratio = target / source;
    // both the characters and the sentence counts must say that the same side has extra
    // content: anchor pairs alone are a biased sample (short headings with numbers, say)
    let extra = scorer.ratio() / ratio;
    let sentences = scorer.target_len() as f64 / scorer.source_len() as f64;
    let tolerance = params.ratio_tolerance;
    let abridged = (extra > tolerance && sentences > tolerance)
        || (extra < 1.0 / tolerance && sentences < 1.0 / tolerance);
    abridged.then_some(ratio)
}

/// Which pairs (sorted by source sentence) lie on their longest chain that is monotone on both
/// sides: the main path's anchors.
pub fn monotone_chain(pairs: &[AnchorPair]) -> Vec<bool> {
    // longest increasing subsequence by target sentence, quadratic: sections are small here
    let mut length = vec![1usize; pairs.len()];
    let mut before = vec![usize::MAX; pairs.len()];
    for k in 0..pairs.len() {
        for l in 0..k {
            if pairs[l].j < pairs[k].j && length[l] + 1 > length[k] {
                length[k] = length[l] + 1;
                before[k] = l;
            }
        }
    }
    let mut on_chain = vec![false; pairs.len()];
    let mut at = (0..pairs.len()).max_by_key(|&k| (length[k], std::cmp::Reverse(k)));
    while let Some(k) = at {
        on_chain[k] = true;
        at = (before[k] != usize::MAX).then_some(before[k]);
    }
    on_chain
}

/// The blocks that moved: runs of anchors off the main chain whose source and target sentences
/// advance together (at least two, or one with `moved_single` evidence), that stand out of
/// order against at least `MOVED_WITNESSES` chain anchors. Each block then grows over neighbouring pairs
/// whose 1-1 bead beats skipping both sentences and whose evidence reaches `grow_min`, as long
/// as no chain anchor is taken.
pub fn moved_blocks(
    scorer: &mut Scorer,
    pairs: &[AnchorPair],
    skip: f64,
    params: &Params,
) -> Vec<MovedBlock> {
    let on_chain = monotone_chain(pairs);
    let chain: Vec<AnchorPair> = pairs
        .iter()
        .zip(&on_chain)
        .filter_map(|(pair, &on)| on.then_some(*pair))
        .collect();
    let off: Vec<AnchorPair> = pairs
        .iter()
        .zip(&on_chain)
        .filter_map(|(pair, &on)| (!on).then_some(*pair))
        .collect();
    let mut runs: Vec<Vec<AnchorPair>> = Vec::new();
    for pair in off {
        match runs.last_mut() {
            Some(run)
                if run.last().is_some_and(|last| {
                    pair.i - last.i <= BLOCK_GAP && pair.j > last.j && pair.j - last.j <= BLOCK_GAP
                }) =>
            {
                run.push(pair)
            }
            _ => runs.push(vec![pair]),
        }
    }
    let (n, m) = (scorer.source_len(), scorer.target_len());
    let taken_source = |i: usize| chain.iter().any(|pair| pair.i == i);
    let taken_target = |j: usize| chain.iter().any(|pair| pair.j == j);
    let mut blocks: Vec<MovedBlock> = Vec::new();
    for run in runs {
        if run.len() < 2 && run[0].evidence < params.moved_single {
            continue;
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        let mut source = first.i..last.i + 1;
        let mut target = first.j..last.j + 1;
        if source.clone().any(taken_source) || target.clone().any(taken_target) {
            continue;
        }
        // out of order against the chain: at least MOVED_WITNESSES chain anchors stand before it
        // in the source and after it in the target, or the other way round; one alone may be a
        // local swap or a wrong anchor
        let witnesses = chain
            .iter()
            .filter(|pair| {
                (pair.i < source.start && pair.j >= target.end)
                    || (pair.i >= source.end && pair.j < target.start)
            })
            .count();
        if witnesses < MOVED_WITNESSES {
            continue;
        }
        // a neighbour joins the block when its 1-1 bead beats skipping both sentences and it has
        // some evidence of its own: length alone would let any neighbour in
        let grows = |scorer: &mut Scorer, i: usize, j: usize| {
            scorer.bead(i, 1, j, 1) > 2.0 * skip && scorer.evidence(i, j) >= params.grow_min
        };
        let free = |blocks: &[MovedBlock], i: usize, j: usize| {
            !taken_source(i)
                && !taken_target(j)
                && !blocks
                    .iter()
                    .any(|b| b.source.contains(&i) || b.target.contains(&j))
        };
        while source.start > 0
            && target.start > 0
            && free(&blocks, source.start - 1, target.start - 1)
            && grows(scorer, source.start - 1, target.start - 1)
        {
            source.start -= 1;
            target.start -= 1;
        }
        while source.end < n
            && target.end < m
            && free(&blocks, source.end, target.end)
            && grows(scorer, source.end, target.end)
        {
            source.end += 1;
            target.end += 1;
        }
        let overlaps = blocks.iter().any(|b| {
            (b.source.start < source.end && source.start < b.source.end)
                || (b.target.start < target.end && target.start < b.target.end)
        });
        if !overlaps {
            blocks.push(MovedBlock { source, target });
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(i: usize, j: usize) -> AnchorPair {
        AnchorPair {
            i,
            j,
            evidence: 5.0,
        }
    }

    #[test]
    fn monotone_chain_table() {
        type Case = (&'static str, &'static [(usize, usize)], &'static [bool]);
        // (what, pairs as (i, j), on the chain)
        let cases: &[Case] = &[
            ("in order", &[(0, 0), (1, 1), (2, 3)], &[true, true, true]),
            (
                "a paragraph from the middle put at the end",
                &[(0, 0), (1, 1), (2, 4), (3, 5), (4, 2), (5, 3)],
                &[true, true, true, true, false, false],
            ),
            ("none", &[], &[]),
        ];
        for (what, pairs, expected) in cases {
            let pairs: Vec<AnchorPair> = pairs.iter().map(|&(i, j)| pair(i, j)).collect();
            assert_eq!(monotone_chain(&pairs), *expected, "{what}");
        }
    }
}
