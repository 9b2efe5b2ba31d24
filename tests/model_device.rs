//! `--device auto|cpu|cuda` through the real binary: cpu and auto translate with the echo
//! model; cuda in a build without the `cuda` feature is a one-line usage error (exit 2) that
//! says how to build with it, raised before any model is fetched.
mod model_support;

use model_support::*;

const SEED: &str = "samples/000_0af768b52f2b990e.txt";

fn seed() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(SEED)
        .display()
        .to_string()
}

/// `selaras translate --device DEVICE` with the echo model, as jsonl.
fn translate(device: &str) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    let echo = demo_model("echo");
    let args = [
        "translate",
        "--threads",
        "1",
        "--format",
        "jsonl",
        "--device",
        device,
        "--model",
        echo.to_str().unwrap(),
        &seed(),
    ];
    selaras(home.path(), &args, &[])
}

#[test]
fn cpu_and_auto_translate() {
    for device in ["cpu", "auto"] {
        let out = translate(device);
        assert!(out.status.success(), "--device {device}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let mut translated = 0;
        for line in text.lines() {
            let pair: serde_json::Value = serde_json::from_str(line).unwrap();
            if pair["translate"] == true {
                // echo: the target is the source
                assert_eq!(pair["target"], pair["text"], "--device {device}: {line}");
                translated += 1;
            }
        }
        assert!(translated > 10, "--device {device}: {text}");
    }
}

#[cfg(not(feature = "cuda"))]
#[test]
fn cuda_without_the_feature_is_a_usage_error_saying_how_to_build_it() {
    let out = translate("cuda");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("cargo build --release --features cuda"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    // align refuses it the same way
    let home = tempfile::tempdir().unwrap();
    let echo = demo_model("echo");
    let args = [
        "align",
        "--id",
        &seed(),
        "--en",
        &seed(),
        "--device",
        "cuda",
        "--model",
        echo.to_str().unwrap(),
    ];
    let out = selaras(home.path(), &args, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--features cuda"), "{}", stderr(&out));
}

/// With no model installed, an unusable --device stops before the default model is fetched:
/// the fetch would go to an address where nothing listens.
#[cfg(not(feature = "cuda"))]
#[test]
fn cuda_without_the_feature_fails_before_fetching_the_default_model() {
    let home = tempfile::tempdir().unwrap();
    let nowhere = [(
        "SELARAS_DEFAULT_MODEL_URL",
        "http://127.0.0.1:9/default.zip",
    )];
    for command in ["translate", "align"] {
        let args: Vec<String> = match command {
            "translate" => vec!["translate".into(), "--device".into(), "cuda".into(), seed()],
            _ => vec![
                "align".into(),
                "--id".into(),
                seed(),
                "--en".into(),
                seed(),
                "--device".into(),
                "cuda".into(),
            ],
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = selaras(home.path(), &args, &nowhere);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{command}: {err}");
        assert!(err.contains("--features cuda"), "{command}: {err}");
        assert!(!err.contains("fetching"), "{command}: {err}");
    }
    assert!(half_written(home.path()).is_empty());
}

#[test]
fn an_unknown_device_is_refused_with_the_choices() {
    let out = translate("gpu");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("auto") && err.contains("cpu") && err.contains("cuda"),
        "{err}"
    );
}
