//! Corpus runs: many articles through segmentation, translation and one writer.
//!
//! Promises: pairs come out in input order; a bad input is reported and the others still
//! written (or the run stops, with `--strict`); a file output appears only when the run
//! ends; and with `--resume`, a journal of finished documents next to the output lets a run
//! killed at any point (Ctrl-C, `kill -9`) continue and produce the same bytes as a run that
//! was never interrupted, because the output is always rendered whole from the journal.
use crate::input::Source;
use crate::pairs::Pair;
use crate::segment::{segment_article, Segment};
use crate::sentences::Lang;
use crate::translate::pipeline::{counted, Pipeline, Summary};
use crate::translate::Translate;
use crate::writers::{self, Destination, Format, PairWriter};
use anyhow::Context;
use std::collections::HashSet;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// How a corpus run behaves; the CLI fills it from its flags.
#[derive(Clone, Debug)]
pub struct CorpusOptions {
    pub format: Format,
    pub destination: Destination,
    pub lossy: bool,
    pub resume: bool,
    pub strict: bool,
    pub dedup_pairs: bool,
    /// leave out the pairs kept verbatim (credits, editor initials, untranslated segments)
    pub translated_only: bool,
    pub quiet: bool,
    pub max_input_tokens: usize,
}

/// Documents are translated together until they hold this many segments, so that batches
/// fill up across short articles while output still streams.
const GROUP_SEGMENTS: usize = 64;

/// One planned input: a source to read, or the reason it cannot be (reported in its turn, so
/// one bad path does not stop a corpus).
pub type Planned = Result<Source, crate::error::Error>;

/// The inputs named on the command line and in a manifest, directories expanded, in order.
/// No inputs at all means standard input.
pub fn collect_inputs(args: &[PathBuf], manifest: Option<&Path>) -> anyhow::Result<Vec<Planned>> {
    let mut paths: Vec<PathBuf> = args.to_vec();
    if let Some(manifest) = manifest {
        let text =
            std::fs::read_to_string(manifest).map_err(|err| crate::error::Error::BadInput {
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

/// Translates every input and writes the pairs; returns the exit code (0, or 2 when some
/// input could not be read).
pub fn translate_corpus(
    inputs: &[Planned],
    backend: &mut dyn Translate,
    options: &CorpusOptions,
) -> anyhow::Result<i32> {
    let ids = document_ids(inputs);
    let journal = match (&options.destination, options.resume) {
        (Destination::Path(path), true) => Some(Journal::open(path)?),
        _ => None,
    };
    let mut writer = writers::create(
        options.format,
        &options.destination,
        &writers::Options::default(),
    )
    .with_context(|| format!("opening the {} output", options.format))?;
    writer.begin()?;
    let mut run = Run {
        pipeline: Pipeline::new(backend, Some(options.max_input_tokens)),
        writer,
        journal,
        progress: Progress::new(inputs.len(), options.quiet),
        dedup_pairs: options.dedup_pairs,
        translated_only: options.translated_only,
        emitted: HashSet::new(),
        group: Vec::new(),
        group_segments: 0,
        resumed: Summary::default(),
    };
    let mut failures: Vec<anyhow::Error> = Vec::new();

    for (input, id) in inputs.iter().zip(&ids) {
        crate::interrupt::check()?;
        if let Some(pairs) = run.journal.as_mut().and_then(|j| j.take_finished(id)) {
            run.replay(pairs)?;
            continue;
        }
        let read = match input {
            Ok(source) => crate::input::read_source(source, options.lossy),
            Err(err) => Err(err.clone()),
        };
        let mut article = match read {
            Ok(article) => article,
            // One input, or --strict: the error is the run's error, and nothing is written.
            Err(err) if options.strict || inputs.len() == 1 => return Err(err.into()),
            Err(err) => {
                if !options.quiet {
                    run.progress.suspend(|| eprintln!("selaras: error: {err}"));
                }
                failures.push(err.into());
                continue;
            }
        };
        article.id = id.clone();
        run.add(article.id.clone(), segment_article(&article, Lang::Id))?;
    }
    run.flush()?;
    run.progress.finish();

    if failures.len() == inputs.len() {
        // Nothing could be read (each input was reported above): no output at all.
        return Err(crate::error::Error::Usage(format!(
            "none of the {} inputs could be read",
            failures.len()
        ))
        .into());
    }
    run.writer.finish()?;
    if let Some(journal) = run.journal {
        if failures.is_empty() {
            journal.remove()?;
        }
    }
    if !options.quiet {
        let mut summary = run.pipeline.summary.clone();
        summary.documents += run.resumed.documents;
        summary.sentences += run.resumed.sentences;
        let failed = if failures.is_empty() {
            String::new()
        } else {
            format!(", {} failed", counted(failures.len(), "input", "inputs"))
        };
        eprintln!("selaras: {summary}{failed}");
    }
    Ok(if failures.is_empty() { 0 } else { 2 })
}

/// The state of one corpus run: documents wait in a group until it is big enough to
/// translate together, then go to the journal and the writer in input order.
struct Run<'b> {
    pipeline: Pipeline<'b>,
    writer: Box<dyn PairWriter>,
    journal: Option<Journal>,
    progress: Progress,
    dedup_pairs: bool,
    translated_only: bool,
    /// (source, target) of every pair written, for `--dedup-pairs`
    emitted: HashSet<(String, String)>,
    group: Vec<(String, Vec<Segment>)>,
    group_segments: usize,
    /// documents taken from the journal instead of translated
    resumed: Summary,
}

impl Run<'_> {
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
        self.progress.advance(1, pairs.len());
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
        for (id, pairs) in ids.iter().zip(&translated) {
            if let Some(journal) = self.journal.as_mut() {
                journal.record(id, pairs)?;
            }
            self.emit(pairs)?;
        }
        let written = translated.iter().map(Vec::len).sum();
        self.progress.advance(translated.len(), written);
        Ok(())
    }

    fn emit(&mut self, pairs: &[Pair]) -> anyhow::Result<()> {
        for pair in pairs {
            let verbatim = pair.segment.as_ref().is_some_and(|s| !s.translate);
            if self.translated_only && verbatim {
                continue;
            }
            if self.dedup_pairs
                && !self
                    .emitted
                    .insert((pair.source.clone(), pair.target.clone()))
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
    fn path_for(output: &Path) -> PathBuf {
        let mut name = output.file_name().unwrap_or_default().to_os_string();
        name.push(".selaras-journal");
        output.with_file_name(name)
    }

    fn open(output: &Path) -> anyhow::Result<Journal> {
        let path = Self::path_for(output);
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

/// A progress bar on stderr, only when stderr is a terminal and the run is not quiet.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    sentences: std::cell::Cell<usize>,
}

/// A run that stops early (an error, Ctrl-C) leaves the bar where it stood, on its own line,
/// so the error message that follows starts on the next one.
impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.as_ref().filter(|bar| !bar.is_finished()) {
            bar.abandon();
        }
    }
}

impl Progress {
    fn new(documents: usize, quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(documents as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} documents · {msg} · ETA {eta}",
                )
                .expect("a valid progress template"),
            );
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            sentences: 0.into(),
        }
    }

    fn advance(&self, documents: usize, sentences: usize) {
        self.sentences.set(self.sentences.get() + sentences);
        if let Some(bar) = &self.bar {
            let rate = self.sentences.get() as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{} sentences · {rate:.1}/s", self.sentences.get()));
            bar.inc(documents as u64);
        }
    }

    fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
