//! The terminal side of [`Observer`]: a progress bar for corpus runs and downloads, drawn on
//! stderr only when it is a terminal, and warnings printed above it.
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use selaras::observe::{Event, Observer};
use std::io::IsTerminal;
use std::time::Instant;

/// Draws what a long job reports; `quiet` keeps everything but errors off the terminal.
pub struct Terminal {
    quiet: bool,
    bar: Option<ProgressBar>,
    started: Instant,
    sentences: usize,
    documents: usize,
    /// the bar counts bytes read, not documents
    streamed: bool,
}

impl Terminal {
    pub fn new(quiet: bool) -> Terminal {
        Terminal {
            quiet,
            bar: None,
            started: Instant::now(),
            sentences: 0,
            documents: 0,
            streamed: false,
        }
    }

    fn show_bar(&self) -> bool {
        !self.quiet && std::io::stderr().is_terminal()
    }

    fn new_bar(&mut self, length: Option<u64>, template: &str) {
        let bar = match length {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        };
        bar.set_draw_target(ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template(template).expect("a valid progress template"));
        self.bar = Some(bar);
    }

    /// Prints a line on stderr above the bar (if any).
    fn print(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

/// A job that stops early (an error, Ctrl-C) leaves the bar where it stood, on its own line,
/// so the error message that follows starts on the next one.
impl Drop for Terminal {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.as_ref().filter(|bar| !bar.is_finished()) {
            bar.abandon();
        }
    }
}

impl Observer for Terminal {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Started { documents } if self.show_bar() => {
                self.started = Instant::now();
                self.sentences = 0;
                self.new_bar(
                    Some(documents as u64),
                    "{bar:30} {pos}/{len} documents · {msg} · ETA {eta}",
                );
            }
            Event::StartedStream { bytes } if self.show_bar() => {
                self.started = Instant::now();
                self.sentences = 0;
                self.documents = 0;
                self.new_bar(
                    Some(bytes),
                    "{bar:30} {bytes}/{total_bytes} · {msg} · ETA {eta}",
                );
                self.streamed = true;
            }
            Event::Read { bytes } => {
                if let Some(bar) = &self.bar {
                    bar.set_position(bytes);
                }
            }
            Event::Progress {
                documents,
                sentences,
            } => {
                self.sentences += sentences;
                self.documents += documents;
                if let Some(bar) = &self.bar {
                    let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
                    let rate = self.sentences as f64 / seconds;
                    if self.streamed {
                        // the bar counts bytes: documents and both rates go in the message
                        let per_second = self.documents as f64 / seconds;
                        bar.set_message(format!(
                            "{} documents · {per_second:.1}/s · {} sentences · {rate:.1}/s",
                            self.documents, self.sentences
                        ));
                    } else {
                        bar.set_message(format!("{} sentences · {rate:.1}/s", self.sentences));
                        bar.inc(documents as u64);
                    }
                }
            }
            Event::Finished => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
            }
            Event::InputFailed(message) => self.print(&format!("selaras: error: {message}")),
            Event::Warning(message) => self.print(&format!("selaras: warning: {message}")),
            Event::Status(message) if !self.quiet => self.print(&format!("selaras: {message}")),
            Event::DownloadStarted { start, total } if self.show_bar() => {
                self.new_bar(
                    total,
                    "{bar:30} {bytes}/{total_bytes} · {bytes_per_sec} · ETA {eta}",
                );
                if let Some(bar) = &self.bar {
                    bar.set_position(start);
                }
            }
            Event::Downloaded { bytes } => {
                if let Some(bar) = &self.bar {
                    bar.set_position(bytes);
                }
            }
            _ => {}
        }
    }
}
