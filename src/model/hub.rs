//! Getting a ready CTranslate2 conversion from a model hub: NLLB-200, M2M100, MADLAD-400.
//!
//! A catalog entry names a repository, a revision and the files a model directory needs. Each
//! file is `{hub}/{repo}/resolve/{revision}/{file}`, the layout of the Hugging Face hub and its
//! mirrors. A HEAD request, which does not follow the hub's redirect to its storage server,
//! tells what the hub promises about the file: its sha256 (`X-Linked-Etag`, sent for the large
//! files the hub keeps in LFS) and its size (`X-Linked-Size`, else `Content-Length`). The file
//! is then downloaded, resumably, beside the cache ([`super::fetch::download`]), and checked
//! against both. A file that breaks the promise is removed, so the next run fetches it afresh.
//! When every file is there and the directory is a model of the catalog's family, it is
//! renamed into place in one step: a model in the cache is complete or absent.
//!
//! The hub is `$SELARAS_HUB_URL` if set (a mirror, or a test server on loopback), else
//! [`DEFAULT_HUB`].
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use super::fetch::{
    already_installed, download, fetch_error, install_parent, install_target, install_with,
    FetchLock, FetchOptions,
};
use super::{check_model_dir, Family, KnownModel, Source};
use crate::observe::{Event, Observer};

/// The environment variable that points selaras at another hub.
pub const HUB_ENV: &str = "SELARAS_HUB_URL";
/// The hub the catalog's repositories live on.
pub const DEFAULT_HUB: &str = "https://huggingface.co";

/// What the hub promises about one file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Promise {
    pub size: Option<u64>,
    /// lower-case hexadecimal
    pub sha256: Option<String>,
}

/// The hub's base address, without a trailing slash.
pub fn hub_url() -> String {
    std::env::var(HUB_ENV)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_HUB.to_string())
        .trim_end_matches('/')
        .to_string()
}

/// Where `file` of `repo` at `revision` is served.
pub fn file_url(hub: &str, repo: &str, revision: &str, file: &str) -> String {
    format!("{hub}/{repo}/resolve/{revision}/{file}")
}

/// Fetches the hub model `model` into the cache (or `options.dir`) and returns its directory.
pub fn fetch(
    model: &KnownModel,
    options: &FetchOptions,
    observer: &mut dyn Observer,
) -> Result<PathBuf> {
    let Source::Hub {
        repo,
        revision,
        files,
    } = model.source
    else {
        unreachable!("hub::fetch is called for hub models only");
    };
    let name = model.name;
    let target = install_target(name, options)?;
    if already_installed(&target, name, options, observer) {
        return Ok(target);
    }
    let parent = install_parent(&target)?;
    let downloads_root = parent.join(".downloads");
    let downloads = downloads_root.join(name);
    std::fs::create_dir_all(&downloads)
        .with_context(|| format!("creating '{}'", downloads.display()))?;
    let _lock = FetchLock::acquire(&downloads_root.join(format!("{name}.lock")), name, observer)?;
    if target.join("model.bin").exists() && !options.force {
        return Ok(target);
    }
    if revision == "main" {
        observer.event(Event::Status(&format!(
            "model '{name}': the catalog pins no revision of '{repo}', so the hub's current \
             files are fetched; each is still checked against the size and sha256 the hub sends"
        )));
    }
    let hub = hub_url();
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(30))
        .timeout_read(Duration::from_secs(60))
        .redirects(0)
        .build();
    let mut fetched = Vec::new();
    for spec in files.iter() {
        let (place, promise) = find(&agent, &hub, repo, revision, spec, name)?;
        let (file, url) = (place.file, place.url(&hub));
        let dest = downloads.join(file);
        // a file a cut-short run completed is kept if it still keeps the promise
        let complete = dest.is_file() && keeps(&dest, &promise)?.is_none();
        if !complete {
            let _ = std::fs::remove_file(&dest);
            download(&url, &dest, options, observer)?;
            if let Some(broken) = keeps(&dest, &promise)? {
                let _ = std::fs::remove_file(&dest);
                return Err(fetch_error(format!(
                    "model '{name}': '{file}' from '{url}' {broken}: it was removed and \
                     nothing was installed; run the command again to download it afresh"
                )));
            }
        }
        fetched.push(file);
    }
    install_with(&target, |_, dir| {
        for file in &fetched {
            std::fs::rename(downloads.join(file), dir.join(file))
                .with_context(|| format!("moving '{file}' into the model directory"))?;
        }
        let family = Family::detect(dir);
        if family != model.family {
            return Err(fetch_error(format!(
                "model '{name}': the files of '{repo}' make a {} model, not the {} model the \
                 catalog expects (nothing was installed)",
                family.name(),
                model.family.name()
            )));
        }
        check_model_dir(dir)
    })?;
    let _ = std::fs::remove_dir_all(&downloads);
    observer.event(Event::Status(&format!(
        "installed model '{name}' ({}) in '{}'",
        model.licence,
        target.display()
    )));
    Ok(target)
}

/// Where one alternative of a catalog file is: `FILE` in the model's own repository at its
/// revision, or `OWNER/NAME:FILE` in another repository at `main` (the original model's
/// tokenizer, when a conversion did not copy it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place<'a> {
    pub repo: &'a str,
    pub revision: &'a str,
    pub file: &'a str,
}

impl<'a> Place<'a> {
    pub fn parse(alternative: &'a str, repo: &'a str, revision: &'a str) -> Place<'a> {
        match alternative.split_once(':') {
            Some((other, file)) => Place {
                repo: other,
                revision: "main",
                file,
            },
            None => Place {
                repo,
                revision,
                file: alternative,
            },
        }
    }

    pub fn url(&self, hub: &str) -> String {
        file_url(hub, self.repo, self.revision, self.file)
    }
}

/// The first of `spec`'s alternatives (`a|b`) that the hub has, and its promise.
fn find<'a>(
    agent: &ureq::Agent,
    hub: &str,
    repo: &'a str,
    revision: &'a str,
    spec: &'a str,
    name: &str,
) -> Result<(Place<'a>, Promise)> {
    for alternative in spec.split('|') {
        let place = Place::parse(alternative, repo, revision);
        let url = place.url(hub);
        match agent.head(&url).call() {
            Ok(response) => return Ok((place, promise(&response))),
            Err(ureq::Error::Status(404, _)) => continue,
            Err(ureq::Error::Status(code, response)) => {
                return Err(fetch_error(format!(
                    "model '{name}': cannot fetch '{url}': the hub answered {code} {}",
                    response.status_text()
                )))
            }
            Err(ureq::Error::Transport(t)) => {
                return Err(fetch_error(format!(
                    "model '{name}': cannot reach the hub at '{hub}' ({t}): check your network \
                     connection, or set {HUB_ENV} to a mirror"
                )))
            }
        }
    }
    Err(fetch_error(format!(
        "model '{name}': the hub repository '{repo}' at revision {revision} has no {} \
         (nothing was installed)",
        spec.split('|')
            .map(|f| format!("'{f}'"))
            .collect::<Vec<_>>()
            .join(" or ")
    )))
}

/// What a HEAD answer promises: the sha256 of `X-Linked-Etag` (an ETag of 64 hexadecimal
/// digits; the git object ids the hub sends for small files are not sha256 and are ignored)
/// and the size of `X-Linked-Size`, or of `Content-Length` on an answer that is the file's own.
pub fn promise(response: &ureq::Response) -> Promise {
    let sha256 = response
        .header("X-Linked-Etag")
        .map(|tag| tag.trim().trim_start_matches("W/").trim_matches('"'))
        .filter(|tag| tag.len() == 64 && tag.chars().all(|c| c.is_ascii_hexdigit()))
        .map(str::to_ascii_lowercase);
    let number = |header: &str| {
        response
            .header(header)
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let own = (200..300).contains(&response.status());
    let size = number("X-Linked-Size").or(if own { number("Content-Length") } else { None });
    Promise { size, sha256 }
}

/// `None` if the file at `path` keeps `promise`, else how it breaks it.
fn keeps(path: &Path, promise: &Promise) -> Result<Option<String>> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("reading '{}'", path.display()))?
        .len();
    if let Some(expected) = promise.size {
        if size != expected {
            return Ok(Some(format!(
                "is {size} bytes, but the hub announced {expected}"
            )));
        }
    }
    if let Some(expected) = &promise.sha256 {
        let actual = sha256(path)?;
        if &actual != expected {
            return Ok(Some(format!(
                "has sha256 {actual}, but the hub announced {expected}"
            )));
        }
    }
    Ok(None)
}

/// The sha256 of the file at `path`, in lower-case hexadecimal.
pub fn sha256(path: &Path) -> Result<String> {
    let mut file =
        std::fs::File::open(path).with_context(|| format!("opening '{}'", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file
            .read(&mut buf)
            .with_context(|| format!("reading '{}'", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_a_known_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("abc");
        std::fs::write(&path, "abc").unwrap();
        // FIPS 180-2, appendix B.1
        assert_eq!(
            sha256(&path).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let kept = Promise {
            size: Some(3),
            sha256: Some(sha256(&path).unwrap()),
        };
        assert_eq!(keeps(&path, &kept).unwrap(), None);
        let longer = Promise {
            size: Some(4),
            ..kept.clone()
        };
        assert!(keeps(&path, &longer).unwrap().unwrap().contains("3 bytes"));
        let other = Promise {
            sha256: Some("0".repeat(64)),
            ..kept
        };
        assert!(keeps(&path, &other).unwrap().unwrap().contains("sha256"));
    }

    #[test]
    fn file_addresses_follow_the_hub_layout() {
        let own = Place::parse("model.bin", "o/r", "abc");
        assert_eq!(
            own.url("http://h:9"),
            "http://h:9/o/r/resolve/abc/model.bin"
        );
        let other = Place::parse("f/orig:sentencepiece.bpe.model", "o/r", "abc");
        assert_eq!(
            other.url("http://h:9"),
            "http://h:9/f/orig/resolve/main/sentencepiece.bpe.model"
        );
        assert_eq!(other.file, "sentencepiece.bpe.model");
    }
}
