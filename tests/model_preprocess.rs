//! Preprocessing parity: `Preprocess::apply` must give what the model's own `preprocess.sh`
//! gives (with `spm_encode` replaced by `cat`), line for line. The scripts run under `sh` with
//! `perl` and `sed` in a UTF-8 locale; where perl is missing the test says so and stops.
use std::io::{Read, Write};
use std::process::{Command, Stdio};

use selaras::model::preprocess::Step;
use selaras::model::Preprocess;

/// Inputs that exercise every step: full-width punctuation, controls, format characters,
/// private use, runs of spaces, and text that must come through unchanged.
const INPUTS: &[&str] = &[
    "Presiden Joko Widodo meresmikan jalan tol di Jawa Tengah, Jumat (6/8).",
    "“Kami siap,” kata dia。  Lalu？ Ya！",
    "harga naik 50％… atau turun～",
    "satu，dua、tiga：empat；lima（enam）",
    "  spasi   di   mana-mana  ",
    "tab\there\tand\u{1}control\u{7f}chars",
    "zero\u{200B}width\u{2060}joiner\u{FEFF}bom",
    "soft\u{00AD}hyphen and \u{E000} private use",
    "right\u{200F}to\u{202E}left marks",
    "angka １２３ dan ０９",
    "Jakarta’s 《buku》 「kutipan」 【kurung】 〈sudut〉",
    "",
    "   ",
];

/// Runs `pipeline` (a shell pipeline reading stdin) on `lines`.
fn run_script(script: &str, lines: &[&str]) -> Option<Vec<String>> {
    let perl_ok = Command::new("perl")
        .arg("-e1")
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !perl_ok {
        return None;
    }
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .args(["preprocess.sh", "id", "source.spm"])
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut input = lines.join("\n");
    input.push('\n');
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let mut output = String::new();
    child.stdout.take()?.read_to_string(&mut output).ok()?;
    child.wait().ok()?;
    Some(output.lines().map(str::to_string).collect())
}

fn assert_parity(script: &str, runnable: &str) {
    let preprocess = Preprocess::from_script(script);
    assert!(
        !preprocess
            .steps
            .iter()
            .any(|s| matches!(s, Step::Skipped { .. })),
        "{:#?}",
        preprocess.steps
    );
    let Some(expected) = run_script(runnable, INPUTS) else {
        eprintln!("skipped: perl is not available to run preprocess.sh");
        return;
    };
    assert_eq!(expected.len(), INPUTS.len(), "{expected:?}");
    for (input, want) in INPUTS.iter().zip(&expected) {
        assert_eq!(&preprocess.apply(input), want, "input {input:?}");
    }
}

#[test]
fn the_fixture_zip_script_and_apply_agree() {
    let zip = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/models/zips/echo.zip"),
    )
    .unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut script = String::new();
    archive
        .by_name("preprocess.sh")
        .unwrap()
        .read_to_string(&mut script)
        .unwrap();
    let runnable = script.replace("spm_encode --model \"$2\"", "cat");
    assert_ne!(runnable, script, "the script no longer ends in spm_encode");
    assert_parity(&script, &runnable);
}

/// The shape of the Helsinki-NLP OPUS-MT preprocess.sh (sed punctuation mapping, perl
/// control-character removal, sed space squeezing, then spm_encode).
const OPUS_MT_STYLE: &str = r#"#!/bin/bash
#
# USAGE preprocess.sh langid spmodel < input > output
#
if [ "$(hostname)" = "example" ]; then
  SPMENCODE=/opt/spm_encode
else
  SPMENCODE=`which spm_encode || echo "${PWD}/tools/spm_encode"`
fi

sed -e 's/，/,/g' \
    -e 's/。 */. /g' \
    -e 's/、/,/g' \
    -e 's/”/"/g' \
    -e 's/“/"/g' \
    -e 's/：/:/g' \
    -e 's/？/\?/g' \
    -e 's/《/"/g' \
    -e 's/》/"/g' \
    -e 's/）/\)/g' \
    -e 's/！/\!/g' \
    -e 's/（/\(/g' \
    -e 's/；/;/g' \
    -e 's/」/"/g' \
    -e 's/「/"/g' \
    -e 's/０/0/g' \
    -e 's/１/1/g' \
    -e 's/２/2/g' \
    -e 's/３/3/g' \
    -e 's/９/9/g' \
    -e 's/． */. /g' \
    -e 's/～/\~/g' \
    -e "s/’/\'/g" \
    -e 's/…/\.\.\./g' \
    -e 's/〈/\</g' \
    -e 's/〉/\>/g' \
    -e 's/【/\[/g' \
    -e 's/】/\]/g' \
    -e 's/％/\%/g' |
perl -C -pe  's/(?!\n)\p{C}/ /g;' |
perl -CIOE -pe 's/[\x{2060}\x{200B}\x{feff}]//g' |
sed 's/  */ /g;s/^ *//g;s/ *$//g' |
${SPMENCODE} --model $2
"#;

#[test]
fn an_opus_mt_style_script_and_apply_agree() {
    let runnable = OPUS_MT_STYLE.replace("${SPMENCODE} --model $2", "cat");
    assert_parity(OPUS_MT_STYLE, &runnable);
}

/// A corrupt `preprocess.json` stops `translate` with the model's exit code and names the
/// file, instead of quietly translating without the model's preprocessing.
#[test]
fn a_corrupt_preprocess_json_stops_translate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let model = tempfile::tempdir().unwrap();
    let echo = root.join("models/echo");
    for entry in std::fs::read_dir(&echo).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), model.path().join(entry.file_name())).unwrap();
    }
    let json = model.path().join("preprocess.json");
    std::fs::write(&json, "{\"source\": \"preprocess.sh\", \"steps\": [").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(["translate", "--threads", "1", "--model"])
        .arg(model.path())
        .arg(root.join("samples/000_0af768b52f2b990e.txt"))
        .env_remove("SELARAS_MODEL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains(&json.display().to_string()), "{stderr}");
    assert!(out.stdout.is_empty());
}
