//! JSONL inputs through the real binary: the four dump shapes read without flags, each kind of
//! bad line reported with its number and skipped (or the run's error under --strict, with no
//! output), broken compressed files, language identification, and translate --resume.
mod support;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::place;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn model(name: &str) -> String {
    root().join("models").join(name).display().to_string()
}

fn selaras(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
        .env_remove("SELARAS_MODEL")
        .args(args)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The segment records `segment --format jsonl` printed.
fn segments(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// The distinct document ids of segment records, in order.
fn docs(segments: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for segment in segments {
        let id = segment["doc"].as_str().unwrap().to_string();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }
    ids
}

/// An Indonesian article body, distinct for each `n`.
fn body(n: usize) -> String {
    let p = place(n);
    format!(
        "JAKARTA - Harga beras di pasar induk {p} naik pada pekan ini karena pasokan dari \
         daerah berkurang. Pedagang di {p} mengatakan stok di gudang masih cukup untuk dua \
         minggu ke depan.\n\nPemerintah berencana menambah impor beras untuk menekan harga di \
         {p}, kata seorang pejabat kementerian perdagangan."
    )
}

const ENGLISH: &str = "Rice prices at the main market rose again this week because supplies \
                       from the regions fell. Traders said the stock in their warehouses would \
                       last for another two weeks.";

fn line(value: Value) -> String {
    value.to_string() + "\n"
}

#[test]
fn the_four_shapes_are_read_without_flags() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.jsonl");
    let lines = [
        // trafilatura
        line(serde_json::json!({
            "title": "Harga Beras Naik Lagi di Pasar Induk",
            "text": body(1),
            "source": "https://www.antaranews.com/berita/1",
            "id": null,
            "date": "2024-08-06",
        })),
        // warc2text --jsonl
        line(serde_json::json!({
            "f": "crawl.warc.gz", "o": 0, "s": 4096,
            "u": "https://www.voaindonesia.com/a/2.html", "l": "id", "p": body(2),
        })),
        // giashard
        line(serde_json::json!({"u": "https://www.kompas.com/3", "text": body(3)})),
        // datatrove
        line(serde_json::json!({
            "id": "<urn:uuid:4>", "text": body(4),
            "metadata": {"url": "https://www.detik.com/4", "dump": "CC-MAIN-2024-33"},
        })),
        // no id at all: FILE:LINE
        line(serde_json::json!({"text": body(5)})),
    ];
    std::fs::write(&dump, lines.concat()).unwrap();
    let path = dump.to_str().unwrap();
    let output = selaras(&["segment", path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let segments = segments(&output);
    assert_eq!(
        docs(&segments),
        [
            "https://www.antaranews.com/berita/1".to_string(),
            "https://www.voaindonesia.com/a/2.html".to_string(),
            "https://www.kompas.com/3".to_string(),
            "<urn:uuid:4>".to_string(),
            format!("{path}:5"),
        ]
    );
    // the title field is the title segment, and the only one of its document
    let titles: Vec<(&str, &str)> = segments
        .iter()
        .filter(|s| s["kind"] == "title")
        .map(|s| (s["doc"].as_str().unwrap(), s["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        titles,
        [(
            "https://www.antaranews.com/berita/1",
            "Harga Beras Naik Lagi di Pasar Induk"
        )]
    );
    assert_eq!(segments[0]["span"], serde_json::json!([0, 36]));
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));

    // named fields take the place of the usual ones
    let custom = dir.path().join("custom.jsonl");
    std::fs::write(
        &custom,
        line(serde_json::json!({"isi": body(6), "kunci": "k6", "judul": "Judul Berita Enam"})),
    )
    .unwrap();
    let output = selaras(&[
        "segment",
        "--text-field",
        "isi",
        "--id-field",
        "kunci",
        "--title-field",
        "judul",
        custom.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let named = self::segments(&output);
    assert_eq!(named[0]["doc"], "k6");
    assert_eq!(named[0]["kind"], "title");
    assert_eq!(named[0]["text"], "Judul Berita Enam");
}

/// Files in `dir` other than `keep`: no output or temporary file may be left.
fn leftovers(dir: &Path, keep: &[&Path]) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| !keep.contains(&path.as_path()))
        .collect()
}

#[test]
fn each_bad_line_is_reported_with_its_number_and_skipped_or_stops_a_strict_run() {
    let good = |n: usize| line(serde_json::json!({"id": format!("d{n}"), "text": body(n)}));
    // a line of 50 MB: skipped without being read whole
    let huge = format!(
        "{{\"id\": \"huge\", \"text\": \"{}\"}}\n",
        "a".repeat(50 << 20)
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "invalid-json",
            b"{\"id\": \"x\", \"text\": \n".to_vec(),
            "invalid JSON",
        ),
        (
            "no-text",
            b"{\"id\": \"x\", \"title\": \"Judul\"}\n".to_vec(),
            "no text field",
        ),
        (
            "text-number",
            b"{\"id\": \"x\", \"text\": 42}\n".to_vec(),
            "is a number, not a string",
        ),
        (
            "invalid-utf8",
            b"{\"id\": \"x\", \"text\": \"Harga \xff naik.\"}\n".to_vec(),
            "invalid UTF-8",
        ),
        ("long-line", huge.into_bytes(), "longer than 16 MiB"),
    ];
    for (name, bad, problem) in cases {
        let dir = tempfile::tempdir().unwrap();
        let dump = dir.path().join(format!("{name}.jsonl"));
        let mut bytes = good(1).into_bytes();
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(good(3).as_bytes());
        std::fs::write(&dump, bytes).unwrap();
        let path = dump.to_str().unwrap();

        let output = selaras(&["segment", path]);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        assert_eq!(docs(&segments(&output)), ["d1", "d3"], "{name}");
        let err = stderr(&output);
        let reported = format!("'{path}' line 2: ");
        assert!(
            err.lines()
                .any(|l| l.contains(&reported) && l.contains(problem)),
            "{name}: {err}"
        );
        assert!(err.contains("1 bad line skipped"), "{name}: {err}");

        for command in [
            vec!["segment".to_string()],
            vec![
                "translate".into(),
                "--quiet".into(),
                "--model".into(),
                model("shout"),
            ],
        ] {
            let out = dir.path().join("out.tsv");
            let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
            args.extend(["--strict", "-o", out.to_str().unwrap(), path]);
            let output = selaras(&args);
            assert_eq!(output.status.code(), Some(2), "{name} {command:?}");
            let err = stderr(&output);
            assert_eq!(err.trim().lines().count(), 1, "{name} {command:?}: {err}");
            assert!(err.contains(&reported) && err.contains(problem), "{err}");
            assert_eq!(
                leftovers(dir.path(), &[&dump]),
                Vec::<PathBuf>::new(),
                "{name}"
            );
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn gzip_members_and_zstd_read_like_the_plain_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = line(serde_json::json!({"id": "a", "text": body(1)}));
    let second = line(serde_json::json!({"id": "b", "text": body(2)}));
    let plain = dir.path().join("dump.jsonl");
    std::fs::write(&plain, format!("{first}{second}")).unwrap();
    // two gzip members, as `cat a.gz b.gz` makes
    let gz = dir.path().join("dump.jsonl.gz");
    let mut members = gzip(first.as_bytes());
    members.extend(gzip(second.as_bytes()));
    std::fs::write(&gz, members).unwrap();
    let zst = dir.path().join("dump.jsonl.zst");
    std::fs::write(
        &zst,
        zstd::encode_all(std::fs::read(&plain).unwrap().as_slice(), 3).unwrap(),
    )
    .unwrap();
    let expected = selaras(&["segment", plain.to_str().unwrap()]);
    assert_eq!(docs(&segments(&expected)), ["a", "b"]);
    for path in [&gz, &zst] {
        let output = selaras(&["segment", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(output.stdout, expected.stdout, "{}", path.display());
    }
}

#[test]
fn a_gz_that_is_not_gzip_and_a_truncated_zst_stop_the_run_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..50)
        .map(|n| line(serde_json::json!({"id": n, "text": body(n)})))
        .collect();
    let not_gzip = dir.path().join("bukan.jsonl.gz");
    std::fs::write(&not_gzip, &text).unwrap();
    let truncated = dir.path().join("potong.jsonl.zst");
    let compressed = zstd::encode_all(text.as_bytes(), 3).unwrap();
    std::fs::write(&truncated, &compressed[..compressed.len() * 2 / 3]).unwrap();
    let cases = [
        (&not_gzip, "is not readable as gzip"),
        (&truncated, "the zstd stream ends early"),
    ];
    for (input, problem) in cases {
        for command in [
            vec!["segment".to_string()],
            vec![
                "translate".into(),
                "--quiet".into(),
                "--model".into(),
                model("shout"),
            ],
        ] {
            let out = dir.path().join("out.txt");
            let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
            args.extend(["-o", out.to_str().unwrap(), input.to_str().unwrap()]);
            let output = selaras(&args);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{command:?} {}",
                input.display()
            );
            let err = stderr(&output);
            assert_eq!(err.trim().lines().count(), 1, "{err}");
            assert!(
                err.contains(input.to_str().unwrap()) && err.contains(problem),
                "{err}"
            );
            assert_eq!(
                leftovers(dir.path(), &[&not_gzip, &truncated]),
                Vec::<PathBuf>::new()
            );
        }
    }
}

#[test]
fn documents_in_other_languages_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("campur.jsonl");
    std::fs::write(
        &dump,
        [
            line(serde_json::json!({"id": "id1", "text": body(1)})),
            line(serde_json::json!({"id": "en", "text": ENGLISH})),
            line(serde_json::json!({"id": "id2", "text": body(2)})),
        ]
        .concat(),
    )
    .unwrap();
    let path = dump.to_str().unwrap();
    let output = selaras(&["segment", path]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(docs(&segments(&output)), ["id1", "id2"]);
    assert!(
        stderr(&output).contains("1 document in other languages skipped"),
        "{}",
        stderr(&output)
    );
    let output = selaras(&["segment", "--lang-id", "off", path]);
    assert_eq!(docs(&segments(&output)), ["id1", "en", "id2"]);
    // --lang en keeps the English one instead
    let output = selaras(&["segment", "--lang", "en", path]);
    assert_eq!(docs(&segments(&output)), ["en"]);

    // an article file the user named is kept whatever its language, unless asked
    let english = dir.path().join("story.txt");
    std::fs::write(&english, ENGLISH).unwrap();
    let output = selaras(&["segment", english.to_str().unwrap()]);
    assert_eq!(docs(&segments(&output)), ["story"]);
    let output = selaras(&["segment", "--lang-id", "on", english.to_str().unwrap()]);
    assert!(segments(&output).is_empty());
    assert!(stderr(&output).contains("1 document in other languages skipped"));
}

#[test]
fn the_count_of_repeated_lines_and_the_segmenting_pass_keep_the_same_documents() {
    // the counting pass decides each document's language once and the segmenting pass reads
    // its verdicts: bad lines, blank lines, other languages and a second input must not shift
    // them
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("satu.jsonl");
    let second = dir.path().join("dua.jsonl");
    std::fs::write(
        &first,
        [
            line(serde_json::json!({"id": "en1", "text": ENGLISH})),
            "{\"id\": \"rusak\"\n".to_string(),
            line(serde_json::json!({"id": "id1", "text": body(1)})),
            "\n".to_string(),
            line(serde_json::json!({"id": "tanpa-teks"})),
            line(serde_json::json!({"id": "en2", "text": ENGLISH})),
            line(serde_json::json!({"id": "id2", "text": body(2)})),
        ]
        .concat(),
    )
    .unwrap();
    std::fs::write(
        &second,
        [
            line(serde_json::json!({"id": "id3", "text": body(3)})),
            line(serde_json::json!({"id": "en3", "text": ENGLISH})),
            line(serde_json::json!({"id": "id4", "text": body(4)})),
        ]
        .concat(),
    )
    .unwrap();
    let paths = [first.to_str().unwrap(), second.to_str().unwrap()];
    for lang in ["id", "en"] {
        let counted = selaras(&[
            "segment",
            "--lang",
            lang,
            "--repeated-lines",
            "2",
            paths[0],
            paths[1],
        ]);
        let single = selaras(&[
            "segment",
            "--lang",
            lang,
            "--no-repeated-lines",
            paths[0],
            paths[1],
        ]);
        assert_eq!(counted.status.code(), Some(0), "{}", stderr(&counted));
        let want: &[&str] = match lang {
            "id" => &["id1", "id2", "id3", "id4"],
            _ => &["en1", "en2", "en3"],
        };
        assert_eq!(docs(&segments(&counted)), want);
        assert_eq!(docs(&segments(&single)), want);
        let skipped = format!("{} documents in other languages skipped", 7 - want.len());
        assert!(stderr(&counted).contains(&skipped), "{}", stderr(&counted));
    }
}

/// TSV rows of a pair output: (doc, target).
fn targets(tsv: &str) -> Vec<(String, String)> {
    tsv.lines()
        .skip(1)
        .map(|row| {
            let cells: Vec<&str> = row.split('\t').collect();
            (cells[0].to_string(), cells[4].to_string())
        })
        .collect()
}

#[test]
fn translate_resumes_a_jsonl_run_from_its_journal() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.jsonl");
    // 20 documents, a bad line, 5 more: a --strict run stops at the bad line after the first
    // groups of documents were journaled
    let mut text: String = (0..20)
        .map(|n| line(serde_json::json!({"id": format!("d{n:02}"), "text": body(n)})))
        .collect();
    text += "{\"id\": \"rusak\"\n";
    text += &(20..25)
        .map(|n| line(serde_json::json!({"id": format!("d{n:02}"), "text": body(n)})))
        .collect::<String>();
    std::fs::write(&dump, text).unwrap();
    let out = dir.path().join("out.tsv");
    let journal = dir.path().join("out.tsv.selaras-journal");
    let run = |model_name: &str, extra: &[&str]| {
        let mut args = vec!["translate", "--threads", "1", "--quiet", "--resume"];
        let model = model(model_name);
        args.extend(["--model", model.as_str()]);
        args.extend(extra);
        args.extend(["-o", out.to_str().unwrap(), dump.to_str().unwrap()]);
        selaras(&args)
    };
    let stopped = run("shout", &["--strict"]);
    assert_eq!(stopped.status.code(), Some(2), "{}", stderr(&stopped));
    assert!(!out.exists());
    let journaled = std::fs::read_to_string(&journal).unwrap().lines().count();
    assert!(
        (1..20).contains(&journaled),
        "{journaled} documents journaled"
    );

    // the resumed run takes the journaled documents as the shout model translated them, and
    // translates the rest with the echo model
    let resumed = run("echo", &[]);
    assert_eq!(resumed.status.code(), Some(0), "{}", stderr(&resumed));
    assert!(!journal.exists());
    let rows = targets(&std::fs::read_to_string(&out).unwrap());
    let mut documents: Vec<&str> = rows.iter().map(|(doc, _)| doc.as_str()).collect();
    documents.dedup();
    let expected: Vec<String> = (0..25).map(|n| format!("d{n:02}")).collect();
    assert_eq!(documents, expected);
    let shouted = |doc: &str| {
        rows.iter()
            .filter(|(d, t)| d == doc && t.chars().any(char::is_lowercase))
            .count()
            == 0
    };
    assert!(shouted("d00"), "the first document comes from the journal");
    assert!(!shouted("d24"), "the last document is translated again");
}
