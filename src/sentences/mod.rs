//! Stage 3: sentences. Splits one paragraph (or caption) into sentence spans with rules made
//! for Indonesian ([`id`]) or English ([`en`]) on one engine; the tables live in [`rules`].
//! Promise: the sentences, with the white space between them, give back the paragraph exactly
//! (spans are trimmed, ordered, non-overlapping); it never panics and runs in linear time.
pub mod en;
pub mod id;
pub mod rules;

use crate::span::Span;
use rules::{is_closer, is_opener, is_terminator, quote_mark, Policy, QuoteMark, Rules};

/// The language whose rules split the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

crate::named::named_enum!(Lang {
    Id => "id",
    En => "en",
}, unknown: |name| format!("unknown language '{name}': use 'id' or 'en'"));

impl Lang {
    /// The splitting rules of this language.
    pub fn rules(self) -> &'static Rules {
        match self {
            Lang::Id => id::rules(),
            Lang::En => en::rules(),
        }
    }
}

/// Whether `token`, with its final period, is an abbreviation that never ends a sentence in
/// either language's tables ([`rules::Policy::Never`]), in any case: "Dok.", "Dr.", "Moch.",
/// "Jl.". The word after it goes on what it began: "Foto: Dok. Pokdakan …",
/// "Tubantoday.com/Moch. Rifa'i".
pub fn announces_what_follows(token: &str) -> bool {
    const LONGEST: usize = 16;
    static NEVER: std::sync::OnceLock<crate::hash::FastSet<Vec<u8>>> = std::sync::OnceLock::new();
    if !token.ends_with('.') || token.len() > LONGEST {
        return false;
    }
    let never = NEVER.get_or_init(|| {
        [Lang::Id, Lang::En]
            .iter()
            .flat_map(|lang| lang.rules().abbreviations.iter())
            .filter(|(_, &policy)| policy == rules::Policy::Never)
            .map(|(abbreviation, _)| abbreviation.to_ascii_lowercase().into_bytes())
            .collect()
    });
    let mut buffer = [0u8; LONGEST];
    let lower = &mut buffer[..token.len()];
    lower.copy_from_slice(token.as_bytes());
    lower.make_ascii_lowercase();
    never.contains(&lower[..])
}

/// One sentence: its span, and whether it lies in a quotation that is split over several
/// sentences or is wholly quoted (`“Kami siap.”`). A quotation with its attribution in the
/// same sentence (`“…,” kata dia.`) is not `in_quote`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub in_quote: bool,
}

/// Splits `text` into sentences; spans are relative to `text`.
pub fn split(text: &str, lang: Lang) -> Vec<Sentence> {
    split_span(text, Span::new(0, text.len()), lang)
}

/// Splits the piece `span` of `text`; spans point into `text`.
pub fn split_span(text: &str, span: Span, lang: Lang) -> Vec<Sentence> {
    let piece = span.of(text);
    let rules = lang.rules();
    let cuts = find_cuts(piece, rules);
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(piece.len())) {
        let chunk = &piece[start..cut];
        let s = start + (chunk.len() - chunk.trim_start().len());
        let e = start + chunk.trim_end().len();
        if s < e {
            spans.push(Span::new(s, e));
        }
        start = cut;
    }
    let in_quote = mark_in_quote(piece, &spans);
    spans
        .into_iter()
        .zip(in_quote)
        .map(|(s, in_quote)| Sentence {
            span: Span::new(span.start + s.start, span.start + s.end),
            in_quote,
        })
        .collect()
}

/// How a run of terminators reads: `?`/`!` end strongly, an ellipsis only before a starter
/// word, a lone period depends on the token before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminator {
    Strong,
    Ellipsis,
    Period,
}

/// Byte offsets where sentences end (just after the terminator and its closing marks).
/// Each is followed by white space and then more text; the end of `text` is not included.
fn find_cuts(text: &str, rules: &Rules) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    // start of the current sentence, for "1. Pertama" list numbers
    let mut sentence_start = 0;
    let mut i = 0;
    // '.', '!', '?' or the first byte of '…' (E2 80 A6); everything between is skipped by
    // byte searches, the next 0xE2 found again only once passed
    let mut next_e2 = memchr::memchr(0xE2, bytes);
    while i < bytes.len() {
        if next_e2.is_some_and(|e| e < i) {
            next_e2 = memchr::memchr(0xE2, &bytes[i..]).map(|n| i + n);
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|n| i + n);
        let Some(next) = stop.into_iter().chain(next_e2).min() else {
            break;
        };
        i = next;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let run_start = i;
        let (mut strong, mut dots, mut ellipsis) = (false, 0usize, false);
        let mut j = i;
        for c in text[i..].chars() {
            match c {
                '!' | '?' => strong = true,
                '.' => dots += 1,
                '…' => ellipsis = true,
                c if is_closer(c) => {}
                _ => break,
            }
            j += c.len_utf8();
        }
        i = j;
        let cut = j;
        match text[cut..].chars().next() {
            Some(c) if c.is_whitespace() => {}
            _ => continue, // "1.400", "kemlu.go.id", "U.S.A", or the end of the text
        }
        let rest = &text[cut..];
        let mut next = cut + (rest.len() - rest.trim_start().len());
        let mut cut = cut;
        // `kamu. “ Siapa` or `ini? '" ujar` — quotation marks set apart by spaces after a
        // sentence end belong to that sentence
        let detached = text[next..]
            .char_indices()
            .take_while(|&(_, c)| quote_mark(c).is_some() || c == '\'' || c == '’')
            .last()
            .map(|(at, c)| next + at + c.len_utf8());
        if let Some(end) = detached {
            if text[end..].chars().next().is_none_or(char::is_whitespace) {
                cut = end;
                let rest = &text[end..];
                next = end + (rest.len() - rest.trim_start().len());
            }
        }
        if next == text.len() {
            break;
        }
        let kind = if strong {
            Terminator::Strong
        } else if ellipsis || dots >= 2 {
            Terminator::Ellipsis
        } else {
            Terminator::Period
        };
        if is_boundary(text, run_start, kind, next, sentence_start, rules) {
            cuts.push(cut);
            sentence_start = next;
        }
        i = next;
    }
    cuts
}

/// The first word after a possible boundary, past opening marks: `“Kami` → `Kami`.
struct NextWord<'t> {
    /// first character after the opening marks
    first: char,
    /// the second character, for "iPhone"
    second: Option<char>,
    /// the leading alphabetic word
    word: &'t str,
    /// the character after the word
    after: Option<char>,
}

fn next_word(text: &str, at: usize) -> Option<NextWord<'_>> {
    let rest = &text[at..];
    let mut start = rest.len();
    for (k, (idx, c)) in rest.char_indices().enumerate() {
        if k >= 4 || !is_opener(c) {
            start = idx;
            break;
        }
    }
    let rest = &rest[start..];
    let mut chars = rest.chars();
    let first = chars.next()?;
    let second = chars.next();
    let mut word_len = 0;
    for (k, (idx, c)) in rest.char_indices().enumerate() {
        if k >= 40 || !c.is_alphabetic() {
            break;
        }
        word_len = idx + c.len_utf8();
    }
    Some(NextWord {
        first,
        second,
        word: &rest[..word_len],
        after: rest[word_len..].chars().next(),
    })
}

/// Decides whether the terminator run at `run_start` ends a sentence, given the text that
/// starts at `next` (after the white space).
fn is_boundary(
    text: &str,
    run_start: usize,
    kind: Terminator,
    next: usize,
    sentence_start: usize,
    rules: &Rules,
) -> bool {
    let Some(word) = next_word(text, next) else {
        return false;
    };
    // ". . ." — a spaced ellipsis is not a run of empty sentences
    if is_terminator(word.first) {
        return false;
    }
    // "dll. dan seterusnya" — Indonesian and English sentences start capitalized;
    // "iPhone" and "eKTP" still count as capitalized.
    if word.first.is_lowercase() && !word.second.is_some_and(char::is_uppercase) {
        return false;
    }
    let starter = || rules.starters.contains(word.word);
    match kind {
        Terminator::Strong => true,
        // "Saya tidak tahu... Kemudian ia pergi." ends; "Kami ... Indonesia" does not.
        Terminator::Ellipsis => starter(),
        Terminator::Period => match token_policy(text, run_start, sentence_start, rules) {
            None => true,
            Some(Policy::Never) => false,
            Some(Policy::NumberFollows) => !word.first.is_ascii_digit() && !is_roman(&word),
            Some(Policy::Starter) => starter(),
            Some(Policy::Capital) => word.first.is_uppercase(),
        },
    }
}

/// The longest token looked at before a period; longer ones are ordinary words or URLs.
const MAX_TOKEN: usize = 48;

/// The policy of the token that ends with the period at `period`, or `None` for an ordinary
/// word (a sentence end).
fn token_policy(text: &str, period: usize, sentence_start: usize, rules: &Rules) -> Option<Policy> {
    let base = sentence_start.min(period);
    let mut start = period;
    for (idx, c) in text[base..period].char_indices().rev() {
        if c.is_whitespace() {
            break;
        }
        if period - (base + idx) > MAX_TOKEN {
            return None;
        }
        start = base + idx;
    }
    // "(dll." and "“Dr." — opening marks are not part of the token
    let token = text[start..period].trim_start_matches(is_opener);
    let with_period = &text[period - token.len()..period + 1];
    if let Some(&policy) = rules.abbreviations.get(with_period) {
        return Some(policy);
    }
    // "RT. 03/RW. 05" — an abbreviation after a slash
    if let Some(slash) = with_period.rfind('/') {
        if let Some(&policy) = rules.abbreviations.get(&with_period[slash + 1..]) {
            return Some(policy);
        }
    }
    if token.is_empty() {
        return None;
    }
    // "1. Pertama, ..." — a list number opening the sentence
    if start == sentence_start && token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Policy::Never);
    }
    // "James S. Brady", "H.R. McMaster", "J.K. Rowling" — initials before a name
    if is_initials(token) {
        return Some(Policy::Starter);
    }
    // "Ahmad Fauzi, S.Pd.I. Ia ..." or "dr. Rina, Sp.PD. Wijaya" — a degree the lexicon
    // lacks, shaped like the ones it has: short capitalized pieces joined by periods
    if is_dotted_abbreviation(token) {
        return Some(Policy::Starter);
    }
    None
}

/// Two or more pieces of at most four letters joined by periods, the first capitalized:
/// "S.Pd.I", "Sp.PD", "M.Kes". Domains ("detik.com", "bnpb.go.id") have longer or lowercase
/// first pieces.
fn is_dotted_abbreviation(token: &str) -> bool {
    let mut count = 0;
    let pieces_ok = token.split('.').all(|piece| {
        count += 1;
        let n = piece.chars().count();
        (1..=4).contains(&n) && piece.chars().all(char::is_alphabetic)
    });
    pieces_ok && count >= 2 && token.starts_with(|c: char| c.is_uppercase())
}

/// A Roman numeral as in "Ketetapan MPRS No. XXV" or "No. I/MPR/1983". A lone "I" before
/// white space is the English pronoun: "at Glasgow School of Art. I loved it."
fn is_roman(word: &NextWord) -> bool {
    let w = word.word;
    !w.is_empty()
        && w.len() <= 8
        && w.chars().all(|c| "IVXLCDM".contains(c))
        && (w.len() > 1 || !word.after.is_none_or(char::is_whitespace))
}

/// One uppercase letter, or single letters joined by periods: "S", "H.R", "U.S".
fn is_initials(token: &str) -> bool {
    let mut pieces = token.split('.');
    let first_upper = token.chars().next().is_some_and(char::is_uppercase);
    first_upper
        && pieces.all(|piece| {
            let mut chars = piece.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
        })
}

/// A quotation mark event: where, how long, and whether it opens.
struct QuoteEvent {
    at: usize,
    len: usize,
    opens: bool,
}

/// Finds quotation marks and decides for each whether it opens or closes, by its context:
/// after white space and before a letter it opens (`kata "Kami`), after a letter and before
/// white space or punctuation it closes (`siap," kata`).
fn quote_events(text: &str) -> Vec<QuoteEvent> {
    let bytes = text.as_bytes();
    let mut events = Vec::new();
    let mut open = false;
    // '"', and the lead bytes of “ ” „ (E2 80 9x) and « » (C2 AB/BB)
    for at in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        let Some(mark) = quote_mark(c) else {
            continue;
        };
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let open_ctx = prev.is_none_or(|p| p.is_whitespace() || is_opener(p) || p == ':')
            && next.is_some_and(|n| !n.is_whitespace());
        let close_ctx = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || !n.is_alphanumeric());
        let opens = match (mark, open_ctx, close_ctx) {
            (_, true, false) => true,
            (_, false, true) => false,
            (QuoteMark::Opening, _, _) => true,
            (QuoteMark::Closing, _, _) => false,
            (QuoteMark::Straight, _, _) => !open,
        };
        open = opens;
        events.push(QuoteEvent {
            at,
            len: c.len_utf8(),
            opens,
        });
    }
    events
}

/// `in_quote` for each sentence: it starts or ends inside an open quotation (a quotation
/// split over sentences, or one left open to the end of the paragraph), or it is wholly
/// quoted. Quotation state never crosses the paragraph.
fn mark_in_quote(text: &str, spans: &[Span]) -> Vec<bool> {
    let events = quote_events(text);
    let mut result = Vec::with_capacity(spans.len());
    let mut open = false;
    let mut e = 0;
    for span in spans {
        while e < events.len() && events[e].at < span.start {
            open = events[e].opens;
            e += 1;
        }
        let starts_open = open;
        let first = e;
        while e < events.len() && events[e].at < span.end {
            open = events[e].opens;
            e += 1;
        }
        let ends_open = open;
        let inside = &events[first..e];
        let wholly_quoted = match inside {
            [opening, closing, ..]
                if opening.opens && opening.at == span.start && !closing.opens =>
            {
                text[closing.at + closing.len..span.end]
                    .chars()
                    .all(|c| is_terminator(c) || is_closer(c))
            }
            _ => false,
        };
        result.push(starts_open || ends_open || wholly_quoted);
    }
    result
}

#[cfg(test)]
mod tests;
