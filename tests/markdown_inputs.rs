//! Pages delivered as Markdown through the real binary: every fixture page in
//! tests/fixtures/markdown gives the sentences and kinds of its hand-written gold and no
//! markup in any segment; the VOA page in Markdown gives the same sentences as the same
//! article scraped as text; a JSONL document's `markdown` field is read as Markdown; the
//! format is chosen by name or given; bad pages are one-line errors with no output written.
mod support;
use std::path::PathBuf;
use support::{assert_gold, assert_refused_with_nothing_written, root, segments, translated};

fn pages() -> PathBuf {
    root().join("tests/fixtures/markdown")
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
        let gold = assert_gold(&page, &gold_path, &["--lang", lang]);
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
    assert_refused_with_nothing_written(dir.path(), cases);
    // --lossy keeps the page whose bytes are not UTF-8
    let page = dir.path().join("rusak.md");
    let got = segments(&page, &["--lossy"]);
    assert!(got.iter().any(|(_, t, _)| t.starts_with("Harga caf")));
}

#[test]
fn the_window_title_above_a_markdown_heading_is_clutter() {
    // a crawler that kept the HTML <title> on the first line, then the page with its heading
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("window.md");
    std::fs::write(
        &page,
        "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Suarabaru.id\n\n\
         [Skip to content](/skip)\n\n\
         # Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit\n\n\
         Petani tembakau di Kabupaten Temanggung khawatir hujan akan merusak bibit yang baru ditanam.\n\n\
         Biasanya, petani mulai menanam tembakau ketika musim kemarau tiba pada bulan Mei.\n",
    )
    .unwrap();
    let got = segments(&page, &[]);
    let kind_of = |text: &str| {
        got.iter()
            .find(|(_, t, _)| t == text)
            .map(|(k, _, translate)| (k.clone(), *translate))
    };
    assert_eq!(
        kind_of("Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit"),
        Some(("title".to_string(), true)),
        "{got:?}"
    );
    assert_eq!(
        kind_of("Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Suarabaru.id"),
        Some(("boilerplate".to_string(), false)),
        "{got:?}"
    );
}
