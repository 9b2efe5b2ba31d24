//! Sentence-boundary precision, recall and F1 against gold files with one sentence per line.
//!
//! Gold lines are joined with a space into pseudo-paragraphs of `per_paragraph` sentences,
//! each paragraph is split, and the sentence ends inside it (not its last one, which is free)
//! are compared with the gold line ends as byte offsets.
use crate::sentences::{self, Lang};
use crate::span::Span;

/// Boundary counts; precision, recall and F1 derive from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// gold boundaries (line ends inside a paragraph)
    pub gold: usize,
    /// predicted boundaries (sentence ends inside a paragraph)
    pub predicted: usize,
    /// predicted boundaries that are gold boundaries
    pub correct: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

/// 1.0 when there is nothing to get wrong.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// How gold lines become paragraphs.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub per_paragraph: usize,
    pub lang: Lang,
    /// Put lines without final punctuation (headlines) in a paragraph of their own, as they
    /// stand in a real article, instead of gluing them to the next sentence.
    pub headlines_apart: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            per_paragraph: 5,
            lang: Lang::Id,
            headlines_apart: false,
        }
    }
}

/// A boundary the segmenter got wrong, with the paragraph for context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    /// true: predicted but not gold (over-split); false: gold but missed (under-split)
    pub spurious: bool,
    pub paragraph: String,
    pub at: usize,
}

/// The outcome for one gold file.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub sentences: usize,
    pub paragraphs: usize,
    pub headlines_apart: usize,
    pub score: Score,
    pub misses: Vec<Miss>,
}

/// A line with no final punctuation: "Kera untuk amankan pesta olahraga".
fn is_headline(line: &str) -> bool {
    !line.ends_with(|c: char| sentences::rules::is_terminator(c) || sentences::rules::is_closer(c))
}

/// Groups gold lines into paragraphs.
pub fn paragraphs<'a>(lines: &[&'a str], options: &Options) -> Vec<Vec<&'a str>> {
    let per = options.per_paragraph.max(1);
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for &line in lines {
        if options.headlines_apart && is_headline(line) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            out.push(vec![line]);
            continue;
        }
        current.push(line);
        if current.len() == per {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Scores the segmenter on gold lines (one sentence per line; blank lines are skipped).
pub fn score_lines(lines: &[&str], options: &Options) -> Report {
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let groups = paragraphs(&lines, options);
    let mut report = Report {
        sentences: lines.len(),
        paragraphs: groups.len(),
        headlines_apart: if options.headlines_apart {
            lines.iter().filter(|l| is_headline(l)).count()
        } else {
            0
        },
        ..Report::default()
    };
    for group in groups {
        let paragraph = group.join(" ");
        let mut gold = Vec::with_capacity(group.len());
        let mut end = 0;
        for line in &group[..group.len() - 1] {
            end += line.len();
            gold.push(end);
            end += 1;
        }
        let split = sentences::split_span(&paragraph, Span::new(0, paragraph.len()), options.lang);
        let predicted: Vec<usize> = split
            .iter()
            .take(split.len().saturating_sub(1))
            .map(|s| s.span.end)
            .collect();
        let correct = predicted.iter().filter(|p| gold.contains(p)).count();
        report.score.add(Score {
            gold: gold.len(),
            predicted: predicted.len(),
            correct,
        });
        for &at in predicted.iter().filter(|p| !gold.contains(p)) {
            report.misses.push(Miss {
                spurious: true,
                paragraph: paragraph.clone(),
                at,
            });
        }
        for &at in gold.iter().filter(|g| !predicted.contains(g)) {
            report.misses.push(Miss {
                spurious: false,
                paragraph: paragraph.clone(),
                at,
            });
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_split_scores_one() {
        let lines = [
            "Harga beras naik.",
            "Pedagang mengeluh.",
            "Pemerintah berjanji turun tangan.",
        ];
        let report = score_lines(&lines, &Options::default());
        assert_eq!(
            report.score,
            Score {
                gold: 2,
                predicted: 2,
                correct: 2
            }
        );
        assert_eq!(report.score.f1(), 1.0);
    }

    #[test]
    fn over_and_under_splits_are_counted() {
        // "Prof." must not split; the headline has no punctuation, so it is missed
        let lines = [
            "Kuliah umum dibuka Prof. Budi.",
            "Mahasiswa hadir.",
            "Kampus Baru Diresmikan",
            "Rektor memberi sambutan.",
        ];
        let report = score_lines(&lines, &Options::default());
        assert_eq!(
            report.score,
            Score {
                gold: 3,
                predicted: 2,
                correct: 2
            }
        );
        assert_eq!(report.misses.len(), 1);
        assert!(!report.misses[0].spurious);

        let apart = Options {
            headlines_apart: true,
            ..Options::default()
        };
        let report = score_lines(&lines, &apart);
        assert_eq!(report.paragraphs, 3);
        assert_eq!(report.headlines_apart, 1);
        assert_eq!(report.score.f1(), 1.0);
    }

    #[test]
    fn paragraphs_hold_at_most_per_paragraph_lines() {
        let lines = ["A.", "B.", "C.", "D.", "E."];
        let options = Options {
            per_paragraph: 2,
            ..Options::default()
        };
        let sizes: Vec<usize> = paragraphs(&lines, &options).iter().map(Vec::len).collect();
        assert_eq!(sizes, [2, 2, 1]);
    }
}
