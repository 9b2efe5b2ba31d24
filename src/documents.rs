//! The documents of a run, in order, from every input in its format: what `segment` and
//! `translate` both walk.
//!
//! Promises: inputs are streamed (a JSONL file is read a line at a time, twice when repeated
//! lines are counted: once to count, once to segment), so memory does not grow with the input;
//! a bad line is reported and skipped, or is the run's error under `strict`; a document not in
//! the run's language is skipped and counted (see [`crate::langid`]); an input that cannot be
//! read is reported and left out, or is the run's error (`strict`, or the only input); an input
//! whose compressed stream breaks stops the run, since what it held is in doubt.
use crate::error::Error;
use crate::input::format::{Document, Documents, Entry, InputFormat, ReadOptions};
use crate::input::{jsonl, Article, Source};
use crate::langid::{self, LangId};
use crate::observe::{Event, Observer};
use crate::repeated::{CorpusLines, DocumentKeys, LineCensus, Origin, RepeatedLines};
use crate::sentences::Lang;
use std::collections::HashSet;

/// How the documents of a run are read and chosen.
#[derive(Clone, Debug)]
pub struct DocumentOptions {
    pub read: ReadOptions,
    /// whether documents in other languages are skipped
    pub lang_id: LangId,
    /// the language of the run: documents in it are kept
    pub lang: Lang,
    /// stop at the first bad line or unreadable input instead of reporting it and going on
    pub strict: bool,
    /// a line in at least this many distinct documents of one origin is boilerplate (see
    /// [`crate::repeated`]); `None` leaves repeated lines alone
    pub repeated_lines: Option<usize>,
    /// the counts of `selaras corpus scan` over the same inputs, read instead of counting
    pub line_stats: Option<std::path::PathBuf>,
    /// threads that check the language of documents and key their lines while they are
    /// counted (see [`crate::ordered`]); the counts do not depend on them
    pub threads: usize,
}

impl DocumentOptions {
    /// The options that choose and read the documents, as `name=value` words: the counts of
    /// lines hold for another run only when these agree.
    pub fn census_options(&self) -> String {
        format!(
            "lang={:?} lang_id={:?} read={:?}",
            self.lang, self.lang_id, self.read
        )
    }

    fn format_of(&self, source: &Source) -> InputFormat {
        InputFormat::of_source(source, self.read.format)
    }

    /// Whether the documents of `source` are checked for their language.
    fn checks_language(&self, source: &Source) -> bool {
        match self.lang_id {
            LangId::On => true,
            LangId::Off => false,
            LangId::Auto => self.format_of(source).holds_many(),
        }
    }

    /// Whether `document` of `source` is in the run's language, when that is checked.
    fn wanted(&self, source: &Source, document: &Document) -> bool {
        !self.checks_language(source) || langid::is_in(&document.article.text, self.lang)
    }
}

/// What a count of the lines of a run's inputs met besides documents.
#[derive(Debug, Default)]
pub struct CensusReport {
    /// inputs that could not be opened
    pub failed: Vec<Error>,
    /// lines that held no document
    pub bad_lines: usize,
    /// documents not counted because they are in another language
    pub other_language: usize,
    /// standard input as the count read it (a text article): it cannot be read twice
    stdin: Option<Result<Article, Error>>,
    /// for each input whose documents are checked for their language, whether each of its
    /// documents is in the run's language, in order (a byte a document): the run's second pass
    /// reads them instead of asking the detector again
    verdicts: Vec<Vec<bool>>,
}

/// Counts the lines of every document of `inputs` into `census`: the pass a run makes before it
/// segments anything, and `selaras corpus scan`. Standard input holding many documents is
/// skipped with a warning (it is read once, by the run).
pub fn count_lines(
    inputs: &[Result<Source, Error>],
    options: &DocumentOptions,
    census: &mut LineCensus,
    observer: &mut dyn Observer,
) -> anyhow::Result<CensusReport> {
    // (read on this thread, the reader's part of the report; the language checked and the
    // lines keyed on the workers; counted on this thread, in the documents' order)
    let report = std::cell::RefCell::new(CensusReport {
        verdicts: vec![Vec::new(); inputs.len()],
        ..CensusReport::default()
    });
    let part = census.part();
    let mut next_input = 0;
    let mut current: Option<(usize, Documents)> = None;
    // (a document with the index of its input, which could be read)
    let source = |index: usize| inputs[index].as_ref().ok();
    let next = || -> anyhow::Result<Option<(usize, Document)>> {
        loop {
            if let Some((index, documents)) = current.as_mut() {
                match documents.next_entry()? {
                    Some(Entry::Document(document)) => return Ok(Some((*index, document))),
                    Some(Entry::Bad(err)) if options.strict => return Err(err.into()),
                    Some(Entry::Bad(_)) => report.borrow_mut().bad_lines += 1,
                    Some(Entry::Skipped(_)) => {}
                    None => current = None,
                }
                continue;
            }
            let Some(input) = inputs.get(next_input) else {
                return Ok(None);
            };
            let index = next_input;
            next_input += 1;
            crate::interrupt::check()?;
            let Ok(source) = input else { continue };
            let stdin = *source == Source::Stdin;
            if stdin && options.format_of(source).holds_many() {
                observer.event(Event::Warning(
                    "standard input is read once: lines repeated in its documents are not \
                     counted (pass the file instead)",
                ));
                continue;
            }
            match Documents::open(source, &options.read) {
                Ok(documents) => current = Some((index, documents)),
                Err(err) if options.strict => return Err(err.into()),
                Err(err) => {
                    let mut report = report.borrow_mut();
                    if stdin {
                        report.stdin = Some(Err(err.clone()));
                    }
                    report.failed.push(err);
                }
            }
        }
    };
    let work = |(index, document): (usize, Document)| {
        let wanted = source(index).is_some_and(|source| options.wanted(source, &document));
        let keys = match wanted {
            true => DocumentKeys::of(&document.article.text, part),
            false => None,
        };
        (index, document, wanted, keys)
    };
    let count = |(index, document, wanted, keys): (usize, Document, bool, _)| {
        let Some(source) = source(index) else {
            return Ok(());
        };
        let mut report = report.borrow_mut();
        if options.checks_language(source) {
            report.verdicts[index].push(wanted);
        }
        match keys {
            Some(keys) => census.add_keys(&RunDocuments::origin(source, &document), keys),
            None if !wanted => report.other_language += 1,
            None => {}
        }
        if *source == Source::Stdin {
            report.stdin = Some(Ok(document.article));
        }
        Ok(())
    };
    crate::ordered::map_in_order(options.threads, next, work, count)?;
    Ok(report.into_inner())
}

/// One document, ready to segment.
#[derive(Clone, Debug)]
pub struct RunDocument {
    /// the article, its id final: a text input's file stem made unique in the run, a JSONL
    /// document's id or URL field, else `FILE:LINE`
    pub article: Article,
    /// the document's key in a resume journal: unique in the run, and the same from run to run
    pub key: String,
    /// where it comes from, for repeated lines
    pub origin: Origin,
}

/// What reading the run's inputs skipped.
#[derive(Debug, Default)]
pub struct ReadReport {
    /// inputs that could not be read (each reported as [`Event::InputFailed`])
    pub failed: Vec<Error>,
    /// lines that held no document (each reported as a warning)
    pub bad_lines: usize,
    /// documents left out because they are in another language
    pub other_language: usize,
    /// records that hold no article (WARC requests, images …), by reason
    pub records_skipped: std::collections::BTreeMap<&'static str, usize>,
}

/// The inputs of a run, read one document at a time. [`RunDocuments::new`] counts repeated
/// lines first; then call [`RunDocuments::next`] until it gives `None`.
pub struct RunDocuments<'a> {
    inputs: &'a [Result<Source, Error>],
    options: &'a DocumentOptions,
    ids: Vec<String>,
    repeated: CorpusLines,
    /// standard input as the count read it (a text article): it cannot be read twice
    stdin: Option<Result<Article, Error>>,
    /// the language verdicts of the count, by input (see [`CensusReport`])
    verdicts: Vec<Vec<bool>>,
    next_input: usize,
    /// the input being read, its documents, and how many of them were read
    current: Option<(usize, Documents, usize)>,
    /// bytes of the inputs finished so far, and of all of them
    bytes_done: u64,
    bytes_total: u64,
    report: ReadReport,
}

impl<'a> RunDocuments<'a> {
    /// Prepares to read `inputs`, first counting the lines repeated across their documents.
    pub fn new(
        inputs: &'a [Result<Source, Error>],
        options: &'a DocumentOptions,
        observer: &mut dyn Observer,
    ) -> anyhow::Result<RunDocuments<'a>> {
        let bytes_total = inputs
            .iter()
            .filter_map(|input| match input {
                Ok(Source::File(path)) => std::fs::metadata(path).ok().map(|m| m.len()),
                _ => None,
            })
            .sum();
        let mut run = RunDocuments {
            inputs,
            options,
            ids: document_ids(inputs),
            repeated: CorpusLines::default(),
            stdin: None,
            verdicts: Vec::new(),
            next_input: 0,
            current: None,
            bytes_done: 0,
            bytes_total,
            report: ReadReport::default(),
        };
        run.count_repeated_lines(observer)?;
        Ok(run)
    }

    /// Whether any input holds many documents: a run's size is then its bytes, not its inputs.
    pub fn is_streamed(&self) -> bool {
        self.inputs
            .iter()
            .flatten()
            .any(|source| self.options.format_of(source).holds_many())
    }

    /// The size of the input files, in bytes (standard input not counted).
    pub fn bytes_total(&self) -> u64 {
        self.bytes_total
    }

    /// The bytes of the input files read so far.
    pub fn bytes_read(&self) -> u64 {
        let current = self
            .current
            .as_ref()
            .and_then(|(_, documents, _)| documents.progress())
            .map_or(0, |(read, _)| read);
        self.bytes_done + current
    }

    /// The repeated lines of the documents of `origin`.
    pub fn repeated(&self, origin: &Origin) -> &RepeatedLines {
        self.repeated.of(origin)
    }

    /// The repeated lines of the whole run, taken out to be read on other threads while this
    /// reads on: [`RunDocuments::repeated`] knows none after it.
    pub fn take_repeated(&mut self) -> CorpusLines {
        std::mem::take(&mut self.repeated)
    }

    /// What was skipped; call when [`RunDocuments::next`] has given `None`.
    pub fn finish(self) -> ReadReport {
        self.report
    }

    fn origin(source: &Source, document: &Document) -> Origin {
        match document.url.as_deref().and_then(jsonl::host) {
            Some(host) => Origin::site(host),
            None => Origin::of(source),
        }
    }

    /// Reads every document once and counts its lines, so that lines repeated across the
    /// run are known before any document is segmented; or reads the counts of a scan of the
    /// same inputs (`line_stats`). Skipped when the count is off, or there are fewer text
    /// inputs than the threshold and no others: then no line can repeat. Inputs that cannot be
    /// read and bad lines are left to be reported in their turn.
    fn count_repeated_lines(&mut self, observer: &mut dyn Observer) -> anyhow::Result<()> {
        let Some(min_documents) = self.options.repeated_lines else {
            return Ok(());
        };
        if let Some(path) = &self.options.line_stats {
            self.repeated = crate::repeated::stats::load_repeated(
                path,
                &crate::shard::inputs_fingerprint(self.inputs),
                &self.options.census_options(),
                min_documents,
            )?;
            return Ok(());
        }
        if self.inputs.len() < min_documents.max(2) && !self.is_streamed() {
            return Ok(());
        }
        observer.event(Event::Status(&format!(
            "counting repeated lines in {}",
            crate::translate::pipeline::counted(self.inputs.len(), "input", "inputs")
        )));
        let mut census = LineCensus::new(min_documents);
        let counting = DocumentOptions {
            // an input that cannot be read is the run's error in its turn, not here
            strict: false,
            ..self.options.clone()
        };
        let report = count_lines(self.inputs, &counting, &mut census, observer)?;
        self.stdin = report.stdin;
        self.verdicts = report.verdicts;
        self.repeated = census.finish();
        Ok(())
    }

    /// The next document to segment, `None` when every input is done.
    pub fn next(&mut self, observer: &mut dyn Observer) -> anyhow::Result<Option<RunDocument>> {
        loop {
            if self.current.is_none() && !self.open_next(observer)? {
                return Ok(None);
            }
            let Some((index, documents, read)) = self.current.as_mut() else {
                continue;
            };
            let index = *index;
            let entry = match documents.next_entry()? {
                Some(entry) => entry,
                None => {
                    if let Some((read, _)) = documents.progress() {
                        self.bytes_done += read;
                    }
                    self.current = None;
                    continue;
                }
            };
            let Ok(source) = &self.inputs[index] else {
                continue;
            };
            let document = match entry {
                Entry::Document(document) => document,
                Entry::Bad(err) if self.options.strict => return Err(err.into()),
                Entry::Bad(err) => {
                    observer.event(Event::Warning(&err.to_string()));
                    self.report.bad_lines += 1;
                    continue;
                }
                Entry::Skipped(reason) => {
                    *self.report.records_skipped.entry(reason).or_default() += 1;
                    continue;
                }
            };
            let counted = self.verdicts.get(index).and_then(|v| v.get(*read)).copied();
            *read += 1;
            if !counted.unwrap_or_else(|| self.options.wanted(source, &document)) {
                self.report.other_language += 1;
                continue;
            }
            let origin = Self::origin(source, &document);
            let (key, id) = match document.line {
                // a text input: its unique file stem is both
                None => (self.ids[index].clone(), self.ids[index].clone()),
                Some(line) => {
                    let at = format!("{}:{line}", source.name());
                    let id = match document.article.id.is_empty() {
                        true => at.clone(),
                        false => document.article.id.clone(),
                    };
                    (at, id)
                }
            };
            let mut article = document.article;
            article.id = id;
            return Ok(Some(RunDocument {
                article,
                key,
                origin,
            }));
        }
    }

    /// Opens the next input that can be read; false when there is none left. An input that
    /// cannot be read is the run's error under `strict` or when it is the only input, and is
    /// otherwise reported and left out.
    fn open_next(&mut self, observer: &mut dyn Observer) -> anyhow::Result<bool> {
        while self.next_input < self.inputs.len() {
            crate::interrupt::check()?;
            let index = self.next_input;
            self.next_input += 1;
            let opened = match &self.inputs[index] {
                Err(err) => Err(err.clone()),
                Ok(source) if *source == Source::Stdin => match self.stdin.take() {
                    Some(read) => read.map(|article| Documents::of_article("-", article)),
                    None => Documents::open(source, &self.options.read),
                },
                Ok(source) => Documents::open(source, &self.options.read),
            };
            match opened {
                Ok(documents) => {
                    self.current = Some((index, documents, 0));
                    return Ok(true);
                }
                Err(err) if self.options.strict || self.inputs.len() == 1 => return Err(err.into()),
                Err(err) => {
                    observer.event(Event::InputFailed(&err.to_string()));
                    self.report.failed.push(err);
                }
            }
        }
        Ok(false)
    }
}

/// Gives every input a document id, its file stem, made unique with `-2`, `-3`, … (the id of a
/// text input's one document).
pub fn document_ids(inputs: &[Result<Source, Error>]) -> Vec<String> {
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
