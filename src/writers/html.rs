//! `--format html`: one self-contained review page, Indonesian and English side by side.
//!
//! The page needs nothing from the network: styles and a few lines of script are inline. Each
//! pair is one `<tr class="pair">` (documents are separated by `<tr class="doc">` rows) showing
//! its number, kind (title, caption, credit, meta, quote), both texts, and its score. Flagged
//! rows carry class `flagged` and their flags as chips, duplicates `dup` with a link to the
//! first occurrence, and scores below [`Options::low_score`] `low`, shaded. The header stays
//! in view while scrolling and has a "flagged only" filter. All text is escaped; characters
//! XML forbids are removed and the pair flagged `xml_chars_removed`.
use super::{display_kind, fixed, xml, Options, PairWriter, Sink};
use crate::pairs::{Flag, Pair};
use crate::segment::SegmentKind;
use crate::translate::pipeline::counted;
use std::collections::HashSet;
use std::io::{self, Write};

pub struct HtmlWriter {
    out: Sink,
    options: Options,
    /// the document whose rows are being written, and its number (from 1)
    doc: Option<String>,
    docs: usize,
    counts: Counts,
    /// whether the header has been written
    started: bool,
    /// row ids used in the current document (a repeated `seq` gets a suffix)
    row_ids: HashSet<String>,
}

#[derive(Default)]
struct Counts {
    pairs: usize,
    flagged: usize,
    duplicates: usize,
    low: usize,
}

impl HtmlWriter {
    pub fn new(out: Sink, options: Options) -> Self {
        HtmlWriter {
            out,
            options,
            doc: None,
            docs: 0,
            counts: Counts::default(),
            started: false,
            row_ids: HashSet::new(),
        }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }

    /// Writes everything before the first row. The page is titled by [`Options::title`], else
    /// by the first pair's title (or document id); with several documents the script renames
    /// it after their count.
    fn header(&mut self, first: Option<&Pair>) -> io::Result<()> {
        self.started = true;
        let auto = self.options.title.is_none();
        let title = match (&self.options.title, first) {
            (Some(title), _) => title.clone(),
            (None, Some(pair))
                if pair.kind() == SegmentKind::Title && !pair.source().is_empty() =>
            {
                pair.source().to_string()
            }
            (None, Some(pair)) => pair.doc().to_string(),
            (None, None) => "Indonesian–English pairs".to_string(),
        };
        let title = xml::text(&title).0;
        let h1 = if auto { "<h1 data-auto>" } else { "<h1>" };
        write!(
            self.out,
            concat!(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                "<meta name=\"generator\" content=\"selaras {version}\">\n",
                "<title>{title} · selaras</title>\n<style>{style}</style>\n</head>\n<body>\n",
                "<header class=\"bar\">\n{h1}{title}</h1>\n<span class=\"counts\" id=\"counts\"></span>\n",
                "<span class=\"legend\"><span><i class=\"l-flag\"></i>flagged</span>",
                "<span><i class=\"l-low\"></i>low score</span><span><i class=\"l-dup\"></i>duplicate</span>",
                "<span><i class=\"l-quote\"></i>quote</span></span>\n",
                "<label title=\"show flagged rows only (key f; link #flagged)\"><input type=\"checkbox\" id=\"only-flagged\"> Flagged only <kbd>f</kbd></label>\n",
                "</header>\n<main>\n<table class=\"pairs\">\n",
                "<colgroup><col class=\"meta\"><col class=\"id\"><col class=\"en\"><col class=\"score\"></colgroup>\n",
                "<thead><tr><th class=\"meta\">#</th><th lang=\"en\">Indonesian</th>",
                "<th lang=\"en\">English</th><th class=\"score\">Score</th></tr></thead>\n<tbody>\n"
            ),
            version = env!("CARGO_PKG_VERSION"),
            title = title,
            h1 = h1,
            style = STYLE
        )?;
        Ok(())
    }
}

const STYLE: &str = r#"
:root {
  --bg: #f7f6f2; --paper: #ffffff; --ink: #1d2127; --muted: #6b7280; --rule: #e6e3da;
  --bar: #1f2933; --bar-ink: #f5f7fa; --bar-muted: #aab4c0;
  --flag: #d97706; --flag-bg: #fff5e6; --flag-ink: #8a4b06; --flag-rule: #f6d7a8;
  --dup: #6d4fc2; --dup-bg: #f3effc; --dup-rule: #dcd1f6;
  --quote: #3b82f6; --low-bg: #fdeeee; --low-ink: #b42318;
  --bar-h: 3.25rem;
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
header.bar { position: sticky; top: 0; z-index: 3; height: var(--bar-h);
  display: flex; align-items: center; gap: 1.25rem; padding: 0 1.5rem;
  background: var(--bar); color: var(--bar-ink); box-shadow: 0 1px 3px rgba(0,0,0,.25); }
header.bar h1 { margin: 0; font-size: 1.02rem; font-weight: 600; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
header.bar .counts { color: var(--bar-muted); font-size: .84rem; white-space: nowrap; }
header.bar label { display: flex; align-items: center; gap: .45rem;
  font-size: .88rem; cursor: pointer; user-select: none; white-space: nowrap; }
header.bar input { width: 1rem; height: 1rem; accent-color: var(--flag); }
header.bar kbd { font: .72rem ui-monospace, monospace; color: var(--bar-muted);
  border: 1px solid #4b5563; border-radius: 3px; padding: 0 .3rem; }
main { max-width: 1440px; margin: 0 auto; padding: 0 1.5rem 2rem; }
table { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed;
  background: var(--paper); }
col.meta { width: 7.5rem; } col.score { width: 5.5rem; }
thead th { position: sticky; top: var(--bar-h); z-index: 2; background: var(--paper);
  text-align: left; font-size: .72rem; font-weight: 600; letter-spacing: .08em;
  text-transform: uppercase; color: var(--muted); padding: .7rem .9rem .55rem;
  border-bottom: 2px solid var(--rule); }
thead th.score { text-align: right; }
td { vertical-align: top; padding: .7rem .9rem; border-bottom: 1px solid var(--rule); }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td.text:empty::before { content: "(no sentence)"; color: #a0a6b0; font-style: italic; }
tr.pair:hover td { background: #fbfaf6; }
tr.pair:target td { background: #fffbe0; }
td.meta { font-size: .78rem; color: var(--muted); }
td.meta a { color: inherit; text-decoration: none; font-variant-numeric: tabular-nums; }
.tag { display: inline-block; margin-left: .4rem; padding: .02rem .5rem;
  border-radius: 999px; font-size: .7rem; background: #eeece6; color: #4b5563; }
.tag.title { background: var(--bar); color: #fff; }
.tag.caption { background: #e3f1fb; color: #0b5f8a; }
.tag.credit, .tag.meta { background: #f0f1f3; color: #6b7280; }
.tag.quote { background: #e1ebfe; color: #1d4ed8; }
tr.kind-title td.text { font-weight: 650; font-size: 1.12rem; line-height: 1.35; }
tr.kind-caption td.text { font-style: italic; color: #37474f; }
tr.kind-credit td.text, tr.kind-meta td.text { color: var(--muted); font-size: .88rem; }
tr.kind-quote td.text { box-shadow: inset 3px 0 0 #bfd4fb; }
tr.flagged td.meta { box-shadow: inset 4px 0 0 var(--flag); }
.legend { display: flex; gap: .9rem; margin-left: auto; font-size: .78rem; color: var(--bar-muted);
  white-space: nowrap; }
.legend i { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px;
  margin-right: .3rem; vertical-align: -1px; }
.legend .l-flag { background: var(--flag); } .legend .l-low { background: #f3b7b7; }
.legend .l-dup { background: #b9a6ec; } .legend .l-quote { background: #bfd4fb; }
tr.dup td.text { color: #5b6170; }
tr.dup:not(.flagged) td.meta { box-shadow: inset 4px 0 0 #b9a6ec; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .4rem; white-space: normal; }
.chip { font-size: .72rem; font-style: normal; font-weight: 500; line-height: 1.5;
  padding: 0 .5rem; border-radius: 4px; color: var(--flag-ink); background: var(--flag-bg);
  border: 1px solid var(--flag-rule); }
.chip.dup { color: var(--dup); background: var(--dup-bg); border-color: var(--dup-rule);
  text-decoration: none; }
td.score { text-align: right; font-variant-numeric: tabular-nums; color: var(--muted);
  font-size: .85rem; }
tr.low td { background: var(--low-bg); }
tr.low:hover td { background: #fbe4e4; }
tr.low td.score { color: var(--low-ink); font-weight: 600; }
tr.doc th { text-align: left; padding: 1.3rem .9rem .5rem; font-size: .95rem;
  border-bottom: 1px solid var(--rule); background: var(--bg); }
tr.doc th span { font-weight: 400; color: var(--muted); font-size: .8rem; margin-left: .5rem; }
body.only-flagged tr.pair:not(.flagged) { display: none; }
@media print {
  header.bar, thead th { position: static; }
  header.bar label, .legend { display: none; }
}
footer { max-width: 1440px; margin: 0 auto; padding: .5rem 1.5rem 3rem; color: var(--muted);
  font-size: .82rem; }
@media (max-width: 760px) {
  header.bar .counts, .legend { display: none; }
  header.bar label { margin-left: auto; }
  col.meta { width: 4.5rem; } col.score { width: 3.8rem; }
  td, thead th { padding: .55rem .5rem; }
}
"#;

const SCRIPT: &str = r##"
(function () {
  var box = document.getElementById("only-flagged");
  var summary = document.getElementById("summary");
  var counts = document.getElementById("counts");
  var apply = function () {
    document.body.classList.toggle("only-flagged", box.checked);
    counts.textContent = box.checked
      ? "showing " + summary.dataset.flagged + " flagged of " + summary.dataset.pairs + " pairs"
      : summary.textContent;
  };
  if (location.hash === "#flagged") { box.checked = true; }
  box.addEventListener("change", apply);
  document.addEventListener("keydown", function (e) {
    if (e.key === "f" && !e.ctrlKey && !e.metaKey && !e.altKey) { box.checked = !box.checked; apply(); }
  });
  var docs = document.querySelectorAll("tr.doc").length;
  var h1 = document.querySelector("h1[data-auto]");
  if (h1 && docs > 1) { h1.textContent = docs + " documents"; document.title = h1.textContent + " · selaras"; }
  apply();
})();
"##;

impl PairWriter for HtmlWriter {
    fn begin(&mut self) -> io::Result<()> {
        // The header waits for the first pair, which may give the page its title.
        Ok(())
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        if !self.started {
            self.header(Some(pair))?;
        }
        if self.doc.as_deref() != Some(pair.doc()) {
            self.docs += 1;
            self.doc = Some(pair.doc().to_string());
            self.row_ids.clear();
            writeln!(
                self.out,
                "<tr class=\"doc\" id=\"doc{}\"><th colspan=\"4\">{}<span>document {}</span></th></tr>",
                self.docs,
                xml::text(pair.doc()).0,
                self.docs
            )?;
        }
        let xml::PairText {
            source,
            target,
            flags,
        } = xml::pair_text(pair);
        let duplicate_of = pair.segment().and_then(|s| s.duplicate_of);
        let low = pair.score.is_some_and(|s| s < self.options.low_score);
        let kind = display_kind(pair);

        self.counts.pairs += 1;
        let mut classes = format!("pair kind-{kind}");
        if !flags.is_empty() {
            classes.push_str(" flagged");
            self.counts.flagged += 1;
        }
        if duplicate_of.is_some() {
            classes.push_str(" dup");
            self.counts.duplicates += 1;
        }
        if low {
            classes.push_str(" low");
            self.counts.low += 1;
        }
        let mut id = format!("r{}-{}", self.docs, pair.seq());
        let mut again = 1;
        while !self.row_ids.insert(id.clone()) {
            again += 1;
            id = format!("r{}-{}-{again}", self.docs, pair.seq());
        }
        let tag = if kind == "sentence" {
            String::new()
        } else {
            format!("<span class=\"tag {kind}\">{kind}</span>")
        };
        let mut chips = String::new();
        if let Some(first) = duplicate_of {
            chips.push_str(&format!(
                "<a class=\"chip dup\" href=\"#r{}-{first}\">duplicate of #{first}</a>",
                self.docs
            ));
        }
        for flag in &flags {
            chips.push_str(&format!(
                "<span class=\"chip\">{}</span>",
                flag_label(*flag)
            ));
        }
        let chips = if chips.is_empty() {
            chips
        } else {
            format!("<div class=\"chips\">{chips}</div>")
        };
        let score = pair.score.map(|s| fixed(s, 2)).unwrap_or_default();
        writeln!(
            self.out,
            "<tr class=\"{classes}\" id=\"{id}\" data-seq=\"{seq}\">\
<td class=\"meta\"><a href=\"#{id}\">{seq}</a>{tag}</td>\
<td class=\"text src\" lang=\"id\">{source}</td>\
<td class=\"text tgt\" lang=\"en\">{target}{chips}</td>\
<td class=\"score\">{score}</td></tr>",
            seq = pair.seq(),
        )?;
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        if !self.started {
            self.header(None)?;
        }
        let Counts {
            pairs,
            flagged,
            duplicates,
            low,
        } = self.counts;
        write!(
            self.out,
            "</tbody>\n</table>\n</main>\n<footer id=\"summary\" data-pairs=\"{pairs}\" \
data-flagged=\"{flagged}\">{} · {} flagged · {} · {} below {:.2}</footer>\n\
<script>{SCRIPT}</script>\n</body>\n</html>\n",
            counted(pairs, "pair", "pairs"),
            flagged,
            counted(duplicates, "duplicate", "duplicates"),
            counted(low, "score", "scores"),
            self.options.low_score,
        )?;
        self.out.commit()
    }
}

/// A flag as a reviewer reads it.
fn flag_label(flag: Flag) -> &'static str {
    match flag {
        Flag::Empty => "empty translation",
        Flag::Copy => "copied source",
        Flag::LengthRatio => "length ratio",
        Flag::RepeatedNgram => "repeated words",
        Flag::SplitLong => "split (too long)",
        Flag::XmlCharsRemoved => "control chars removed",
        Flag::Unaligned => "unaligned",
        Flag::ModelError => "model failed",
    }
}
