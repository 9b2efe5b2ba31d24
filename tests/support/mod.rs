//! Helpers shared by the command-line tests: the real binary run from the repository root, a
//! place name per article, a tiny tmpfs that fills up halfway through a run, and a listing of
//! what a failed run left in a directory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the real `selaras` binary in the repository root, with no `SELARAS_MODEL` from the
/// environment.
pub fn selaras(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(args)
        .current_dir(root())
        .env_remove("SELARAS_MODEL")
        .output()
        .expect("the selaras binary runs")
}

/// `(kind, text, translate)` of every segment of `path`, from `segment --format tsv` with
/// `extra` options; the run must succeed.
pub fn segments(path: &Path, extra: &[&str]) -> Vec<(String, String, bool)> {
    let mut args = vec!["segment", "--format", "tsv"];
    args.extend_from_slice(extra);
    let path = path.display().to_string();
    args.push(&path);
    let output = selaras(&args);
    assert!(output.status.success(), "{path}: {}", stderr(&output));
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (
                fields[3].to_string(),
                fields[9].to_string(),
                fields[8] == "true",
            )
        })
        .collect()
}

/// The segments of `path` that would be translated, in order.
pub fn translated(path: &Path) -> Vec<String> {
    segments(path, &[])
        .into_iter()
        .filter(|(_, _, translate)| *translate)
        .map(|(_, text, _)| text)
        .collect()
}

/// Checks the segments of `page` (with `extra` options) against its gold file, one
/// `kind\ttext` line per segment, and returns the gold.
pub fn assert_gold(page: &Path, gold_path: &Path, extra: &[&str]) -> Vec<(String, String)> {
    let gold: Vec<(String, String)> = std::fs::read_to_string(gold_path)
        .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()))
        .lines()
        .map(|line| {
            let (kind, text) = line.split_once('\t').unwrap();
            (kind.to_string(), text.to_string())
        })
        .collect();
    let got: Vec<(String, String)> = segments(page, extra)
        .into_iter()
        .map(|(kind, text, _)| (kind, text))
        .collect();
    for (k, (g, o)) in gold.iter().zip(&got).enumerate() {
        assert_eq!(g, o, "{}: segment {k}", page.display());
    }
    assert_eq!(gold.len(), got.len(), "{}: segment count", page.display());
    gold
}

/// Writes each `(file name, bytes, problem)` page into `dir` and checks that `segment -o` refuses
/// it: exit 2, one line on stderr naming the file and the problem, no output file.
pub fn assert_refused_with_nothing_written(dir: &Path, cases: &[(&str, &[u8], &str)]) {
    for (name, bytes, problem) in cases {
        let page = dir.join(name);
        std::fs::write(&page, bytes).unwrap();
        let out = dir.join(format!("{name}.tsv"));
        let output = selaras(&[
            "segment",
            "--format",
            "tsv",
            "-o",
            &out.display().to_string(),
            &page.display().to_string(),
        ]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {message}");
        assert_eq!(message.trim().lines().count(), 1, "{name}: {message}");
        assert!(
            message.contains(name) && message.contains(problem),
            "{name}: {message}"
        );
        assert!(!out.exists(), "{name}: output written");
    }
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A place name for article `n`, one syllable per digit ("Desaci" for 1): articles must differ
/// in words, not only in numbers, or their lines are lines repeated across the corpus.
pub fn place(n: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ba", "ci", "du", "fe", "go", "hu", "ja", "ke", "lo", "mu"];
    let name: String = n
        .to_string()
        .bytes()
        .map(|d| SYLLABLES[(d - b'0') as usize])
        .collect();
    format!("Desa{name}")
}

/// A tmpfs of `size` mounted at a fresh directory (root only); unmounted on drop.
pub struct Tmpfs {
    pub dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. `"64k"`), or prints why the calling test is skipped and
    /// returns `None` when mounting is not permitted here.
    pub fn mount(size: &str) -> Option<Tmpfs> {
        let mounted = tempfile::tempdir().ok().and_then(|dir| {
            let status = Command::new("mount")
                .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
                .arg(dir.path())
                .stderr(std::process::Stdio::null())
                .status()
                .ok()?;
            status.success().then_some(Tmpfs { dir })
        });
        if mounted.is_none() {
            eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        }
        mounted
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// The names of the entries in `dir`, sorted: what a run left behind.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the directory")
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A family's fixture made from the demonstration model `base` (echo or shout): its model.bin,
/// its config.json without the Marian converter's `add_source_eos`, the family's tokenizer file
/// name, and a vocabulary where three byte pieces
/// no article holds are renamed to the family's language tokens (see tests/model_families.rs).
pub fn family_model(dir: &Path, base: &str, family: &str) -> PathBuf {
    let (tokens, tokenizer): ([&str; 3], &str) = match family {
        "nllb" => (
            ["ind_Latn", "zsm_Latn", "eng_Latn"],
            "sentencepiece.bpe.model",
        ),
        "m2m100" => (["__id__", "__ms__", "__en__"], "sentencepiece.bpe.model"),
        "madlad" => (["<2id>", "<2ms>", "<2en>"], "spiece.model"),
        _ => unreachable!(),
    };
    let from = root().join("models").join(base);
    let to = dir.join(format!("{family}-{base}"));
    std::fs::create_dir_all(&to).unwrap();
    std::fs::copy(from.join("model.bin"), to.join("model.bin")).unwrap();
    // A conversion from Transformers leaves `</s>` to the tokenizer (CTranslate2 adds it only
    // for Marian and Fairseq models), so the fixture's model must not add it either: selaras
    // has to write it after the pieces, or the echo runs past the end of the source.
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(from.join("config.json")).unwrap()).unwrap();
    config["add_source_eos"] = serde_json::Value::Bool(false);
    std::fs::write(to.join("config.json"), config.to_string()).unwrap();
    std::fs::copy(from.join("source.spm"), to.join(tokenizer)).unwrap();
    let mut vocabulary: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(from.join("shared_vocabulary.json")).unwrap(),
    )
    .unwrap();
    // "<0x01>" … "<0x03>": control bytes, which no article holds
    for (k, token) in tokens.iter().enumerate() {
        assert_eq!(vocabulary[3 + k], format!("<0x{:02X}>", k + 1));
        vocabulary[3 + k] = token.to_string();
    }
    std::fs::write(
        to.join("shared_vocabulary.json"),
        serde_json::to_string(&vocabulary).unwrap(),
    )
    .unwrap();
    to
}
