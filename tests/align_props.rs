//! Property tests of the aligner's promise: every sentence of both inputs appears in exactly one
//! bead, in source order, beads use only the allowed shapes, and sections never mix. Inputs include
//! empty sides and sides of very different lengths.
use proptest::prelude::*;
use selaras::align::{align_segments, align_sentences, search::SHAPES, Params};
use selaras::segment::{Segment, SegmentKind};
use selaras::span::Span;

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{0,60}",
        "[a-z]{1,8}( [a-z0-9]{1,8}){0,20}\\.",
        Just(String::new()),
        "[0-9., ]{1,12}",
        "\\PC{0,40}",
    ]
}

fn side(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 0..max)
}

fn check_cover(beads: &[selaras::align::AlignedBead], n: usize, m: usize) {
    let (mut source, mut target) = (Vec::new(), Vec::new());
    for aligned in beads {
        let shape = (aligned.bead.source.len(), aligned.bead.target.len());
        assert!(SHAPES.contains(&shape), "shape {shape:?}");
        source.extend(aligned.bead.source.iter().copied());
        target.extend(aligned.bead.target.iter().copied());
        assert_eq!(aligned.score.is_none(), aligned.is_unaligned());
    }
    // beads are in source order; a moved block's targets stand where its sources are, so the
    // targets are each there once but not necessarily in order
    assert_eq!(source, (0..n).collect::<Vec<_>>());
    target.sort_unstable();
    assert_eq!(target, (0..m).collect::<Vec<_>>());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_sentence_in_exactly_one_bead(source in side(30), target in side(30), mt in any::<bool>()) {
        let s: Vec<&str> = source.iter().map(String::as_str).collect();
        let t: Vec<&str> = target.iter().map(String::as_str).collect();
        let translations: Vec<&str> = t.iter().rev().copied().chain(std::iter::repeat("x")).take(s.len()).collect();
        let beads = align_sentences(&s, &t, mt.then_some(translations.as_slice()), &Params::default());
        check_cover(&beads, s.len(), t.len());
    }

    #[test]
    fn very_different_lengths_lose_nothing(short in side(4), factor in 5usize..12) {
        let long: Vec<String> = (0..short.len() * factor + 1).map(|k| format!("kalimat {k} panjang sekali")).collect();
        let s: Vec<&str> = short.iter().map(String::as_str).collect();
        let l: Vec<&str> = long.iter().map(String::as_str).collect();
        check_cover(&align_sentences(&s, &l, None, &Params::default()), s.len(), l.len());
        check_cover(&align_sentences(&l, &s, None, &Params::default()), l.len(), s.len());
    }

    #[test]
    fn sections_never_mix_and_cover_both_sides(
        id in prop::collection::vec((0usize..6, sentence()), 0..25),
        en in prop::collection::vec((0usize..6, sentence()), 0..25),
    ) {
        let segments = |items: &[(usize, String)]| -> Vec<Segment> {
            items.iter().enumerate().map(|(seq, (kind, text))| Segment {
                doc: "p".into(),
                block: seq,
                seq,
                kind: KINDS[*kind],
                text: text.clone(),
                span: Span::new(0, text.len()),
                in_quote: false,
                duplicate_of: None,
                translate: true,
            }).collect()
        };
        let (id, en) = (segments(&id), segments(&en));
        let alignment = align_segments(&id, &en, None, &Params::default());
        let (mut source, mut target) = (Vec::new(), Vec::new());
        for aligned in &alignment.beads {
            let kinds: Vec<SegmentKind> = aligned.bead.source.iter().map(|&k| id[k].kind)
                .chain(aligned.bead.target.iter().map(|&k| en[k].kind)).map(section).collect();
            prop_assert!(kinds.windows(2).all(|w| w[0] == w[1]), "mixed sections {kinds:?}");
            if kinds[0] == SegmentKind::Boilerplate {
                prop_assert!(aligned.is_unaligned());
            }
            source.extend(aligned.bead.source.iter().copied());
            target.extend(aligned.bead.target.iter().copied());
        }
        source.sort_unstable();
        target.sort_unstable();
        prop_assert_eq!(source, (0..id.len()).collect::<Vec<_>>());
        prop_assert_eq!(target, (0..en.len()).collect::<Vec<_>>());
        // within a section, source indices increase bead after bead
        for kind in [SegmentKind::Title, SegmentKind::Sentence, SegmentKind::Caption, SegmentKind::Meta] {
            let order: Vec<usize> = alignment.beads.iter()
                .filter(|b| b.bead.source.first().is_some_and(|&k| section(id[k].kind) == kind))
                .flat_map(|b| b.bead.source.clone()).collect();
            prop_assert!(order.windows(2).all(|w| w[0] < w[1]));
        }
    }
}

/// Names for the generated story sentences: each sentence has its own name (four letters or
/// more, so that it is a name anchor) and number.
const NAMES: [&str; 20] = [
    "Agustina",
    "Bambang",
    "Cahyono",
    "Darmawan",
    "Erlangga",
    "Fransiska",
    "Gunawan",
    "Hendrik",
    "Indriani",
    "Jumadi",
    "Kartika",
    "Lestari",
    "Mulyadi",
    "Nugroho",
    "Oktavia",
    "Prasetyo",
    "Rahmat",
    "Suharto",
    "Taufik",
    "Utami",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// A paragraph of the English story that the Indonesian version puts at its end is aligned
    /// where it went, the rest stays 1-1, and every sentence is still in exactly one bead.
    #[test]
    fn a_moved_paragraph_is_aligned_where_it_went(
        n in 8usize..20,
        start_at in 0.15f64..0.6,
        len in 2usize..4,
    ) {
        let start = ((n as f64 * start_at) as usize).max(1);
        let len = len.min(n - start - 2);
        let english: Vec<String> = (0..n)
            .map(|k| format!("{} brought {} boxes to the market.", NAMES[k], 1000 + 37 * k))
            .collect();
        let order: Vec<usize> = (0..start).chain(start + len..n).chain(start..start + len).collect();
        let indonesian: Vec<String> = order
            .iter()
            .map(|&k| format!("{} membawa {} kotak ke pasar.", NAMES[k], 1000 + 37 * k))
            .collect();
        let s: Vec<&str> = indonesian.iter().map(String::as_str).collect();
        let t: Vec<&str> = english.iter().map(String::as_str).collect();
        let beads = align_sentences(&s, &t, None, &Params::default());
        check_cover(&beads, n, n);
        let got: Vec<(Vec<usize>, Vec<usize>)> =
            beads.into_iter().map(|b| (b.bead.source, b.bead.target)).collect();
        let expected: Vec<(Vec<usize>, Vec<usize>)> =
            order.iter().enumerate().map(|(i, &j)| (vec![i], vec![j])).collect();
        prop_assert_eq!(got, expected);
    }
}

const KINDS: [SegmentKind; 6] = [
    SegmentKind::Title,
    SegmentKind::Sentence,
    SegmentKind::Caption,
    SegmentKind::Credit,
    SegmentKind::Meta,
    SegmentKind::Boilerplate,
];

/// The section a kind aligns in (credits go with captions).
fn section(kind: SegmentKind) -> SegmentKind {
    match kind {
        SegmentKind::Credit => SegmentKind::Caption,
        other => other,
    }
}
