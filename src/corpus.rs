//! Corpus runs: many articles through segmentation, translation and one writer.
//!
//! Promises: pairs come out in input order; a bad input is reported and the others still
//! written (or the run stops, with `strict`); the writer is finished only when the run ends,
//! so a file output appears only then; and with a journal, a run killed at any point (Ctrl-C,
//! `kill -9`) continues and produces the same bytes as a run that was never interrupted,
//! because the journal holds each finished document's pairs as the JSONL records the writer
//! would get. The documents are those [`crate::documents`] reads: an article per text input,
//! a document per JSONL line, counted first for lines that recur across documents
//! ([`crate::repeated`]); finished documents count too, so a resumed run sees the same repeated
//! lines. A JSONL document is journaled under `FILE:LINE`, so a resumed run replays what an
//! earlier one finished in each file and translates from there. Nothing here prints: progress
//! and warnings go to an [`Observer`].
use crate::documents::{DocumentOptions, RunDocuments};
use crate::error::Error;
use crate::input::format::ReadOptions;
use crate::input::Source;
use crate::langid::LangId;
use crate::observe::{Event, Observer};
use crate::pairs::Pair;
use crate::repeated::DEFAULT_MIN_DOCUMENTS;
use crate::segment::{segment_article_in, Segment};
use crate::sentences::Lang;
use crate::translate::pipeline::{Pipeline, Summary};
use crate::translate::Translate;
use crate::writers::PairWriter;
use anyhow::Context;
use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// How a corpus run behaves; the default reads strictly, keeps every pair, keeps no journal, and
/// makes lines found in 3 documents of one origin boilerplate.
#[derive(Clone, Debug)]
pub struct CorpusOptions {
    /// how inputs are read: invalid UTF-8, their format, JSONL field names
    pub read: ReadOptions,
    /// whether documents in other languages than Indonesian (or Malay) are skipped
    pub lang_id: LangId,
    /// the resume journal (see [`journal_path`]); `None` runs without one
    pub journal: Option<PathBuf>,
    /// stop at the first input that cannot be read, or bad line, instead of reporting it and
    /// going on
    pub strict: bool,
    /// drop pairs whose source and target both repeat an earlier pair exactly
    pub dedup_pairs: bool,
    /// leave out the pairs kept verbatim (credits, editor initials) or that the model failed on
    pub translated_only: bool,
    /// the longest input sent to the model, in tokens (the model's own limit if smaller)
    pub max_input_tokens: Option<usize>,
    /// a line in at least this many distinct documents of one origin is boilerplate (see
    /// [`crate::repeated`]); `None` leaves repeated lines alone
    pub repeated_lines: Option<usize>,
    /// the counts of `selaras corpus scan` over the same inputs, read instead of counting
    /// (see [`crate::repeated::stats`])
    pub line_stats: Option<PathBuf>,
    /// translate only this shard's documents (see [`crate::shard`]); every document is still
    /// read, so that lines repeated across the corpus are counted over all of them
    pub shard: Option<crate::shard::Shard>,
}

impl Default for CorpusOptions {
    fn default() -> Self {
        CorpusOptions {
            read: ReadOptions::default(),
            lang_id: LangId::Auto,
            journal: None,
            strict: false,
            dedup_pairs: false,
            translated_only: false,
            max_input_tokens: None,
            repeated_lines: Some(DEFAULT_MIN_DOCUMENTS),
            line_stats: None,
            shard: None,
        }
    }
}

/// What a finished corpus run did.
#[derive(Debug, Default)]
pub struct CorpusReport {
    /// the counts, documents taken from the journal included
    pub summary: Summary,
    /// the inputs that could not be read (each was reported as [`Event::InputFailed`])
    pub failed: Vec<Error>,
    /// lines of JSONL inputs that held no document (each was reported as a warning)
    pub bad_lines: usize,
    /// documents skipped because they are not in Indonesian or Malay
    pub other_language: usize,
    /// WARC records that hold no article, by reason
    pub records_skipped: std::collections::BTreeMap<&'static str, usize>,
    /// every document written, in order: its position in the run, its key and how many pairs
    /// it has (a shard's manifest lists these)
    pub documents: Vec<crate::shard::PartDocument>,
}

/// Documents are translated together until they hold this many segments, so that batches
/// fill up across short articles while output still streams.
const GROUP_SEGMENTS: usize = 64;

/// One planned input: a source to read, or the reason it cannot be (reported in its turn, so
/// one bad path does not stop a corpus).
pub type Planned = Result<Source, Error>;

/// The inputs named on the command line and in a manifest, directories expanded, in order.
/// No inputs at all means standard input.
pub fn collect_inputs(args: &[PathBuf], manifest: Option<&Path>) -> anyhow::Result<Vec<Planned>> {
    let mut paths: Vec<PathBuf> = args.to_vec();
    if let Some(manifest) = manifest {
        let text = std::fs::read_to_string(manifest).map_err(|err| Error::BadInput {
            path: manifest.display().to_string(),
            problem: format!("cannot read the manifest: {err}"),
        })?;
        let base = manifest.parent().unwrap_or(Path::new(""));
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // Relative paths in a manifest are relative to the manifest.
            paths.push(base.join(line));
        }
    }
    if paths.is_empty() {
        return Ok(vec![Ok(Source::Stdin)]);
    }
    let mut planned = Vec::new();
    for path in &paths {
        match crate::input::expand(std::slice::from_ref(path)) {
            Ok(sources) => planned.extend(sources.into_iter().map(Ok)),
            Err(err) => planned.push(Err(err)),
        }
    }
    Ok(planned)
}

pub use crate::documents::document_ids;

/// The journal that `--resume` keeps beside an output file: `OUTPUT.selaras-journal`.
pub fn journal_path(output: &Path) -> PathBuf {
    let mut name = output.file_name().unwrap_or_default().to_os_string();
    name.push(".selaras-journal");
    output.with_file_name(name)
}

/// Translates every input and streams the pairs to `writer`: `begin`, the pairs in input
/// order, and `finish` once every readable input is done. An input that cannot be read is
/// reported to `observer` and left out (unless `strict`, or it is the only input: then it is
/// the run's error); when no input at all can be read the run fails and `finish` is not
/// called, so a file writer leaves nothing behind. The documents are those
/// [`RunDocuments`] gives: bad lines of JSONL inputs reported and skipped (the run's error
/// under `strict`), documents in other languages skipped.
pub fn translate_corpus(
    inputs: &[Planned],
    backend: &mut dyn Translate,
    writer: &mut dyn PairWriter,
    options: &CorpusOptions,
    observer: &mut dyn Observer,
) -> anyhow::Result<CorpusReport> {
    let reading = DocumentOptions {
        read: options.read.clone(),
        lang_id: options.lang_id,
        lang: Lang::Id,
        strict: options.strict,
        repeated_lines: options.repeated_lines,
        line_stats: options.line_stats.clone(),
        threads: crate::ordered::default_threads(),
    };
    let mut documents = RunDocuments::new(inputs, &reading, observer)?;
    let journal = options.journal.as_deref().map(Journal::open).transpose()?;
    writer.begin()?;
    observer.event(match documents.is_streamed() {
        true => Event::StartedStream {
            bytes: documents.bytes_total(),
        },
        false => Event::Started {
            documents: inputs.len(),
        },
    });
    let mut run = Run {
        pipeline: Pipeline::new(backend, options.max_input_tokens),
        writer,
        journal,
        observer,
        filter: PairFilter::new(options.dedup_pairs, options.translated_only),
        group: Vec::new(),
        group_segments: 0,
        resumed: Summary::default(),
        streamed: documents.is_streamed(),
        shard: options.shard,
        next_index: 0,
        written: Vec::new(),
    };
    let result = run.all(&mut documents);
    run.observer.event(Event::Finished);
    result?;
    let read = documents.finish();
    if !inputs.is_empty() && read.failed.len() == inputs.len() {
        // Nothing could be read (each input was reported): no output at all.
        return Err(Error::Usage(format!(
            "none of the {} inputs could be read",
            read.failed.len()
        ))
        .into());
    }
    run.writer.finish()?;
    if let Some(journal) = run.journal {
        if read.failed.is_empty() {
            journal.remove()?;
        }
    }
    let mut summary = run.pipeline.summary.clone();
    summary.documents += run.resumed.documents;
    summary.sentences += run.resumed.sentences;
    Ok(CorpusReport {
        summary,
        failed: read.failed,
        bad_lines: read.bad_lines,
        other_language: read.other_language,
        records_skipped: read.records_skipped,
        documents: run.written,
    })
}

/// The state of one corpus run: documents wait in a group until it is big enough to
/// translate together, then go to the journal and the writer in input order.
struct Run<'r> {
    pipeline: Pipeline<'r>,
    writer: &'r mut dyn PairWriter,
    journal: Option<Journal>,
    observer: &'r mut dyn Observer,
    filter: PairFilter,
    /// documents waiting to be translated: their position in the run, key and segments
    group: Vec<(usize, String, Vec<Segment>)>,
    group_segments: usize,
    /// documents taken from the journal instead of translated
    resumed: Summary,
    /// whether progress is counted in bytes read (see [`Event::StartedStream`])
    streamed: bool,
    shard: Option<crate::shard::Shard>,
    /// the position in the run of the next document read
    next_index: usize,
    /// the documents written so far
    written: Vec<crate::shard::PartDocument>,
}

impl Run<'_> {
    /// Segments and translates every document of the run.
    fn all(&mut self, documents: &mut RunDocuments) -> anyhow::Result<()> {
        while let Some(document) = documents.next(&mut *self.observer)? {
            crate::interrupt::check()?;
            if self.streamed {
                self.observer.event(Event::Read {
                    bytes: documents.bytes_read(),
                });
            }
            let index = self.next_index;
            self.next_index += 1;
            if self.shard.is_some_and(|shard| !shard.owns(&document.key)) {
                continue;
            }
            if let Some(pairs) = self
                .journal
                .as_mut()
                .and_then(|j| j.take_finished(&document.key))
            {
                self.replay(index, document.key, pairs)?;
                continue;
            }
            let repeated = documents.repeated(&document.origin);
            let segments = segment_article_in(&document.article, Lang::Id, repeated);
            self.add(index, document.key, segments)?;
        }
        self.flush()
    }

    /// Queues a document, translating the group once it holds enough segments.
    fn add(&mut self, index: usize, key: String, segments: Vec<Segment>) -> anyhow::Result<()> {
        self.group_segments += segments.len();
        self.group.push((index, key, segments));
        if self.group_segments >= GROUP_SEGMENTS {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes a document finished by an earlier run, after whatever is pending.
    fn replay(&mut self, index: usize, key: String, pairs: Vec<Pair>) -> anyhow::Result<()> {
        self.flush()?;
        self.resumed.documents += 1;
        self.resumed.sentences += pairs.len();
        self.emit(index, key, &pairs)?;
        self.observer.event(Event::Progress {
            documents: 1,
            sentences: pairs.len(),
        });
        Ok(())
    }

    /// Translates the pending documents, journals each, and writes their pairs.
    fn flush(&mut self) -> anyhow::Result<()> {
        if self.group.is_empty() {
            return Ok(());
        }
        crate::interrupt::check()?;
        let group = std::mem::take(&mut self.group);
        self.group_segments = 0;
        let mut places = Vec::with_capacity(group.len());
        let mut documents = Vec::with_capacity(group.len());
        for (index, key, segments) in group {
            places.push((index, key));
            documents.push(segments);
        }
        let translated = self.pipeline.translate_documents(&documents)?;
        for warning in self.pipeline.take_warnings() {
            self.observer.event(Event::Warning(&warning));
        }
        for ((index, key), pairs) in places.into_iter().zip(&translated) {
            if let Some(journal) = self.journal.as_mut() {
                journal.record(&key, pairs)?;
            }
            self.emit(index, key, pairs)?;
        }
        self.observer.event(Event::Progress {
            documents: translated.len(),
            sentences: translated.iter().map(Vec::len).sum(),
        });
        Ok(())
    }

    /// Writes the pairs of the document at `index` of the run, keyed `key`.
    fn emit(&mut self, index: usize, key: String, pairs: &[Pair]) -> anyhow::Result<()> {
        let mut written = 0;
        for pair in pairs {
            if !self.filter.keeps(pair) {
                continue;
            }
            self.writer.pair(pair)?;
            written += 1;
        }
        self.written.push(crate::shard::PartDocument {
            index,
            key,
            pairs: written,
        });
        Ok(())
    }
}

/// The corpus-wide filters of a run, `--translated-only` and `--dedup-pairs`, applied in
/// output order: by a run as it writes, and by a merge of shards as it streams their parts.
#[derive(Debug, Default)]
pub struct PairFilter {
    dedup_pairs: bool,
    translated_only: bool,
    /// (source, target) of every pair kept, for `--dedup-pairs`
    kept: HashSet<(String, String)>,
}

impl PairFilter {
    pub fn new(dedup_pairs: bool, translated_only: bool) -> PairFilter {
        PairFilter {
            dedup_pairs,
            translated_only,
            kept: HashSet::new(),
        }
    }

    /// Whether `pair`, coming next in output order, is written.
    pub fn keeps(&mut self, pair: &Pair) -> bool {
        if self.translated_only && !pair.is_translated() {
            return false;
        }
        !self.dedup_pairs
            || self
                .kept
                .insert((pair.source().to_string(), pair.target.clone()))
    }
}

/// The resume journal: one JSON line per finished document with all of its pairs, appended
/// and synced as each document finishes. A torn last line (the process was killed while
/// writing it) is ignored, and that document is translated again.
struct Journal {
    path: PathBuf,
    file: std::fs::File,
    finished: std::collections::HashMap<String, Vec<Pair>>,
}

/// One journal line; borrowed when written, owned when read back.
#[derive(serde::Serialize, serde::Deserialize)]
struct JournalEntry<'a> {
    doc: std::borrow::Cow<'a, str>,
    pairs: std::borrow::Cow<'a, [Pair]>,
}

impl Journal {
    fn open(path: &Path) -> anyhow::Result<Journal> {
        let path = path.to_path_buf();
        let mut finished = std::collections::HashMap::new();
        let mut good_bytes = 0u64;
        if let Ok(file) = std::fs::File::open(&path) {
            let mut reader = std::io::BufReader::new(file);
            let mut line = String::new();
            loop {
                line.clear();
                let read = reader
                    .read_line(&mut line)
                    .with_context(|| format!("reading the journal '{}'", path.display()))?;
                if read == 0 || !line.ends_with('\n') {
                    break;
                }
                match serde_json::from_str::<JournalEntry>(&line) {
                    Ok(entry) => {
                        finished.insert(entry.doc.into_owned(), entry.pairs.into_owned());
                        good_bytes += read as u64;
                    }
                    Err(_) => break,
                }
            }
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("opening the journal '{}'", path.display()))?;
        // Cut a torn last line, so new entries start on a line of their own.
        file.set_len(good_bytes)?;
        Ok(Journal {
            path,
            file,
            finished,
        })
    }

    /// The pairs of `doc` if an earlier run finished it (each document is asked for once).
    fn take_finished(&mut self, doc: &str) -> Option<Vec<Pair>> {
        self.finished.remove(doc)
    }

    fn record(&mut self, doc: &str, pairs: &[Pair]) -> anyhow::Result<()> {
        let entry = JournalEntry {
            doc: doc.into(),
            pairs: pairs.into(),
        };
        let mut line = serde_json::to_vec(&entry)?;
        line.push(b'\n');
        self.file
            .write_all(&line)
            .with_context(|| format!("writing the journal '{}'", self.path.display()))?;
        self.file.sync_data()?;
        Ok(())
    }

    fn remove(self) -> anyhow::Result<()> {
        std::fs::remove_file(&self.path)
            .with_context(|| format!("removing the journal '{}'", self.path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::SegmentKind;
    use proptest::prelude::*;

    fn scored_pair(seq: usize, score: f64) -> Pair {
        let segment = Segment::example(seq, SegmentKind::Sentence, "Harga naik.", None);
        Pair::translated(segment, "Prices rose.".into(), Some(score), Vec::new())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10))]
        /// A resumed run writes what an uninterrupted one would, so every score must come back
        /// from the journal as the very `f64` that was written: 10 journals of 100 random
        /// scores each, of every magnitude, are 1,000 values.
        #[test]
        fn scores_come_back_from_the_journal_bit_for_bit(
            scores in proptest::collection::vec(
                prop_oneof![
                    -30.0f64..0.0,
                    -1e-3f64..0.0,
                    proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL,
                ],
                100,
            )
        ) {
            let dir = tempfile::tempdir().unwrap();
            let output = journal_path(&dir.path().join("out.jsonl"));
            let pairs: Vec<Pair> =
                scores.iter().enumerate().map(|(seq, &s)| scored_pair(seq, s)).collect();
            Journal::open(&output).unwrap().record("doc", &pairs).unwrap();
            let back = Journal::open(&output).unwrap().take_finished("doc").unwrap();
            prop_assert_eq!(back.len(), scores.len());
            for (pair, &score) in back.iter().zip(&scores) {
                let read = pair.score.unwrap();
                prop_assert_eq!(read.to_bits(), score.to_bits(), "{} came back as {}", score, read);
            }
        }
    }

    #[test]
    fn the_score_that_broke_resume_round_trips() {
        // serde_json's default parser read this back as -9.407043398823588e-05.
        let score = -9.407043398823589e-05;
        let dir = tempfile::tempdir().unwrap();
        let output = journal_path(&dir.path().join("out.jsonl"));
        Journal::open(&output)
            .unwrap()
            .record("doc", &[scored_pair(0, score)])
            .unwrap();
        let back = Journal::open(&output)
            .unwrap()
            .take_finished("doc")
            .unwrap();
        assert_eq!(back[0].score.unwrap().to_bits(), score.to_bits());
    }
}
