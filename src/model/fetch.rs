//! Getting a model: a resumable HTTP download of an OPUS-MT release zip, unpacking it,
//! converting it, and installing the result atomically into the model cache.
//!
//! The promise: a model directory in the cache is either complete or absent. Everything is
//! built in a temporary directory inside the cache and renamed into place at the end; any
//! failure (a corrupt zip, a full disk, a dropped connection) removes the temporary
//! directory. Only the `.part` download is kept, so that the next run resumes it.
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

use super::convert::{self, Quantization};
use super::{cache_dir, preprocess, KnownModel, Source};
use crate::error::Error;
use crate::observe::{Event, Observer};

/// How to fetch and where to install.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    pub quantization: Quantization,
    /// install into this directory instead of the cache entry for the model's name
    pub dir: Option<PathBuf>,
    /// replace an installed model
    pub force: bool,
    /// how many times a dropped download is resumed within one run
    pub retries: u32,
    /// the user accepted a non-commercial licence (`--accept-licence`, or yes at the prompt)
    pub licence_accepted: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            quantization: Quantization::Int8,
            dir: None,
            force: false,
            retries: 3,
            licence_accepted: false,
        }
    }
}

pub(super) fn fetch_error(message: impl Into<String>) -> anyhow::Error {
    Error::Fetch(message.into()).into()
}

/// Fetches a known model into the cache (or `options.dir`) and returns its directory; what it
/// does (download progress, conversion) is reported to `observer`.
pub fn fetch_known(
    model: &KnownModel,
    options: &FetchOptions,
    observer: &mut dyn Observer,
) -> Result<PathBuf> {
    if model.non_commercial && !options.licence_accepted {
        return Err(Error::Fetch(format!(
            "model '{}' is licensed {}, which forbids commercial use: pass --accept-licence to \
             accept it (nothing was downloaded)",
            model.name, model.licence
        ))
        .into());
    }
    match model.source {
        Source::Zip(url) => fetch_url(url, model.name, options, observer),
        Source::Hub { .. } => super::hub::fetch(model, options, observer),
    }
}

/// A model name for a zip URL: the file name without `.zip`
/// (`…/echo.zip` → `echo`), made safe as a directory name.
pub fn name_from_url(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.strip_suffix(".zip").unwrap_or(file);
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.+".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = name.trim_start_matches('.').to_string();
    if name.is_empty() {
        "model".into()
    } else {
        name
    }
}

/// Downloads the zip at `url`, converts it and installs it as `name`.
pub fn fetch_url(
    url: &str,
    name: &str,
    options: &FetchOptions,
    observer: &mut dyn Observer,
) -> Result<PathBuf> {
    let target = install_target(name, options)?;
    if already_installed(&target, name, options, observer) {
        return Ok(target);
    }
    let parent = install_parent(&target)?;
    let downloads = parent.join(".downloads");
    std::fs::create_dir_all(&downloads)
        .with_context(|| format!("creating '{}'", downloads.display()))?;
    let zip_path = downloads.join(format!("{}.zip", name_from_url(name)));
    // One fetch of a model at a time: another selaras (say, a second `translate` started on
    // a fresh machine) waits, then finds the model installed.
    let _lock = FetchLock::acquire(&zip_path.with_extension("lock"), name, observer)?;
    if target.join("model.bin").exists() && !options.force {
        return Ok(target);
    }
    download(url, &zip_path, options, observer)?;
    observer.event(Event::Status(&format!(
        "converting to CTranslate2 ({})",
        options.quantization.name()
    )));
    let result = install_zip(&zip_path, &target, options);
    // A complete download that could not be installed is not worth resuming: a corrupt zip
    // would fail again. Remove it either way; the model is installed or it is not.
    let _ = std::fs::remove_file(&zip_path);
    result?;
    observer.event(Event::Status(&format!(
        "installed model '{name}' in '{}'",
        target.display()
    )));
    Ok(target)
}

/// Where model `name` is installed: `options.dir`, else its directory in the cache.
pub(super) fn install_target(name: &str, options: &FetchOptions) -> Result<PathBuf> {
    match &options.dir {
        Some(dir) => Ok(dir.clone()),
        None => Ok(cache_dir()?.join(name)),
    }
}

/// Whether a model is installed at `target` and is to be kept (no `--force`), said to
/// `observer`.
pub(super) fn already_installed(
    target: &Path,
    name: &str,
    options: &FetchOptions,
    observer: &mut dyn Observer,
) -> bool {
    let kept = target.join("model.bin").exists() && !options.force;
    if kept {
        observer.event(Event::Status(&format!(
            "model '{name}' is already installed in '{}' (pass --force to fetch it again)",
            target.display()
        )));
    }
    kept
}

/// A lock file holding the fetching process's id; removed on drop. A lock whose process
/// is gone is stale and taken over.
pub(super) struct FetchLock {
    path: PathBuf,
}

impl FetchLock {
    pub(super) fn acquire(
        path: &Path,
        name: &str,
        observer: &mut dyn Observer,
    ) -> Result<FetchLock> {
        let mut told = false;
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(mut file) => {
                    let _ = write!(file, "{}", std::process::id());
                    return Ok(FetchLock {
                        path: path.to_path_buf(),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(path)
                        .ok()
                        .and_then(|t| t.trim().parse::<u32>().ok());
                    // A lock without a process id yet is being written by its holder (it is
                    // created first, then written), unless it has stayed empty for a while.
                    let being_written = holder.is_none() && !older_than(path, LOCK_WRITE_GRACE);
                    if !being_written && !holder.is_some_and(process_is_alive) {
                        // stale: its process died without cleaning up
                        let _ = std::fs::remove_file(path);
                        continue;
                    }
                    if !told {
                        observer.event(Event::Status(&format!(
                            "another selaras (process {}) is fetching '{name}': waiting for it",
                            holder.unwrap_or(0)
                        )));
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(500));
                }
                Err(e) => return Err(e).with_context(|| format!("creating '{}'", path.display())),
            }
        }
    }
}

impl Drop for FetchLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// How long a lock file may stay without a process id before it counts as stale.
const LOCK_WRITE_GRACE: Duration = Duration::from_secs(2);

/// Whether `path` was last modified more than `age` ago (a file that is gone, or whose time
/// cannot be read, counts as old).
fn older_than(path: &Path, age: Duration) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|elapsed| elapsed > age)
}

/// Whether process `pid` exists (Linux `/proc`; elsewhere every holder counts as alive).
fn process_is_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return false; // our own earlier lock: a run in this process that failed to clean up
    }
    if !Path::new("/proc/self").exists() {
        return true;
    }
    Path::new("/proc").join(pid.to_string()).exists()
}

/// The directory the model directory goes into, created if needed.
pub(super) fn install_parent(target: &Path) -> Result<PathBuf> {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).with_context(|| format!("creating '{}'", parent.display()))?;
    Ok(parent)
}

/// A temporary directory next to the install target; removed on drop unless kept.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(parent: &Path, name: &str) -> Result<TempDir> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = parent.join(format!(".tmp-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating '{}'", path.display()))?;
        Ok(TempDir { path })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Unpacks an OPUS-MT zip, converts it and moves the finished model to `target` in one
/// rename. On failure nothing is left at `target` (an existing model there is kept).
pub fn install_zip(zip_path: &Path, target: &Path, options: &FetchOptions) -> Result<()> {
    install_with(target, |tmp, model| {
        let opus_dir = unzip(zip_path, &tmp.join("unpacked"))?;
        build_model_dir(&opus_dir, model, options.quantization)
    })
}

/// Converts an unpacked OPUS-MT directory and installs it at `target`, atomically.
pub fn install_dir(opus_dir: &Path, target: &Path, q: Quantization) -> Result<()> {
    install_with(target, |_, model| build_model_dir(opus_dir, model, q))
}

/// Removes `.tmp-NAME-PID-N` build directories whose process is gone (killed mid-install,
/// so its cleanup never ran).
fn remove_abandoned_builds(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(".tmp-") else {
            continue;
        };
        let pid = rest.rsplit('-').nth(1).and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if pid != std::process::id() && !process_is_alive(pid) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Runs `build(tmp, model_dir)` in a temporary directory next to `target`, then renames
/// the model directory into place.
pub(super) fn install_with(
    target: &Path,
    build: impl FnOnce(&Path, &Path) -> Result<()>,
) -> Result<()> {
    let parent = install_parent(target)?;
    let label = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "model".into());
    remove_abandoned_builds(&parent);
    let tmp = TempDir::new(&parent, &label)?;
    let model = tmp.path.join("model");
    std::fs::create_dir_all(&model).with_context(|| format!("creating '{}'", model.display()))?;
    build(&tmp.path, &model).map_err(|e| disk_full_message(e, target))?;

    // Swap into place: the old model (with --force) is moved aside first, and restored if
    // the final rename fails.
    let old = tmp.path.join("old");
    let had_old = target.exists();
    if had_old {
        std::fs::rename(target, &old)
            .with_context(|| format!("moving the old model '{}' aside", target.display()))?;
    }
    if let Err(e) = std::fs::rename(&model, target) {
        if had_old {
            let _ = std::fs::rename(&old, target);
        }
        return Err(e).with_context(|| format!("installing the model into '{}'", target.display()));
    }
    Ok(())
}

/// A full disk while converting becomes one clear message (exit code 4).
fn disk_full_message(e: anyhow::Error, target: &Path) -> anyhow::Error {
    let full = e.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
            io.kind() == std::io::ErrorKind::StorageFull || io.raw_os_error() == Some(28)
        })
    });
    if full {
        fetch_error(format!(
            "no space left on the device while installing the model into '{}': free some \
             space and run the command again (nothing was installed)",
            target.display()
        ))
    } else {
        e
    }
}

/// Converts the unpacked OPUS-MT directory into a complete model directory `out`.
pub fn build_model_dir(opus_dir: &Path, out: &Path, q: Quantization) -> Result<()> {
    for spm in ["source.spm", "target.spm"] {
        if !opus_dir.join(spm).is_file() {
            return Err(fetch_error(format!(
                "the model zip has no {spm}: an OPUS-MT release zip has source.spm and target.spm"
            )));
        }
    }
    convert::convert_opus_mt(opus_dir, out, q)?;
    for spm in ["source.spm", "target.spm"] {
        std::fs::copy(opus_dir.join(spm), out.join(spm))
            .with_context(|| format!("copying {spm} into '{}'", out.display()))?;
    }
    preprocess::store(opus_dir, out)?;
    Ok(())
}

/// Extracts `zip_path` into `dest` and returns the directory that holds `decoder.yml`.
pub fn unzip(zip_path: &Path, dest: &Path) -> Result<PathBuf> {
    let file = std::fs::File::open(zip_path)
        .with_context(|| format!("opening '{}'", zip_path.display()))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
        fetch_error(format!(
            "the downloaded model '{}' is not a valid zip ({e}): the download may be corrupt; \
             run the command again to download it afresh",
            zip_path.display()
        ))
    })?;
    std::fs::create_dir_all(dest).with_context(|| format!("creating '{}'", dest.display()))?;
    let mut decoder_dirs = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| {
            fetch_error(format!(
                "the model zip is corrupt ({e}): run the command again"
            ))
        })?;
        let Some(relative) = entry.enclosed_name() else {
            continue; // an unsafe path (`../x`, absolute): never written
        };
        let path = dest.join(&relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&path)
                .with_context(|| format!("creating '{}'", path.display()))?;
            continue;
        }
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).with_context(|| format!("creating '{}'", p.display()))?;
        }
        let mut out = std::fs::File::create(&path)
            .with_context(|| format!("creating '{}'", path.display()))?;
        std::io::copy(&mut entry, &mut out).map_err(|e| {
            if e.kind() == std::io::ErrorKind::StorageFull {
                fetch_error(format!(
                    "no space left while unpacking the model into '{}'",
                    dest.display()
                ))
            } else {
                fetch_error(format!(
                    "the model zip is corrupt: cannot unpack '{}' ({e}): run the command again",
                    relative.display()
                ))
            }
        })?;
        if relative.file_name().is_some_and(|n| n == "decoder.yml") {
            decoder_dirs.push(path.parent().unwrap_or(dest).to_path_buf());
        }
    }
    decoder_dirs.sort_by_key(|d| d.components().count());
    decoder_dirs.into_iter().next().ok_or_else(|| {
        fetch_error(format!(
            "the zip '{}' has no decoder.yml: it is not an OPUS-MT model release (a Marian \
             .npz with decoder.yml, vocabulary .yml, source.spm and target.spm)",
            zip_path.display()
        ))
    })
}

/// Downloads `url` to `dest`, resuming from `DEST.part` if an earlier run was cut short, and
/// checks the size against the server's Content-Length.
pub fn download(
    url: &str,
    dest: &Path,
    options: &FetchOptions,
    observer: &mut dyn Observer,
) -> Result<()> {
    let part = part_path(dest);
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(30))
        .timeout_read(Duration::from_secs(60))
        .build();
    let mut attempt = 0;
    loop {
        let once = download_once(&agent, url, &part, observer);
        observer.event(Event::Finished);
        match once {
            Ok(()) => break,
            Err(Attempt::Retry(message)) if attempt < options.retries => {
                attempt += 1;
                observer.event(Event::Status(&format!(
                    "{message}; resuming (attempt {attempt})"
                )));
            }
            Err(Attempt::Retry(message)) | Err(Attempt::Fatal(message)) => {
                return Err(fetch_error(message))
            }
            Err(Attempt::Io(e)) => return Err(e),
        }
    }
    std::fs::rename(&part, dest).with_context(|| format!("renaming '{}'", part.display()))?;
    Ok(())
}

/// Where the download of `dest` grows until it is complete: `DEST.part`.
pub(super) fn part_path(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    dest.with_file_name(name)
}

enum Attempt {
    /// the connection dropped: resume with a Range request
    Retry(String),
    Fatal(String),
    Io(anyhow::Error),
}

fn download_once(
    agent: &ureq::Agent,
    url: &str,
    part: &Path,
    observer: &mut dyn Observer,
) -> std::result::Result<(), Attempt> {
    let have = std::fs::metadata(part).map(|m| m.len()).unwrap_or(0);
    let mut request = agent.get(url);
    if have > 0 {
        request = request.set("Range", &format!("bytes={have}-"));
    }
    let response = match request.call() {
        Ok(r) => r,
        Err(ureq::Error::Status(416, _)) if have > 0 => {
            // Our partial file is not a prefix of what the server has: start over.
            let _ = std::fs::remove_file(part);
            return Err(Attempt::Retry("the server refused to resume".into()));
        }
        Err(ureq::Error::Status(code, r)) => {
            return Err(Attempt::Fatal(format!(
                "cannot download '{url}': the server answered {code} {}",
                r.status_text()
            )))
        }
        Err(ureq::Error::Transport(t)) => {
            return Err(Attempt::Fatal(format!(
                "cannot download '{url}': {t}: check the address and your network connection"
            )))
        }
    };
    let status = response.status();
    let length: Option<u64> = response
        .header("Content-Length")
        .and_then(|v| v.trim().parse().ok());
    let (start, total) = if status == 206 {
        let (start, total) = response
            .header("Content-Range")
            .and_then(parse_content_range)
            .ok_or_else(|| Attempt::Fatal(format!("'{url}': bad Content-Range in a 206 answer")))?;
        if start != have {
            let _ = std::fs::remove_file(part);
            return Err(Attempt::Retry(format!(
                "the server resumed at byte {start}, not {have}"
            )));
        }
        (start, total.or(length.map(|l| l + start)))
    } else {
        (0, length)
    };
    let file = if start > 0 {
        std::fs::OpenOptions::new().append(true).open(part)
    } else {
        std::fs::File::create(part)
    }
    .with_context(|| format!("opening '{}'", part.display()))
    .map_err(Attempt::Io)?;
    let mut file = std::io::BufWriter::with_capacity(1 << 20, file);

    observer.event(Event::Status(&if start > 0 {
        format!("resuming the download of '{url}' at byte {start}")
    } else {
        format!("downloading '{url}'")
    }));
    // the message first, so that a progress bar is drawn below it
    observer.event(Event::DownloadStarted { start, total });
    let mut reader = response.into_reader();
    let mut buf = vec![0u8; 1 << 16];
    let mut written = start;
    let read_error = loop {
        match reader.read(&mut buf) {
            Ok(0) => break None,
            Ok(n) => {
                if let Err(e) = file.write_all(&buf[..n]) {
                    return Err(Attempt::Io(write_error(e, part)));
                }
                written += n as u64;
                observer.event(Event::Downloaded { bytes: written });
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => break Some(e),
        }
    };
    if let Err(e) = file.flush() {
        return Err(Attempt::Io(write_error(e, part)));
    }
    match (total, read_error) {
        (Some(total), _) if written == total => Ok(()),
        (Some(total), _) if written > total => {
            let _ = std::fs::remove_file(part);
            Err(Attempt::Fatal(format!(
                "'{url}': received {written} bytes, more than the {total} announced"
            )))
        }
        (Some(total), e) => Err(Attempt::Retry(format!(
            "the download stopped at {written} of {total} bytes{}",
            e.map(|e| format!(" ({e})")).unwrap_or_default()
        ))),
        (None, None) => Ok(()),
        (None, Some(e)) => Err(Attempt::Retry(format!(
            "the download stopped at {written} bytes ({e})"
        ))),
    }
}

fn write_error(e: std::io::Error, part: &Path) -> anyhow::Error {
    if e.kind() == std::io::ErrorKind::StorageFull {
        fetch_error(format!(
            "no space left on the device while writing '{}': free some space and run the \
             command again (the download resumes)",
            part.display()
        ))
    } else {
        anyhow::Error::new(e).context(format!("writing '{}'", part.display()))
    }
}

/// `bytes START-END/TOTAL` → (START, TOTAL); TOTAL may be `*`.
fn parse_content_range(value: &str) -> Option<(u64, Option<u64>)> {
    let rest = value.trim().strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let (start, _end) = range.split_once('-')?;
    let total = if total.trim() == "*" {
        None
    } else {
        Some(total.trim().parse().ok()?)
    };
    Some((start.trim().parse().ok()?, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_range_parses() {
        assert_eq!(
            parse_content_range("bytes 10-99/100"),
            Some((10, Some(100)))
        );
        assert_eq!(parse_content_range("bytes 10-99/*"), Some((10, None)));
        assert_eq!(parse_content_range("bytes x-99/100"), None);
        assert_eq!(parse_content_range("items 1-2/3"), None);
    }

    #[test]
    fn names_from_urls_are_safe() {
        assert_eq!(name_from_url("http://127.0.0.1:1/m/echo.zip"), "echo");
        assert_eq!(
            name_from_url("https://h/msa-eng/opus+bt-2021-04-30.zip?x=1"),
            "opus+bt-2021-04-30"
        );
        assert_eq!(name_from_url("http://h/../.."), "model");
        assert_eq!(name_from_url("http://h/a b.zip"), "a_b");
    }
}
