//! Models: where converted models live (the XDG cache), how `--model NAME|DIR` resolves to a
//! directory, and what a usable model directory must hold (models/README.md).
//!
//! [`catalog`] holds the known models, read from `models/catalog.toml` at build time;
//! [`fetch`] downloads and installs a model, [`convert`] turns a Marian model into a
//! CTranslate2 one natively (no Python), and [`preprocess`] replays the model's own
//! `preprocess.sh` on the input before SentencePiece.
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::Error;

pub mod binary;
pub mod catalog;
pub mod convert;
pub mod family;
pub mod fetch;
pub mod hub;
pub mod marian;
pub mod preprocess;

pub use catalog::{known, known_names, Family, KnownModel, Source, DEFAULT_MODEL, KNOWN_MODELS};
pub use convert::Quantization;
pub use preprocess::Preprocess;

/// Environment variable that replaces the default model's download URL (a mirror, or a
/// loopback server in tests).
pub const DEFAULT_MODEL_URL_ENV: &str = "SELARAS_DEFAULT_MODEL_URL";

/// The bytes of `line` outside `'…'` and `"…"` quotes, with their offsets; the quote marks
/// themselves are left out. No escapes: how the lines of a Marian `decoder.yml` and of a
/// model's `preprocess.sh` that selaras reads are quoted. ASCII bytes (the quote marks and
/// the delimiters callers look for) never occur inside a multi-byte UTF-8 character, so the
/// offset of an ASCII byte is a char boundary to cut at.
pub(crate) fn unquoted_bytes(line: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut quote = None;
    line.bytes().enumerate().filter(move |&(_, b)| match quote {
        Some(q) => {
            if b == q {
                quote = None;
            }
            false
        }
        None if b == b'\'' || b == b'"' => {
            quote = Some(b);
            false
        }
        None => true,
    })
}

/// `$XDG_CACHE_HOME/selaras/models`, or `~/.cache/selaras/models`.
pub fn cache_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(dir) if Path::new(&dir).is_absolute() => PathBuf::from(dir),
        _ => match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
            Some(home) => PathBuf::from(home).join(".cache"),
            None => {
                return Err(Error::Model(
                    "cannot find a cache directory: set XDG_CACHE_HOME or HOME, or pass \
                     --model DIR"
                        .into(),
                )
                .into())
            }
        },
    };
    Ok(base.join("selaras").join("models"))
}

/// Where the model called `name` is (or would be) installed.
pub fn cached_model_dir(name: &str) -> Result<PathBuf> {
    Ok(cache_dir()?.join(name))
}

/// A model name is a plain file name: no separators, not `.` or `..`.
pub(crate) fn is_model_name(spec: &str) -> bool {
    !spec.is_empty()
        && spec != "."
        && spec != ".."
        && !spec.contains('/')
        && !spec.contains('\\')
        && !spec.starts_with('.')
}

/// Turns `--model SPEC` into a checked model directory.
///
/// SPEC is a directory or a model NAME installed in the cache. Without SPEC, the
/// `SELARAS_MODEL` environment variable is used; without that, the default model, which
/// is fetched first (reported to `observer`) if it is not installed yet.
pub fn resolve(spec: Option<&str>, observer: &mut dyn crate::observe::Observer) -> Result<PathBuf> {
    let env = std::env::var("SELARAS_MODEL")
        .ok()
        .filter(|v| !v.is_empty());
    let spec = spec.map(str::to_string).or(env);
    let Some(spec) = spec else {
        let dir = cached_model_dir(DEFAULT_MODEL)?;
        if !dir.join("model.bin").is_file() {
            let model = known(DEFAULT_MODEL).expect("the default model is known");
            let catalog::Source::Zip(zip) = model.source else {
                unreachable!("build.rs: the default model is an OPUS-MT release zip")
            };
            let url = std::env::var(DEFAULT_MODEL_URL_ENV)
                .ok()
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| zip.to_string());
            observer.event(crate::observe::Event::Status(&format!(
                "no model given and the default model '{}' is not installed: \
                 fetching it (about {} MB) into '{}'",
                model.name,
                model.download_bytes / 1_000_000,
                dir.display()
            )));
            fetch::fetch_url(&url, model.name, &fetch::FetchOptions::default(), observer)?;
        }
        check_model_dir(&dir)?;
        return Ok(dir);
    };
    let path = Path::new(&spec);
    if path.is_dir() {
        check_model_dir(path)?;
        return Ok(path.to_path_buf());
    }
    if is_model_name(&spec) {
        let dir = cached_model_dir(&spec)?;
        if dir.is_dir() {
            check_model_dir(&dir)?;
            return Ok(dir);
        }
        let how = if known(&spec).is_some() {
            format!("run `selaras model fetch {spec}`")
        } else {
            format!(
                "pass --model DIR with a converted model, or run `selaras model fetch` \
                 (known models: {})",
                known_names()
            )
        };
        return Err(Error::Model(format!(
            "no model directory '{spec}' and no model named '{spec}' in '{}': {how}",
            cache_dir()?.display()
        ))
        .into());
    }
    Err(Error::Model(format!(
        "model directory '{spec}' does not exist: pass --model DIR with a converted model, \
         or run `selaras model fetch`"
    ))
    .into())
}

/// Checks that `dir` holds a complete CTranslate2 model and names everything missing.
pub fn check_model_dir(dir: &Path) -> Result<()> {
    if !dir.is_dir() {
        return Err(Error::Model(format!(
            "model directory '{}' does not exist: pass --model DIR with a converted model, \
             or run `selaras model fetch`",
            dir.display()
        ))
        .into());
    }
    let missing = missing_files(dir);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::Model(format!(
        "model directory '{}' has no {}: pass --model DIR with a converted model, or run \
         `selaras model fetch` (see models/README.md)",
        dir.display(),
        missing.join(", ")
    ))
    .into())
}

/// The files a model directory lacks, in a fixed order.
pub fn missing_files(dir: &Path) -> Vec<String> {
    let has = |name: &str| dir.join(name).is_file();
    let mut missing = Vec::new();
    for name in ["model.bin", "config.json"] {
        if !has(name) {
            missing.push(name.to_string());
        }
    }
    let shared = has("shared_vocabulary.json") || has("shared_vocabulary.txt");
    let split = (has("source_vocabulary.json") || has("source_vocabulary.txt"))
        && (has("target_vocabulary.json") || has("target_vocabulary.txt"));
    if !shared && !split {
        missing.push(
            "vocabulary (shared_vocabulary.json, or source_ and target_vocabulary.json)".into(),
        );
    }
    for name in Family::detect(dir).tokenizer_files() {
        if !has(name) {
            missing.push(name.to_string());
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bytes_outside_quotes_are_seen() {
        // (line, the unquoted bytes as text)
        let cases = [
            ("a: b # c", "a: b # c"),
            ("a: 'b # c'", "a: "),
            (r#"sed 's/|/x/' | "a'b" c"#, "sed  |  c"),
            ("x 'unclosed # y", "x "),
            ("'é' | ü", " | ü"),
        ];
        for (line, expected) in cases {
            let seen: Vec<u8> = unquoted_bytes(line).map(|(_, b)| b).collect();
            assert_eq!(String::from_utf8(seen).unwrap(), expected, "{line}");
            for (i, _) in unquoted_bytes(line).filter(|(_, b)| b.is_ascii()) {
                assert!(line.is_char_boundary(i), "{line}: {i}");
            }
        }
    }

    #[test]
    fn names_are_plain_file_names() {
        for ok in ["msa-eng", "id-en", "my_model.v2"] {
            assert!(is_model_name(ok), "{ok}");
        }
        for bad in ["", ".", "..", "a/b", "../x", ".hidden", "a\\b"] {
            assert!(!is_model_name(bad), "{bad}");
        }
    }

    #[test]
    fn an_empty_directory_lists_everything_missing_in_one_message() {
        let dir = tempfile::tempdir().unwrap();
        let err = check_model_dir(dir.path()).unwrap_err();
        let text = err.to_string();
        for name in [
            "model.bin",
            "config.json",
            "vocabulary",
            "source.spm",
            "target.spm",
        ] {
            assert!(text.contains(name), "{text}");
        }
        assert!(text.contains("selaras model fetch"));
        let code = err.downcast_ref::<Error>().map(Error::exit_code);
        assert_eq!(code, Some(3));
    }

    #[test]
    fn a_complete_directory_passes() {
        let dir = tempfile::tempdir().unwrap();
        for f in [
            "model.bin",
            "config.json",
            "shared_vocabulary.json",
            "source.spm",
            "target.spm",
        ] {
            std::fs::write(dir.path().join(f), b"x").unwrap();
        }
        check_model_dir(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("source.spm")).unwrap();
        assert_eq!(missing_files(dir.path()), vec!["source.spm".to_string()]);
    }
}
