//! Corpus runs: many articles through segmentation, translation and one writer.
//!
//! Promises: pairs come out in input order; a bad input is reported and the others still
//! written (or the run stops, with `strict`); the writer is finished only when the run ends,
//! so a file output appears only then; and with a journal, a run killed at any point (Ctrl-C,
//! `kill -9`) continues and produces the same bytes as a run that was never interrupted,
//! because the journal holds each finished document's pairs as the JSONL records the writer
//! would get. Before anything is segmented, every input is read once to count the lines that
//! recur across documents ([`crate::repeated`]); finished documents count too, so a resumed run
//! sees the same repeated lines. Nothing here prints: progress and warnings go to an
//! [`Observer`].
use crate::error::Error;
use crate::input::{Article, Source};
use crate::observe::{Event, Observer};
use crate::pairs::Pair;
use crate::repeated::{CorpusLines, LineCensus, Origin, DEFAULT_MIN_DOCUMENTS};
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
    /// replace invalid UTF-8 with U+FFFD instead of refusing the input
    pub lossy: bool,
    /// the resume journal (see [`journal_path`]); `None` runs without one
    pub journal: Option<PathBuf>,
    /// stop at the first input that cannot be read instead of reporting it and going on
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
}

impl Default for CorpusOptions {
    fn default() -> Self {
        CorpusOptions {
            lossy: false,
            journal: None,
            strict: false,
            dedup_pairs: false,
            translated_only: false,
            max_input_tokens: None,
            repeated_lines: Some(DEFAULT_MIN_DOCUMENTS),
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

/// Gives every input a document id, its file stem, made unique with `-2`, `-3`, … .
pub fn document_ids(inputs: &[Planned]) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    inputs
        .iter()
        .map(|input| {
            let stem = match input {
                Ok(source) => source.doc_id(),
                Err(_) => "unreadable".to_string(),
            };
            let mut id = stem.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{stem}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}

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
/// called, so a file writer leaves nothing behind.
pub fn translate_corpus(
    inputs: &[Planned],
    backend: &mut dyn Translate,
    writer: &mut dyn PairWriter,
    options: &CorpusOptions,
    observer: &mut dyn Observer,
) -> anyhow::Result<CorpusReport> {
    let ids = document_ids(inputs);
    let scan = scan_inputs(inputs, options, observer)?;
    let journal = options.journal.as_deref().map(Journal::open).transpose()?;
    writer.begin()?;
    observer.event(Event::Started {
        documents: inputs.len(),
    });
    let mut run = Run {
        pipeline: Pipeline::new(backend, options.max_input_tokens),
        writer,
        journal,
        observer,
        dedup_pairs: options.dedup_pairs,
        translated_only: options.translated_only,
        emitted: HashSet::new(),
        group: Vec::new(),
        group_segments: 0,
        resumed: Summary::default(),
        repeated: scan.lines,
        stdin: scan.stdin,
    };
    let result = run.all(inputs, &ids, options);
    run.observer.event(Event::Finished);
    let failed = result?;
    if failed.len() == inputs.len() {
        // Nothing could be read (each input was reported): no output at all.
        return Err(
            Error::Usage(format!("none of the {} inputs could be read", failed.len())).into(),
        );
    }
    run.writer.finish()?;
    if let Some(journal) = run.journal {
        if failed.is_empty() {
            journal.remove()?;
        }
    }
    let mut summary = run.pipeline.summary.clone();
    summary.documents += run.resumed.documents;
    summary.sentences += run.resumed.sentences;
    Ok(CorpusReport { summary, failed })
}

/// The state of one corpus run: documents wait in a group until it is big enough to
/// translate together, then go to the journal and the writer in input order.
struct Run<'r> {
    pipeline: Pipeline<'r>,
    writer: &'r mut dyn PairWriter,
    journal: Option<Journal>,
    observer: &'r mut dyn Observer,
    dedup_pairs: bool,
    translated_only: bool,
    /// (source, target) of every pair written, for `--dedup-pairs`
    emitted: HashSet<(String, String)>,
    group: Vec<(String, Vec<Segment>)>,
    group_segments: usize,
    /// documents taken from the journal instead of translated
    resumed: Summary,
    /// the lines repeated across the documents of each origin
    repeated: CorpusLines,
    /// standard input as the scan read it, by input index: it cannot be read twice
    stdin: Vec<(usize, Result<Article, Error>)>,
}

/// What [`scan_inputs`] found.
struct Scan {
    lines: CorpusLines,
    stdin: Vec<(usize, Result<Article, Error>)>,
}

/// Reads every input once and counts its lines, finished documents of a resumed run included,
/// so that a resumed run segments as an uninterrupted one. Inputs that cannot be read are left
/// out here and reported in their turn. Skipped when the scan is off or there are fewer inputs
/// than the threshold: then no line can be repeated.
fn scan_inputs(
    inputs: &[Planned],
    options: &CorpusOptions,
    observer: &mut dyn Observer,
) -> anyhow::Result<Scan> {
    let mut stdin = Vec::new();
    let min_documents = match options.repeated_lines {
        Some(n) if inputs.len() >= n.max(2) => n,
        _ => {
            return Ok(Scan {
                lines: CorpusLines::default(),
                stdin,
            })
        }
    };
    observer.event(Event::Status(&format!(
        "counting repeated lines in {} inputs",
        inputs.len()
    )));
    let mut census = LineCensus::new(min_documents);
    for (index, input) in inputs.iter().enumerate() {
        crate::interrupt::check()?;
        let Ok(source) = input else { continue };
        let read = crate::input::read_source(source, options.lossy);
        if let Ok(article) = &read {
            census.add(&Origin::of(source), &article.text);
        }
        if *source == Source::Stdin {
            stdin.push((index, read));
        }
    }
    Ok(Scan {
        lines: census.finish(),
        stdin,
    })
}

impl Run<'_> {
    /// Reads, segments and translates every input; returns the inputs that could not be read.
    fn all(
        &mut self,
        inputs: &[Planned],
        ids: &[String],
        options: &CorpusOptions,
    ) -> anyhow::Result<Vec<Error>> {
        let mut failed = Vec::new();
        for (index, (input, id)) in inputs.iter().zip(ids).enumerate() {
            crate::interrupt::check()?;
            if let Some(pairs) = self.journal.as_mut().and_then(|j| j.take_finished(id)) {
                self.replay(pairs)?;
                continue;
            }
            let scanned = match self.stdin.iter().position(|(at, _)| *at == index) {
                Some(at) => Some(self.stdin.swap_remove(at).1),
                None => None,
            };
            let read = match (input, scanned) {
                (_, Some(read)) => read,
                (Ok(source), None) => crate::input::read_source(source, options.lossy),
                (Err(err), None) => Err(err.clone()),
            };
            let mut article = match read {
                Ok(article) => article,
                // One input, or --strict: the error is the run's error, and nothing is written.
                Err(err) if options.strict || inputs.len() == 1 => return Err(err.into()),
                Err(err) => {
                    self.observer.event(Event::InputFailed(&err.to_string()));
                    failed.push(err);
                    continue;
                }
            };
            article.id = id.clone();
            let origin = match input {
                Ok(source) => Origin::of(source),
                Err(_) => Origin::Run,
            };
            let segments = segment_article_in(&article, Lang::Id, self.repeated.of(&origin));
            self.add(article.id.clone(), segments)?;
        }
        self.flush()?;
        Ok(failed)
    }

    /// Queues a document, translating the group once it holds enough segments.
    fn add(&mut self, id: String, segments: Vec<Segment>) -> anyhow::Result<()> {
        self.group_segments += segments.len();
        self.group.push((id, segments));
        if self.group_segments >= GROUP_SEGMENTS {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes a document finished by an earlier run, after whatever is pending.
    fn replay(&mut self, pairs: Vec<Pair>) -> anyhow::Result<()> {
        self.flush()?;
        self.resumed.documents += 1;
        self.resumed.sentences += pairs.len();
        self.emit(&pairs)?;
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
        let (ids, documents): (Vec<String>, Vec<Vec<Segment>>) = group.into_iter().unzip();
        let translated = self.pipeline.translate_documents(&documents)?;
        for warning in self.pipeline.take_warnings() {
            self.observer.event(Event::Warning(&warning));
        }
        for (id, pairs) in ids.iter().zip(&translated) {
            if let Some(journal) = self.journal.as_mut() {
                journal.record(id, pairs)?;
            }
            self.emit(pairs)?;
        }
        self.observer.event(Event::Progress {
            documents: translated.len(),
            sentences: translated.iter().map(Vec::len).sum(),
        });
        Ok(())
    }

    fn emit(&mut self, pairs: &[Pair]) -> anyhow::Result<()> {
        for pair in pairs {
            if self.translated_only && !pair.is_translated() {
                continue;
            }
            if self.dedup_pairs
                && !self
                    .emitted
                    .insert((pair.source().to_string(), pair.target.clone()))
            {
                continue;
            }
            self.writer.pair(pair)?;
        }
        Ok(())
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
