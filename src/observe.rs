//! How the library tells its caller what is happening, without printing anything itself.
//!
//! Long jobs (a corpus run, a model download) report [`Event`]s to an [`Observer`] the caller
//! supplies; the command line draws progress bars and prints warnings from them, a library
//! user may log them or pass [`Silent`]. Any `FnMut(Event)` closure is an observer.

/// Something a long job reports while it runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event<'a> {
    /// a corpus run starts on this many inputs, one document each
    Started { documents: usize },
    /// a corpus run starts on inputs of many documents (JSONL), whose files hold this many
    /// bytes: progress is then counted in bytes read
    StartedStream { bytes: u64 },
    /// this many bytes of the input files of a [`Event::StartedStream`] run are read
    Read { bytes: u64 },
    /// this many more documents, with this many pairs, are done
    Progress { documents: usize, sentences: usize },
    /// the run is over (successfully or not): a progress display can go
    Finished,
    /// an input of a corpus run that could not be read: the run goes on without it
    InputFailed(&'a str),
    /// something the user should know that does not stop the job (a sentence the model
    /// failed on, an odd input)
    Warning(&'a str),
    /// what the job is doing now, e.g. "downloading 'URL'"
    Status(&'a str),
    /// a download of `total` bytes (when known) starts or resumes at byte `start`
    DownloadStarted { start: u64, total: Option<u64> },
    /// the download has this many bytes in all
    Downloaded { bytes: u64 },
}

/// Receives the [`Event`]s of a long job.
pub trait Observer {
    fn event(&mut self, event: Event<'_>);
}

impl<F: FnMut(Event<'_>)> Observer for F {
    fn event(&mut self, event: Event<'_>) {
        self(event)
    }
}

/// An observer that ignores everything.
#[derive(Clone, Copy, Debug, Default)]
pub struct Silent;

impl Observer for Silent {
    fn event(&mut self, _: Event<'_>) {}
}
