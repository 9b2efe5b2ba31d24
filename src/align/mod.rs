//! Alignment of an Indonesian article with an existing English version of it.
//!
//! Each section is aligned on its own (titles with titles, captions and credits with captions
//! and credits, body with body, meta with meta); boilerplate and repeats never align. Within a
//! section, [`anchor`] finds confident pairs and blocks that moved, and [`search`] finds the best
//! monotone path of beads scored by [`score`] around them. The promise: every sentence of both
//! sides appears in exactly one bead, beads are in Indonesian order, and beads of a section
//! cross only where a block moved.
pub mod anchor;
pub mod gloss;
pub mod lang;
pub mod score;
pub mod search;

pub use score::Params;

use crate::error::Error;
use crate::pairs::{Bead, Flag, Origin, Pair};
use crate::segment::{Segment, SegmentKind};
use crate::translate::mtfile::MtFile;
use crate::translate::pipeline::Pipeline;
use crate::translate::Translate;
use std::fmt;

/// One bead of the result: which sentences it joins, the section it belongs to, and its margin
/// over leaving those sentences unaligned (`None` for 1-0 and 0-1 beads).
#[derive(Clone, Debug, PartialEq)]
pub struct AlignedBead {
    pub bead: Bead,
    pub kind: SegmentKind,
    pub score: Option<f64>,
}

impl AlignedBead {
    /// A 1-0 or 0-1 bead: one side is empty.
    pub fn is_unaligned(&self) -> bool {
        self.bead.source.is_empty() || self.bead.target.is_empty()
    }
}

/// Which input a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Indonesian,
    English,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Indonesian => "Indonesian",
            Side::English => "English",
        })
    }
}

/// Something odd about the input. The alignment still runs and keeps every sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// one side has no sentences at all
    EmptySide { side: Side, other: usize },
    /// one side has fewer than a fifth of the other's sentences
    LengthRatio { indonesian: usize, english: usize },
    /// a side does not look like the language it should be
    Language { side: Side, guess: lang::Guess },
    /// the machine translation reads as Indonesian: a model of the wrong direction, or one
    /// that copies its input, says nothing an alignment can use
    Untranslated { guess: lang::Guess },
}

impl Warning {
    /// Whether the machine translation should be ignored because of this warning.
    pub fn disables_mt(&self) -> bool {
        matches!(
            self,
            Warning::Language { .. } | Warning::Untranslated { .. }
        )
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::EmptySide { side, other } => write!(
                f,
                "the {side} side has no sentences: the {other} sentences of the other side are \
                 written as unaligned beads; check that both files hold the article"
            ),
            Warning::LengthRatio {
                indonesian,
                english,
            } => write!(
                f,
                "the sides differ a lot in length ({indonesian} Indonesian vs {english} English \
                 sentences): check that they are versions of the same article; sentences without \
                 a partner are kept as unaligned beads"
            ),
            Warning::Language { side, guess } => write!(
                f,
                "the {side} side looks {}: check --id and --en (swapped?); aligning by length and \
                 anchors only, without machine translation",
                guess.name()
            ),
            Warning::Untranslated { guess } => write!(
                f,
                "the machine translation looks {}, not English (a model of the other \
                 direction, or one that copies its input?): aligning with the word-by-word \
                 gloss instead",
                guess.name()
            ),
        }
    }
}

/// Checks the two sides before aligning: empty sides, very different lengths, wrong languages.
pub fn check(indonesian: &[&str], english: &[&str]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let (n, m) = (indonesian.len(), english.len());
    if n == 0 && m > 0 {
        warnings.push(Warning::EmptySide {
            side: Side::Indonesian,
            other: m,
        });
    } else if m == 0 && n > 0 {
        warnings.push(Warning::EmptySide {
            side: Side::English,
            other: n,
        });
    } else if n > 0 && m > 0 && (n * 5 < m || m * 5 < n) {
        warnings.push(Warning::LengthRatio {
            indonesian: n,
            english: m,
        });
    }
    for (side, sentences, expected) in [
        (Side::Indonesian, indonesian, lang::Guess::Indonesian),
        (Side::English, english, lang::Guess::English),
    ] {
        let guess = lang::guess(sentences.iter().copied());
        if guess != expected && guess != lang::Guess::Unknown {
            warnings.push(Warning::Language { side, guess });
        }
    }
    warnings
}

/// Whether the machine translation of the aligned Indonesian segments reads as Indonesian,
/// as the output of a model that copies its input (or translates the other way) does: then
/// [`Warning::Untranslated`]. An MT of mixed or unknown language is kept.
fn check_mt(indonesian: &[Segment], mt: &[String]) -> Option<Warning> {
    let translated = indonesian
        .iter()
        .zip(mt)
        .filter(|(segment, _)| aligns_in(segment).is_some())
        .map(|(_, mt)| mt.as_str());
    let guess = lang::guess(translated);
    (guess == lang::Guess::Indonesian).then_some(Warning::Untranslated { guess })
}

/// Aligns two plain lists of sentences (one section, e.g. pre-split files). `mt`, when given,
/// holds one machine translation per source sentence. Bead indices are positions in the lists.
///
/// Confident anchor pairs come first ([`anchor`]): they set the length ratio when the sides
/// differ in content, and a block of them out of order marks a moved paragraph, which is
/// aligned on its own and taken out of the main path. Beads are in source order: a moved
/// block's beads sit where the source has them, so its targets are out of order there.
pub fn align_sentences(
    source: &[&str],
    target: &[&str],
    mt: Option<&[&str]>,
    params: &Params,
) -> Vec<AlignedBead> {
    align_glossed(source, target, mt, None, params)
}

/// [`align_sentences`] with a word-by-word gloss of each source sentence ([`gloss`]) scored
/// beside the MT, or in its place.
pub fn align_glossed(
    source: &[&str],
    target: &[&str],
    mt: Option<&[&str]>,
    glosses: Option<&[&str]>,
    params: &Params,
) -> Vec<AlignedBead> {
    let glossed = |scorer: score::Scorer, source_ids: Option<&[usize]>, target: &[&str]| match (
        glosses, source_ids,
    ) {
        (Some(glosses), Some(ids)) => scorer.with_glosses(&pick(ids, glosses), target),
        (Some(glosses), None) => scorer.with_glosses(glosses, target),
        (None, _) => scorer,
    };
    let mut scorer = glossed(score::Scorer::new(source, target, mt, params), None, target);
    let pairs = anchor::confident_pairs(&mut scorer, params);
    let abridged = anchor::length_ratio(&scorer, &pairs, params);
    if let Some(ratio) = abridged {
        scorer.set_ratio(ratio);
    }
    let skip = skip_score(&mut scorer, params);
    // runs of skips come cheaper only where the sides differ in content: in a full translation
    // a run of skips is a misalignment more often than a left-out paragraph
    let skips = search::Skip {
        first: skip,
        more: skip
            * if abridged.is_some() {
                params.skip_run
            } else {
                1.0
            },
    };
    let blocks = anchor::moved_blocks(&mut scorer, &pairs, skip, params);
    if blocks.is_empty() {
        let path = best_path(&mut scorer, params, skips);
        let all_source: Vec<usize> = (0..source.len()).collect();
        let all_target: Vec<usize> = (0..target.len()).collect();
        return beads_of(&path, skip, &all_source, &all_target);
    }
    // the main path over what did not move, then each block over its own sentences
    let moved_source = |i: &usize| blocks.iter().any(|b| b.source.contains(i));
    let moved_target = |j: &usize| blocks.iter().any(|b| b.target.contains(j));
    let mut pieces: Vec<(Vec<usize>, Vec<usize>)> = vec![(
        (0..source.len()).filter(|i| !moved_source(i)).collect(),
        (0..target.len()).filter(|j| !moved_target(j)).collect(),
    )];
    pieces.extend(
        blocks
            .iter()
            .map(|b| (b.source.clone().collect(), b.target.clone().collect())),
    );
    // (source position, source-bearing, piece, order): a 1-0 or 0-1 bead sorts just before
    // the next source-bearing bead of its own piece
    let mut keyed: Vec<((usize, bool, usize, usize), AlignedBead)> = Vec::new();
    for (piece, (source_ids, target_ids)) in pieces.iter().enumerate() {
        let piece_mt = mt.map(|mt| pick(source_ids, mt));
        let piece_target = pick(target_ids, target);
        let mut piece_scorer = glossed(
            score::Scorer::new(
                &pick(source_ids, source),
                &piece_target,
                piece_mt.as_deref(),
                params,
            ),
            Some(source_ids),
            &piece_target,
        );
        piece_scorer.set_ratio(scorer.ratio());
        piece_scorer.set_barriers(gaps(source_ids), gaps(target_ids));
        let path = best_path(&mut piece_scorer, params, skips);
        let beads = beads_of(&path, skip, source_ids, target_ids);
        let mut next_source = source.len();
        for (order, aligned) in beads.into_iter().enumerate().rev() {
            let key = match aligned.bead.source.first() {
                Some(&first) => {
                    next_source = first;
                    (first, true, piece, order)
                }
                None => (next_source, false, piece, order),
            };
            keyed.push((key, aligned));
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, aligned)| aligned).collect()
}

/// The positions in `ids` where the indices jump: a bead must not join across them.
fn gaps(ids: &[usize]) -> Vec<usize> {
    (1..ids.len())
        .filter(|&k| ids[k] != ids[k - 1] + 1)
        .collect()
}

/// The sentences at `ids`.
fn pick<'a>(ids: &[usize], all: &[&'a str]) -> Vec<&'a str> {
    ids.iter().map(|&k| all[k]).collect()
}

/// The beads of a path whose positions stand for `source_ids` and `target_ids`.
fn beads_of(
    path: &[search::Step],
    skip: f64,
    source_ids: &[usize],
    target_ids: &[usize],
) -> Vec<AlignedBead> {
    path.iter()
        .map(|step| AlignedBead {
            bead: Bead {
                source: source_ids[step.i..step.i + step.a].to_vec(),
                target: target_ids[step.j..step.j + step.b].to_vec(),
            },
            kind: SegmentKind::Sentence,
            score: (step.a > 0 && step.b > 0).then(|| step.score - (step.a + step.b) as f64 * skip),
        })
        .collect()
}

/// Sides with more cells than this (source × target sentences) are first aligned coarsely.
const COARSE_ABOVE: usize = 1_000_000;

/// Sentences joined into one block at each coarser level.
const COARSE_FACTOR: usize = 4;

/// The best path, with `skips` the scores of 1-0 and 0-1 beads. A long pair is first aligned with its sentences
/// joined in blocks of [`COARSE_FACTOR`] (recursively), and the fine search keeps to a band
/// around that coarse path: near-linear time even when the path wanders far off the diagonal.
fn best_path(
    scorer: &mut score::Scorer,
    params: &Params,
    skips: search::Skip,
) -> Vec<search::Step> {
    let (n, m) = (scorer.source_len(), scorer.target_len());
    let guide = if n.saturating_mul(m) > COARSE_ABOVE {
        let mut coarse = scorer.coarsen(COARSE_FACTOR);
        let coarse_skip = search::Skip::flat(skip_score(&mut coarse, params));
        let coarse_path = best_path(&mut coarse, params, coarse_skip);
        search::Guide::from_coarse(&coarse_path, COARSE_FACTOR, n, m)
    } else {
        search::Guide::diagonal(n, m)
    };
    search::best_path(scorer, skips, &guide)
}

/// The score of one skipped sentence, from the document's own distribution: a percentile of the
/// scores of random 1-1 beads (vecalign derives its deletion penalty the same way). Random
/// pairs are mostly wrong, so a real 1-1 bead should beat two skips.
fn skip_score(scorer: &mut score::Scorer, params: &Params) -> f64 {
    const SAMPLES: usize = 2000;
    let (n, m) = (scorer.source_len(), scorer.target_len());
    if n == 0 || m == 0 {
        return -1.0;
    }
    let mut scores = Vec::new();
    if n * m <= SAMPLES {
        for i in 0..n {
            for j in 0..m {
                scores.push(scorer.bead(i, 1, j, 1));
            }
        }
    } else {
        // a fixed-seed linear congruential generator: the same input always aligns the same way
        let mut state: u64 = 0x5eed_a11e_0000_0001;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % bound
        };
        for _ in 0..SAMPLES {
            let (i, j) = (next(n), next(m));
            scores.push(scorer.bead(i, 1, j, 1));
        }
    }
    scores.sort_by(f64::total_cmp);
    let rank = ((params.skip_percentile / 100.0) * (scores.len() - 1) as f64).round() as usize;
    let from_document = scores[rank.min(scores.len() - 1)] / 2.0;
    // A short section has too few pairs for a percentile (two titles give one wrong pair and
    // one right one), so it leans on a fixed prior until it has a few hundred pairs.
    let weight = scores.len() as f64 / (scores.len() as f64 + PRIOR_PAIRS);
    weight * from_document + (1.0 - weight) * params.skip_prior + params.skip_offset
}

/// How many sampled pairs weigh as much as the fixed skip prior.
const PRIOR_PAIRS: f64 = 200.0;

/// The result of aligning two segmented articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    /// beads in document order; indices are positions in the segment lists given
    pub beads: Vec<AlignedBead>,
    pub warnings: Vec<Warning>,
}

/// Where the machine translation of the Indonesian side comes from.
pub enum Mt<'m> {
    /// none: align by length and lexical anchors only
    None,
    /// precomputed, one line per Indonesian segment marked `translate`, in order
    File(MtFile),
    /// a model, through the translation pipeline as `selaras translate` uses it (quotation
    /// marks set aside, overlong sentences split to fit, repeats translated once)
    Model(&'m mut dyn Translate),
}

/// Aligns a segmented Indonesian article with its segmented English version: the machine
/// translation of the Indonesian side first (if any), then [`align_segments`].
pub fn align_documents(
    indonesian: &[Segment],
    english: &[Segment],
    mt: Mt<'_>,
    params: &Params,
) -> anyhow::Result<Alignment> {
    let mt = machine_translation(indonesian, mt)?;
    Ok(align_segments(indonesian, english, mt.as_deref(), params))
}

/// The machine translation of every Indonesian segment, or `None` without MT. Segments the
/// translation stage would not send to a model (credits, meta, repeats) stand for themselves.
pub fn machine_translation(
    indonesian: &[Segment],
    mt: Mt<'_>,
) -> anyhow::Result<Option<Vec<String>>> {
    let mut translated: Vec<String> = indonesian.iter().map(|s| s.text.clone()).collect();
    match mt {
        Mt::None => return Ok(None),
        Mt::File(mut file) => {
            let wanted: Vec<usize> = (0..indonesian.len())
                .filter(|&k| indonesian[k].translate)
                .collect();
            if file.len() != wanted.len() {
                return Err(Error::BadInput {
                    path: file.path().to_string(),
                    problem: format!(
                        "has {} lines but the Indonesian side has {} sentences to translate: \
                         give one translation per line for each segment that `selaras segment` \
                         marks \"translate\": true (with --presplit: one per line), in order",
                        file.len(),
                        wanted.len()
                    ),
                }
                .into());
            }
            let sources: Vec<&str> = wanted
                .iter()
                .map(|&k| indonesian[k].text.as_str())
                .collect();
            for (k, translation) in wanted.into_iter().zip(file.translate(&sources)?) {
                translated[k] = translation.text;
            }
        }
        Mt::Model(backend) => {
            let mut pipeline = Pipeline::new(backend, None);
            let pairs = pipeline
                .translate_documents(&[indonesian.to_vec()])?
                .remove(0);
            let index: std::collections::HashMap<usize, usize> = indonesian
                .iter()
                .enumerate()
                .map(|(k, segment)| (segment.seq, k))
                .collect();
            for pair in pairs {
                if let Some(&k) = index.get(&pair.seq()) {
                    translated[k] = pair.target;
                }
            }
        }
    }
    Ok(Some(translated))
}

impl Alignment {
    /// One pair per bead, in order: the sentences of each side joined by a space; an empty
    /// side stays empty and the pair is flagged `unaligned`. `doc` names the document.
    pub fn pairs(&self, doc: &str, indonesian: &[Segment], english: &[Segment]) -> Vec<Pair> {
        let join = |segments: &[Segment], ids: &[usize]| {
            ids.iter()
                .map(|&k| segments[k].text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        self.beads
            .iter()
            .enumerate()
            .map(|(seq, aligned)| Pair {
                origin: Origin::Aligned {
                    doc: doc.to_string(),
                    seq,
                    kind: aligned.kind,
                    source: join(indonesian, &aligned.bead.source),
                    bead: aligned.bead.clone(),
                },
                target: join(english, &aligned.bead.target),
                score: aligned.score.map(|s| (s * 1000.0).round() / 1000.0),
                flags: if aligned.is_unaligned() {
                    vec![Flag::Unaligned]
                } else {
                    Vec::new()
                },
            })
            .collect()
    }
}

/// The section a segment kind aligns within; boilerplate has none and never aligns.
fn section(kind: SegmentKind) -> Option<SegmentKind> {
    match kind {
        SegmentKind::Title => Some(SegmentKind::Title),
        SegmentKind::Sentence => Some(SegmentKind::Sentence),
        SegmentKind::Caption | SegmentKind::Credit => Some(SegmentKind::Caption),
        SegmentKind::Meta => Some(SegmentKind::Meta),
        SegmentKind::Boilerplate => None,
    }
}

/// The section a segment aligns within, if any. A repeat of an earlier segment (a caption
/// printed under the photo and again from its alt text) never aligns: the first copy carries
/// the pair, and the repeat would only pull a neighbour into a 1-2 bead.
fn aligns_in(segment: &Segment) -> Option<SegmentKind> {
    section(segment.kind).filter(|_| segment.duplicate_of.is_none())
}

/// The kind an unaligned segment's bead keeps: boilerplate, or the kind of a repeat.
fn kept_kind(segment: &Segment) -> SegmentKind {
    match section(segment.kind) {
        Some(_) => segment.kind,
        None => SegmentKind::Boilerplate,
    }
}

/// Aligns two segmented articles section by section. `mt`, when given, holds one machine
/// translation per Indonesian segment (segments that were not translated may have "").
pub fn align_segments(
    indonesian: &[Segment],
    english: &[Segment],
    mt: Option<&[String]>,
    params: &Params,
) -> Alignment {
    let id_texts: Vec<&str> = aligned_texts(indonesian);
    let en_texts: Vec<&str> = aligned_texts(english);
    let mut warnings = check(&id_texts, &en_texts);
    // a side in another language gets neither the MT nor the gloss
    let languages_agree = !warnings.iter().any(Warning::disables_mt);
    // an MT still in the source's language is no translation: the gloss takes its place
    let untranslated = mt
        .filter(|_| languages_agree)
        .and_then(|mt| check_mt(indonesian, mt));
    let mt = mt.filter(|_| languages_agree && untranslated.is_none());
    warnings.extend(untranslated);
    // the Indonesian side's word-by-word gloss, scored in the MT's place or beside it
    let glossed: Option<Vec<String>> =
        if languages_agree && params.gloss_weight(mt.is_some()) != 0.0 {
            let texts: Vec<&str> = indonesian.iter().map(|s| s.text.as_str()).collect();
            gloss::glosses(&texts)
        } else {
            None
        };

    // (sort key, bead): source-bearing beads sort by their first source sentence; a 0-1 bead
    // sorts just before the next source-bearing bead of its section. A 0-1 bead with none after
    // it (English boilerplate too) is placed after the source of the nearest English sentence
    // before it that has one, so it shows up where it stood in the English article.
    let mut keyed: Vec<((usize, usize, usize), AlignedBead)> = Vec::new();
    for kind in [
        SegmentKind::Title,
        SegmentKind::Sentence,
        SegmentKind::Caption,
        SegmentKind::Meta,
    ] {
        let mut id_seqs: Vec<usize> = positions(indonesian, kind);
        let mut en_seqs: Vec<usize> = positions(english, kind);
        if kind == SegmentKind::Caption {
            credits_after_captions(indonesian, &mut id_seqs);
            credits_after_captions(english, &mut en_seqs);
        }
        let source: Vec<&str> = id_seqs
            .iter()
            .map(|&k| indonesian[k].text.as_str())
            .collect();
        let target: Vec<&str> = en_seqs.iter().map(|&k| english[k].text.as_str()).collect();
        let section_mt: Option<Vec<&str>> = mt.map(|mt| {
            id_seqs
                .iter()
                .map(|&k| mt.get(k).map_or("", String::as_str))
                .collect()
        });
        let section_gloss: Option<Vec<&str>> = glossed.as_ref().map(|glossed| {
            id_seqs
                .iter()
                .map(|&k| glossed.get(k).map_or("", String::as_str))
                .collect()
        });
        let beads = align_glossed(
            &source,
            &target,
            section_mt.as_deref(),
            section_gloss.as_deref(),
            params,
        );
        let beads = apart_where_crossing(beads, &id_seqs);
        let mut next_source = usize::MAX;
        let mut section_keyed = Vec::with_capacity(beads.len());
        for mut aligned in beads.into_iter().rev() {
            aligned.bead.source = aligned.bead.source.iter().map(|&k| id_seqs[k]).collect();
            aligned.bead.target = aligned.bead.target.iter().map(|&k| en_seqs[k]).collect();
            // (a credit read after its caption is printed before it)
            aligned.bead.source.sort_unstable();
            aligned.bead.target.sort_unstable();
            aligned.kind = if aligned.bead.source.is_empty() {
                english[aligned.bead.target[0]].kind
            } else {
                indonesian[aligned.bead.source[0]].kind
            };
            let key = match aligned.bead.source.first() {
                Some(&first) => {
                    next_source = first;
                    (first, 1, 0)
                }
                None if next_source == usize::MAX => (ORPHAN, 0, aligned.bead.target[0]),
                None => (next_source, 0, aligned.bead.target[0]),
            };
            section_keyed.push((key, aligned));
        }
        keyed.extend(section_keyed);
    }
    for (k, segment) in indonesian.iter().enumerate() {
        if aligns_in(segment).is_none() {
            keyed.push((
                (k, 1, 0),
                unaligned(vec![k], Vec::new(), kept_kind(segment)),
            ));
        }
    }
    for (k, segment) in english.iter().enumerate() {
        if aligns_in(segment).is_none() {
            keyed.push((
                (ORPHAN, 0, k),
                unaligned(Vec::new(), vec![k], kept_kind(segment)),
            ));
        }
    }
    place_orphans(&mut keyed, english.len());
    keyed.sort_by_key(|(key, _)| *key);
    Alignment {
        beads: keyed.into_iter().map(|(_, bead)| bead).collect(),
        warnings,
    }
}

/// Marks a 0-1 bead whose place is not known yet.
const ORPHAN: usize = usize::MAX;

/// Gives every orphan 0-1 bead the position of the nearest earlier English sentence that is
/// aligned with an Indonesian one (or the start, if there is none).
fn place_orphans(keyed: &mut [((usize, usize, usize), AlignedBead)], english: usize) {
    let mut source_of: Vec<Option<usize>> = vec![None; english];
    for (key, aligned) in keyed.iter() {
        if key.0 != ORPHAN && !aligned.bead.source.is_empty() {
            for &t in &aligned.bead.target {
                source_of[t] = Some(key.0);
            }
        }
    }
    let mut before: Vec<Option<usize>> = Vec::with_capacity(english);
    let mut last = None;
    for source in &source_of {
        before.push(last);
        last = source.or(last);
    }
    for (key, _) in keyed.iter_mut() {
        if key.0 == ORPHAN {
            *key = match before.get(key.2).copied().flatten() {
                Some(source) => (source, 2, key.2),
                None => (0, 0, key.2),
            };
        }
    }
}

fn aligned_texts(segments: &[Segment]) -> Vec<&str> {
    segments
        .iter()
        .filter(|segment| aligns_in(segment).is_some())
        .map(|segment| segment.text.as_str())
        .collect()
}

/// Puts each credit printed over its caption (a credit that closes no caption, the caption's
/// lines right under it) after those lines, in the order of a section's `seqs`: one page
/// prints "Foto: …" over "Rak server …", the other "Server racks …" over "Photographer: …",
/// and a monotone path could pair the two credits or the two captions, not both. Read caption
/// first on both sides, each photo's caption and credit pair with the other's.
fn credits_after_captions(segments: &[Segment], seqs: &mut [usize]) {
    let is = |at: usize, kind: SegmentKind| segments.get(at).is_some_and(|s| s.kind == kind);
    let mut k = 0;
    while k < seqs.len() {
        let at = seqs[k];
        let over_its_caption = is(at, SegmentKind::Credit)
            && !(at > 0 && is(at - 1, SegmentKind::Caption))
            && seqs.get(k + 1) == Some(&(at + 1))
            && is(at + 1, SegmentKind::Caption);
        if !over_its_caption {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while seqs.get(end + 1) == Some(&(seqs[end] + 1)) && is(seqs[end + 1], SegmentKind::Caption)
        {
            end += 1;
        }
        seqs[k..=end].rotate_left(1);
        k = end + 1;
    }
}

/// Beads of a section read in another order than the page's ([`credits_after_captions`]) that
/// join sentences with another bead's sentence between them on the page (a credit read after
/// its caption, joined with the next photo's caption) are left unaligned, sentence by
/// sentence: beads of a section cross only where a block moved.
fn apart_where_crossing(beads: Vec<AlignedBead>, seqs: &[usize]) -> Vec<AlignedBead> {
    if seqs.is_sorted() {
        return beads;
    }
    let mut in_page_order = seqs.to_vec();
    in_page_order.sort_unstable();
    let rank = |k: usize| in_page_order.binary_search(&seqs[k]).unwrap_or(0);
    let mut apart = Vec::with_capacity(beads.len());
    for aligned in beads {
        let (first, last) = aligned
            .bead
            .source
            .iter()
            .map(|&k| rank(k))
            .fold((usize::MAX, 0), |(lo, hi), r| (lo.min(r), hi.max(r)));
        if aligned.bead.source.len() < 2 || last - first + 1 == aligned.bead.source.len() {
            apart.push(aligned);
            continue;
        }
        let kind = aligned.kind;
        apart.extend(
            aligned
                .bead
                .source
                .iter()
                .map(|&k| unaligned(vec![k], Vec::new(), kind)),
        );
        apart.extend(
            aligned
                .bead
                .target
                .iter()
                .map(|&k| unaligned(Vec::new(), vec![k], kind)),
        );
    }
    apart
}

fn positions(segments: &[Segment], kind: SegmentKind) -> Vec<usize> {
    segments
        .iter()
        .enumerate()
        .filter(|(_, segment)| aligns_in(segment) == Some(kind))
        .map(|(k, _)| k)
        .collect()
}

fn unaligned(source: Vec<usize>, target: Vec<usize>, kind: SegmentKind) -> AlignedBead {
    AlignedBead {
        bead: Bead { source, target },
        kind,
        score: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(seq: usize, kind: SegmentKind, text: &str) -> Segment {
        Segment::example(seq, kind, text, None)
    }

    type Row = (Vec<usize>, Vec<usize>, SegmentKind);
    /// what the case shows, the Indonesian and English segments, the beads expected
    type Case = (&'static str, Vec<Segment>, Vec<Segment>, Vec<Row>);

    #[test]
    fn beads_stay_in_their_sections_and_where_they_stood() {
        use SegmentKind::*;
        // (what, Indonesian, English, beads: source, target, kind)
        let cases: Vec<Case> = vec![
            (
                "sections stay apart and boilerplate never aligns",
                vec![
                    segment(0, Title, "Banjir di Jakarta, 45 rumah terendam"),
                    segment(1, Sentence, "Banjir melanda Jakarta pada Senin (6/8)."),
                    segment(
                        2,
                        Caption,
                        "Warga mengungsi dari banjir di Jakarta pada 6/8.",
                    ),
                    segment(3, Sentence, "Sebanyak 45 rumah terendam."),
                    segment(4, Boilerplate, "Baca juga: Harga beras naik"),
                ],
                vec![
                    segment(0, Title, "Floods in Jakarta, 45 homes under water"),
                    segment(1, Sentence, "Floods hit Jakarta on Monday (6/8)."),
                    segment(2, Sentence, "As many as 45 homes were flooded."),
                    segment(3, Boilerplate, "Subscribe to our newsletter"),
                ],
                vec![
                    (vec![0], vec![0], Title),
                    (vec![1], vec![1], Sentence),
                    (vec![2], vec![], Caption),
                    (vec![3], vec![2], Sentence),
                    // English boilerplate stays after the English sentence it followed
                    (vec![], vec![3], Boilerplate),
                    (vec![4], vec![], Boilerplate),
                ],
            ),
            (
                "an English-only caption stays where it stood",
                vec![
                    segment(0, Sentence, "Banjir melanda Jakarta pada 2024."),
                    segment(1, Sentence, "Sebanyak 45 rumah terendam."),
                ],
                vec![
                    segment(0, Sentence, "Floods hit Jakarta in 2024."),
                    segment(1, Caption, "Residents wade through the water."),
                    segment(2, Sentence, "As many as 45 homes were flooded."),
                ],
                vec![
                    (vec![0], vec![0], Sentence),
                    (vec![], vec![1], Caption),
                    (vec![1], vec![2], Sentence),
                ],
            ),
            (
                "a credit printed over its caption pairs with one printed under it",
                vec![
                    segment(0, Sentence, "Banjir melanda Jakarta pada 2024."),
                    segment(1, Credit, "Foto: Rangga Prawiro/Bloomberg"),
                    segment(
                        2,
                        Caption,
                        "Rak server di pusat data Batam, Kepulauan Riau, 2024.",
                    ),
                    segment(3, Sentence, "Sebanyak 45 rumah terendam."),
                ],
                vec![
                    segment(0, Sentence, "Floods hit Jakarta in 2024."),
                    segment(
                        1,
                        Caption,
                        "Server racks at a data center in Batam, Riau Islands, 2024.",
                    ),
                    segment(2, Credit, "Photographer: Rangga Prawiro/Bloomberg"),
                    segment(3, Sentence, "As many as 45 homes were flooded."),
                ],
                vec![
                    (vec![0], vec![0], Sentence),
                    (vec![1], vec![2], Credit),
                    (vec![2], vec![1], Caption),
                    (vec![3], vec![3], Sentence),
                ],
            ),
        ];
        for (what, id, en, expected) in cases {
            let beads: Vec<Row> = align_segments(&id, &en, None, &Params::default())
                .beads
                .into_iter()
                .map(|b| (b.bead.source, b.bead.target, b.kind))
                .collect();
            assert_eq!(beads, expected, "{what}");
        }
    }

    /// English sentences of a flood story with their Indonesian versions: each has its own
    /// names and numbers, so it can be an anchor without machine translation.
    const STORY: [(&str, &str); 10] = [
        (
            "Banjir melanda Jakarta pada Senin, 6 Agustus 2024.",
            "Floods hit Jakarta on Monday, 6 August 2024.",
        ),
        (
            "Gubernur Anies Baswedan mengunjungi 12 tempat pengungsian di Kampung Melayu.",
            "Governor Anies Baswedan visited 12 shelters in Kampung Melayu.",
        ),
        (
            "Sungai Ciliwung naik hingga 950 sentimeter di Katulampa.",
            "The Ciliwung river rose to 950 centimetres at Katulampa.",
        ),
        (
            "BMKG memperkirakan hujan masih turun hingga 15 Agustus.",
            "BMKG forecast more rain until 15 August.",
        ),
        (
            "PLN memutus listrik ke 3.400 rumah di Bekasi.",
            "PLN cut power to 3,400 homes in Bekasi.",
        ),
        (
            "Warga Cawang mengatakan air mencapai 2 meter dalam 40 menit.",
            "Residents of Cawang said the water reached 2 metres in 40 minutes.",
        ),
        (
            "Palang Merah mengirim 75 relawan ke Bidara Cina.",
            "The Red Cross sent 75 volunteers to Bidara Cina.",
        ),
        (
            "Sekolah di Jatinegara ditutup selama 3 hari.",
            "Schools in Jatinegara were closed for 3 days.",
        ),
        (
            "Kereta KRL dari Bogor tertunda 90 menit.",
            "KRL trains from Bogor were delayed by 90 minutes.",
        ),
        (
            "Harga cabai di Pasar Minggu naik menjadi Rp 80.000.",
            "Chilli prices at Pasar Minggu rose to Rp 80,000.",
        ),
    ];

    #[test]
    fn moved_paragraphs_and_abridged_runs_align_where_they_went() {
        type Case = (&'static str, Vec<usize>, Vec<(Vec<usize>, Vec<usize>)>);
        let one = |i: usize, j: usize| (vec![i], vec![j]);
        let skip = |j: usize| (vec![], vec![j]);
        // (what, the STORY sentences the Indonesian side has in its order (the English side has
        // all ten in order), beads in Indonesian order)
        let cases: Vec<Case> = vec![
            (
                "a paragraph from the middle put at the end of the Indonesian article",
                vec![0, 1, 2, 5, 6, 7, 8, 9, 3, 4],
                vec![
                    one(0, 0),
                    one(1, 1),
                    one(2, 2),
                    one(3, 5),
                    one(4, 6),
                    one(5, 7),
                    one(6, 8),
                    one(7, 9),
                    one(8, 3),
                    one(9, 4),
                ],
            ),
            (
                "a run of five English sentences the translation left out",
                vec![0, 1, 7, 8, 9],
                vec![
                    one(0, 0),
                    one(1, 1),
                    skip(2),
                    skip(3),
                    skip(4),
                    skip(5),
                    skip(6),
                    one(2, 7),
                    one(3, 8),
                    one(4, 9),
                ],
            ),
            (
                "both: abridged, and the last kept paragraph moved to the front",
                vec![8, 9, 0, 1, 4, 5],
                vec![
                    one(0, 8),
                    one(1, 9),
                    one(2, 0),
                    one(3, 1),
                    skip(2),
                    skip(3),
                    one(4, 4),
                    one(5, 5),
                    skip(6),
                    skip(7),
                ],
            ),
        ];
        let english: Vec<&str> = STORY.iter().map(|(_, en)| *en).collect();
        for (what, order, expected) in cases {
            let indonesian: Vec<&str> = order.iter().map(|&k| STORY[k].0).collect();
            let got: Vec<(Vec<usize>, Vec<usize>)> =
                align_sentences(&indonesian, &english, None, &Params::default())
                    .into_iter()
                    .map(|aligned| (aligned.bead.source, aligned.bead.target))
                    .collect();
            assert_eq!(got, expected, "{what}");
        }
    }

    #[test]
    fn check_table() {
        let short = ["Satu."];
        let many = ["One."; 6];
        assert_eq!(
            check(&short, &many),
            vec![Warning::LengthRatio {
                indonesian: 1,
                english: 6
            }]
        );
        assert_eq!(
            check(&[], &many),
            vec![Warning::EmptySide {
                side: Side::Indonesian,
                other: 6
            }]
        );
        let english = [
            "The president said that the government will keep working with the \
                        farmers to hold the price of rice stable in the markets.",
        ];
        let warnings = check(&english, &english);
        assert_eq!(
            warnings,
            vec![Warning::Language {
                side: Side::Indonesian,
                guess: lang::Guess::English
            }]
        );
        assert!(warnings[0].disables_mt());
    }

    #[test]
    fn without_mt_the_gloss_finds_a_sentence_the_translation_moved() {
        use SegmentKind::Sentence;
        // the English puts the third sentence last; no number or name tells it
        let indonesian = [
            "Petani di desa itu mulai menanam padi pada pekan ini.",
            "Hujan turun hampir setiap hari sejak awal bulan.",
            "Harga pupuk naik tajam dalam tiga bulan terakhir.",
            "Pemerintah berjanji akan menambah pasokan untuk petani.",
            "Warga berharap panen tahun ini lebih baik.",
        ];
        let english = [
            "Farmers in the village began planting rice this week.",
            "Rain has fallen almost every day since the start of the month.",
            "The government promised to add supplies for farmers.",
            "Residents hope this year's harvest will be better.",
            "The price of fertilizer has risen sharply in the last three months.",
        ];
        let segments = |texts: &[&str]| -> Vec<Segment> {
            texts
                .iter()
                .enumerate()
                .map(|(k, text)| segment(k, Sentence, text))
                .collect()
        };
        let (id, en) = (segments(&indonesian), segments(&english));
        let beads = |params: &Params| -> Vec<(Vec<usize>, Vec<usize>)> {
            align_segments(&id, &en, None, params)
                .beads
                .into_iter()
                .map(|b| (b.bead.source, b.bead.target))
                .collect()
        };
        let moved = (vec![2], vec![4]);
        assert!(beads(&Params::default()).contains(&moved));
        // by length alone the sentence stays where it stood
        let no_gloss = Params {
            gloss: 0.0,
            ..Params::default()
        };
        assert!(!beads(&no_gloss).contains(&moved));
        // an "MT" that left the text as it was (the echo model, a model of the other
        // direction) is no translation: it is warned of, and the gloss takes its place
        let echo: Vec<String> = indonesian.iter().map(|s| s.to_string()).collect();
        let echoed = align_segments(&id, &en, Some(&echo), &Params::default());
        assert!(echoed
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Untranslated { .. })));
        let echoed: Vec<(Vec<usize>, Vec<usize>)> = echoed
            .beads
            .into_iter()
            .map(|b| (b.bead.source, b.bead.target))
            .collect();
        assert_eq!(echoed, beads(&Params::default()));
        // beside an English MT the gloss counts at its own weight: an MT that left one
        // sentence as it was finds the move with the gloss beside it and not without
        let partial: Vec<String> = [
            english[0],
            english[1],
            indonesian[2],
            english[2],
            english[3],
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let with_mt = |params: &Params| -> Vec<(Vec<usize>, Vec<usize>)> {
            let aligned = align_segments(&id, &en, Some(&partial), params);
            assert!(aligned.warnings.is_empty(), "{:?}", aligned.warnings);
            aligned
                .beads
                .into_iter()
                .map(|b| (b.bead.source, b.bead.target))
                .collect()
        };
        assert!(with_mt(&Params::default()).contains(&moved));
        let alone = Params {
            gloss_with_mt: 0.0,
            ..Params::default()
        };
        assert!(!with_mt(&alone).contains(&moved));
    }
}
