//! Lines hard-wrapped at a fixed width, joined again. Text dumps of pages (`lynx -dump`,
//! `w3m -dump`, html2text's default of 78 columns, e-mailed newsletters) break every paragraph
//! into lines of at most a width's characters. Read line by line, the pieces of a paragraph
//! look like menus and labels and would be taken for clutter, and the story lost.
//!
//! A greedy wrapper moves a word to the next line only when it does not fit on the line it
//! was on; so a line continues on the next exactly when the next line's first word would not
//! have fitted after it. A page is taken as wrapped when its lines show the wrapper's mark: no
//! line is longer than the width, and most long lines stop near it in the middle of a sentence
//! (a page written line under line ends nearly all of its long lines with a stop). The breaks
//! that are a wrapper's become spaces, byte for byte, so spans keep their offsets.

/// The narrowest and the widest width a wrapper is taken to have used, in characters.
const WIDTHS: std::ops::RangeInclusive<usize> = 40..=132;

/// A line is full when it reaches this share of the width, at least.
const FULL_SHARE: f64 = 0.7;

/// Full lines a page needs to be taken as wrapped, at least.
const MIN_FULL_LINES: usize = 4;

/// Share of its lines longer than half the width that a wrapped page has full, at least.
const MIN_FULL_SHARE: f64 = 0.5;

/// Share of its full lines that a wrapped page breaks inside a sentence (no stop at their
/// end), at least; a page written line under line ends nearly every long line with one.
const MIN_OPEN_SHARE: f64 = 0.5;

/// Share of the breaks a wrapper would have made that go on in lower case (in the middle of a
/// sentence), at least: a page written line under line whose long lines happen to end near
/// one length goes on with a capital, a headline's or a dateline's ("MOROWALI, Indonesia—").
const MIN_LOWER_SHARE: f64 = 0.4;

/// `text` with the line breaks of a fixed-width wrapper turned into spaces, when its lines
/// show that a wrapper made them (see the module's note); `text` as it is otherwise.
pub fn unwrapped(text: String) -> String {
    let breaks = wrapper_breaks(&text);
    if breaks.is_empty() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for at in breaks {
        bytes[at] = b' ';
    }
    // only newlines became spaces: the text is as valid UTF-8 as it was
    String::from_utf8(bytes).unwrap_or_default()
}

/// Where in `text` the line breaks a wrapper made are, as byte offsets; none when its lines
/// show no wrapper.
fn wrapper_breaks(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some((width, lengths)) = wrap_width(&lines) else {
        return Vec::new();
    };
    let mut breaks = Vec::new();
    let mut lower = 0;
    let mut at = 0;
    for (pair, &length) in lines.windows(2).zip(&lengths) {
        let (line, next) = (pair[0].trim_end(), pair[1].trim_start());
        at += pair[0].len();
        let next_word = next
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        // a line of the paragraph that the next word would not have fitted after; a line
        // closed by a stop may as well end its paragraph, and is left a line of its own
        if next_word > 0
            && 2 * length >= width
            && length + 1 + next_word > width
            && !ends_with_stop(line)
            && (!is_heading(line) || next.starts_with(char::is_lowercase))
            // a headline in sentence case over its date ("… its five millionth passenger" /
            // "Updated 15:06, 02-Apr-2024"): a wrapper leaves a whole date on a line only as
            // the end of a sentence ("… in East Flores, Indonesia, on" / "March 4, 2024."),
            // going on in lower case ("… in Jakarta" / "on 2 April 2024"), or after a comma or
            // a number that the date goes on from ("… in Johor Baru," / "March 10, 2024. —
            // Bernama pic", "… in Jakarta on 2" / "April 2024")
            && (!line.ends_with(char::is_alphabetic)
                || ends_with_stop(next.trim_end())
                || next.starts_with(char::is_lowercase)
                || !crate::blocks::is_date_line(next.trim_end()))
        {
            breaks.push(at);
            lower += usize::from(next.starts_with(char::is_lowercase));
        }
        at += 1;
    }
    if (lower as f64) < MIN_LOWER_SHARE * breaks.len() as f64 {
        return Vec::new();
    }
    breaks
}

/// The width `lines` were wrapped at, when they were: the longest line's length, in
/// [`WIDTHS`], with enough full lines that end inside a sentence; with every line's length in
/// characters (its white space at the end left out), counted once.
fn wrap_width(lines: &[&str]) -> Option<(usize, Vec<usize>)> {
    // most pages hold a line longer than any width: found at their first long paragraph, with
    // no count of the characters of any shorter line (a line's bytes bound its characters)
    let widest = *WIDTHS.end();
    if lines
        .iter()
        .any(|line| line.len() > widest && line.trim_end().chars().count() > widest)
    {
        return None;
    }
    let lengths: Vec<usize> = lines.iter().map(|l| l.trim_end().chars().count()).collect();
    let width = lengths.iter().copied().max()?;
    if !WIDTHS.contains(&width) {
        return None;
    }
    let long = lengths.iter().filter(|&&n| 2 * n > width).count();
    let full: Vec<&str> = lines
        .iter()
        .zip(&lengths)
        .filter(|&(_, &n)| n as f64 >= FULL_SHARE * width as f64)
        .map(|(line, _)| line.trim_end())
        .collect();
    let open = full.iter().filter(|line| !ends_with_stop(line)).count();
    (full.len() >= MIN_FULL_LINES
        && full.len() as f64 >= MIN_FULL_SHARE * long as f64
        && open as f64 >= MIN_OPEN_SHARE * full.len() as f64)
        .then_some((width, lengths))
}

/// Share of a line's words that are capitalized, at least, for it to be a heading in title
/// case ("Indonesia's Nickel Rush Draws Scrutiny Over Pollution").
const HEADING_CAPITALS: f64 = 0.6;

/// Whether `line` is a heading in title case. What follows a headline that nearly fills the
/// width with a capital is its date or byline far more often than the rest of a headline too
/// long for a line ("Updated 10 March 2024", "By Jon Emont"): a headline that was wrapped
/// keeps its pieces apart, unless the rest goes on in lower case ("… Naik" / "di Pasar …").
fn is_heading(line: &str) -> bool {
    let (mut words, mut capitalized) = (0usize, 0usize);
    for word in line.split_whitespace() {
        words += 1;
        capitalized += usize::from(word.starts_with(|c: char| c.is_uppercase() || c.is_numeric()));
    }
    words > 0 && capitalized as f64 >= HEADING_CAPITALS * words as f64
}

/// Whether `line` ends as a sentence or a label may: a stop, a colon, a closing quotation
/// mark or bracket.
fn ends_with_stop(line: &str) -> bool {
    line.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's lines, each wrapped greedily at `width` characters as a text dump does.
    fn wrap(lines: &[&str], width: usize) -> String {
        let mut out = Vec::new();
        for line in lines {
            let mut current = String::new();
            for word in line.split(' ') {
                if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width
                {
                    out.push(std::mem::take(&mut current));
                }
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
            }
            out.push(current);
        }
        out.join("\n")
    }

    const PAGE: &[&str] = &[
        "Beranda",
        "KPK: Pencegahan Korupsi di Sektor Pengadaan Harus Dimulai dari Perencanaan",
        "Jakarta, 3 Mei 2024",
        "Komisi Pemberantasan Korupsi (KPK) menilai pencegahan korupsi di sektor pengadaan \
         barang dan jasa pemerintah harus dimulai sejak tahap perencanaan anggaran.",
        "Menurut KPK, banyak perkara korupsi pengadaan berawal dari perencanaan yang tidak \
         sesuai kebutuhan dan harga perkiraan yang digelembungkan.",
        "Hal itu disampaikan dalam rapat koordinasi pencegahan korupsi bersama pemerintah \
         daerah di Jakarta, Jumat (3/5).",
        "KPK juga meminta pemerintah daerah memanfaatkan katalog elektronik agar proses \
         pengadaan lebih transparan.",
        "Selain itu, aparat pengawas internal diminta aktif memeriksa dokumen perencanaan \
         sebelum lelang dimulai.",
        "Biro Hubungan Masyarakat",
    ];

    #[test]
    fn a_headline_in_sentence_case_keeps_its_date_apart() {
        let mut page = PAGE.to_vec();
        page[1] = "Indonesia's high-speed railway carries its five millionth passenger";
        page[2] = "Updated 15:06, 02-Apr-2024";
        let text = unwrapped(wrap(&page, 72));
        assert!(
            text.lines().any(|line| line == page[1]) && text.lines().any(|line| line == page[2]),
            "{text}"
        );
        assert!(text.contains(page[3]), "{text}");
    }

    #[test]
    fn a_wrapped_page_gets_its_lines_back() {
        // at 78 the headline, 74 characters, nearly fills the width before the date line: a
        // heading is not joined, so it keeps its date apart (and, wrapped, its pieces)
        for width in [50, 60, 72, 78] {
            let wrapped = wrap(PAGE, width);
            assert_ne!(wrapped, PAGE.join("\n"), "width {width}");
            let text = unwrapped(wrapped);
            // every line is a line of the page, or a piece of one that a stop ends (a break
            // after a stop is left as it is: it may end a paragraph) or a headline's
            for line in text.lines() {
                assert!(
                    PAGE.iter().any(|own| *own == line
                        || own.contains(line) && (ends_with_stop(line) || is_heading(line))
                        || own.ends_with(line)),
                    "width {width}: {line:?}"
                );
            }
            assert!(
                text.contains(PAGE[3]) && text.contains(PAGE[4]) && text.contains(PAGE[2]),
                "width {width}"
            );
        }
    }

    #[test]
    fn a_page_written_line_under_line_is_left_alone() {
        let page = PAGE.join("\n");
        assert_eq!(unwrapped(page.clone()), page);
        // paragraphs of like length, each ending with its stop
        let even = [
            "Harga beras di Pasar Induk Cipinang naik lagi pada pekan ini.",
            "Pedagang mengatakan pasokan dari daerah sentra produksi berkurang.",
            "Pemerintah berjanji menggelar operasi pasar mulai Senin depan.",
            "Bulog menyiapkan cadangan beras sebanyak dua puluh ribu ton.",
            "Warga berharap harga kembali turun sebelum bulan puasa tiba.",
            "Kenaikan harga terjadi hampir di semua jenis beras medium.",
            "Beras premium masih dijual dengan harga yang sama seperti bulan lalu.",
        ]
        .join("\n");
        assert_eq!(unwrapped(even.clone()), even);
    }
}
