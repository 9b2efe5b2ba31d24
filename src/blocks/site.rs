//! The page's own name. Scraped pages often open with the site's name on a line of its own
//! ("Hukumonline", "Solopos.com", "IDN Times", "South China Morning Post"), and a site signs
//! its datelines with its domain ("Cianjur, tvOnenews.com -"). The name's own line is clutter,
//! and so are an order to the reader that names the site ("Kunjungi Hukumonline Pro untuk
//! analisis hukum …") and the site's bio of itself ("IDN Times Community adalah media …"); a
//! name alone proves nothing ("… kata dia kepada Kompas.com."). The name is read from the page
//! itself, not from a list of sites.
use super::{BlockKind, Draft};

/// The most words a site's name on its own line has: "South China Morning Post".
const MAX_NAME_WORDS: usize = 4;

/// The names the page gives itself, lower case: its first line when that line is a name (a few
/// words, each capitalized or a web domain, no stop, not a known clutter line, not the
/// `title`) that the page prints again, as sites do in their copyright line, their prompts and
/// their credits ("© 2024 IDN Times", "Kunjungi Hukumonline Pro"); and every web domain in its
/// meta lines ("SOLOPOS.COM —", "Bola.com, Kediri -"). A headline on the first line is the
/// title, and is not printed again with its capitals.
pub(super) fn names(text: &str, drafts: &[Draft], title: Option<usize>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    if let Some(first) = drafts.first().filter(|_| title != Some(0)) {
        let line = first.block.span.of(text);
        let lower = line.to_lowercase();
        let others = || drafts[1..].iter().map(|d| d.block.span.of(text));
        // printed again with its capitals, and never in lower case as a common word is: a
        // menu's "Home" or a section's "World" turns up as "home" and "world" in the story
        let again = || others().any(|other| other.contains(line));
        let common = || others().any(|other| has_whole(other, &lower));
        if is_name_line(line)
            && !super::is_boilerplate(line)
            && first.block.kind != BlockKind::Meta
            && again()
            && !common()
        {
            names.push(lower);
        }
    }
    // or the site's name closing a window title on the page's first line: "Reading
    // councillors approve 212 flats … | Reading Chronicle"
    if let Some(first) = drafts.first() {
        let window = window_title_site(&text[first.block.span.start..]);
        if let Some(name) = window.map(str::to_lowercase) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    // the name the copyright line gives: "Copyright © 2024 Mataramnews.com", "© 2024 The Edge
    // Singapore. All rights reserved."
    for d in drafts {
        if let Some(name) = copyright_name(d.block.span.of(text)) {
            let name = name.to_lowercase();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    for d in drafts.iter().filter(|d| d.block.kind == BlockKind::Meta) {
        for word in d.block.span.of(text).split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if is_domain(word) {
                let name = word.to_lowercase();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

/// The owner a copyright line names: the words after "Copyright", "©" or "(c)" and the years,
/// up to a stop, a bar or a comma, when they read as a site's name ([`is_name_line`]):
/// "Copyright © 2024 Mataramnews.com" gives "Mataramnews.com", "© 2024 The Edge Singapore. All
/// rights reserved." gives "The Edge Singapore".
fn copyright_name(line: &str) -> Option<&str> {
    copyright_owner(line).filter(|name| is_name_line(name))
}

/// The owner a copyright line names, whatever its words: the words after "Copyright", "©" or
/// "(c)" and the years, up to a stop, a bar or a comma ("Copyright © 2024 Mother Jones and the
/// Foundation for National Progress. All Rights Reserved." gives "Mother Jones and the
/// Foundation for National Progress").
fn copyright_owner(line: &str) -> Option<&str> {
    // most lines hold no copyright sign, which one byte search says ('©' opens with 0xC2)
    let lower_start = line
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("copyright"));
    if !(lower_start || line.contains('©') || line.starts_with("(c)") || line.starts_with("(C)")) {
        return None;
    }
    let at = line.find('©').map_or(0, |at| at + '©'.len_utf8());
    let mut rest = line[at..].trim_start();
    // "Copyright", "(c)", the years ("2024", "2010-2024", "2010–2024")
    loop {
        let word = rest.split_whitespace().next()?;
        let bare = word.trim_end_matches(',');
        let skip = bare.eq_ignore_ascii_case("copyright")
            || bare.eq_ignore_ascii_case("(c)")
            || bare == "©"
            || bare
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '–');
        if !skip {
            break;
        }
        rest = rest[word.len()..].trim_start();
    }
    // the name ends at a sentence's stop (a domain's dots are inside a word), a bar or a comma
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '|' | ',' | '·')
                || c == '.' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace)
        })
        .map_or(rest.len(), |(i, _)| i);
    let name = rest[..end].trim();
    (!name.is_empty()).then_some(name)
}

/// Whether `line`, a short line of capitalized words, is the page's own name as the page signs
/// its work elsewhere: the name its copyright line opens its owner with ("Mother Jones" / … /
/// "Copyright © 2024 Mother Jones and the Foundation for National Progress."), or the outlet
/// of a photo's credit ("Staten Island Advance" / … / "(Staten Island Advance/Irene
/// Moskowitz)") when `masthead` says the line stands where a site prints its name, above the
/// headlines (a photographer's name under the headline is in the credit too). Such a name
/// shares its words with any story that names the site, and so may pass for a short headline.
pub(super) fn signs_the_page<'a>(
    line: &str,
    text: &'a str,
    drafts: &[Draft],
    signatures: &Signatures<'a>,
    masthead: impl Fn() -> bool,
) -> bool {
    if !is_name_line(line) {
        return false;
    }
    let (owners, credits) = signatures.get_or_init(|| {
        let owners = drafts
            .iter()
            .filter_map(|d| copyright_owner(d.block.span.of(text)))
            .collect();
        let credits = drafts
            .iter()
            .filter(|d| d.block.kind == BlockKind::Credit)
            .map(|d| d.block.span.of(text))
            .collect();
        (owners, credits)
    });
    owners.iter().any(|owner| {
        owner
            .get(..line.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(line))
            && !owner[line.len()..].starts_with(char::is_alphanumeric)
    }) || credits
        .iter()
        .any(|credit| credit.len() > line.len() && has_whole(credit, line))
        && masthead()
}

/// The copyright owners and the credits of a page, which [`signs_the_page`] reads, gathered
/// once a page when a line first asks.
pub(super) type Signatures<'a> = std::cell::OnceCell<(Vec<&'a str>, Vec<&'a str>)>;

/// Whether `line` reads as a site's name: one to [`MAX_NAME_WORDS`] words, the first
/// capitalized (or a domain, or a brand in lower case followed by a capital: "detikHealth",
/// "kumparan" is left out), every word capitalized or a domain or a small word inside the name
/// ("Times of Sabah"), no final stop.
fn is_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=MAX_NAME_WORDS).contains(&words.len())
        && !line.ends_with(['.', '!', '?', ':', ','])
        && words.iter().enumerate().all(|(i, w)| {
            w.starts_with(char::is_uppercase)
                || is_domain(w)
                || w.chars().skip(1).any(char::is_uppercase)
                // a small word inside the name: "Times of Sabah"
                || i > 0 && i + 1 < words.len() && super::bio::NAME_LINKS.contains(w)
        })
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || ".-&'".contains(c)))
}

/// Words of a headline before a window title's bar, at least.
const MIN_WINDOW_HEADLINE_WORDS: usize = 4;

/// The site's name closing the window title on the first line of `page`: the words after
/// its last bar, a name ([`is_name_line`]), when the first part is a headline of
/// [`MIN_WINDOW_HEADLINE_WORDS`] words or more without a stop (not a menu's first link).
fn window_title_site(page: &str) -> Option<&str> {
    let line = page.split('\n').next()?.trim();
    // (or a dash before the site's domain: "Jembatan Gantung Bodri Ditutup, Warga Memutar 7 Km
    // - Kendalkini.com"; a dash before a name may part a headline from its subtitle)
    let (headline, name) = line.rsplit_once(" | ").or_else(|| {
        // (the last word asked first: most first lines end in no domain)
        let (rest, last) = line.rsplit_once(' ')?;
        let headline = [" -", " –", " —"]
            .iter()
            .find_map(|dash| rest.strip_suffix(dash))?;
        is_domain(last).then_some((headline, last))
    })?;
    let name = name.trim();
    // (the headline is the first part: a menu's links are parted by bars too)
    let headline = headline.split(" | ").next().unwrap_or(headline);
    (is_name_line(name)
        && !headline.ends_with(['.', '!', '?'])
        && headline
            .split_whitespace()
            .nth(MIN_WINDOW_HEADLINE_WORDS - 1)
            .is_some())
    .then_some(name)
}

/// Whether `line` is a window title: a headline, a bar and the site's name
/// ([`window_title_site`]): "Nelayan Palang Kesulitan Solar, Jatah Subsidi Dipertanyakan |
/// Tubankita.com".
pub(super) fn is_window_title_line(line: &str) -> bool {
    window_title_site(line).is_some()
}

/// The words before the first separator of [`OPENING_SEPARATORS`] `line` holds, where a site
/// prints its name before its slogan: "Kabar Sleman" of "Kabar Sleman – Berita Terkini …".
fn opening_name(line: &str) -> Option<&str> {
    OPENING_SEPARATORS
        .iter()
        .find_map(|sep| line.split_once(sep).map(|(name, _)| name))
}

/// What parts a site's name from its slogan on the page's first line.
const OPENING_SEPARATORS: &[&str] = &[" – ", " — ", " - ", " | "];

/// Whether `line` opens with the site's name as the page signs its work elsewhere
/// ([`signs_the_page`]), a separator and its slogan: "Madura Kini — Kabar Terkini dari Pulau
/// Garam" over "(Foto: …/Madura Kini)".
pub(super) fn opens_with_its_signed_name<'a>(
    line: &str,
    text: &'a str,
    drafts: &[Draft],
    signatures: &Signatures<'a>,
) -> bool {
    opening_name(line).is_some_and(|name| signs_the_page(name, text, drafts, signatures, || true))
}

/// Whether `line` opens with the site's name and a separator, the name written as the page's
/// domain spells it elsewhere: "Kabar Sleman – Berita Terkini Sleman dan Sekitarnya" on a page
/// that signs "KabarSleman.com". The name's letters, lower-cased and run together, then a dot,
/// are looked for in `text` in any case.
pub(super) fn opens_with_its_domain_name(line: &str, text: &str) -> bool {
    let Some(name) = opening_name(line) else {
        return false;
    };
    // (or its domain itself: "BanjarmasinKini.com - Kabar Banua Hari Ini")
    if is_domain(name.trim()) {
        return true;
    }
    if !is_name_line(name) {
        return false;
    }
    let stem: Vec<u8> = name
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let Some(&lead) = stem.first() else {
        return false;
    };
    let bytes = text.as_bytes();
    // (a whole word: "Times – …" is not signed by "nytimes.com")
    memchr::memchr2_iter(lead, lead.to_ascii_uppercase(), bytes).any(|at| {
        bytes
            .get(at..at + stem.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(&stem))
            && bytes.get(at + stem.len()) == Some(&b'.')
            && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
    })
}

/// Whether `word` is a web domain: "Solopos.com", "tvOnenews.com", "Mongabay.co.id".
pub(super) fn is_domain(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        ".com", ".co.id", ".id", ".net", ".org", ".co", ".news", ".asia", ".info", ".online",
        ".today", ".tv", ".my", ".ph", ".sg",
    ];
    let lower = word.to_ascii_lowercase();
    ENDINGS
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

/// Whether `line` names one of `names` (lower case) as whole words: "Kunjungi Hukumonline Pro"
/// names "hukumonline"; "Hukumonlinepro" does not.
pub(super) fn names_the_site(line: &str, names: &[String]) -> bool {
    // most lines hold no name's first word in any case, which byte searches say without
    // lower-casing the line
    if !names.iter().any(|name| may_hold(line, name)) {
        return false;
    }
    let lower = line.to_lowercase();
    names.iter().any(|name| has_whole(&lower, name))
}

/// Whether `line` may hold `name` (lower case): its first word, when ASCII, is in `line` in
/// any case. A name whose first word is not ASCII may be anywhere.
fn may_hold(line: &str, name: &str) -> bool {
    let first = name.split([' ', '.']).next().unwrap_or(name);
    let Some(&lead) = first.as_bytes().first() else {
        return true;
    };
    if !first.is_ascii() {
        return true;
    }
    let bytes = line.as_bytes();
    memchr::memchr2_iter(lead, lead.to_ascii_uppercase(), bytes).any(|at| {
        bytes
            .get(at..at + first.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(first.as_bytes()))
    })
}

/// Whether `line` opens with one of the site's `names` (lower case) as whole words: "Middle East
/// Eye delivers …" for "middle east eye".
pub(super) fn opens_with_name(line: &str, names: &[String]) -> bool {
    names.iter().any(|name| {
        line.get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name))
            && !line[name.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether `text` holds `words` (exactly, case included) with no letter or digit next to it.
pub(super) fn has_whole(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the whole of `line` is one of the site's `names`.
pub(super) fn is_the_name(line: &str, names: &[String]) -> bool {
    !names.is_empty() && names.contains(&line.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{find_blocks, BlockKind};
    use crate::sentences::Lang;

    fn drafts_of(page: &str) -> Vec<Draft> {
        find_blocks(page, Lang::Id)
            .iter()
            .map(|b| crate::blocks::draft(b.kind, b.span, false, false))
            .collect()
    }

    fn kinds(page: &str) -> Vec<(BlockKind, &str)> {
        find_blocks(page, Lang::Id)
            .into_iter()
            .map(|b| (b.kind, b.span.of(page)))
            .collect()
    }

    #[test]
    fn a_window_title_names_its_site_after_its_last_bar() {
        let page =
            "Councillors approve 212 flats on sorting office site | Reading Chronicle\nNews\n";
        assert_eq!(window_title_site(page), Some("Reading Chronicle"));
        // a menu of bars, or a headline's sentence before the bar, names no site
        assert_eq!(
            window_title_site("Home | News | Sport | Reading Chronicle\n"),
            None
        );
        assert_eq!(
            window_title_site("Flats approved. Residents object. | Reading Chronicle\n"),
            None
        );
        // a dash before the site's domain; before a name it may part a headline's subtitle
        assert_eq!(
            window_title_site(
                "Jembatan Gantung Bodri Ditutup, Warga Memutar 7 Km - Kendalkini.com\nMenu\n"
            ),
            Some("Kendalkini.com")
        );
        assert_eq!(
            window_title_site("Jembatan Gantung Bodri Ditutup - Warga Memutar Tujuh Kilometer\n"),
            None
        );
        // the name labels an image's caption, which the page prints as its alt text
        let caption = "The former sorting office has been empty since 2018";
        let page = format!(
            "{page}Councillors approve 212 flats on former sorting office site\nBy Tom Ashdown\n\
             Plans to build 212 flats on the site of a former sorting office have been \
             approved by the council.\n\
             Reading Chronicle: {caption} (Image: Google)\n\
             The committee voted seven to four in favour of the scheme on Wednesday.\n"
        );
        let got: Vec<(BlockKind, &str)> = find_blocks(&page, Lang::En)
            .into_iter()
            .map(|b| (b.kind, b.span.of(&page)))
            .collect();
        assert!(got.contains(&(BlockKind::Caption, caption)), "{got:?}");
        assert!(
            got.contains(&(BlockKind::Boilerplate, "Reading Chronicle:")),
            "{got:?}"
        );
        // with its article
        let page = page.replace("Reading Chronicle: ", "The Reading Chronicle: ");
        let got: Vec<(BlockKind, &str)> = find_blocks(&page, Lang::En)
            .into_iter()
            .map(|b| (b.kind, b.span.of(&page)))
            .collect();
        assert!(got.contains(&(BlockKind::Caption, caption)), "{got:?}");
    }

    #[test]
    fn a_name_is_found_as_a_whole_word() {
        let names = vec!["hukumonline".to_string(), "idn times".to_string()];
        assert!(names_the_site(
            "Kunjungi Hukumonline Pro untuk analisis.",
            &names
        ));
        assert!(names_the_site(
            "© 2024 IDN Times. All rights reserved.",
            &names
        ));
        assert!(!names_the_site("Hukumonlinepro dan IDN Timesheet", &names));
        assert!(!names_the_site("Kunjungi Hukumonline Pro", &[]));
    }

    #[test]
    fn the_site_s_name_line_and_an_order_naming_the_site_are_clutter() {
        let page = "Hukumonline\nBerita\n\
                    MK Tolak Uji Materi Batas Usia Pensiun Hakim Ad Hoc\n\
                    Mahkamah Konstitusi menolak seluruh permohonan uji materi batas usia pensiun \
                    hakim ad hoc.\n\
                    Mahkamah menilai batas usia pensiun hakim merupakan kebijakan hukum terbuka.\n\
                    Kunjungi Hukumonline Pro untuk analisis hukum yang lebih mendalam.\n";
        let got = kinds(page);
        assert!(
            got.contains(&(BlockKind::Boilerplate, "Hukumonline")),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                BlockKind::Boilerplate,
                "Kunjungi Hukumonline Pro untuk analisis hukum yang lebih mendalam."
            )),
            "{got:?}"
        );
        // the same order without the site's name on the page is a sentence of the story
        let page = page.replacen("Hukumonline\n", "", 1);
        let got = kinds(&page);
        assert!(got
            .iter()
            .any(|(k, t)| *k == BlockKind::Paragraph && t.starts_with("Kunjungi")));
    }

    #[test]
    fn the_copyright_line_names_the_site() {
        assert_eq!(
            copyright_name("Copyright © 2024 Mataramnews.com"),
            Some("Mataramnews.com")
        );
        assert_eq!(
            copyright_name("© 2024 The Edge Singapore. All rights reserved."),
            Some("The Edge Singapore")
        );
        assert_eq!(
            copyright_name("Copyright © 2010-2024 Korea JoongAng Daily | All rights reserved"),
            Some("Korea JoongAng Daily")
        );
        // a story's words after the sign are no name
        assert_eq!(
            copyright_name("© 2024 semua hak dilindungi undang-undang."),
            None
        );
        assert_eq!(copyright_name("Harga beras naik lagi."), None);
    }

    #[test]
    fn a_note_naming_the_site_to_its_readers_is_clutter() {
        let page = "Sunday Times\nNews\n\
                    Rail Fares Rise by a Fifth From Monday\n\
                    Rail fares will rise by a fifth from Monday, the transport ministry said.\n\
                    Commuters told the Sunday Times that many of them would have to take buses.\n\
                    Readers can now have the Sunday Times delivered to their doorstep; call our \
                    circulation desk for details.\n\
                    The Sunday Times welcomes letters from readers on this issue.\n";
        let got = kinds(page);
        for note in [
            "Readers can now have the Sunday Times delivered to their doorstep; call our \
             circulation desk for details.",
            "The Sunday Times welcomes letters from readers on this issue.",
        ] {
            assert!(got.contains(&(BlockKind::Boilerplate, note)), "{got:?}");
        }
        // the story may name the site: to no reader, in no publisher's voice
        assert!(
            got.iter()
                .any(|(k, t)| *k == BlockKind::Paragraph && t.starts_with("Commuters")),
            "{got:?}"
        );
        // and the same note on a page that does not name the site is the story's
        let page = page.replacen("Sunday Times\n", "", 1);
        let got = kinds(&page);
        assert!(got
            .iter()
            .any(|(k, t)| *k == BlockKind::Paragraph && t.starts_with("Readers")));
    }

    #[test]
    fn a_headline_on_the_first_line_is_no_site_name() {
        // the first line is short and capitalized like a site's name, but it is the title and
        // the page does not print it again
        let page = "Harga Beras Naik\n\nHarga beras di pasar tradisional Bekasi naik lagi pada \
                    pekan ini.\n\nPedagang menyebut pasokan dari Karawang berkurang.\n";
        let got = kinds(page);
        assert_eq!(got[0], (BlockKind::Title, "Harga Beras Naik"), "{got:?}");
        // a menu's first word is no name: the story writes it in lower case
        let page = "Home\nHome > Berita\nWarga Pulang ke Rumah Setelah Banjir Surut\n\
                    Warga mulai pulang ke rumah setelah banjir surut pada Senin pagi.\n\
                    Mereka membersihkan lumpur dan kembali bekerja di home industry.\n";
        assert!(names(page, &drafts_of(page), Some(2)).is_empty());
        let page = page.replace("home industry", "Home Industry");
        assert_eq!(names(&page, &drafts_of(&page), Some(2)), ["home"]);
        // a web domain is a name wherever it stands in a meta line
        assert!(is_domain("SOLOPOS.COM") && is_domain("Mongabay.co.id") && !is_domain("Pasar."));
    }

    #[test]
    fn a_sites_name_may_hold_a_small_word() {
        assert!(is_name_line("Times of Sabah"));
        assert!(is_name_line("Press and Journal"));
        assert!(!is_name_line("of Sabah"));
        assert!(!is_name_line("Sabah and"));
        // the site's name as its domain spells it, a whole word
        let page = "Kabar Sleman – Berita Terkini\nSLEMAN, KabarSleman.com – Hujan deras …";
        assert!(opens_with_its_domain_name(
            "Kabar Sleman – Berita Terkini",
            page
        ));
        let page = "Times – Latest News\nPhoto: nytimes.com";
        assert!(!opens_with_its_domain_name("Times – Latest News", page));
    }
}
