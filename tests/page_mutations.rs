//! Pages as scrapers damage them: every fixture page (dev, fresh and test) is mutated with a
//! seeded generator (a character of another script or a mark put anywhere, a range cut out, a
//! line printed twice, two lines joined, the page cut short, a line's spaces made no-break, a
//! line shouted, two lines swapped; one to three at once, `SELARAS_MUTATIONS` for more), and
//! each form is segmented in both languages: no panic, and nothing but white space left out of
//! the segments. A finding names the page and the round, which give the same form again.
//!
//! Two forms a page by default (about 12,800 segmentations, a few seconds in release); more for
//! a longer hunt, the forms found written to a directory to be read:
//!
//! ```sh
//! SELARAS_MUTATION_ROUNDS=30 SELARAS_MUTATIONS=12 SELARAS_MUTATION_OUT=/var/tmp/fuzz \
//!     cargo test --release --test page_mutations
//! ```
//! (on 2026-12-07, 30 forms a page of one to twelve mutations, 96,000 forms: nothing found).
use selaras::input::{normalize, Article};
use selaras::segment::segment_article;
use selaras::sentences::Lang;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Characters put into a page: other scripts, marks, typographic punctuation, white space.
const INSERTS: &[&str] = &[
    "é", "e\u{301}", "“", "”", "’", "—", "–", "…", "日本", "😀", "❤️", "\u{a0}", "\u{200b}",
    "\u{ad}", "\u{2028}", "\t", "ß", "İ", "ﬁ", "/", "|", "(", ")", ":", ".", "\n", "\n\n",
];

/// xorshift64*: a fixed sequence for a seed, so a finding can be made again.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The character boundary of `text` at `at` or the nearest before it.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A character boundary of `text` at random.
fn boundary(text: &str, rng: &mut Rng) -> usize {
    floor(text, rng.below(text.len() + 1))
}

/// One mutation of `text`.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let line = rng.below(lines.len());
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    match rng.below(8) {
        0 => {
            let at = boundary(text, rng);
            let insert = INSERTS[rng.below(INSERTS.len())];
            return format!("{}{insert}{}", &text[..at], &text[at..]);
        }
        1 => {
            let (a, b) = (boundary(text, rng), boundary(text, rng));
            let (a, b) = (a.min(b), floor(text, a.max(b).min(a.min(b) + 200)));
            return format!("{}{}", &text[..a], &text[b..]);
        }
        2 => out.insert(line, lines[line].to_string()),
        3 if line + 1 < lines.len() => {
            let joined = format!("{}{}", lines[line], lines[line + 1]);
            out[line] = joined;
            out.remove(line + 1);
        }
        4 => return text[..boundary(text, rng)].to_string(),
        5 => out[line] = lines[line].replace(' ', "\u{a0}"),
        6 => out[line] = lines[line].to_uppercase(),
        _ => {
            let other = rng.below(lines.len());
            out.swap(line, other);
        }
    }
    out.join("\n")
}

/// Segments `text` in both languages: `Err` names what went wrong.
fn check(text: &str) -> Result<(), String> {
    let article = Article {
        id: "mutated".into(),
        text: normalize(text),
        title: None,
        marks: Vec::new(),
    };
    for lang in [Lang::Id, Lang::En] {
        let segments =
            catch_unwind(AssertUnwindSafe(|| segment_article(&article, lang))).map_err(|e| {
                let message = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                format!("panic ({lang}): {message}")
            })?;
        let mut at = 0;
        for s in &segments {
            if s.span.start < at || s.span.end > article.text.len() {
                return Err(format!("segment {} out of order ({lang})", s.seq));
            }
            let gap = &article.text[at..s.span.start];
            if !gap.chars().all(char::is_whitespace) {
                return Err(format!("text left out ({lang}): {gap:?}"));
            }
            at = s.span.end;
        }
        if !article.text[at..].chars().all(char::is_whitespace) {
            return Err(format!("text left out at the end ({lang})"));
        }
    }
    Ok(())
}

#[test]
fn mutated_pages_never_panic_and_lose_nothing() {
    let rounds: usize = std::env::var("SELARAS_MUTATION_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    let most: usize = std::env::var("SELARAS_MUTATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let out = std::env::var_os("SELARAS_MUTATION_OUT").map(PathBuf::from);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    // a panic is caught and reported with its page: the default hook would print each one
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (mut pages, mut found) = (0usize, Vec::new());
    for split in ["dev", "fresh", "test"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(split))
            .expect("the fixture pages")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("a fixture page");
            pages += 1;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            for round in 0..rounds {
                let seed = selaras::hash::text_key(name.as_bytes()) ^ (round as u64 + 1);
                let mut rng = Rng(seed | 1);
                let mut page = text.clone();
                for _ in 0..=rng.below(most) {
                    page = mutate(&page, &mut rng);
                }
                if let Err(problem) = check(&page) {
                    found.push(format!("{name}, round {round}: {problem}"));
                    if let Some(out) = &out {
                        std::fs::create_dir_all(out).expect("the output directory");
                        std::fs::write(out.join(format!("{name}.{round}.txt")), &page)
                            .expect("a mutated page written");
                    }
                }
            }
        }
    }
    std::panic::set_hook(hook);
    assert!(pages > 3_000, "only {pages} fixture pages read");
    assert!(
        found.is_empty(),
        "{} forms of {pages} pages:\n{}",
        found.len(),
        found.join("\n")
    );
}
