//! `selaras model convert`: the native Rust converter against the committed outputs of
//! `ct2-opus-mt-converter`, for every fixture model and quantization. No Python is needed:
//! the references are files in tests/fixtures/models, and models/echo and models/shout.
mod model_support;

use model_support::*;

const VARIANTS: &[&str] = &[
    "echo-postnorm-tied",
    "echo-prenorm-tied",
    "echo-postnorm-align",
    "echo-postnorm-embnorm",
    "echo-postnorm-sinusoidal",
    "shout-postnorm-untied",
    "shout-prenorm-untied",
    "shout-prenorm-sinusoidal",
    "shout-postnorm-split",
];

fn convert(zip: &std::path::Path, out: &std::path::Path, quantization: &str) {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "model",
        "convert",
        zip.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quantization",
        quantization,
    ];
    let result = selaras(home.path(), &args, &[]);
    assert!(result.status.success(), "{}", stderr(&result));
}

/// The converter's files in `reference` (model.bin, config.json, vocabularies) are equal,
/// byte for byte, to ours in `ours`.
fn assert_same_as_reference(reference: &std::path::Path, ours: &std::path::Path) {
    let names = file_names(reference);
    assert!(
        names.contains(&"model.bin".to_string()),
        "{reference:?}: {names:?}"
    );
    for name in names
        .iter()
        .filter(|n| !n.ends_with(".spm") && !n.ends_with(".tsv"))
    {
        let expected = std::fs::read(reference.join(name)).unwrap();
        let actual = std::fs::read(ours.join(name)).unwrap_or_default();
        assert!(
            expected == actual,
            "{} differs from the reference {} ({} vs {} bytes)",
            ours.join(name).display(),
            reference.join(name).display(),
            actual.len(),
            expected.len()
        );
    }
}

#[test]
fn every_fixture_variant_and_quantization_is_byte_identical() {
    let work = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for variant in VARIANTS {
        for quantization in ["int8", "int16", "float32"] {
            let zip = fixtures().join("zips").join(format!("{variant}.zip"));
            let out = work.path().join(format!("{variant}-{quantization}"));
            convert(&zip, &out, quantization);
            let reference = fixtures()
                .join("reference")
                .join(format!("{variant}-{quantization}"));
            assert_same_as_reference(&reference, &out);
            for spm in ["source.spm", "target.spm"] {
                assert!(out.join(spm).is_file(), "{spm} not copied in");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 27);
}

#[test]
fn echo_and_shout_match_their_committed_models() {
    let work = tempfile::tempdir().unwrap();
    for name in ["echo", "shout"] {
        let out = work.path().join(name);
        convert(
            &fixtures().join("zips").join(format!("{name}.zip")),
            &out,
            "int8",
        );
        assert_same_as_reference(&demo_model(name), &out);
    }
}

#[test]
fn an_unpacked_directory_converts_like_its_zip() {
    let work = tempfile::tempdir().unwrap();
    let unpacked = work.path().join("unpacked");
    let bytes = fixture_zip("shout-postnorm-split");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    archive.extract(&unpacked).unwrap();
    let out = work.path().join("out");
    convert(&unpacked, &out, "int8");
    assert_same_as_reference(
        &fixtures().join("reference/shout-postnorm-split-int8"),
        &out,
    );
}

#[test]
fn convert_refuses_to_overwrite_and_reports_missing_input() {
    let work = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let zip = fixtures().join("zips/echo-postnorm-tied.zip");
    let existing = work.path().to_str().unwrap();
    let out = selaras(
        home.path(),
        &["model", "convert", zip.to_str().unwrap(), "--out", existing],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let missing = work.path().join("missing.zip");
    let target = work.path().join("new");
    let out = selaras(
        home.path(),
        &[
            "model",
            "convert",
            missing.to_str().unwrap(),
            "--out",
            target.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!target.exists());
}

#[test]
fn a_model_directory_missing_files_names_them_all() {
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("model.bin"), b"x").unwrap();
    let out = selaras(
        work.path(),
        &["model", "path", work.path().to_str().unwrap()],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    for name in [
        "config.json",
        "vocabulary",
        "source.spm",
        "target.spm",
        "selaras model fetch",
    ] {
        assert!(err.contains(name), "{name} not in {err}");
    }
    assert!(!err.contains("model.bin,"), "{err}");
}

#[test]
fn list_shows_the_known_models() {
    let home = tempfile::tempdir().unwrap();
    let out = selaras(home.path(), &["model", "list"], &[]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "msa-eng",
        "id-en",
        "38.6",
        "64.7",
        "33.4",
        "61.2",
        "CC-BY-4.0",
        "(default)",
        "https://object.pouta.csc.fi/Tatoeba-MT-models/msa-eng/opus+bt-2021-04-30.zip",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    // every catalog entry, with its notes and where its scores come from
    for m in selaras::model::KNOWN_MODELS {
        let source = m.source.describe();
        for needle in [m.name, &source, m.licence, m.notes, m.scores_source] {
            assert!(text.contains(needle), "{needle} not in {text}");
        }
        if m.non_commercial {
            assert!(text.contains(&format!("{} (NC)", m.licence)), "{text}");
        }
    }
}

#[test]
fn model_names_and_selaras_model_resolve_to_directories() {
    let home = tempfile::tempdir().unwrap();
    let installed = models_dir(home.path()).join("echo");
    std::fs::create_dir_all(&installed).unwrap();
    for file in file_names(&demo_model("echo")) {
        std::fs::copy(demo_model("echo").join(&file), installed.join(&file)).unwrap();
    }
    let printed =
        |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).trim().to_string();

    let by_name = selaras(home.path(), &["model", "path", "echo"], &[]);
    assert!(by_name.status.success(), "{}", stderr(&by_name));
    assert_eq!(printed(&by_name), installed.display().to_string());

    let by_env = selaras(
        home.path(),
        &["model", "path"],
        &[("SELARAS_MODEL", "echo")],
    );
    assert!(by_env.status.success(), "{}", stderr(&by_env));
    assert_eq!(printed(&by_env), installed.display().to_string());

    // an explicit directory wins over SELARAS_MODEL
    let shout = demo_model("shout");
    let by_dir = selaras(
        home.path(),
        &["model", "path", shout.to_str().unwrap()],
        &[("SELARAS_MODEL", "echo")],
    );
    assert!(by_dir.status.success(), "{}", stderr(&by_dir));
    assert_eq!(printed(&by_dir), shout.display().to_string());

    let unknown = selaras(home.path(), &["model", "path", "nope"], &[]);
    assert_eq!(unknown.status.code(), Some(3));
    assert!(
        stderr(&unknown).contains("selaras model fetch"),
        "{}",
        stderr(&unknown)
    );
}
