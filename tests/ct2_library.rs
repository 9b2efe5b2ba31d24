//! The prebuilt CTranslate2 library (the default feature `prebuilt`): a missing or wrong
//! library is one line on stderr naming the file and the fix, exit code 3, and no output file;
//! commands that need no model run without it.
#![cfg(feature = "prebuilt")]
use selaras::translate::ct2::library::{expected, LIBRARY_VAR};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const SEED: &str = "samples/000_0af768b52f2b990e.txt";

/// `selaras ARGS` with `SELARAS_CT2_LIBRARY` set to `library`, or unset for None.
fn selaras_with(library: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_selaras"));
    command
        .args(args)
        .current_dir(root())
        .env_remove("SELARAS_MODEL");
    match library {
        Some(library) => command.env(LIBRARY_VAR, library),
        None => command.env_remove(LIBRARY_VAR),
    };
    command.output().unwrap()
}

fn assert_success(output: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what}: {stderr}");
}

/// The file name this build expects the library to have.
fn expected_name() -> String {
    let (_, file) = expected().expect("a prebuilt build");
    file.to_string()
}

/// Translating to a file with `library` fails with exit 3 and one line that names the file,
/// the fix and `says`, leaving no output behind.
fn assert_refused(library: &Path, says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pairs.tsv");
    let model = root().join("models/echo");
    let output = selaras_with(
        Some(library),
        &[
            "translate",
            "--model",
            model.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            SEED,
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(3),
        "{}: {stderr}",
        library.display()
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains(&library.display().to_string()),
        "names the file: {stderr}"
    );
    assert!(stderr.contains("scripts/setup"), "names the fix: {stderr}");
    assert!(stderr.contains(says), "says {says:?}: {stderr}");
    assert!(!out.exists(), "no output file");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing left behind"
    );
}

#[test]
fn a_missing_library_is_named_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused(&dir.path().join(expected_name()), "no such file");
}

#[test]
fn a_library_that_is_not_ctranslate2_is_refused_before_any_call() {
    // a real shared library with the expected name: it loads, but lacks CTranslate2's functions
    let dir = tempfile::tempdir().unwrap();
    let impostor = dir.path().join(expected_name());
    let libm = [
        "/lib/x86_64-linux-gnu/libm.so.6",
        "/lib/aarch64-linux-gnu/libm.so.6",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
    .expect("libm");
    std::fs::copy(libm, &impostor).unwrap();
    assert_refused(&impostor, "it lacks _ZN11ctranslate2");
}

#[test]
fn a_truncated_library_is_refused_with_the_loaders_reason() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join(expected_name());
    std::fs::write(&broken, b"\x7fELF not really").unwrap();
    assert_refused(&broken, "cannot load the CTranslate2 library");
}

#[test]
fn a_library_of_another_version_is_refused_by_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("libctranslate2.so.4.5.0");
    std::fs::write(&other, b"").unwrap();
    assert_refused(
        &other,
        &format!(
            "not the CTranslate2 library this selaras was built for ({}",
            expected_name()
        ),
    );
}

#[test]
fn commands_without_a_model_run_without_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join(expected_name());
    let output = selaras_with(Some(&missing), &["segment", SEED]);
    assert_success(&output, "segment");
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"kind\":\"title\""));
    let output = selaras_with(
        Some(&missing),
        &[
            "align",
            "--no-mt",
            "--id",
            "tests/fixtures/align/flood.id.txt",
            "--en",
            "tests/fixtures/align/flood.en.txt",
        ],
    );
    assert_success(&output, "align --no-mt");
    assert!(!output.stdout.is_empty());
}

#[test]
fn the_library_found_by_default_translates() {
    // no SELARAS_CT2_LIBRARY: the directory scripts/setup filled at build time
    let model = root().join("models/shout");
    let output = selaras_with(
        None,
        &["translate", "--model", model.to_str().unwrap(), SEED],
    );
    assert_success(&output, "translate");
    let pairs = String::from_utf8_lossy(&output.stdout);
    assert!(pairs.contains("MENLU AS DAN KORSEL BAHAS"), "{pairs}");
}
