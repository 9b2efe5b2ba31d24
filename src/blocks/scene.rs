//! Whether a line describes a picture: a scene named in a phrase with no clause of its own,
//! placed somewhere ("Suasana rapat koordinasi di Gedung Merah Putih KPK, Jakarta.", "A car
//! assembly line in Karawang, West Java, on April 2.", "Officials from Laos and Indonesia meet
//! in Vientiane on Thursday."). A caption printed without a credit has nothing else to tell it
//! from the story's paragraphs; the story's sentences tell what happened, with a verb that
//! says so (a prefixed verb in Indonesian, a past tense or a modal in English), or a word
//! that only a clause holds ("akan", "telah", "tidak"; "said", "will", "has").
//!
//! The shape alone is not enough: real sentences take it too (about 1 in 100 of UD Indonesian
//! PUD's sentences, "Ia lalu bekerja empat tahun di BBC World Service di Bush House."). The
//! caller asks only of a line whose place on the page also fits a caption.
use super::prose;
use crate::hash::FastMap;
use crate::sentences::Lang;
use std::sync::OnceLock;

/// Words of a scene, at least and at most: "Petani di Klaten, Jawa Tengah." is one, a
/// paragraph of thirty words is not.
const SCENE_WORDS: std::ops::RangeInclusive<usize> = 4..=MOST_WORDS;

/// The most words a scene has.
pub const MOST_WORDS: usize = 25;

/// Indonesian words that only a clause holds: aspect, modality, negation, the copula, the
/// verbs of reported speech and the commonest verbs without a prefix. "Harga beras *akan*
/// naik di Jakarta." and "Batas timur Makedonia *kini* aman di sungai Nestus." are sentences.
const ID_CLAUSE_WORDS: &[&str] = &[
    "akan",
    "telah",
    "sudah",
    "sedang",
    "masih",
    "belum",
    "tidak",
    "tak",
    "bukan",
    "bisa",
    "dapat",
    "harus",
    "perlu",
    "ingin",
    "mau",
    "adalah",
    "ialah",
    "merupakan",
    "ada",
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "katanya",
    "ujarnya",
    "naik",
    "turun",
    "tiba",
    "pergi",
    "datang",
    "masuk",
    "keluar",
    "ia",
    "dia",
    "saya",
    "kami",
    "kita",
    "aku",
    "kini",
    "sekarang",
    "pernah",
    "sempat",
    // the verbs of reporting and of being reached for comment, which a dated sentence of the
    // story holds and a dated caption does not: "… kata Kepala BPBD saat *ditemui* di
    // Samarinda, Senin (6/5/2024)."
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "menyampaikan",
    "disampaikan",
    "mengungkapkan",
    "diungkapkan",
    "menyebutkan",
    "menyebut",
    "menegaskan",
    "ditegaskan",
    "menuturkan",
    "menerangkan",
    "dikatakan",
    "berkata",
    "menambahkan",
    "mengaku",
    "ditemui",
    "dikonfirmasi",
    "dihubungi",
];

/// Indonesian words of aspect, modality and negation that a relative clause holds before its
/// verb, which are then part of the scene's noun as the verb is: "Tumpukan rotan yang *belum*
/// terjual di gudang …", "Hamparan sawah di Nagari Sungai Talang yang *tak lagi* teraliri air",
/// "Los di lantai dua Pasar Youtefa yang *masih* kosong". Outside a relative clause the
/// clause's words ([`ID_CLAUSE_WORDS`]) still make a sentence: "Harga beras *akan* naik …".
const ID_RELATIVE_ASPECT: &[&str] = &[
    "akan", "telah", "sudah", "sedang", "masih", "belum", "tidak", "tak", "bukan", "bisa", "dapat",
    "harus", "perlu", "pernah", "sempat", "lagi", "baru", "kembali",
];

/// Indonesian words that open as a prefixed verb does but are none: pronouns, prepositions
/// and quantities ("*mereka* di Bandung", "*berbagai* daerah", "*melalui* Jakarta").
const ID_NOT_VERBS: &[&str] = &[
    "mereka", "melalui", "menurut", "mengenai", "meski", "meskipun", "berbagai", "bersama",
    "beberapa", "terhadap", "termasuk", "tertentu", "terakhir", "terbaru", "terutama", "dinas",
    "diri", "dirinya", "digital",
];

/// Indonesian verb prefixes, with the shortest word that can carry each: "melihat", "bekerja"
/// is "be-" before an r-root, "berada", "dijual", "terlihat".
const ID_VERB_PREFIXES: &[(&str, usize)] = &[("me", 5), ("ber", 5), ("di", 5), ("ter", 6)];

/// English words that only a clause holds: the past of irregular verbs, modals, auxiliaries
/// and the verbs of reported speech. "Officials *said* in Jakarta on Monday" is a sentence;
/// "Officials meet in Vientiane on Thursday" (a caption's present) is a scene.
const EN_CLAUSE_WORDS: &[&str] = &[
    "said", "says", "say", "told", "was", "were", "had", "has", "have", "is", "are", "be", "been",
    "did", "does", "made", "took", "came", "went", "gave", "got", "became", "began", "held", "met",
    "left", "found", "brought", "won", "lost", "fell", "rose", "sold", "built", "paid", "sent",
    "spent", "saw", "knew", "thought", "felt", "kept", "led", "ran", "wrote", "spoke", "grew",
    "struck", "will", "would", "could", "should", "might", "must", "may", "can", "cannot", "i",
    "we", "he", "she", "they", "it",
];

/// English words ending in "-ed" that are no past tense: "a hundred", "the United Nations".
const EN_NOT_PAST: &[&str] = &[
    "need", "speed", "seed", "feed", "breed", "indeed", "hundred", "united", "red", "bed", "shed",
];

/// Prepositions that place a scene, before a capitalized name within [`PLACE_REACH`] words:
/// "di Gedung Merah Putih", "di jalur Pantura", "in Vientiane", "near the Mekong".
const ID_PLACE_WORDS: &[&str] = &["di"];
const EN_PLACE_WORDS: &[&str] = &["in", "at", "near", "outside", "inside"];

/// English words that date a scene, beside the months and the days of the week: a caption in
/// English tells what is happening in the present ("Officials … meet in Vientiane on
/// Thursday."), as a sentence of the story may also do ("More than 250,000 Indonesians work in
/// Taiwan, mostly as caregivers."); a caption's present is dated, a statement's is not.
const EN_TIME_WORDS: &[&str] = &["yesterday", "today", "tonight"];

/// Parts of the day after a weekday closing a caption: "…, Selasa pagi.".
const ID_PARTS_OF_DAY: &[&str] = &["pagi", "siang", "sore", "malam", "petang", "dini"];

/// Words after a place's preposition within which its name starts: "di masjid di *jalur*
/// Pantura", "near the *Mekong*".
const PLACE_REACH: usize = 3;

/// How many words `line` has, when it reads as a picture's description in `lang`:
/// [`SCENE_WORDS`] words, a place named after one of the place words, in English a day or a
/// month ([`EN_TIME_WORDS`]), and no word of a clause (see the module's note). One pass over
/// the words, which stops at the first word of a clause or past a scene's length, as most
/// lines of a story are longer.
pub fn scene_words(line: &str, lang: Lang) -> Option<usize> {
    read(line, lang, false)
}

/// How many words `line` has, when it reads as a wire photo's caption in Indonesian: a scene
/// ([`scene_words`]) that may hold what is being done in it, a prefixed verb ("Petugas BPBD
/// *mengevakuasi* warga lanjut usia menggunakan perahu karet di Jalan Gerilya, Samarinda,
/// Senin (6/5/2024)."), because it ends on the wire's date ([`ends_with_wire_date`]). A
/// verb of reporting or any other word of a clause still makes it a sentence.
pub fn dated_act_words(line: &str, lang: Lang) -> Option<usize> {
    (lang == Lang::Id && ends_with_wire_date(line))
        .then(|| read(line, lang, true))
        .flatten()
}

/// How many words `line` has, when it names a scene whose only verb is in a clause of time or
/// a participle, with no predicate of its own: in Indonesian a phrase with no verb and no word
/// of a clause before "saat" / "ketika" and an act after it ("Suasana tribune penonton Stadion
/// Maguwoharjo saat PSS Sleman menjamu Persis Solo", "Tampilan aplikasi Padiku saat memindai
/// daun padi …"); in English a subject of one to three words and a participle in "-ing"
/// ("Protesters marching towards the project site on Monday"). No word of a clause anywhere:
/// "Kepala BPBD mengatakan hal itu saat ditemui …", "Protesters marching … were stopped …" are
/// sentences.
pub fn predicate_free_words(line: &str, lang: Lang) -> Option<usize> {
    let classes = word_classes(lang);
    let mut buffer = [0u8; 32];
    let mut words = 0usize;
    // Indonesian: the subordinator's place; English: the participle's
    let mut hinge: Option<usize> = None;
    let mut after_yang = false;
    for token in line.split_whitespace() {
        words += 1;
        if words > *SCENE_WORDS.end() {
            return None;
        }
        let word = prose::word_of(token);
        let lower = ascii_lower(word, &mut buffer)?;
        let class = classes.get(lower).copied().unwrap_or(0);
        let relative = after_yang;
        let aspect = relative && class & ASPECT != 0;
        after_yang = lower == "yang" || aspect;
        if class & CLAUSE != 0 && !aspect {
            return None;
        }
        match lang {
            Lang::Id if hinge.is_none() => {
                // in lower case: a headline in title case capitalizes it ("Fase Kritis
                // Justru Saat Demam Turun")
                if WHILE_WORDS.contains(&lower) && word.starts_with(char::is_lowercase) {
                    hinge = Some(words);
                } else if class & NOT_VERB == 0 && !relative && is_verb(word, lower, lang) {
                    return None;
                }
            }
            Lang::En if hinge.is_none() => {
                let participle = lower.len() >= MIN_PARTICIPLE
                    && lower.ends_with("ing")
                    && word.starts_with(char::is_lowercase)
                    && !EN_ING_NOT_PARTICIPLE.contains(&lower);
                if participle && (2..=MAX_EN_SUBJECT + 1).contains(&words) {
                    hinge = Some(words);
                } else if words > MAX_EN_SUBJECT || is_verb(word, lower, lang) {
                    return None;
                }
            }
            _ => {}
        }
    }
    // something before the hinge and after it
    let hinge = hinge?;
    (SCENE_WORDS.contains(&words) && hinge >= 2 && hinge < words).then_some(words)
}

/// Indonesian words that open a clause of time, after which a caption says what is done:
/// "… saat memindai daun padi", "… ketika melintas di …".
const WHILE_WORDS: &[&str] = &["saat", "ketika", "sewaktu", "tatkala"];

/// The longest subject of an English caption before its participle, in words: "Protesters",
/// "A man", "Rescue workers from Medan" is four and too long.
const MAX_EN_SUBJECT: usize = 3;

/// The shortest participle, in bytes: "going" is five.
const MIN_PARTICIPLE: usize = 5;

/// English words in "-ing" that are no participle.
const EN_ING_NOT_PARTICIPLE: &[&str] = &[
    "during",
    "including",
    "according",
    "following",
    "morning",
    "evening",
    "building",
    "buildings",
    "nothing",
    "something",
    "anything",
    "everything",
    "spring",
    "meeting",
    "ceiling",
    "wedding",
    "funding",
    "housing",
    "training",
    "clothing",
    "shipping",
    "mining",
    "fishing",
    "farming",
    "spending",
    "earnings",
    "pricing",
    "listing",
];

/// Whether `line` ends as a wire photo's caption does: a day of the week and the day and
/// month (and year) in brackets, perhaps the part of the day, and a stop: "…, Senin (6/5/2024).",
/// "… Jakarta, Jumat (3/5).", "…, Kamis (7/3/2024) malam."; or after a comma the day and its
/// part, "…, Selasa pagi.".
fn ends_with_wire_date(line: &str) -> bool {
    let mut tokens = line
        .trim_end()
        .trim_end_matches('.')
        .split_whitespace()
        .rev();
    let (Some(mut date), Some(mut day)) = (tokens.next(), tokens.next()) else {
        return false;
    };
    // the date's part of the day may follow it: "…, Kamis (7/3/2024) malam."
    if ID_PARTS_OF_DAY.contains(&date.to_lowercase().as_str()) && day.starts_with('(') {
        let Some(weekday) = tokens.next() else {
            return false;
        };
        (date, day) = (day, weekday);
    }
    // or the day and its part after a comma, as a caption without the date says when it was
    // taken: "…, Selasa pagi."
    let weekday = super::ID_WEEKDAYS.contains(&day.to_lowercase().as_str());
    if ID_PARTS_OF_DAY.contains(&date.to_lowercase().as_str()) {
        return weekday && tokens.next().is_some_and(|before| before.ends_with(','));
    }
    let numbers = date
        .strip_prefix('(')
        .and_then(|d| d.strip_suffix(')'))
        .map(|d| d.split('/').collect::<Vec<_>>())
        .is_some_and(|parts| {
            (2..=3).contains(&parts.len())
                && parts
                    .iter()
                    .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        });
    numbers && weekday
}

/// Words a scene printed without a stop has at least ([`unstopped_scene_words`]).
const UNSTOPPED_SCENE_WORDS: usize = 6;

/// English articles, which a caption keeps and a headline drops: "Date palms stand in *a*
/// grove outside Hofuf" against "Fish prices rise in Homa Bay as catches drop".
const EN_ARTICLES: &[&str] = &["a", "an", "the"];

/// How many words `line` has, when it reads as a caption printed without a stop: a scene
/// placed somewhere ([`scene_words`]) that may say what is done in it and needs no date
/// ("Tumpukan lumpur dan sampah hasil pengerukan di tepi Kanal Pannampu", "Solar panels
/// installed beside a shared tube well in Taungtha Township"), of [`UNSTOPPED_SCENE_WORDS`]
/// at least, in sentence case (no more than half its words capitalized), and in English with
/// an article. A headline without a stop has the same grammar; an Indonesian one capitalizes
/// its words ("Warga Gotong Royong Bersihkan Lumpur di Pulung"), an English one drops its
/// articles. No word of a clause ("akan", "said", "will") may stand in it.
pub fn unstopped_scene_words(line: &str, lang: Lang) -> Option<usize> {
    unstopped_scene(line, lang, true)
}

/// [`unstopped_scene_words`] without asking an English scene for its article, for a line
/// that is known not to be the headline (one stands above it with its byline): "Vendors
/// selling maize at Nsungwi market in Lilongwe".
pub fn unstopped_scene_shape(line: &str, lang: Lang) -> Option<usize> {
    unstopped_scene(line, lang, false)
}

fn unstopped_scene(line: &str, lang: Lang, articles: bool) -> Option<usize> {
    // a sentence ends with a stop, and what a colon closes or follows is introduced or
    // labelled ("Berikut kutipan …:", "Read: The capital that moved to the jungle"); a
    // caption opens with a capital
    let labelled = line.split_whitespace().take(2).any(|w| w.ends_with(':'));
    if line
        .trim_end_matches(crate::sentences::rules::is_closer)
        .ends_with(['.', '!', '?', ':'])
        || labelled
        || !line.starts_with(char::is_uppercase)
    {
        return None;
    }
    // a photo's date in brackets closing it places it as a name would: "Genangan air di ruas
    // jalan desa Pulau Jambu, Kecamatan Kuok (13/3/2024)", and so does a name after its
    // first word anywhere ("Siswa SMP Ngrandu menyusuri pematang sawah menuju jalan
    // kabupaten"); a subheading in sentence case names none ("Cara mengatasi sering terbangun
    // di malam hari")
    let named = line
        .split_whitespace()
        .skip(1)
        .any(|w| prose::word_of(w).starts_with(char::is_uppercase));
    let words = read_scene(
        line,
        lang,
        true,
        false,
        !named && !ends_with_bracketed_date(line),
    )?;
    let article = lang == Lang::Id
        || !articles
        || line.split_whitespace().any(|w| {
            EN_ARTICLES
                .iter()
                .any(|a| prose::word_of(w).eq_ignore_ascii_case(a))
        });
    // a caption's words are words: a pager's are numbers ("Halaman 1 dari 3 1 2 3
    // Selanjutnya")
    let bare = line
        .split_whitespace()
        .filter(|w| !w.chars().any(char::is_alphabetic))
        .count();
    if bare * 3 > words {
        return None;
    }
    let case = super::in_sentence_case(line)
        || opens_in_lower_case(line)
        || lower_case_before_place(line, lang)
        || lower_case_content(line, lang) >= MIN_LOWER_CASE_CONTENT;
    (words >= UNSTOPPED_SCENE_WORDS && case && article).then_some(words)
}

/// Words in lower case that are no function words ([`prose::is_function_word`]) a scene
/// printed without a stop holds at least, whatever capitals its names bring: "Petugas DLH Kota
/// Magelang *menimbang karung sampah hasil* Resik Kali di *tepi jembatan* Kali Progo". A
/// headline in title case capitalizes every such word ("Warga Gotong Royong Bersihkan Lumpur
/// di Pulung").
const MIN_LOWER_CASE_CONTENT: usize = 3;

/// How many words of `line` are in lower case and no function words.
fn lower_case_content(line: &str, lang: Lang) -> usize {
    line.split_whitespace()
        .map(prose::word_of)
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()) && !prose::is_function_word(w, lang))
        .count()
}

/// Whether `line`'s second and third words are in lower case, as a caption that names a long
/// place has them however many capitals the name brings ("Tumpukan keranjang tembakau
/// rajangan di gudang Kelompok Tani Sido Makmur, Desa Wonosari", "Dapur umum di Balai Desa
/// Lembah Sari"); a headline in title case capitalizes its second or third word ("Warga
/// Gotong Royong Bersihkan Lumpur di Pulung", "Harga di Pasar Naik").
fn opens_in_lower_case(line: &str) -> bool {
    let mut words = line.split_whitespace().skip(1);
    words
        .by_ref()
        .take(2)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count()
        == 2
}

/// Whether the words of `line` between its first and its first place word ([`ID_PLACE_WORDS`],
/// [`EN_PLACE_WORDS`]) are two or more, at most half of them capitalized: the scene is in
/// sentence case, however many capitals the place's long name brings after it ("Bibit
/// tembakau Virginia siap tanam di Desa Pengkelak Mas, Kecamatan Sakra Timur"); a headline in
/// title case capitalizes them ("Warga Gotong Royong Bersihkan Lumpur di Pulung").
fn lower_case_before_place(line: &str, lang: Lang) -> bool {
    let places = match lang {
        Lang::Id => ID_PLACE_WORDS,
        Lang::En => EN_PLACE_WORDS,
    };
    let (mut words, mut capitalized) = (0usize, 0usize);
    for word in line.split_whitespace().skip(1) {
        if places.contains(&word) {
            return words >= 2 && 2 * capitalized <= words;
        }
        words += 1;
        capitalized += usize::from(word.starts_with(char::is_uppercase));
    }
    false
}

/// Whether `line` closes with a date of numbers in brackets: "… Kecamatan Kuok (13/3/2024)",
/// "… (13/3)".
fn ends_with_bracketed_date(line: &str) -> bool {
    line.trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .is_some_and(|(_, date)| {
            let parts: Vec<&str> = date.split('/').collect();
            (2..=3).contains(&parts.len())
                && parts
                    .iter()
                    .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// [`scene_words`], with the verbs of an act allowed when `acts`.
fn read(line: &str, lang: Lang, acts: bool) -> Option<usize> {
    read_scene(line, lang, acts, true, true)
}

/// [`read`], with an English scene's date asked for only when `dates`, and a place named
/// only when `places`.
fn read_scene(line: &str, lang: Lang, acts: bool, dates: bool, places: bool) -> Option<usize> {
    let classes = word_classes(lang);
    let (mut words, mut placed) = (0usize, false);
    // an Indonesian scene's lack of a verb's prefix says enough; an English one needs a date
    let mut dated = lang == Lang::Id || !dates;
    // words left after the last place word in which its name may start
    let mut reach = 0usize;
    let mut after_yang = false;
    let mut after_determiner = false;
    let mut buffer = [0u8; 32];
    for token in line.split_whitespace() {
        words += 1;
        if words > *SCENE_WORDS.end() {
            return None;
        }
        let word = prose::word_of(token);
        let owned: String;
        let lower = match ascii_lower(word, &mut buffer) {
            Some(ascii) => ascii,
            None => {
                owned = word.to_lowercase();
                &owned
            }
        };
        let class = classes.get(lower).copied().unwrap_or(0);
        let capitalized = word.starts_with(char::is_uppercase);
        // "May" inside a line is the month, "may" the modal
        let month = capitalized && words > 1 && class & MONTH != 0;
        // a verb after "yang" is a relative clause, part of the scene's noun, and so are the
        // words of aspect before it ("… yang *belum* terjual …"): "Rumah warga
        // yang terendam banjir di Desa Nanga Embaloh …"
        let relative = lang == Lang::Id && after_yang;
        let aspect = relative && class & ASPECT != 0;
        after_yang = lower == "yang" || aspect;
        // an English participle after a determiner is an adjective of the scene's noun: "… a
        // village meeting about *the planned* reservoir …", "*a flooded* street"
        let adjective = after_determiner;
        after_determiner = lang == Lang::En && EN_DETERMINERS.contains(&lower);
        if class & CLAUSE != 0 && !month && !aspect
            || !acts
                && class & NOT_VERB == 0
                && !relative
                && !adjective
                && is_verb(word, lower, lang)
        {
            return None;
        }
        dated = dated || class & TIME != 0 || capitalized && class & MONTH != 0;
        if reach > 0 {
            placed = placed || capitalized;
            reach -= 1;
        }
        if class & PLACE != 0 {
            reach = PLACE_REACH;
        }
    }
    (SCENE_WORDS.contains(&words) && (placed || !places) && dated).then_some(words)
}

/// English determiners after which a word in "-ed" is an adjective, not a verb's past.
const EN_DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "newly",
];

/// Whether the first sentence of `line` holds a word that only a clause holds
/// ([`ID_CLAUSE_WORDS`], [`EN_CLAUSE_WORDS`]) outside a relative clause: "Dalo exports from
/// Taveuni *have* dropped …", "The Police *say* drones *will* be used …" tell what happened; "A
/// lioness rests on the branch of a fig tree …", "The 60-passenger vessel that will serve the
/// route undergoes sea trials …" and "Rumah warga yang *masih* terendam …" describe a picture.
/// In the fixture pages 93 % of English and 77 % of Indonesian paragraphs hold such a word
/// anywhere, 19 % and 6 % of captions: a sign to weigh with the line's place, not a verdict.
pub fn holds_clause_word(line: &str, lang: Lang) -> bool {
    let classes = word_classes(lang);
    let mut buffer = [0u8; 32];
    // Indonesian: after "yang", its aspect words; English: after a relative pronoun, up to the
    // next comma
    let (mut after_yang, mut relative) = (false, false);
    for token in line.split_whitespace() {
        let word = prose::word_of(token);
        if let Some(lower) = ascii_lower(word, &mut buffer) {
            let class = classes.get(lower).copied().unwrap_or(0);
            // "May" inside a line is the month
            let month = word.starts_with(char::is_uppercase) && class & MONTH != 0;
            let aspect = lang == Lang::Id && after_yang && class & ASPECT != 0;
            after_yang = lower == "yang" || aspect;
            relative = relative || lang == Lang::En && EN_RELATIVE.contains(&lower);
            if class & CLAUSE != 0 && !month && !aspect && !relative {
                return true;
            }
        }
        relative = relative && !token.ends_with(',');
        // the first sentence only: a caption's second tells the story's news
        if token.ends_with(['.', '!', '?']) && word.chars().count() > 3 {
            return false;
        }
    }
    false
}

/// English words that open a relative clause, whose verb is part of the scene's noun: "The
/// vessel *that* will serve the route …", "…, *which* can produce 1,200 cubic metres …".
const EN_RELATIVE: &[&str] = &["that", "which", "who", "whom", "whose", "where"];

/// `word` in lower case as text, when it is ASCII and short enough for the tables
/// ([`prose::lowercase`]): the tables are keyed by `&str`.
fn ascii_lower<'b>(word: &str, buffer: &'b mut [u8; 32]) -> Option<&'b str> {
    prose::lowercase(word, buffer).map(|ascii| std::str::from_utf8(ascii).unwrap_or_default())
}

// What a word of the tables is, as bits: one lookup a word.
const CLAUSE: u8 = 1;
const NOT_VERB: u8 = 1 << 1;
const PLACE: u8 = 1 << 2;
const TIME: u8 = 1 << 3;
const MONTH: u8 = 1 << 4;
const ASPECT: u8 = 1 << 5;

/// The words of `lang`'s tables with their classes, built once.
fn word_classes(lang: Lang) -> &'static FastMap<&'static str, u8> {
    static ID: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    static EN: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    let build = |tables: &[(&[&'static str], u8)]| {
        let mut map: FastMap<&'static str, u8> = FastMap::default();
        for &(words, class) in tables {
            for &word in words {
                *map.entry(word).or_default() |= class;
            }
        }
        map
    };
    match lang {
        Lang::Id => ID.get_or_init(|| {
            build(&[
                (ID_CLAUSE_WORDS, CLAUSE),
                (ID_NOT_VERBS, NOT_VERB),
                (ID_PLACE_WORDS, PLACE),
                (super::MONTHS, MONTH),
                (ID_RELATIVE_ASPECT, ASPECT),
            ])
        }),
        Lang::En => EN.get_or_init(|| {
            build(&[
                (EN_CLAUSE_WORDS, CLAUSE),
                (EN_NOT_PAST, NOT_VERB),
                (EN_PLACE_WORDS, PLACE),
                (EN_TIME_WORDS, TIME),
                (super::EN_WEEKDAYS, TIME),
                (super::MONTHS, MONTH),
            ])
        }),
    }
}

/// Whether `word` (`lower` in lower case), none of the words known to be no verb, has a
/// verb's form in `lang`: an Indonesian prefix on a word in lower case, or an English "-ed".
/// A capitalized word is a name ("Dinas", "Bersatu"), a function word is none.
fn is_verb(word: &str, lower: &str, lang: Lang) -> bool {
    let shaped = match lang {
        Lang::Id => ID_VERB_PREFIXES
            .iter()
            .any(|&(prefix, least)| lower.len() >= least && lower.starts_with(prefix)),
        Lang::En => lower.len() >= 4 && lower.ends_with("ed"),
    };
    shaped && word.starts_with(char::is_lowercase) && !prose::is_function_word(lower, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_word_tells_a_story_sentence_from_a_pictures_description() {
        for (line, lang, clause) in [
            (
                "Dalo exports from Taveuni have dropped by almost a third.",
                Lang::En,
                true,
            ),
            (
                "The Police say drones will be used on the expressway.",
                Lang::En,
                true,
            ),
            (
                "Saya pernah menemukan perpustakaan yang rapi di desa itu.",
                Lang::Id,
                true,
            ),
            (
                "A lioness rests on the branch of a fig tree in Ishasha.",
                Lang::En,
                false,
            ),
            // a relative clause's verb is part of the scene's noun
            (
                "The vessel that will serve the Kayangel route undergoes sea trials.",
                Lang::En,
                false,
            ),
            (
                "The new unit at La Passe, which can produce 1,200 cubic metres a day",
                Lang::En,
                false,
            ),
            (
                "Rumah warga yang masih terendam banjir di Desa Nanga.",
                Lang::Id,
                false,
            ),
            // the first sentence only: a caption's second may tell the news
            (
                "Petani menjemur cengkih di Desa Kembes, Selasa (21/5/2024). Harga cengkih turun.",
                Lang::Id,
                false,
            ),
            // "May" inside a line is the month
            ("Warga antre di Jakarta pada 2 May 2024", Lang::Id, false),
            ("Traders weigh palm oil in Yangon on 2 May", Lang::En, false),
        ] {
            assert_eq!(holds_clause_word(line, lang), clause, "{line}");
        }
    }

    #[test]
    fn a_scene_without_a_stop_is_in_sentence_case_and_keeps_its_articles() {
        for (line, lang, scene) in [
            (
                "Tumpukan lumpur dan sampah hasil pengerukan di tepi Kanal Pannampu",
                Lang::Id,
                true,
            ),
            (
                "Tanggul sungai yang jebol di Dusun Kedungrejo",
                Lang::Id,
                true,
            ),
            // however many capitals its names bring, a scene keeps its other words in lower
            // case; a headline in title case capitalizes them
            (
                "Petugas DLH Kota Magelang menimbang karung sampah hasil Resik Kali di tepi \
                 jembatan Kali Progo",
                Lang::Id,
                true,
            ),
            (
                "Petugas DLH Kota Magelang Menimbang Karung Sampah Hasil Resik Kali di Tepi \
                 Jembatan Kali Progo",
                Lang::Id,
                false,
            ),
            // a relative clause's aspect and negation before its verb belong to the noun; a
            // clause's word after it makes a sentence
            (
                "Tumpukan rotan sega yang belum terjual di gudang pengumpul di Jalan Jenderal Sudirman",
                Lang::Id,
                true,
            ),
            (
                "Hamparan sawah kering di Nagari Sungai Talang yang tak lagi teraliri air",
                Lang::Id,
                true,
            ),
            (
                "Rotan yang belum terjual akan dibakar di Jalan Jenderal Sudirman",
                Lang::Id,
                false,
            ),
            ("Date palms stand in a grove outside Hofuf", Lang::En, true),
            // a headline: in title case, or without its articles
            (
                "Warga Gotong Royong Bersihkan Lumpur Sisa Banjir di Pulung",
                Lang::Id,
                false,
            ),
            (
                "Fish prices rise in Homa Bay as catches drop",
                Lang::En,
                false,
            ),
            // a clause's word, no place named, too short
            (
                "Harga beras akan naik di Pasar Induk Cipinang",
                Lang::Id,
                false,
            ),
            (
                "Cara mengatasi sering terbangun di malam hari",
                Lang::Id,
                false,
            ),
            ("Banjir di Desa Nanga Embaloh", Lang::Id, false),
            // placed by a date in brackets closing it, or by a name after its first word
            (
                "Genangan air di ruas jalan desa Pulau Jambu, Kecamatan Kuok (13/3/2024)",
                Lang::Id,
                true,
            ),
            (
                "Siswa SMP Ngrandu menyusuri pematang sawah menuju jalan kabupaten",
                Lang::Id,
                true,
            ),
            (
                "Genangan air di ruas jalan desa yang rusak parah",
                Lang::Id,
                false,
            ),
            // a long name brings many capitals, after words in lower case
            (
                "Tumpukan keranjang tembakau rajangan di gudang Kelompok Tani Sido Makmur, Desa Wonosari",
                Lang::Id,
                true,
            ),
            ("Dapur umum di Balai Desa Lembah Sari", Lang::Id, true),
            // in sentence case before its place, whatever the place's name brings
            (
                "Bibit tembakau Virginia siap tanam di Desa Pengkelak Mas, Kecamatan Sakra Timur",
                Lang::Id,
                true,
            ),
            // a headline in title case: its second or third word capitalized
            (
                "Warga Gotong Royong Bersihkan Lumpur di Balai Desa Lembah Sari",
                Lang::Id,
                false,
            ),
            ("Harga di Pasar Induk Kramat Jati Naik Lagi", Lang::Id, false),
            // a pager's words are numbers
            ("Halaman 1 dari 3 1 2 3 Selanjutnya", Lang::Id, false),
            (
                "From a school subject to a hobby and a job",
                Lang::En,
                false,
            ),
            // labelled, introducing, or no caption's opening
            (
                "Read: The capital that moved to the jungle",
                Lang::En,
                false,
            ),
            (
                "Video: Inside the kitchen of Melbourne's oldest noodle shop",
                Lang::En,
                false,
            ),
            (
                "3 Mei 2024 · 4 menit baca di Jakarta Selatan",
                Lang::Id,
                false,
            ),
            // a sentence
            (
                "Date palms stand in a grove outside Hofuf.",
                Lang::En,
                false,
            ),
        ] {
            assert_eq!(unstopped_scene_words(line, lang).is_some(), scene, "{line}");
        }
    }

    #[test]
    fn scenes_and_sentences() {
        let cases: &[(&str, Lang, bool)] = &[
            // captions printed without a credit
            (
                "Suasana rapat koordinasi pencegahan korupsi di Gedung Merah Putih KPK, Jakarta.",
                Lang::Id,
                true,
            ),
            (
                "Salah satu posko mudik di masjid di jalur Pantura pada tahun lalu.",
                Lang::Id,
                true,
            ),
            (
                "A car assembly line in Karawang, West Java, on April 2.",
                Lang::En,
                true,
            ),
            // a participle after a determiner is the noun's adjective, and a past tense the
            // story's
            (
                "Residents of Sary-Bulak attend a meeting about the planned reservoir in January.",
                Lang::En,
                true,
            ),
            (
                "Residents of Sary-Bulak planned a meeting about the reservoir in January.",
                Lang::En,
                false,
            ),
            // an English present without a date states a fact
            (
                "More than 250,000 Indonesians work in Taiwan, mostly as caregivers.",
                Lang::En,
                false,
            ),
            (
                "Officials from Laos and Indonesia meet in Vientiane on Thursday.",
                Lang::En,
                true,
            ),
            // a verb in a relative clause, a month that is a modal too
            (
                "Rumah warga yang terendam banjir di Desa Nanga Embaloh pada Januari 2024.",
                Lang::Id,
                true,
            ),
            (
                "Myanmar and Indonesian officials at the meeting in Nay Pyi Taw on May 3.",
                Lang::En,
                true,
            ),
            (
                "Officials may meet in Vientiane on Thursday.",
                Lang::En,
                false,
            ),
            // a prefixed verb, a clause's word, a past tense: the story's sentences
            (
                "Petugas memeriksa kendaraan di Gerbang Tol Cikampek.",
                Lang::Id,
                false,
            ),
            (
                "Harga beras akan naik di Pasar Senen, Jakarta.",
                Lang::Id,
                false,
            ),
            (
                "Ia lalu bekerja empat tahun di BBC World Service.",
                Lang::Id,
                false,
            ),
            (
                "Batas timur Makedonia dengan Thace kini aman di sungai Nestus (Mesta).",
                Lang::Id,
                false,
            ),
            (
                "Officials gathered in Vientiane on Thursday.",
                Lang::En,
                false,
            ),
            (
                "The rupiah has fallen about 2% in Asia this year.",
                Lang::En,
                false,
            ),
            // no place, or too short
            (
                "Tim pendiri startup agritech bersama investor.",
                Lang::Id,
                false,
            ),
            ("Petani di Klaten.", Lang::Id, false),
        ];
        for &(line, lang, scene) in cases {
            assert_eq!(scene_words(line, lang).is_some(), scene, "{line}");
        }
    }

    #[test]
    fn a_scene_whose_verb_is_in_a_clause_of_time_or_a_participle() {
        let cases: &[(&str, Lang, bool)] = &[
            (
                "Suasana tribune penonton Stadion Maguwoharjo saat PSS Sleman menjamu Persis Solo",
                Lang::Id,
                true,
            ),
            (
                "Tampilan aplikasi Padiku saat memindai daun padi yang terserang penyakit blas.",
                Lang::Id,
                true,
            ),
            (
                "Protesters marching towards the project site on Monday",
                Lang::En,
                true,
            ),
            // a verb before the clause of time, a clause's word, a sentence's own verb
            (
                "Kepala BPBD mengatakan hal itu saat ditemui di Samarinda.",
                Lang::Id,
                false,
            ),
            (
                "Jalan itu sudah rusak saat musim hujan tiba.",
                Lang::Id,
                false,
            ),
            (
                "Warga mengungsi ke masjid saat banjir datang.",
                Lang::Id,
                false,
            ),
            (
                "Protesters marching towards the site were stopped by police.",
                Lang::En,
                false,
            ),
            (
                "The ministry is planning new rules for ride-hailing drivers.",
                Lang::En,
                false,
            ),
            (
                "Prices during the holiday season rose sharply.",
                Lang::En,
                false,
            ),
            // nothing before the clause of time, or nothing after it
            ("Saat banjir datang, warga mengungsi.", Lang::Id, false),
            ("Penyebab sering terbangun di tengah malam", Lang::Id, false),
            ("Fase Kritis Justru Saat Demam Turun", Lang::Id, false),
        ];
        for &(line, lang, scene) in cases {
            assert_eq!(predicate_free_words(line, lang).is_some(), scene, "{line}");
        }
    }

    #[test]
    fn a_dated_act_is_a_wire_caption_and_a_dated_report_is_not() {
        let cases: &[(&str, bool)] = &[
            (
                "Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet di Jalan \
                 Gerilya, Samarinda, Senin (6/5/2024).",
                true,
            ),
            (
                "Pekerja memasang rangka baja di proyek Tol Cisumdawu, Jawa Barat, Jumat (3/5).",
                true,
            ),
            // the day and its part in the date's stead
            (
                "Kendaraan melintas di Jalan Sudirman yang diselimuti kabut asap, Selasa pagi.",
                true,
            ),
            (
                "Hal itu disampaikan Kepala BPBD di Pekanbaru, Selasa pagi.",
                false,
            ),
            // the part of the day after the wire's date
            (
                "Penumpang antre menaiki motor air di tambatan darurat Jalan Tanjungpura, Senin \
                 (4/3) pagi.",
                true,
            ),
            // the same act without the wire's date is a sentence of the story
            (
                "Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet di Jalan \
                 Gerilya, Samarinda.",
                false,
            ),
            // a report, a statement with a clause's word, a date that is no wire's
            (
                "Hal itu disampaikan Kepala BPBD di Samarinda, Senin (6/5/2024).",
                false,
            ),
            (
                "Kepala BPBD mengatakan hal itu saat ditemui di Samarinda, Senin (6/5/2024).",
                false,
            ),
            (
                "Harga beras akan naik di Pasar Senen, Jakarta, Senin (6/5/2024).",
                false,
            ),
            (
                "Petugas mengevakuasi warga di Jalan Gerilya, Samarinda, pada 6/5/2024.",
                false,
            ),
        ];
        for &(line, act) in cases {
            assert_eq!(dated_act_words(line, Lang::Id).is_some(), act, "{line}");
        }
        // an English caption says what is done in its present already: no second reading
        assert!(
            dated_act_words("Rescuers carry a man in Medan, Senin (6/5/2024).", Lang::En).is_none()
        );
    }
}
