//! Test helpers for the model tests: a tiny HTTP/1.1 file server on 127.0.0.1 (GET and HEAD,
//! `Range: bytes=N-`, extra headers and redirects as a model hub sends them, optionally cutting
//! the first answer short to test resuming), and a runner for the real `selaras` binary with
//! its own cache directory.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A file the server offers, and how it misbehaves.
#[derive(Clone, Default)]
pub struct Served {
    pub body: Vec<u8>,
    /// on the first request for this file, send only this many body bytes, then hang up
    pub cut_first_after: Option<usize>,
    /// answer every request with the whole file (200), as servers without Range do
    pub ignore_range: bool,
    /// headers sent with every answer for this path (a hub's `X-Linked-Etag`, say)
    pub headers: Vec<(String, String)>,
    /// answer 302 with this Location (and `headers`) instead of the body, as a hub sends
    /// large files to its storage server
    pub redirect: Option<String>,
}

impl Served {
    pub fn new(body: Vec<u8>) -> Served {
        Served {
            body,
            ..Served::default()
        }
    }
}

/// One request the server saw.
#[derive(Clone, Debug)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub range: Option<String>,
}

pub struct Server {
    pub base: String,
    log: Arc<Mutex<Vec<Logged>>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}/{}", self.base, path.trim_start_matches('/'))
    }

    pub fn requests(&self) -> Vec<Logged> {
        self.log.lock().unwrap().clone()
    }
}

/// Serves `files` on a free loopback port from a background thread. The thread answers at
/// most 64 connections and stops after two minutes, whatever happens.
pub fn serve(files: Vec<(&str, Served)>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    listener.set_nonblocking(true).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let files: HashMap<String, Served> = files
        .into_iter()
        .map(|(p, s)| (format!("/{}", p.trim_start_matches('/')), s))
        .collect();
    let log = Arc::new(Mutex::new(Vec::new()));
    let thread_log = Arc::clone(&log);
    std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut answered = 0;
        let mut seen: HashMap<String, usize> = HashMap::new();
        while answered < 64 && Instant::now() < deadline {
            match listener.accept() {
                Ok((stream, _)) => {
                    answered += 1;
                    let _ = handle(stream, &files, &thread_log, &mut seen);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
    Server { base, log }
}

fn handle(
    stream: TcpStream,
    files: &HashMap<String, Served>,
    log: &Mutex<Vec<Logged>>,
    seen: &mut HashMap<String, usize>,
) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let method = request_line
        .split_whitespace()
        .next()
        .unwrap_or("GET")
        .to_string();
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let mut range = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("range") {
                range = Some(value.trim().to_string());
            }
        }
    }
    log.lock().unwrap().push(Logged {
        method: method.clone(),
        path: path.clone(),
        range: range.clone(),
    });
    let mut out = stream;
    let Some(file) = files.get(&path) else {
        return out.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    };
    let extra: String = file
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {value}\r\n"))
        .collect();
    if let Some(location) = &file.redirect {
        let head = format!(
            "HTTP/1.1 302 Found\r\nLocation: {location}\r\n{extra}Content-Length: 0\r\n\
             Connection: close\r\n\r\n"
        );
        return out.write_all(head.as_bytes());
    }
    let count = seen.entry(path).or_insert(0);
    if method != "HEAD" {
        *count += 1;
    }
    let len = file.body.len();
    let start = match (&range, file.ignore_range) {
        (Some(r), false) => r
            .strip_prefix("bytes=")
            .and_then(|r| r.strip_suffix('-'))
            .and_then(|n| n.parse::<usize>().ok()),
        _ => None,
    };
    let (head, body) = match start {
        Some(s) if s >= len => {
            let head = format!(
                "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{len}\r\n\
                 Content-Length: 0\r\nConnection: close\r\n\r\n"
            );
            (head, &file.body[..0])
        }
        Some(s) => (
            format!(
                "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes {s}-{}/{len}\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n",
                len - 1,
                len - s
            ),
            &file.body[s..],
        ),
        None => (
            format!("HTTP/1.1 200 OK\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"),
            &file.body[..],
        ),
    };
    let head = head.replacen("\r\n", &format!("\r\n{extra}"), 1);
    out.write_all(head.as_bytes())?;
    if method == "HEAD" {
        return Ok(());
    }
    match file.cut_first_after {
        Some(cut) if *count == 1 => {
            out.write_all(&body[..cut.min(body.len())])?;
            out.flush()?;
            out.shutdown(std::net::Shutdown::Both)
        }
        _ => out.write_all(body),
    }
}

/// The repository's fixture directory: the converter's zips and reference outputs.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/models")
}

/// A demonstration model in `models/` (`echo` or `shout`), ready to translate with.
pub fn demo_model(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("models")
        .join(name)
}

pub fn fixture_zip(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join("zips").join(format!("{name}.zip"))).expect("fixture zip")
}

/// Runs `selaras ARGS` with `cache_home` as XDG_CACHE_HOME and no SELARAS_MODEL.
pub fn selaras(cache_home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_selaras"));
    cmd.args(args)
        .env("XDG_CACHE_HOME", cache_home)
        .env("HOME", cache_home)
        .env_remove("SELARAS_MODEL")
        .env_remove("SELARAS_DEFAULT_MODEL_URL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run selaras")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `$XDG_CACHE_HOME/selaras/models`.
pub fn models_dir(cache_home: &Path) -> PathBuf {
    cache_home.join("selaras").join("models")
}

/// Names in the models directory that are leftovers of an install: temporary build
/// directories, or directories without a model.bin.
pub fn half_written(cache_home: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(models_dir(cache_home)) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(".tmp-")
                || (name != ".downloads" && !e.path().join("model.bin").is_file())
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The files in DIR, sorted, without subdirectories.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A copy of a zip without the entries `drop` selects, stored uncompressed.
pub fn rezip_without(bytes: &[u8], drop: impl Fn(&str) -> bool) -> Vec<u8> {
    use std::io::{Cursor, Read};
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().to_string();
        if drop(&name) {
            continue;
        }
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.start_file(name, options).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A tmpfs that fills up, shared with the output tests.
#[path = "../support/mod.rs"]
mod support;
#[allow(unused_imports)] // not every test binary that includes this module fills a disk
pub use support::{family_model, root, Tmpfs};
