//! Pages delivered as Markdown through the real binary: every fixture page in
//! tests/fixtures/markdown gives the sentences and kinds of its hand-written gold and no
//! markup in any segment; the VOA page in Markdown gives the same sentences as the same
//! article scraped as text; a JSONL document's `markdown` field is read as Markdown; the
//! format is chosen by name or given; bad pages are one-line errors with no output written.
mod support;
use std::path::{Path, PathBuf};
use support::{root, selaras, stderr};

fn pages() -> PathBuf {
    root().join("tests/fixtures/markdown")
}

/// `(kind, text, translate)` of every segment of `path`, from `segment --format tsv`.
fn segments(path: &Path, extra: &[&str]) -> Vec<(String, String, bool)> {
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

/// The fixture pages, sorted, each with the language its name gives (`*.en.md` is English).
fn fixture_pages() -> Vec<(PathBuf, &'static str)> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(pages())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    entries.sort();
    entries
        .into_iter()
        .map(|p| {
            let lang = if p.to_string_lossy().ends_with(".en.md") {
                "en"
            } else {
                "id"
            };
            (p, lang)
        })
        .collect()
}

#[test]
fn every_fixture_page_gives_its_gold_sentences_and_kinds() {
    let mut checked = 0;
    for (page, lang) in fixture_pages() {
        let gold_path = PathBuf::from(page.to_string_lossy().replace(".md", ".gold.tsv"));
        let gold: Vec<(String, String)> = std::fs::read_to_string(&gold_path)
            .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()))
            .lines()
            .map(|line| {
                let (kind, text) = line.split_once('\t').unwrap();
                (kind.to_string(), text.to_string())
            })
            .collect();
        let got: Vec<(String, String)> = segments(&page, &["--lang", lang])
            .into_iter()
            .map(|(kind, text, _)| (kind, text))
            .collect();
        for (k, (g, o)) in gold.iter().zip(&got).enumerate() {
            assert_eq!(g, o, "{}: segment {k}", page.display());
        }
        assert_eq!(gold.len(), got.len(), "{}: segment count", page.display());
        for kind in [
            "title",
            "caption",
            "credit",
            "sentence",
            "boilerplate",
            "meta",
        ] {
            assert!(
                gold.iter().any(|(k, _)| k == kind),
                "{}: a fixture page must show a {kind}",
                page.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} fixture pages");
}

#[test]
fn no_markup_reaches_a_segment() {
    for (page, lang) in fixture_pages() {
        let source = std::fs::read_to_string(&page).unwrap();
        assert!(
            source.contains("]("),
            "{}: a page without links",
            page.display()
        );
        for (_, text, _) in segments(&page, &["--lang", lang]) {
            for sign in ["](", "![", "**", "http", "# ", "> "] {
                assert!(
                    !text.contains(sign),
                    "{}: {sign:?} in {text:?}",
                    page.display()
                );
            }
        }
    }
}

#[test]
fn a_page_in_markdown_and_its_text_scrape_give_the_same_sentences() {
    let translated = |path: &Path| -> Vec<String> {
        segments(path, &[])
            .into_iter()
            .filter(|(_, _, translate)| *translate)
            .map(|(_, text, _)| text)
            .collect()
    };
    let page = translated(&pages().join("voaindonesia.md"));
    let text = translated(&root().join("samples/000_0af768b52f2b990e.txt"));
    assert!(text.len() > 10);
    assert_eq!(page, text);
}

#[test]
fn a_jsonl_markdown_field_is_read_as_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read_to_string(pages().join("cabai.md")).unwrap();
    // as a crawler that delivers Markdown writes it: the page, and its metadata apart
    let body = page.split_once("Markdown Content:\n").unwrap().1;
    let document = serde_json::json!({
        "markdown": body,
        "metadata": {
            "title": "Harga Cabai Rawit di Pasar Kramat Jati Tembus Rp 90 Ribu",
            "url": "https://finance.contoh.id/berita-ekonomi/d-7190001/harga-cabai-rawit",
        },
    });
    let dump = dir.path().join("crawl.jsonl");
    std::fs::write(&dump, format!("{document}\n")).unwrap();
    let from_jsonl = segments(&dump, &["--lang-id", "off"]);
    assert_eq!(from_jsonl, segments(&pages().join("cabai.md"), &[]));
    // the same text under "text" is read as text: its markup stays in the sentences
    let as_text = serde_json::json!({ "text": body });
    std::fs::write(&dump, format!("{as_text}\n")).unwrap();
    let got = segments(&dump, &["--lang-id", "off"]);
    assert!(got.iter().any(|(_, t, _)| t.contains("**Jakarta**")));
}

#[test]
fn the_format_is_chosen_by_name_or_given() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read(pages().join("cabai.md")).unwrap();
    let as_markdown = segments(&pages().join("cabai.md"), &[]);
    // a page without .md is text unless --input-format markdown says otherwise
    let saved = dir.path().join("halaman.txt");
    std::fs::write(&saved, &page).unwrap();
    assert!(segments(&saved, &[])
        .iter()
        .any(|(_, t, _)| t.contains("![")));
    assert_eq!(
        segments(&saved, &["--input-format", "markdown"]),
        as_markdown
    );
    // .markdown and a gzip-compressed .md.gz are Markdown too
    let long = dir.path().join("halaman.markdown");
    std::fs::write(&long, &page).unwrap();
    assert_eq!(segments(&long, &[]), as_markdown);
    let gz = dir.path().join("halaman.md.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, &page).unwrap();
    std::fs::write(&gz, encoder.finish().unwrap()).unwrap();
    assert_eq!(segments(&gz, &[]), as_markdown);
}

#[test]
fn bad_pages_are_one_line_errors_with_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "kosong.md",
            b"![foto](a.jpg)\n\n```\nvar x = 1;\n```\n",
            "no text",
        ),
        ("biner.md", b"# Judul\n\nPNG\0\0\0", "binary"),
        ("rusak.md", b"# Judul\n\nHarga caf\xe9 naik.", "UTF-8"),
    ];
    for (name, bytes, problem) in cases {
        let page = dir.path().join(name);
        std::fs::write(&page, bytes).unwrap();
        let out = dir.path().join(format!("{name}.tsv"));
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
    // --lossy keeps the page whose bytes are not UTF-8
    let page = dir.path().join("rusak.md");
    let got = segments(&page, &["--lossy"]);
    assert!(got.iter().any(|(_, t, _)| t.starts_with("Harga caf")));
}
