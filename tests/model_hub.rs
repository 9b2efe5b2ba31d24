//! `selaras model fetch` of a hub model (NLLB-200 here) against a hub served on loopback in
//! the hub's own layout: `/{repo}/resolve/{revision}/{file}`, large files answered with a 302
//! to a storage path carrying `X-Linked-Etag` (their sha256) and `X-Linked-Size`, small files
//! answered directly. The served model is the NLLB echo fixture, so an installed model is
//! proved by translating with it. Every failure (a refused licence, a wrong sha256, a short
//! file, a missing file) is one line and leaves no model.
mod model_support;

use model_support::*;
use sha2::{Digest, Sha256};
use std::path::Path;

const MODEL: &str = "nllb-600m";
const SAMPLE: &str = "samples/000_0af768b52f2b990e.txt";

/// The catalog's repository and revision for `name`, as `model list` shows them.
fn catalog_place(name: &str) -> (String, String) {
    let home = tempfile::tempdir().unwrap();
    let out = selaras(home.path(), &["model", "list"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{name} ")));
    lines.next().expect("the model is listed");
    let hub = lines.next().unwrap().trim();
    let (repo, revision) = hub
        .strip_prefix("hub: ")
        .and_then(|rest| rest.split_once(" at "))
        .unwrap_or_else(|| panic!("{hub}"));
    (repo.to_string(), revision.to_string())
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How the hub misbehaves.
#[derive(Clone, Copy, PartialEq)]
enum Fault {
    None,
    WrongSha,
    ShortModel,
    NoConfig,
}

/// The hub's files for the NLLB echo fixture in `dir`. model.bin and the vocabulary go through
/// a redirect with their sha256 and size; config.json is answered directly with a git object id
/// as its ETag (not a sha256, so not checked); the tokenizer is missing from the conversion and
/// served by the original model's repository, as the catalog's `OWNER/NAME:FILE` allows.
fn hub_files(model: &Path, repo: &str, revision: &str, fault: Fault) -> Vec<(String, Served)> {
    let read = |name: &str| std::fs::read(model.join(name)).unwrap();
    let mut files = Vec::new();
    for name in ["model.bin", "shared_vocabulary.json"] {
        let body = read(name);
        let mut sha = sha256(&body);
        let mut size = body.len();
        let mut served = body.clone();
        if name == "model.bin" {
            match fault {
                Fault::WrongSha => sha = sha256(b"another model"),
                Fault::ShortModel => {
                    served.truncate(body.len() / 2);
                    size = body.len();
                }
                _ => {}
            }
        }
        files.push((
            format!("{repo}/resolve/{revision}/{name}"),
            Served {
                redirect: Some(format!("/storage/{name}")),
                headers: vec![
                    ("X-Linked-Etag".into(), format!("\"{sha}\"")),
                    ("X-Linked-Size".into(), size.to_string()),
                ],
                ..Served::default()
            },
        ));
        files.push((format!("storage/{name}"), Served::new(served)));
    }
    if fault != Fault::NoConfig {
        files.push((
            format!("{repo}/resolve/{revision}/config.json"),
            Served {
                headers: vec![("ETag".into(), format!("\"{}\"", "a".repeat(40)))],
                ..Served::new(read("config.json"))
            },
        ));
    }
    files.push((
        "facebook/nllb-200-distilled-600M/resolve/main/sentencepiece.bpe.model".into(),
        Served::new(read("sentencepiece.bpe.model")),
    ));
    files
}

struct Hub {
    server: Server,
    _fixture: tempfile::TempDir,
}

fn hub(fault: Fault) -> Hub {
    let fixture = tempfile::tempdir().unwrap();
    let model = family_model(fixture.path(), "echo", "nllb");
    let (repo, revision) = catalog_place(MODEL);
    let files = hub_files(&model, &repo, &revision, fault);
    let server = serve(files.iter().map(|(p, s)| (p.as_str(), s.clone())).collect());
    Hub {
        server,
        _fixture: fixture,
    }
}

fn fetch(home: &Path, hub: &Hub, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["model", "fetch", MODEL];
    args.extend_from_slice(extra);
    selaras(home, &args, &[("SELARAS_HUB_URL", &hub.server.base)])
}

fn one_line_error(out: &std::process::Output) -> String {
    assert!(!out.status.success(), "it should fail");
    let err = stderr(out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    err
}

#[test]
fn fetch_installs_a_hub_model_that_translates() {
    let hub = hub(Fault::None);
    let home = tempfile::tempdir().unwrap();
    let out = fetch(home.path(), &hub, &["--accept-licence", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = models_dir(home.path()).join(MODEL);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        dir.display().to_string()
    );
    assert_eq!(
        file_names(&dir),
        [
            "config.json",
            "model.bin",
            "sentencepiece.bpe.model",
            "shared_vocabulary.json"
        ]
    );
    assert!(
        half_written(home.path()).is_empty(),
        "{:?}",
        half_written(home.path())
    );
    // large files were asked for once with HEAD (the promise) and fetched through the redirect
    let requests = hub.server.requests();
    assert!(requests
        .iter()
        .any(|r| r.method == "HEAD" && r.path.ends_with("/model.bin")));
    assert!(requests
        .iter()
        .any(|r| r.method == "GET" && r.path == "/storage/model.bin"));

    // the installed model translates: the echo model gives every sentence back
    let root = root();
    let sample = root.join(SAMPLE);
    let sample = sample.to_str().unwrap();
    let segmented = selaras(home.path(), &["segment", "--format", "tsv", sample], &[]);
    assert!(segmented.status.success(), "{}", stderr(&segmented));
    let translated = selaras(
        home.path(),
        &[
            "translate",
            "--model",
            MODEL,
            "--threads",
            "1",
            "--quiet",
            "--format",
            "tsv",
            sample,
        ],
        &[],
    );
    assert!(translated.status.success(), "{}", stderr(&translated));
    // segment: doc block seq kind start end in_quote duplicate_of translate text
    let segments = String::from_utf8(segmented.stdout).unwrap();
    let sentences: Vec<&str> = segments
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols[3] != "boilerplate")
        .map(|cols| cols[9])
        .collect();
    // translate: doc seq kind source target score
    let tsv = String::from_utf8(translated.stdout).unwrap();
    let pairs: Vec<Vec<&str>> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(pairs.len() > 10, "{tsv}");
    assert_eq!(pairs.len(), sentences.len(), "{tsv}");
    for (pair, sentence) in pairs.iter().zip(&sentences) {
        assert_eq!(pair[3], *sentence);
        assert_eq!(pair[4], pair[3], "the echo model gives every sentence back");
    }
}

#[test]
fn a_refused_licence_downloads_nothing() {
    let hub = hub(Fault::None);
    let home = tempfile::tempdir().unwrap();
    let out = fetch(home.path(), &hub, &[]);
    let err = one_line_error(&out);
    assert!(
        err.contains("CC-BY-NC-4.0") && err.contains("--accept-licence"),
        "{err}"
    );
    assert!(
        hub.server.requests().is_empty(),
        "{:?}",
        hub.server.requests()
    );
    assert!(!models_dir(home.path()).join(MODEL).exists());
}

#[test]
fn a_file_that_breaks_the_hubs_promise_or_is_missing_leaves_no_model() {
    for (fault, expected) in [
        (Fault::WrongSha, "sha256"),
        (Fault::ShortModel, "bytes, but the hub announced"),
        (Fault::NoConfig, "has no 'config.json'"),
    ] {
        let hub = hub(fault);
        let home = tempfile::tempdir().unwrap();
        let out = fetch(home.path(), &hub, &["--accept-licence", "--quiet"]);
        let err = one_line_error(&out);
        assert!(err.contains(expected) && err.contains(MODEL), "{err}");
        assert!(!models_dir(home.path()).join(MODEL).exists(), "{err}");
        assert!(
            half_written(home.path()).is_empty(),
            "{:?}",
            half_written(home.path())
        );
        // a file that broke its promise is not kept for resuming
        if fault != Fault::NoConfig {
            let kept = models_dir(home.path()).join(".downloads").join(MODEL);
            assert!(!kept.join("model.bin").exists(), "{err}");
        }
    }
}
