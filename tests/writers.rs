//! Output formats: one insta snapshot per format for a small article's pairs, and the promise
//! that a failed run leaves no output file behind and, in every command, exits with code 5.
//!
//! The pairs are built by hand and include the nasty cases: markup characters, tabs, newlines,
//! a control character, a quotation, a duplicate, a flagged low-scoring pair, a verbatim credit
//! and a 0-1 alignment bead. Set `SELARAS_FORMAT_SAMPLES=DIR` to keep every format's output in
//! DIR (`sample.tsv`, `sample.tmx`, …) for `tests/formats_validate.sh` and
//! `tests/browser_check.sh`.
use selaras::pairs::{Bead, Flag, Origin, Pair};
use selaras::segment::{Segment, SegmentKind};
use selaras::span::Span;
use selaras::writers::{self, Destination, Format, Options};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A translated segment's pair. `at` is the segment's start in the (imagined) article.
#[allow(clippy::too_many_arguments)]
fn translated(
    seq: usize,
    block: usize,
    kind: SegmentKind,
    source: &str,
    target: &str,
    score: Option<f64>,
    at: usize,
) -> Pair {
    let segment = Segment {
        doc: "banjir-bandung".into(),
        block,
        seq,
        kind,
        text: source.into(),
        span: Span::new(at, at + source.len()),
        in_quote: false,
        duplicate_of: None,
        translate: true,
    };
    Pair::translated(segment, target.into(), score, vec![])
}

/// The segment behind a translated pair, to change.
fn segment(pair: &mut Pair) -> &mut Segment {
    match &mut pair.origin {
        Origin::Translated { segment } => segment,
        Origin::Aligned { .. } => unreachable!("a translated pair"),
    }
}

/// The pairs of a small article, in document order.
pub fn article() -> Vec<Pair> {
    use SegmentKind::*;
    let mut pairs = vec![
        translated(
            0,
            0,
            Title,
            "Banjir <Rendam> 3 Desa & \"Sekitarnya\" di Bandung",
            "Floods <Submerge> 3 Villages & \"Surroundings\" in Bandung",
            Some(-0.3125),
            0,
        ),
        translated(
            1,
            1,
            Sentence,
            "Hujan deras sejak Jumat (6/8) membuat Sungai Citarum meluap.",
            "Heavy rain since Friday (6/8) made the Citarum River overflow.",
            Some(-0.2871),
            52,
        ),
        translated(
            2,
            1,
            Sentence,
            "\"Air naik dengan cepat sekali,\" kata Budi, warga setempat.",
            "\"The water rose very quickly,\" said Budi, a local resident.",
            Some(-0.4410),
            114,
        ),
        translated(
            3,
            2,
            Sentence,
            "Data BPBD:\tRT 01\nRT 02\u{7} — semua terendam 'parah'.",
            "BPBD data:\tRT 01\nRT 02\u{7} — all badly 'flooded'.",
            Some(-0.9502),
            176,
        ),
        translated(
            4,
            3,
            Caption,
            "Warga mengungsi di Balai Desa Sukamaju, Sabtu (7/8). (ANTARA/Raisan)",
            "Residents take shelter at the Sukamaju Village Hall, Saturday (7/8). (ANTARA/Raisan)",
            Some(-0.5120),
            240,
        ),
        translated(
            5,
            4,
            Sentence,
            "Hujan deras sejak Jumat (6/8) membuat Sungai Citarum meluap.",
            "Heavy rain since Friday (6/8) made the Citarum River overflow.",
            Some(-0.2871),
            312,
        ),
        translated(
            6,
            4,
            Sentence,
            "Ketinggian air mencapai 1,5 meter | kata petugas.",
            "Ketinggian air mencapai 1,5 meter | kata petugas.",
            Some(-2.7344),
            374,
        ),
        translated(7, 5, Credit, "(ant/rda)", "(ant/rda)", None, 425),
    ];
    segment(&mut pairs[2]).in_quote = true;
    segment(&mut pairs[5]).duplicate_of = Some(1);
    pairs[6].flags = vec![Flag::Copy];
    segment(&mut pairs[7]).translate = false;
    pairs.push(Pair {
        origin: Origin::Aligned {
            doc: "banjir-bandung".into(),
            seq: 8,
            kind: Sentence,
            source: String::new(),
            bead: Bead {
                source: vec![],
                target: vec![7],
            },
        },
        target: "Officials said more rain is expected <tonight>.".into(),
        score: Some(-1.75),
        flags: vec![Flag::Unaligned],
    });
    pairs
}

const ALL: [Format; 8] = [
    Format::Tsv,
    Format::Jsonl,
    Format::Text,
    Format::Tmx,
    Format::Xliff,
    Format::Moses,
    Format::Html,
    Format::Md,
];

/// Writes `pairs` in `format` to `path` (a prefix for moses) through the public API.
fn write_all(format: Format, path: &Path, pairs: &[Pair]) {
    let options = Options {
        title: Some("Banjir Bandung <review> & check".into()),
        ..Options::default()
    };
    let mut writer = writers::create(format, &Destination::Path(path.into()), &options).unwrap();
    writer.begin().unwrap();
    for pair in pairs {
        writer.pair(pair).unwrap();
    }
    writer.finish().unwrap();
}

/// The output of `format` for the article, as text (moses: both files, one after the other).
fn render(format: Format) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(format!("sample.{}", format.extension().unwrap_or("txt")));
    write_all(format, &path, &article());
    if let Some(keep) = std::env::var_os("SELARAS_FORMAT_SAMPLES") {
        let keep = PathBuf::from(keep);
        fs::create_dir_all(&keep).unwrap();
        match format {
            Format::Moses => write_all(format, &keep.join("sample"), &article()),
            _ => write_all(format, &keep.join(path.file_name().unwrap()), &article()),
        }
    }
    let text = match format {
        Format::Moses => {
            let read = |lang: &str| fs::read_to_string(format!("{}.{lang}", path.display()));
            format!(
                "==> sample.id <==\n{}==> sample.en <==\n{}",
                read("id").unwrap(),
                read("en").unwrap()
            )
        }
        _ => fs::read_to_string(&path).unwrap(),
    };
    // Only the committed outputs are left: no temporary files.
    let left = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(left, if format == Format::Moses { 2 } else { 1 });
    text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn tsv_snapshot() {
    let tsv = render(Format::Tsv);
    insta::assert_snapshot!(tsv);
    // one header line plus one line per pair, six fields each
    assert_eq!(tsv.lines().count(), 1 + article().len());
    assert!(tsv.lines().all(|line| line.split('\t').count() == 6));
}

#[test]
fn jsonl_snapshot() {
    let jsonl = render(Format::Jsonl);
    insta::assert_snapshot!(jsonl);
    let back: Vec<Pair> = jsonl
        .lines()
        .map(|line| serde_json::from_str::<Pair>(line).unwrap())
        .collect();
    assert_eq!(back, article());
}

#[test]
fn text_snapshot() {
    let text = render(Format::Text);
    insta::assert_snapshot!(text);
    // blocks 0, 1, 2, 3, 4, 5 and the unaligned bead: seven paragraphs
    assert_eq!(text.trim_end().split("\n\n").count(), 7);
}

#[test]
fn tmx_snapshot() {
    let tmx = render(Format::Tmx);
    insta::assert_snapshot!(tmx);
    assert_eq!(tmx.matches("<tu>").count(), article().len());
    assert!(!tmx.contains('\u{7}'));
}

#[test]
fn xliff_snapshot() {
    let xliff = render(Format::Xliff);
    insta::assert_snapshot!(xliff);
    assert_eq!(xliff.matches("<unit ").count(), article().len());
    assert!(!xliff.contains('\u{7}'));
}

#[test]
fn moses_snapshot() {
    let moses = render(Format::Moses);
    insta::assert_snapshot!(moses);
}

#[test]
fn html_snapshot() {
    let html = render(Format::Html);
    insta::assert_snapshot!(html);
    assert_eq!(html.matches("<tr class=\"pair").count(), article().len());
    assert!(!html.contains("<Rendam>") && html.contains("&lt;Rendam&gt;"));
    assert!(!html.contains('\u{7}'));
}

#[test]
fn md_snapshot() {
    let md = render(Format::Md);
    insta::assert_snapshot!(md);
    // heading, blank, header, rule, then one row per pair
    let rows = md.lines().filter(|l| l.starts_with("| ")).count();
    assert_eq!(rows, 1 + article().len());
}

#[test]
fn xml_formats_flag_the_pair_whose_control_character_was_removed() {
    for format in [Format::Tmx, Format::Xliff, Format::Html] {
        let out = render(format);
        let flagged = match format {
            Format::Tmx => out
                .matches("<prop type=\"x-flags\">xml_chars_removed")
                .count(),
            Format::Xliff => out.matches("category=\"flags\">xml_chars_removed").count(),
            _ => out.matches("control chars removed").count(),
        };
        assert_eq!(flagged, 1, "{format}");
    }
}

#[test]
fn a_failed_run_leaves_no_output_file() {
    for format in ALL {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let run = || -> std::io::Result<()> {
            let dest = Destination::Path(path.clone());
            let mut writer = writers::create(format, &dest, &Options::default())?;
            writer.begin()?;
            for pair in article().iter().take(4) {
                writer.pair(pair)?;
            }
            // the pipeline fails halfway: the writer is dropped without finish
            Err(std::io::Error::other("translation failed"))
        };
        assert!(run().is_err());
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "{format} left {left:?}");
    }
}

#[test]
fn a_failed_run_keeps_the_previous_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pairs.tsv");
    write_all(Format::Tsv, &path, &article());
    let before = fs::read_to_string(&path).unwrap();
    {
        let dest = Destination::Path(path.clone());
        let mut writer = writers::create(Format::Tsv, &dest, &Options::default()).unwrap();
        writer.begin().unwrap();
        writer.pair(&article()[0]).unwrap();
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn an_unwritable_destination_fails_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    for format in ALL {
        let dest = Destination::Path(dir.path().join("missing/dir/out"));
        assert!(
            writers::create(format, &dest, &Options::default()).is_err(),
            "{format}"
        );
    }
}

#[test]
fn moses_needs_a_prefix() {
    let err = writers::create(Format::Moses, &Destination::Stdout, &Options::default())
        .err()
        .unwrap();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
}

#[test]
fn no_pairs_still_gives_well_formed_documents() {
    let dir = tempfile::tempdir().unwrap();
    for format in [Format::Tmx, Format::Xliff, Format::Html, Format::Tsv] {
        let path = dir.path().join(format!("empty.{format}"));
        write_all(format, &path, &[]);
        let out = fs::read_to_string(&path).unwrap();
        if let Some(keep) = std::env::var_os("SELARAS_FORMAT_SAMPLES") {
            let name = format!("empty.{}", format.extension().unwrap());
            fs::write(PathBuf::from(keep).join(name), &out).unwrap();
        }
        match format {
            Format::Tmx => assert!(out.contains("<body>\n  </body>")),
            Format::Xliff => assert!(out.contains("<group id=\"empty\"/>")),
            Format::Html => assert!(out.contains("0 pairs") && out.ends_with("</html>\n")),
            _ => assert_eq!(out, "doc\tseq\tkind\tsource\ttarget\tscore\n"),
        }
    }
}

#[test]
fn destination_from_arg() {
    assert_eq!(Destination::from_arg(None), Destination::Stdout);
    assert_eq!(
        Destination::from_arg(Some(Path::new("-"))),
        Destination::Stdout
    );
    assert_eq!(
        Destination::from_arg(Some(Path::new("out.tmx"))),
        Destination::Path("out.tmx".into())
    );
}

#[test]
fn several_documents_are_kept_apart() {
    let mut pairs = article();
    let mut second = article()[..2].to_vec();
    for pair in &mut second {
        segment(pair).doc = "gempa \"Cianjur\"".into();
    }
    // the same seq twice in one document must still give unique XLIFF unit ids
    second.push(second[1].clone());
    pairs.extend(second);
    let dir = tempfile::tempdir().unwrap();

    let xliff_path = dir.path().join("two.xlf");
    write_all(Format::Xliff, &xliff_path, &pairs);
    let xliff = fs::read_to_string(&xliff_path).unwrap();
    assert_eq!(xliff.matches("<file ").count(), 2);
    assert!(xliff.contains(r#"<file id="f2" original="gempa &quot;Cianjur&quot;">"#));
    assert!(xliff.contains(r#"<unit id="u1">"#) && xliff.contains(r#"<unit id="u1-2">"#));

    let text_path = dir.path().join("two.txt");
    write_all(Format::Text, &text_path, &pairs);
    let text = fs::read_to_string(&text_path).unwrap();
    // the second document's title starts a paragraph of its own
    assert!(text.contains("\n\nFloods <Submerge> 3 Villages & \"Surroundings\" in Bandung\n\n"));

    let md_path = dir.path().join("two.md");
    write_all(Format::Md, &md_path, &pairs);
    let md = fs::read_to_string(&md_path).unwrap();
    assert_eq!(md.matches("| Indonesian | English |").count(), 2);
    assert!(md.contains("\n## gempa \"Cianjur\"\n"));

    let html_path = dir.path().join("two.html");
    write_all(Format::Html, &html_path, &pairs);
    let html = fs::read_to_string(&html_path).unwrap();
    assert_eq!(html.matches("<tr class=\"doc\"").count(), 2);
    assert_eq!(html.matches("<tr class=\"pair").count(), pairs.len());
    assert!(html.contains(r#"id="r2-1""#) && html.contains(r#"id="r2-1-2""#));
}

/// The real binary with `args`, its standard output going to `stdout`.
fn selaras(args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(args)
        .stdout(stdout)
        .output()
        .expect("the selaras binary runs")
}

#[test]
fn every_command_reports_an_unwritable_output_with_exit_code_5() {
    let fixture = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        path.to_str().unwrap().to_string()
    };
    let seed = fixture("samples/000_0af768b52f2b990e.txt");
    // the echo model, where it lives now or where it lived before (tests/fixtures/models)
    let echo = ["models/echo", "tests/fixtures/models/echo"]
        .map(fixture)
        .into_iter()
        .find(|dir| Path::new(dir).join("model.bin").exists())
        .expect("the echo model");
    let id = fixture("tests/fixtures/align/flood.id.txt");
    let en = fixture("tests/fixtures/align/flood.en.txt");
    let align = ["align", "--no-mt", "--id", &id, "--en", &en];
    let commands: [(&str, Vec<&str>); 4] = [
        ("segment", vec!["segment", &seed]),
        (
            "translate",
            vec!["translate", "--quiet", "--model", &echo, &seed],
        ),
        ("align", align.to_vec()),
        ("align --beads", [&align[..], &["--beads"]].concat()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing").join("out");
    for (name, args) in commands {
        let to_file = [&args[..], &["-o", missing.to_str().unwrap()]].concat();
        let out = selaras(&to_file, Stdio::piped());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{name}: {stderr}");
        assert!(
            stderr.contains("missing/out") && stderr.contains("the output was not written"),
            "{name}: {stderr}"
        );
        assert_eq!(stderr.trim().lines().count(), 1, "{name}: {stderr}");

        // standard output that takes no bytes is the same failure, named '-'
        if cfg!(target_os = "linux") {
            let full = fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let out = selaras(&args, Stdio::from(full));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(5), "{name} > /dev/full: {stderr}");
            assert!(stderr.contains("'-': "), "{name} > /dev/full: {stderr}");
        }
    }
    assert!(fs::read_dir(dir.path()).unwrap().next().is_none());
}
