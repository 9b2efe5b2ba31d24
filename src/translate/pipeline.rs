//! From segments to pairs: what goes to the model, and how its answers come back.
//!
//! Promises: every non-boilerplate segment yields exactly one pair, in document order; a
//! source text is sent to the model once per run (duplicates and repeats across articles
//! reuse it); quotation marks are stripped before translation and put back around the
//! English; nothing longer than the model's input limit is sent, and nothing is truncated. A
//! batch the model fails on is retried sentence by sentence, and a sentence that fails alone
//! is kept untranslated and flagged `model_error`, so one bad sentence never stops a run.
use super::{Translate, Translation};
use crate::pairs::{Flag, Pair};
use crate::segment::{Segment, SegmentKind};
use std::collections::HashMap;

/// Counts for the summary printed at the end of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    /// segments written as pairs
    pub sentences: usize,
    /// distinct source texts sent to the model
    pub translated: usize,
    /// pairs whose translation was reused (a duplicate, or a text already translated)
    pub duplicates_reused: usize,
    /// credits and editor initials kept verbatim
    pub verbatim: usize,
    pub boilerplate_dropped: usize,
    /// pairs with at least one flag
    pub flagged: usize,
    /// segments the model failed on even alone (flagged `model_error`)
    pub model_errors: usize,
}

/// `n` and the noun for it: "1 document", "3 documents".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}, {}, {} translated, {} reused, {} kept verbatim, {} boilerplate dropped, {} flagged",
            counted(self.documents, "document", "documents"),
            counted(self.sentences, "sentence", "sentences"),
            self.translated,
            counted(self.duplicates_reused, "duplicate", "duplicates"),
            self.verbatim,
            self.boilerplate_dropped,
            self.flagged
        )?;
        if self.model_errors > 0 {
            write!(
                f,
                ", {}",
                counted(self.model_errors, "model error", "model errors")
            )?;
        }
        Ok(())
    }
}

/// Translates documents of segments into pairs through a [`Translate`] backend, remembering
/// every translation for the rest of the run.
pub struct Pipeline<'b> {
    backend: &'b mut dyn Translate,
    /// source core text → its translation; the corpus-wide reuse of repeated sentences
    memory: HashMap<String, Translation>,
    /// source texts the model failed on even alone, with its error
    failed: HashMap<String, String>,
    max_input_tokens: usize,
    pub summary: Summary,
    /// what went wrong without stopping the run (a sentence the model failed on), for the
    /// caller to report; drained with [`Pipeline::take_warnings`]
    warnings: Vec<String>,
}

/// One source text prepared for the model: its quotation marks set aside, split into chunks
/// that fit the model.
struct Prepared<'s> {
    quoted: Quoted<'s>,
    chunks: Vec<&'s str>,
}

impl<'b> Pipeline<'b> {
    /// `max_input_tokens` caps the backend's own limit (`--max-input-tokens`).
    pub fn new(backend: &'b mut dyn Translate, max_input_tokens: Option<usize>) -> Self {
        let limit = backend.max_input_tokens();
        let max_input_tokens = max_input_tokens.map_or(limit, |cap| cap.min(limit)).max(1);
        Pipeline {
            backend,
            memory: HashMap::new(),
            failed: HashMap::new(),
            max_input_tokens,
            summary: Summary::default(),
            warnings: Vec::new(),
        }
    }

    /// The warnings gathered since the last call.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Translates several documents at once (so batches fill up across short articles) and
    /// returns each document's pairs, in the order given.
    pub fn translate_documents(
        &mut self,
        documents: &[Vec<Segment>],
    ) -> anyhow::Result<Vec<Vec<Pair>>> {
        // 1. Prepare every segment the model should see, once per distinct text.
        let mut prepared: Vec<Vec<Option<Prepared>>> = Vec::with_capacity(documents.len());
        let mut wanted: Vec<&str> = Vec::new();
        let mut wanted_set: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for segments in documents {
            let mut doc_prepared = Vec::with_capacity(segments.len());
            for segment in segments {
                let item = if segment.translate && segment.duplicate_of.is_none() {
                    let quoted = Quoted::split(&segment.text);
                    let chunks = split_to_fit(quoted.core, self.max_input_tokens, &*self.backend)?;
                    let mut known = true;
                    for chunk in &chunks {
                        let seen =
                            self.memory.contains_key(*chunk) || self.failed.contains_key(*chunk);
                        if !seen && wanted_set.insert(chunk) {
                            wanted.push(chunk);
                            known = false;
                        }
                    }
                    if known {
                        // Already translated in this run: reuse it.
                        self.summary.duplicates_reused += 1;
                    }
                    Some(Prepared { quoted, chunks })
                } else {
                    None
                };
                doc_prepared.push(item);
            }
            prepared.push(doc_prepared);
        }
        // 2. One call for everything new; the backend batches and maps back by index.
        let fresh = self.translate_or_retry(&wanted)?;
        self.summary.translated += wanted.len();
        for (source, translation) in wanted.iter().zip(fresh) {
            match translation {
                Ok(translation) => {
                    self.memory.insert(source.to_string(), translation);
                }
                Err(error) => {
                    self.failed.insert(source.to_string(), error);
                }
            }
        }
        // 3. Pairs in document order.
        let mut output = Vec::with_capacity(documents.len());
        for (segments, doc_prepared) in documents.iter().zip(&prepared) {
            self.summary.documents += 1;
            let mut pairs: Vec<Pair> = Vec::with_capacity(segments.len());
            // seq → (index of its pair, whether the model translated it)
            let mut by_seq: HashMap<usize, (usize, bool)> = HashMap::new();
            for (segment, item) in segments.iter().zip(doc_prepared) {
                if segment.kind == SegmentKind::Boilerplate {
                    self.summary.boilerplate_dropped += 1;
                    continue;
                }
                let translated = item.is_some();
                let original = segment.duplicate_of.and_then(|first| by_seq.get(&first));
                let (target, score, mut flags) = match (item, original) {
                    (Some(prep), _) => match self.failure(prep).map(str::to_string) {
                        Some(error) => {
                            self.summary.model_errors += 1;
                            self.warnings.push(format!(
                                "'{}' segment {}: the model failed on it ({error}): kept \
                                 untranslated and flagged model_error",
                                segment.doc, segment.seq
                            ));
                            (String::new(), None, vec![Flag::ModelError])
                        }
                        None => {
                            if prep.chunks.len() > 1 {
                                self.warnings.push(format!(
                                    "'{}' segment {}: longer than the model's input limit of {} \
                                     tokens: translated in {} pieces and flagged split_long",
                                    segment.doc,
                                    segment.seq,
                                    self.max_input_tokens,
                                    prep.chunks.len()
                                ));
                            }
                            self.assemble(prep)
                        }
                    },
                    // A repeat of a translated segment reuses its translation.
                    (None, Some(&(index, true))) => {
                        self.summary.duplicates_reused += 1;
                        let original: &Pair = &pairs[index];
                        (
                            original.target.clone(),
                            original.score,
                            original.flags.clone(),
                        )
                    }
                    (None, _) => {
                        self.summary.verbatim += 1;
                        (segment.text.clone(), None, Vec::new())
                    }
                };
                flags.sort();
                flags.dedup();
                if !flags.is_empty() {
                    self.summary.flagged += 1;
                }
                by_seq.insert(segment.seq, (pairs.len(), translated));
                pairs.push(Pair::translated(segment.clone(), target, score, flags));
            }
            self.summary.sentences += pairs.len();
            output.push(pairs);
        }
        Ok(output)
    }

    /// Translates `sources`, one result each. When the model fails on the whole call, every
    /// source is tried alone, so one sentence it cannot take does not cost the others; an
    /// interruption (Ctrl-C) is never retried.
    fn translate_or_retry(
        &mut self,
        sources: &[&str],
    ) -> anyhow::Result<Vec<Result<Translation, String>>> {
        if sources.is_empty() {
            return Ok(Vec::new());
        }
        let error = match self.backend.translate(sources) {
            Ok(translations) => {
                anyhow::ensure!(
                    translations.len() == sources.len(),
                    "the model returned {} translations for {} sources",
                    translations.len(),
                    sources.len()
                );
                return Ok(translations.into_iter().map(Ok).collect());
            }
            Err(error) => error,
        };
        if crate::error::Error::is_interruption(&error) {
            return Err(error);
        }
        if sources.len() == 1 {
            return Ok(vec![Err(one_line(&error))]);
        }
        let mut results = Vec::with_capacity(sources.len());
        for source in sources {
            results.extend(self.translate_or_retry(std::slice::from_ref(source))?);
        }
        Ok(results)
    }

    /// Why the model failed on a chunk of this segment, if it did.
    fn failure(&self, prep: &Prepared) -> Option<&str> {
        prep.chunks
            .iter()
            .find_map(|chunk| self.failed.get(*chunk).map(String::as_str))
    }

    /// The English for one prepared segment: chunks joined, quotation marks put back, flags.
    fn assemble(&self, prep: &Prepared) -> (String, Option<f64>, Vec<Flag>) {
        let mut english = String::new();
        let mut score_sum = 0.0;
        let mut scored = 0usize;
        for chunk in &prep.chunks {
            let translation = &self.memory[*chunk];
            if !english.is_empty() && !translation.text.is_empty() {
                english.push(' ');
            }
            english.push_str(translation.text.trim());
            if let Some(score) = translation.score {
                score_sum += score;
                scored += 1;
            }
        }
        let score = (scored > 0).then(|| score_sum / scored as f64);
        let mut flags = suspicious(prep.quoted.core, &english);
        if prep.chunks.len() > 1 {
            flags.push(Flag::SplitLong);
        }
        (prep.quoted.rewrap(&english), score, flags)
    }
}

/// Quotation marks that open or close a whole sentence, set aside during translation.
#[derive(Debug, PartialEq, Eq)]
struct Quoted<'s> {
    open: &'s str,
    core: &'s str,
    close: &'s str,
}

/// Marks that may open a quotation, and marks that may close one (straight marks do both).
const OPENING_MARKS: &[char] = &['“', '"', '‘', '\'', '«', '„'];
const CLOSING_MARKS: &[char] = &['”', '"', '’', '\'', '»', '“'];

impl<'s> Quoted<'s> {
    /// Sets aside an opening mark at the start and a closing mark at the end, but only when
    /// no other quotation mark is inside: `“…,” kata X.` keeps its marks, because the
    /// closing one is mid-sentence and could not be put back in the right place.
    fn split(text: &'s str) -> Self {
        let trimmed = text.trim();
        let mut core = trimmed;
        let mut open = "";
        let mut close = "";
        if let Some(first) = core.chars().next().filter(|c| OPENING_MARKS.contains(c)) {
            open = &core[..first.len_utf8()];
            core = &core[first.len_utf8()..];
        }
        if let Some(last) = core.chars().last().filter(|c| CLOSING_MARKS.contains(c)) {
            close = &core[core.len() - last.len_utf8()..];
            core = &core[..core.len() - last.len_utf8()];
        }
        // Only double marks count inside: an apostrophe in a word ("Jum'at") is no quotation.
        let inner_quote = core
            .chars()
            .any(|c| matches!(c, '“' | '”' | '"' | '«' | '»' | '„'));
        if inner_quote || core.trim().is_empty() {
            return Quoted {
                open: "",
                core: trimmed,
                close: "",
            };
        }
        Quoted {
            open,
            core: core.trim(),
            close,
        }
    }

    fn rewrap(&self, english: &str) -> String {
        format!("{}{}{}", self.open, english, self.close)
    }
}

/// An error and its causes on one line.
fn one_line(error: &anyhow::Error) -> String {
    format!("{error:#}").replace('\n', " ")
}

/// Where a long sentence may be cut, best first: after clause punctuation, then at spaces.
const CLAUSE_BREAKS: &[&str] = &["; ", ": ", ", ", " – ", " — ", " - "];

/// Splits `text` into pieces of at most `limit` tokens, cutting at the clause boundary
/// nearest the middle (else a space, else any character), so no input is ever truncated.
fn split_to_fit<'s>(
    text: &'s str,
    limit: usize,
    backend: &dyn Translate,
) -> anyhow::Result<Vec<&'s str>> {
    let mut pieces = Vec::new();
    let mut stack = vec![text];
    while let Some(piece) = stack.pop() {
        if backend.count_tokens(piece)? <= limit || piece.chars().nth(1).is_none() {
            pieces.push(piece);
            continue;
        }
        let cut = best_cut(piece);
        let (left, right) = (piece[..cut].trim_end(), piece[cut..].trim_start());
        if left.is_empty() || right.is_empty() {
            pieces.push(piece);
            continue;
        }
        stack.push(right);
        stack.push(left);
    }
    Ok(pieces)
}

/// The byte offset to cut a too-long piece at.
fn best_cut(piece: &str) -> usize {
    let middle = piece.len() / 2;
    let nearest = |cuts: &mut dyn Iterator<Item = usize>| {
        cuts.filter(|&cut| cut > 0 && cut < piece.len())
            .min_by_key(|&cut| cut.abs_diff(middle))
    };
    for pattern in CLAUSE_BREAKS {
        let mut cuts = piece
            .match_indices(pattern)
            .map(|(at, found)| at + found.trim_end().len());
        if let Some(cut) = nearest(&mut cuts) {
            return cut;
        }
    }
    let mut spaces = piece.match_indices(' ').map(|(at, _)| at);
    if let Some(cut) = nearest(&mut spaces) {
        return cut;
    }
    let mut boundary = middle;
    while !piece.is_char_boundary(boundary) {
        boundary += 1;
    }
    boundary
}

/// Flags for output a reviewer should look at.
fn suspicious(source: &str, target: &str) -> Vec<Flag> {
    let mut flags = Vec::new();
    let source = source.trim();
    let target = target.trim();
    if target.is_empty() {
        flags.push(Flag::Empty);
        return flags;
    }
    if target == source && source.split_whitespace().count() >= 3 {
        flags.push(Flag::Copy);
    }
    let (source_chars, target_chars) = (source.chars().count(), target.chars().count());
    if source_chars >= 20 {
        let ratio = target_chars as f64 / source_chars as f64;
        if !(0.3..=3.0).contains(&ratio) {
            flags.push(Flag::LengthRatio);
        }
    }
    if repeats_ngram(target, 4) && !repeats_ngram(source, 4) {
        flags.push(Flag::RepeatedNgram);
    }
    flags
}

/// Whether some word n-gram occurs twice: the signature of a decoder stuck in a loop.
fn repeats_ngram(text: &str, n: usize) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut seen = std::collections::HashSet::new();
    words.windows(n).any(|gram| !seen.insert(gram))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_summary_counts_in_singular_and_plural() {
        let summary = |documents, sentences, duplicates_reused| super::Summary {
            documents,
            sentences,
            duplicates_reused,
            ..Default::default()
        };
        let one = summary(1, 1, 1);
        assert_eq!(
            one.to_string(),
            "1 document, 1 sentence, 0 translated, 1 duplicate reused, 0 kept verbatim, \
             0 boilerplate dropped, 0 flagged"
        );
        let many = summary(3, 0, 2);
        assert!(
            many.to_string()
                .starts_with("3 documents, 0 sentences, 0 translated, 2 duplicates reused"),
            "{many}"
        );
    }

    use super::*;

    /// The test backend: records each call's size and every text it was asked, and answers in
    /// uppercase. Like CTranslate2 it fails a whole call that holds a sentence with "RUSAK" (as
    /// one past the model's positions does), and every call once `interrupt` is set.
    struct Upper {
        asked: Vec<String>,
        calls: Vec<usize>,
        limit: usize,
        interrupt: bool,
        /// count a character as a token (a backend with no spaces to count)
        chars_are_tokens: bool,
    }

    impl Upper {
        fn with_limit(limit: usize) -> Self {
            Upper {
                asked: Vec::new(),
                calls: Vec::new(),
                limit,
                interrupt: false,
                chars_are_tokens: false,
            }
        }
    }

    impl Translate for Upper {
        fn translate(&mut self, sources: &[&str]) -> anyhow::Result<Vec<Translation>> {
            self.calls.push(sources.len());
            self.asked.extend(sources.iter().map(|s| s.to_string()));
            if self.interrupt {
                return Err(crate::error::Error::Interrupted { signal: 2 }.into());
            }
            if sources.iter().any(|s| s.contains("RUSAK")) {
                anyhow::bail!("No position encodings are defined for positions >= 1024");
            }
            Ok(sources
                .iter()
                .map(|s| Translation {
                    text: s.to_uppercase(),
                    score: Some(-0.5),
                })
                .collect())
        }
        fn count_tokens(&self, text: &str) -> anyhow::Result<usize> {
            Ok(if self.chars_are_tokens {
                text.chars().count()
            } else {
                text.split_whitespace().count()
            })
        }
        fn max_input_tokens(&self) -> usize {
            self.limit
        }
    }

    fn segment(seq: usize, kind: SegmentKind, text: &str, dup: Option<usize>) -> Segment {
        Segment::example(seq, kind, text, dup)
    }

    #[test]
    fn quotation_marks_are_set_aside_only_when_they_wrap_the_sentence() {
        // (sentence, open, core, close)
        let cases = [
            ("“Kami siap.”", "“", "Kami siap.", "”"),
            ("“Kami siap, kata dia.", "“", "Kami siap, kata dia.", ""),
            ("Ini yang terakhir.”", "", "Ini yang terakhir.", "”"),
            ("\"Kami siap.\"", "\"", "Kami siap.", "\""),
            // An attribution: the closing mark is mid-sentence, so both stay.
            (
                "“Kami siap,” kata kementerian tersebut.",
                "",
                "“Kami siap,” kata kementerian tersebut.",
                "",
            ),
            ("Tanpa kutipan.", "", "Tanpa kutipan.", ""),
            // An apostrophe in a word is not a quotation.
            (
                "‘Jum'at ini kami datang.’",
                "‘",
                "Jum'at ini kami datang.",
                "’",
            ),
            ("“", "", "“", ""),
        ];
        for (text, open, core, close) in cases {
            assert_eq!(Quoted::split(text), Quoted { open, core, close }, "{text}");
        }
    }

    #[test]
    fn every_segment_but_boilerplate_becomes_one_pair_in_order() {
        let doc = vec![
            segment(0, SegmentKind::Boilerplate, "Tautan-tautan Akses", None),
            segment(1, SegmentKind::Title, "Judul berita", None),
            segment(2, SegmentKind::Caption, "Menteri berpose.", None),
            segment(3, SegmentKind::Credit, "(Foto: AP)", None),
            segment(4, SegmentKind::Caption, "Menteri berpose.", Some(2)),
            segment(5, SegmentKind::Credit, "(Foto: AP)", Some(3)),
            segment(6, SegmentKind::Sentence, "“Kami siap.”", None),
            segment(7, SegmentKind::Meta, "[uh/ab]", None),
        ];
        let mut backend = Upper::with_limit(512);
        let mut pipeline = Pipeline::new(&mut backend, None);
        let pairs = pipeline.translate_documents(&[doc]).unwrap().remove(0);
        let got: Vec<(usize, &str)> = pairs.iter().map(|p| (p.seq(), p.target.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "JUDUL BERITA"),
                (2, "MENTERI BERPOSE."),
                (3, "(Foto: AP)"),
                (4, "MENTERI BERPOSE."),
                (5, "(Foto: AP)"),
                (6, "“KAMI SIAP.”"),
                (7, "[uh/ab]"),
            ]
        );
        let summary = pipeline.summary.clone();
        drop(pipeline);
        assert_eq!(
            backend.asked,
            ["Judul berita", "Menteri berpose.", "Kami siap."]
        );
        assert_eq!(summary.boilerplate_dropped, 1);
        assert_eq!(summary.translated, 3);
        assert_eq!(summary.duplicates_reused, 1);
        assert_eq!(summary.verbatim, 3);
        assert_eq!(summary.sentences, 7);
    }

    #[test]
    fn repeated_sentences_across_documents_are_translated_once() {
        let a = vec![segment(0, SegmentKind::Sentence, "Harga naik.", None)];
        let b = vec![
            segment(0, SegmentKind::Sentence, "Harga naik.", None),
            segment(1, SegmentKind::Sentence, "Harga turun.", None),
        ];
        let mut backend = Upper::with_limit(512);
        let mut pipeline = Pipeline::new(&mut backend, None);
        pipeline.translate_documents(&[a]).unwrap();
        let pairs = pipeline.translate_documents(&[b]).unwrap().remove(0);
        assert_eq!(pairs[0].target, "HARGA NAIK.");
        assert_eq!(pipeline.summary.duplicates_reused, 1);
        drop(pipeline);
        assert_eq!(backend.asked, ["Harga naik.", "Harga turun."]);
    }

    #[test]
    fn long_sentences_are_split_at_clauses_joined_and_flagged() {
        let long = "satu dua tiga, empat lima enam, tujuh delapan sembilan, sepuluh sebelas";
        let mut backend = Upper::with_limit(4);
        let mut pipeline = Pipeline::new(&mut backend, None);
        let doc = vec![segment(0, SegmentKind::Sentence, long, None)];
        let pair = pipeline
            .translate_documents(&[doc])
            .unwrap()
            .remove(0)
            .remove(0);
        assert_eq!(pair.target, long.to_uppercase());
        assert!(pair.flags.contains(&Flag::SplitLong));
        drop(pipeline);
        assert!(backend.asked.len() >= 3, "{:?}", backend.asked);
        for piece in &backend.asked {
            assert!(piece.split_whitespace().count() <= 4, "{piece}");
        }
        assert_eq!(backend.asked[0], "satu dua tiga,");
    }

    #[test]
    fn a_line_without_spaces_or_clauses_is_still_split_without_loss() {
        let chars = Upper {
            chars_are_tokens: true,
            ..Upper::with_limit(7)
        };
        let text = "aé".repeat(50);
        let pieces = split_to_fit(&text, 7, &chars).unwrap();
        assert_eq!(pieces.concat(), text);
        assert!(pieces.iter().all(|p| p.chars().count() <= 7));
    }

    #[test]
    fn a_sentence_the_model_fails_on_is_flagged_and_the_others_are_translated() {
        let docs = vec![
            vec![
                segment(0, SegmentKind::Sentence, "Harga naik.", None),
                segment(1, SegmentKind::Sentence, "Kalimat RUSAK ini.", None),
                segment(2, SegmentKind::Sentence, "Harga turun.", None),
            ],
            vec![segment(
                0,
                SegmentKind::Sentence,
                "Kalimat RUSAK ini.",
                None,
            )],
        ];
        let mut backend = Upper::with_limit(usize::MAX);
        let mut pipeline = Pipeline::new(&mut backend, None);
        let pairs = pipeline.translate_documents(&docs).unwrap();
        let got: Vec<(&str, &[Flag])> = pairs[0]
            .iter()
            .map(|p| (p.target.as_str(), p.flags.as_slice()))
            .collect();
        assert_eq!(
            got,
            [
                ("HARGA NAIK.", &[][..]),
                ("", &[Flag::ModelError][..]),
                ("HARGA TURUN.", &[][..]),
            ]
        );
        // The repeat in the second document is not sent again and fails the same way.
        assert_eq!(pairs[1][0].flags, [Flag::ModelError]);
        assert_eq!(pipeline.summary.model_errors, 2);
        let warnings = pipeline.take_warnings();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("segment 1") && warnings[0].contains("positions >= 1024"));
        assert!(pipeline.take_warnings().is_empty());
        assert!(pipeline.summary.to_string().ends_with(", 2 model errors"));
        drop(pipeline);
        // One call for all three distinct texts, then each alone.
        assert_eq!(backend.calls, [3, 1, 1, 1]);
    }

    #[test]
    fn an_interruption_is_not_retried() {
        let doc = vec![
            segment(0, SegmentKind::Sentence, "Harga naik.", None),
            segment(1, SegmentKind::Sentence, "Harga turun.", None),
        ];
        let mut backend = Upper {
            interrupt: true,
            ..Upper::with_limit(usize::MAX)
        };
        let mut pipeline = Pipeline::new(&mut backend, None);
        let err = pipeline.translate_documents(&[doc]).unwrap_err();
        assert!(crate::error::Error::is_interruption(&err));
        drop(pipeline);
        assert_eq!(backend.calls, [2]);
    }

    #[test]
    fn suspicious_output_is_flagged() {
        // (source, target, expected flags)
        let cases: &[(&str, &str, &[Flag])] = &[
            ("Harga beras naik lagi.", "Rice prices rose again.", &[]),
            ("Harga beras naik lagi.", "", &[Flag::Empty]),
            (
                "Harga beras naik lagi.",
                "Harga beras naik lagi.",
                &[Flag::Copy],
            ),
            ("G7", "G7", &[]),
            (
                "Harga beras naik lagi hari ini.",
                "Rice.",
                &[Flag::LengthRatio],
            ),
            (
                "Harga beras naik.",
                "the price of the price of the price of the price of",
                &[Flag::RepeatedNgram],
            ),
        ];
        for (source, target, expected) in cases {
            assert_eq!(suspicious(source, target), *expected, "{source} → {target}");
        }
    }
}
