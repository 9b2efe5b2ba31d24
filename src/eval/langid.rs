//! Scoring language identification: documents made of consecutive lines of one-sentence-per-
//! line files in the run's language (positives) and in another (negatives); precision and
//! recall of "in the language" as [`crate::langid::is_in`] decides it.
use crate::langid;
use crate::sentences::Lang;

/// How one file's documents were identified.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub documents: usize,
    /// documents identified as in the language
    pub identified: usize,
}

/// The documents of `lines`: groups of `per_document` consecutive non-blank lines, joined as
/// a paragraph; the last group may be shorter.
pub fn documents(lines: &[&str], per_document: usize) -> Vec<String> {
    let lines: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    lines
        .chunks(per_document.max(1))
        .map(|group| group.join(" "))
        .collect()
}

/// Counts how many documents of `lines` are identified as in `lang`.
pub fn count(lines: &[&str], per_document: usize, lang: Lang) -> FileCounts {
    let documents = documents(lines, per_document);
    FileCounts {
        documents: documents.len(),
        identified: documents.iter().filter(|d| langid::is_in(d, lang)).count(),
    }
}

/// Precision and recall of "in the language" from the counts of positive and negative files.
pub fn precision_recall(positives: &[FileCounts], negatives: &[FileCounts]) -> (f64, f64) {
    let true_positives: usize = positives.iter().map(|c| c.identified).sum();
    let false_positives: usize = negatives.iter().map(|c| c.identified).sum();
    let all_positives: usize = positives.iter().map(|c| c.documents).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    (
        ratio(true_positives, true_positives + false_positives),
        ratio(true_positives, all_positives),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_group_lines() {
        let lines = ["a", "b", "", "c", "d", "e"];
        assert_eq!(documents(&lines, 2), ["a b", "c d", "e"]);
    }

    #[test]
    fn scores() {
        let positives = [FileCounts {
            documents: 10,
            identified: 9,
        }];
        let negatives = [FileCounts {
            documents: 10,
            identified: 1,
        }];
        assert_eq!(precision_recall(&positives, &negatives), (0.9, 0.9));
        let lines = [
            "Harga beras di pasar induk naik lagi pada pekan ini karena pasokan berkurang.",
            "Pedagang mengatakan stok di gudang masih cukup untuk dua minggu ke depan.",
            "Rice prices rose again this week.",
            "Traders at the market complained that supplies fell.",
        ];
        assert_eq!(count(&lines[..2], 2, Lang::Id).identified, 1);
        assert_eq!(count(&lines[2..], 2, Lang::Id).identified, 0);
    }
}
