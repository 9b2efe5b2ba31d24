//! Bios: the page's note on who wrote the piece or a letter in it ("Clara Whitfield is a
//! correspondent for The Times covering Southeast Asia.", "Bagas Wicaksana adalah peneliti tata
//! kota …"). A bio opens with a person's name, then a verb of being or working, and names a
//! role. This file only recognises the shape; where the line stands decides whether it is
//! clutter (a bio inside the story is a quote's speaker introduced, and stays).
use super::prose;
use crate::sentences::Lang;

/// What follows the name in a bio, with an example. The verb alone proves nothing ("Budi
/// adalah warga …"); a [`ROLE_WORDS`] word must come with it, unless the verb is itself a role
/// (`teaches`, `writes about`).
const BIO_VERBS: &[(&str, bool, &str)] = &[
    // (verb, is a role by itself, example)
    (
        "is a",
        false,
        "Clara Whitfield is a correspondent for The Times …",
    ),
    ("is an", false, "Tom Reyes is an economist at …"),
    // a role with no article, as a newsroom signs its own: "… is Indonesia correspondent at …"
    (
        "is",
        false,
        "Linda Yulisman is Indonesia correspondent at The Straits Times.",
    ),
    ("is the", false, "Maya Lin is the author of …"),
    ("was a", false, "Rudi Hartono was a reporter for …"),
    (
        "teaches",
        true,
        "Ms. Hartmann teaches English at a public high school in Ohio.",
    ),
    (
        "writes about",
        true,
        "Sara Kim writes about energy and climate.",
    ),
    (
        "menulis tentang",
        true,
        "Nurul Hidayah menulis tentang kuliner, UMKM, dan budaya di Kudus dan sekitarnya.",
    ),
    (
        "covers",
        true,
        "Ben Ortiz covers Southeast Asia from Jakarta.",
    ),
    ("reports on", true, "Ana Silva reports on health."),
    // (with a role after it: "… has lived in Pattaya since 2009 and writes about local
    // government …"; "Budi has lived in the village all his life" names none)
    (
        "has lived in",
        false,
        "Simon Ashby has lived in Pattaya since 2009 and writes about local government for …",
    ),
    (
        "has covered",
        true,
        "Eleanor Capstick has covered Skipton and the Dales for the Herald since 2016.",
    ),
    (
        "has reported on",
        true,
        "Mirjam Kessler has reported on climate for SWI swissinfo.ch since 2015.",
    ),
    // (with a role after it: "Tom grew up on a sheep property near Molong and has covered
    // farming …"; "Budi grew up in Bandung" names none)
    (
        "grew up",
        false,
        "Tom grew up on a sheep property near Molong and has covered farming across …",
    ),
    // (with a role after it: "Kirsty MacAulay joined the Glasgow Times in 2021 and covers
    // community news …"; "Budi joined the protest" names none)
    (
        "joined the",
        false,
        "Kirsty MacAulay joined the Glasgow Times in 2021 and covers community news …",
    ),
    // the author's disclosure of funding and interests, as academic writers' pages print it
    // under every article in both languages
    (
        "receives funding from",
        true,
        "Hannah Lindqvist receives funding from the Natural Environment Research Council.",
    ),
    (
        "does not work for",
        true,
        "Arief Nugraha does not work for, consult, own shares in or receive funding from …",
    ),
    (
        "provides funding as",
        true,
        "University of Leeds provides funding as a member of The Conversation UK.",
    ),
    (
        "menerima dana penelitian",
        true,
        "Rina Kusumawardhani menerima dana penelitian dari Kementerian Pendidikan …",
    ),
    (
        "tidak bekerja",
        true,
        "Arief Nugraha tidak bekerja, menjadi konsultan, memiliki saham, atau menerima dana …",
    ),
    (
        "menyediakan pendanaan sebagai",
        true,
        "Universitas Diponegoro menyediakan pendanaan sebagai anggota The Conversation ID.",
    ),
    // ("… menulis untuk Sikka Kini sejak 2019. Ia meliput ekonomi pesisir …", a role after it)
    (
        "menulis untuk",
        false,
        "Yohanes Parera menulis untuk Sikka Kini sejak 2019. Ia meliput ekonomi pesisir …",
    ),
    // (with a role after it: "Yuliana Prasetyo bergabung dengan Sukoharjokini pada 2021. Ia
    // meliput isu ekonomi kerakyatan …"; "Budi bergabung dengan warga" names none)
    (
        "bergabung dengan",
        false,
        "Yuliana Prasetyo bergabung dengan Sukoharjokini pada 2021. Ia meliput isu ekonomi …",
    ),
    (
        "adalah",
        false,
        "Bagas Wicaksana adalah peneliti tata kota …",
    ),
    (
        "merupakan",
        false,
        "Dewi Lestari merupakan dosen ilmu politik …",
    ),
    ("ialah", false, "Andi Saputra ialah pengajar di …"),
    (
        "bekerja sebagai",
        true,
        "Rina Marlina bekerja sebagai jurnalis lepas …",
    ),
    ("mengajar", true, "Yusuf Hamdani mengajar sejarah di …"),
];

/// Roles a bio gives its person (the trades of people who write for a page) or its site.
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "reporter",
    "writer",
    "editor",
    "journalist",
    // a desk signs as a team: "Web Desk is a team of journalists and editors at …"
    "journalists",
    "editors",
    "reporters",
    // "… is a research associate at a Lisbon-based institute …"
    "associate",
    "columnist",
    "contributor",
    "professor",
    "lecturer",
    "researcher",
    "analyst",
    "fellow",
    "author",
    "economist",
    "student",
    "teacher",
    "peneliti",
    "penulis",
    "wartawan",
    "jurnalis",
    "koresponden",
    "redaktur",
    "kolumnis",
    "kontributor",
    "dosen",
    "pengajar",
    "guru",
    "mahasiswa",
    "mahasiswi",
    // "Dimas Saputra is a PhD candidate at the University of Melbourne …"
    "phd",
    "doctoral",
    "doktoral",
    "pegiat",
    "analis",
    "ekonom",
    // a site's note on itself: "IDN Times Community adalah media yang menyediakan platform …"
    "media",
    "newsroom",
    "portal",
    "situs",
    "platform",
    "website",
    "publication",
];

/// Whether `line` opens with a role of `ROLE_WORDS`, perhaps after an article: the author's
/// role printed under the byline, "Peneliti kebijakan transportasi di sebuah lembaga kajian
/// di Yogyakarta.", "A correspondent for The Times based in Jakarta.".
pub fn opens_with_role(line: &str) -> bool {
    const ARTICLES: &[&str] = &["a", "an", "the", "seorang"];
    let mut words = line.split_whitespace().map(prose::word_of);
    let first = words.next().unwrap_or("");
    let role = if ARTICLES.iter().any(|a| first.eq_ignore_ascii_case(a)) {
        words.next().unwrap_or("")
    } else {
        first
    };
    let is_role = |w: &str| ROLE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r));
    // or one word that qualifies the role before it: "staff reporter", "senior correspondent"
    is_role(role)
        || ROLE_QUALIFIERS.iter().any(|q| role.eq_ignore_ascii_case(q))
            && words.next().is_some_and(is_role)
}

/// Words that qualify a role before it, as a byline or a bio names it: "By Jeong Yu-na, staff
/// reporter", "… is a senior researcher at …", "wartawan senior" comes after its role.
const ROLE_QUALIFIERS: &[&str] = &[
    "staff",
    "senior",
    "chief",
    "special",
    "foreign",
    "political",
    "business",
    "freelance",
    "contributing",
    "investigative",
    "deputy",
    "former",
    "visiting",
];

/// Whether `line` is an author's role and institution on a line of its own, as an author box
/// prints them under the name: "Postdoctoral Research Fellow in Marine Ecology, Deakin
/// University", "Associate Professor of Coastal Science, Deakin University". A role word of
/// `ROLE_WORDS` among the first three words, an institution of capitalized words after the
/// last comma, no stop, `MAX_ROLE_LINE_WORDS` words at most. A headline goes on past the
/// institution in lower case ("Professor of Economics, University of X, dies at 90").
pub fn is_role_line(line: &str) -> bool {
    // most lines end with a stop, or are longer: neither is asked further
    let line = line.trim();
    if line.ends_with(['.', '!', '?', ':'])
        || !line.contains(", ")
        || line.split_whitespace().nth(MAX_ROLE_LINE_WORDS).is_some()
    {
        return false;
    }
    let Some((_, institution)) = line.rsplit_once(", ") else {
        return false;
    };
    // one person's role: a plural is a headline's subject ("Journalists in Papua Face
    // Growing Restrictions, Groups Say")
    let role = line
        .split_whitespace()
        .take(3)
        .map(prose::word_of)
        .any(|w| {
            ROLE_WORDS
                .iter()
                .any(|r| !r.ends_with('s') && w.eq_ignore_ascii_case(r))
        });
    let named = (1..=5).contains(&institution.split_whitespace().count())
        && institution
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || NAME_LINKS.contains(&w));
    role && named
}

/// Words of an author's role line, at most ([`is_role_line`]).
const MAX_ROLE_LINE_WORDS: usize = 14;

/// A name: two to four words, each capitalised and none a function word ("Dia adalah …" is no
/// bio); a title with a period ("Ms.", "Dr.") counts as one of them.
pub(super) const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Small words inside a name: "Rest of World", "Badan Riset dan Inovasi".
pub(super) const NAME_LINKS: &[&str] = &["of", "the", "and", "dan"];

/// Marks of a footnote opening a line, longest first: "*) Penulis adalah …", "(*) …".
const FOOTNOTE_MARKS: &[&str] = &["**)", "(*)", "*)", "*"];

/// The story's own writer named by the role alone, as a bio may open: "The writer is …",
/// "Penulis adalah …".
const AUTHOR_SUBJECTS: &[&str] = &[
    "the writer",
    "the writers",
    "the author",
    "the authors",
    "the columnist",
    "this writer",
    "penulis",
];

/// A beat in the first person after the paper a writer joined ([`is_bio`]): "I joined the News
/// Bulletin in 2021 and cover city hall …".
const FIRST_PERSON_BEATS: &[&str] = &[" and cover ", " and report on ", " and write about "];

/// A bio is short: a sentence or two.
const MAX_BIO_WORDS: usize = 45;

/// Whether `line` has the shape of a bio.
pub fn is_bio(line: &str, lang: Lang) -> bool {
    // the mark of a footnote to the byline's name, as opinion pages print the author's bio:
    // "*) Rina Hadi is an urban planner …"
    let line = FOOTNOTE_MARKS
        .iter()
        .find_map(|mark| line.strip_prefix(mark))
        .map_or(line, str::trim_start);
    // the verb stands right after the name, among the first words: only they are read first
    // (and an appositive's role a few words after its comma)
    let head: Vec<&str> = line
        .split_whitespace()
        .take((NAME_WORDS.end() + 2).max(APPOSITIVE_HEAD))
        .collect();
    let verb_after = |n: usize| verb_at(&head, n);
    // a name may hold a small word inside it: "Rest of World is a nonprofit newsroom …"
    let is_name = |words: &[&str]| {
        words.first().is_some_and(|w| is_name_word(w, lang))
            && words.last().is_some_and(|w| is_name_word(w, lang))
            && words
                .iter()
                .all(|w| is_name_word(w, lang) || NAME_LINKS.contains(w))
    };
    // or the story's own writer without a name: "The writer is a Karachi-based journalist
    // who covers …", "Penulis adalah dosen …"
    let writer = AUTHOR_SUBJECTS.iter().find_map(|subject| {
        let n = subject.split(' ').count();
        (head.len() > n
            && head[..n]
                .iter()
                .zip(subject.split(' '))
                .all(|(w, s)| w.eq_ignore_ascii_case(s)))
        .then_some(n)
    });
    // a name of one word, as many Indonesians have, with the verb of being and the role at
    // once: "Fathurrahman adalah jurnalis NTBPost yang bertugas di Bima …" ("Budi adalah warga
    // …" names no role)
    let single = head.len() > 3
        && ["adalah", "is"]
            .iter()
            .any(|v| head[1].eq_ignore_ascii_case(v))
        && is_name(&head[..1])
        && {
            // past an article and the capitalized words of a place or a desk: "Ernest is the
            // Central Regional correspondent of …"
            let role = head[2..].iter().map(|w| prose::word_of(w)).find(|w| {
                !["a", "an", "the", "seorang"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a))
                    && !w.starts_with(char::is_uppercase)
            });
            role.is_some_and(|role| ROLE_WORDS.iter().any(|r| role.eq_ignore_ascii_case(r)))
        };
    // or one word and a verb that is a role by itself: "Harriet covers transport, planning
    // and the suburbs for The Canberra Times."; or the paper joined and a role after it:
    // "Helen joined the News Telegraph in 2019 and reports on Ashbourne …"
    let single = single
        || head.len() > 3
            && is_name(&head[..1])
            && verb_after(1).is_some_and(|&(verb, role_verb, _)| {
                role_verb
                    || verb == "joined the"
                        && (gives_a_role(line, false) || line.contains(" and reports on "))
                    // (where the writer grew up, and the beat after it)
                    || verb == "grew up" && gives_a_role(line, false)
            });
    // or the writer in the first person, the paper joined and the beat after it, as an author's
    // box under the story prints it: "I joined the News Bulletin in 2021 and cover city hall,
    // the environment and anything else that comes up in Nanaimo."
    let single = single
        || head.len() > 3
            && head[0] == "I"
            && verb_after(1).is_some_and(|&(verb, _, _)| verb == "joined the")
            && (gives_a_role(line, false) || FIRST_PERSON_BEATS.iter().any(|b| line.contains(b)));
    if single {
        return line.split_whitespace().nth(MAX_BIO_WORDS).is_none();
    }
    let Some(&(_, role_verb, _)) = NAME_WORDS
        .clone()
        .filter(|&n| n < head.len() && is_name(&head[..n]))
        .chain(writer)
        .find_map(verb_after)
    else {
        return is_appositive_bio(line, &head, lang);
    };
    gives_a_role(line, role_verb)
}

/// The verb of [`BIO_VERBS`] that stands in `head` right after its first `n` words.
fn verb_at(head: &[&str], n: usize) -> Option<&'static (&'static str, bool, &'static str)> {
    // the verb's first word asked first, of the one word read once
    let first = prose::word_of(head.get(n)?);
    BIO_VERBS.iter().find(|(verb, _, _)| {
        let mut parts = verb.split(' ');
        parts.next().is_some_and(|p| first.eq_ignore_ascii_case(p))
            && parts.enumerate().all(|(i, p)| {
                head.get(n + 1 + i)
                    .is_some_and(|w| prose::word_of(w).eq_ignore_ascii_case(p))
            })
    })
}

/// Whether `line`, a name and a verb of [`BIO_VERBS`], is short enough for a bio and gives its
/// person a role: the verb is one, or a word of [`ROLE_WORDS`] or [`ROLE_ACTS`] follows.
fn gives_a_role(line: &str, role_verb: bool) -> bool {
    if line.split_whitespace().nth(MAX_BIO_WORDS).is_some() {
        return false;
    }
    role_verb
        || line.split_whitespace().any(|w| {
            let w = prose::word_of(w);
            ROLE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
                || ROLE_ACTS.iter().any(|(a, _)| w.eq_ignore_ascii_case(a))
        })
}

/// Whether `line`, whose first words are `head`, is the bio of a person the page names
/// elsewhere, its first `name_words` words that name, whatever they are: "Lalu Hamzan adalah
/// jurnalis BeritaLombok yang meliput …" when the page credits a photo to "Lalu Hamzan"
/// ("Lalu" is also a word of prose, "then", which [`is_bio`] reads as no name's). `named`
/// says whether the page names them, asked only when the verb follows.
pub fn is_bio_of_named(
    line: &str,
    head: &[&str],
    name_words: usize,
    named: impl FnOnce() -> bool,
) -> bool {
    verb_at(head, name_words)
        .is_some_and(|&(_, role_verb, _)| named() && gives_a_role(line, role_verb))
}

/// Verbs of a writer's or a teacher's work that give a bio its role anywhere after the name and
/// the verb of being, when the role's noun is no word of [`ROLE_WORDS`], each with an example.
const ROLE_ACTS: &[(&str, &str)] = &[
    (
        "covers",
        "Kirsty MacAulay joined the Glasgow Times in 2021 and covers community news in the East \
         End.",
    ),
    (
        "writes",
        "Harriet Lomax is a former local government finance officer and writes about public \
         services.",
    ),
    (
        "taught",
        "Ramon C. Alcaraz is an urban planner who has taught transport policy at a state \
         university …",
    ),
    (
        "reported",
        "Mirjam Kessler is a geographer. She has reported on climate for SWI swissinfo.ch …",
    ),
    (
        "covered",
        "Tom Reyes is a former teacher who has covered education for the paper since 2019.",
    ),
    (
        "meliput",
        "Rahmat Hidayat adalah warga Praya yang meliput isu perikanan sejak 2017.",
    ),
    (
        "menulis",
        "Dewi Lestari adalah pegiat literasi yang menulis tentang pendidikan anak.",
    ),
];

/// A bio that gives the role after a comma, with no verb: "Rizal Ardiansyah, mahasiswa tingkat
/// akhir yang sedang menyelesaikan skripsi.", "Jane Doe, a professor of economics at …". A
/// name, a comma, a [`ROLE_WORDS`] word within the next [`APPOSITIVE_ROLE_AT`] words, and no
/// speech: "Bagas Wicaksana, peneliti tata kota, mengatakan …" is a story's sentence.
fn is_appositive_bio(line: &str, head: &[&str], lang: Lang) -> bool {
    let words = &head[..head.len().min(APPOSITIVE_HEAD)];
    if !words
        .iter()
        .take(*NAME_WORDS.end())
        .any(|w| w.ends_with(','))
    {
        return false;
    }
    let Some(n) = NAME_WORDS.clone().find(|&n| {
        n <= words.len()
            && words[n - 1].ends_with(',')
            && words[..n]
                .iter()
                .all(|w| is_name_word(w.trim_end_matches(','), lang))
    }) else {
        return false;
    };
    let role = words[n..].iter().take(APPOSITIVE_ROLE_AT).any(|w| {
        let w = prose::word_of(w);
        ROLE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
    });
    role && line.split_whitespace().nth(MAX_BIO_WORDS).is_none() && !says(line)
}

/// How far after the comma an appositive bio names the role: "Jane Doe, a senior lecturer".
const APPOSITIVE_ROLE_AT: usize = 3;
/// The words an appositive bio is read from: the longest name and the words after its comma.
const APPOSITIVE_HEAD: usize = *NAME_WORDS.end() + APPOSITIVE_ROLE_AT;

/// Verbs of saying that make a sentence of a name and its role: "…, mengatakan", "…, said".
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    // "…, state news agency WAM reported."
    "reported",
    "announced",
    "mengatakan",
    "kata",
    "ujar",
    "ujarnya",
    "katanya",
    "menuturkan",
    "menjelaskan",
    "menyebut",
    "menyebutkan",
    "menilai",
    "berkata",
    // "Ia menambahkan, …", "…, Rina Kartikasari, mengakui …", "officials say …"
    "menambahkan",
    "mengakui",
    "menyatakan",
    "mengungkapkan",
    "menegaskan",
    "say",
    // the verb closing a quotation with its "-nya": "…," tuturnya., "…," tambahnya.
    "tutur",
    "tuturnya",
    "ucap",
    "ucapnya",
    "imbuhnya",
    "tambahnya",
    "jelasnya",
    "terangnya",
    "ungkapnya",
];

/// Whether `line` holds a verb of saying (`SAYING`): it reports what someone said.
pub fn says(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = prose::word_of(w);
        SAYING.iter().any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// Whether `line` reports what someone said in the story's voice: a verb of saying
/// ([`says`]) other than the English present, which a gallery's caption uses of the person in
/// its photo ("… He says he has lost count of the ships …"). "said", "told", "mengatakan",
/// "ujarnya" are the story's.
pub fn says_in_story_voice(line: &str) -> bool {
    const PRESENT: &[&str] = &["says", "say"];
    line.split_whitespace().any(|w| {
        let w = prose::word_of(w);
        SAYING.iter().any(|s| w.eq_ignore_ascii_case(s))
            && !PRESENT.iter().any(|p| w.eq_ignore_ascii_case(p))
    })
}

fn is_name_word(word: &str, lang: Lang) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || ".'-".contains(c))
        && !prose::is_function_word(word, lang)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_writers_work_after_the_verb_of_being_gives_the_role() {
        for (_, example) in ROLE_ACTS.iter().filter(|(_, e)| !e.contains('…')) {
            assert!(
                is_bio(
                    example,
                    if example.contains("adalah") {
                        Lang::Id
                    } else {
                        Lang::En
                    }
                ),
                "{example}"
            );
        }
        assert!(is_bio(
            "Ramon C. Alcaraz is an urban planner who has taught transport policy at a state \
             university in Manila for two decades.",
            Lang::En
        ));
        // a name and a verb of being with no work of a writer is no bio
        assert!(!is_bio(
            "Ramon C. Alcaraz is an urban planner at the city hall in Manila.",
            Lang::En
        ));
    }

    #[test]
    fn a_writer_who_writes_about_a_beat_in_indonesian() {
        assert!(is_bio(
            "Nurul Hidayah menulis tentang kuliner, UMKM, dan budaya di Kudus dan sekitarnya. Ia \
             bergabung dengan KudusKita sejak 2022.",
            Lang::Id
        ));
        // a story's person who writes about something is news
        assert!(!is_bio(
            "Warga menulis surat kepada bupati tentang jalan yang rusak.",
            Lang::Id
        ));
        // who joined the site and covers a beat
        assert!(is_bio(
            "Yuliana Prasetyo bergabung dengan Sukoharjokini pada 2021. Ia meliput isu ekonomi \
             kerakyatan dan kuliner.",
            Lang::Id
        ));
        assert!(!is_bio(
            "Budi Santoso bergabung dengan warga membersihkan saluran air di desa itu.",
            Lang::Id
        ));
        // who writes for the site and covers a beat
        assert!(is_bio(
            "Yohanes Parera menulis untuk Sikka Kini sejak 2019. Ia meliput ekonomi pesisir dan \
             perikanan.",
            Lang::Id
        ));
    }

    #[test]
    fn a_one_word_name_with_a_verb_of_role_is_a_bio() {
        assert!(is_bio(
            "Harriet covers transport, planning and the suburbs for The Canberra Times.",
            Lang::En
        ));
        assert!(!is_bio(
            "Harriet said the suburbs needed more buses.",
            Lang::En
        ));
        // where the writer grew up, and the beat after it
        assert!(is_bio(
            "Tom grew up on a sheep property near Molong and has covered farming across the \
             Central West since 2018.",
            Lang::En
        ));
        assert!(!is_bio(
            "Tom grew up on a sheep property near Molong and still helps with the shearing.",
            Lang::En
        ));
    }

    #[test]
    fn a_role_may_be_qualified_by_one_word() {
        for role in [
            "staff reporter",
            "a senior researcher at",
            "Chief correspondent",
        ] {
            assert!(opens_with_role(role), "{role}");
        }
        // the qualifier alone, or before a word that is no role, is none
        for line in [
            "staff of the ministry",
            "senior officials said",
            "most reporters",
        ] {
            assert!(!opens_with_role(line), "{line}");
        }
    }

    #[test]
    fn a_bio_under_a_name_of_one_word() {
        assert!(is_bio(
            "Fathurrahman adalah jurnalis NTBPost yang bertugas di Bima dan Dompu sejak 2019.",
            Lang::Id
        ));
        assert!(!is_bio(
            "Budi adalah warga Desa Sukamaju yang rumahnya terendam banjir.",
            Lang::Id
        ));
        // the role past an article and a place's capitalized words
        assert!(is_bio(
            "Ernest is the Central Regional correspondent of The Ghanaian Chronicle. He writes \
             on local governance, fisheries and education.",
            Lang::En
        ));
        assert!(!is_bio(
            "Ernest is the Central Regional champion of the national spelling bee.",
            Lang::En
        ));
    }

    #[test]
    fn an_author_s_role_and_institution_on_a_line_of_its_own() {
        assert!(is_role_line(
            "Postdoctoral Research Fellow in Marine Ecology, Deakin University"
        ));
        assert!(is_role_line(
            "Associate Professor of Coastal Science, Deakin University"
        ));
        // a headline goes on past the institution; a sentence has its stop
        assert!(!is_role_line(
            "Professor of Economics, University of Indonesia, dies at 90"
        ));
        assert!(!is_role_line(
            "The professor taught at the school for years, Budi said."
        ));
        assert!(!is_role_line(
            "Journalists in Papua Face Growing Restrictions, Groups Say"
        ));
    }

    use super::*;

    #[test]
    fn a_writer_who_joined_the_paper_and_covers_a_beat() {
        // one name, the paper joined, a beat reported on
        assert!(is_bio(
            "Helen joined the News Telegraph in 2019 and reports on Ashbourne and the villages.",
            Lang::En
        ));
        assert!(!is_bio(
            "Budi joined the protest on Monday and reports said he was arrested.",
            Lang::En
        ));
        assert!(is_bio(
            "Eleanor Capstick has covered Skipton and the Dales for the Herald since 2016.",
            Lang::En
        ));
        assert!(is_bio(
            "Kirsty MacAulay joined the Glasgow Times in 2021 and covers community news in the \
             East End.",
            Lang::En
        ));
        // joining names no role by itself
        assert!(!is_bio(
            "Budi Santoso joined the protest on Monday and said the lanes were a mistake.",
            Lang::En
        ));
        // the writer in the first person, the beat after the paper joined
        assert!(is_bio(
            "I joined the News Bulletin in 2021 and cover city hall, the environment and \
             anything else that comes up in Nanaimo.",
            Lang::En
        ));
        assert!(!is_bio(
            "I joined the club in 2019 and we trained every week on the beach.",
            Lang::En
        ));
    }

    #[test]
    fn bio_shapes() {
        let cases: &[(&str, Lang, bool)] = &[
            // a desk signing as a team, a research associate
            (
                "Web Desk is a team of journalists and editors at Daily Pakistan.",
                Lang::En,
                true,
            ),
            (
                "Marta Coelho Alves is a research associate at a Lisbon-based institute.",
                Lang::En,
                true,
            ),
            // the story's writer named by the role alone
            (
                "The writer is a Karachi-based journalist who covers urban infrastructure.",
                Lang::En,
                true,
            ),
            (
                "Penulis adalah dosen ilmu politik di Universitas Hasanuddin.",
                Lang::Id,
                true,
            ),
            // a writer in the story is named, or does something
            (
                "The writer was arrested at his home in Karachi on Monday night.",
                Lang::En,
                false,
            ),
            (
                "Clara Whitfield is a correspondent for The Times covering Southeast Asia. \
                 She is based in Jakarta.",
                Lang::En,
                true,
            ),
            (
                "Ms. Hartmann teaches English at a public high school in Ohio.",
                Lang::En,
                true,
            ),
            (
                "Bagas Wicaksana adalah peneliti tata kota dan pegiat komunitas pejalan kaki.",
                Lang::Id,
                true,
            ),
            (
                "Dimas Saputra is a PhD candidate at the University of Melbourne, researching \
                 digital politics in Indonesia.",
                Lang::En,
                true,
            ),
            // under the mark of a footnote to the byline's name
            (
                "*) Rina Hadi is an urban planner and researcher at a Jakarta-based think tank.",
                Lang::En,
                true,
            ),
            // the author's disclosure of funding and interests
            (
                "Hannah Lindqvist receives funding from the Natural Environment Research Council.",
                Lang::En,
                true,
            ),
            (
                "Universitas Diponegoro menyediakan pendanaan sebagai anggota The Conversation ID.",
                Lang::Id,
                true,
            ),
            // funding in the news is none
            (
                "Budi Santoso menerima dana bantuan dari pemerintah desa.",
                Lang::Id,
                false,
            ),
            // the verb without a role: a story's sentence about a person
            (
                "Budi Santoso adalah warga ketiga yang kehilangan rumah.",
                Lang::Id,
                false,
            ),
            // a pronoun is no name
            ("Dia adalah dosen di kampus itu.", Lang::Id, false),
            // a role without the bio's verb right after the name
            (
                "Peneliti Bagas Wicaksana mengatakan trotoar itu sempit.",
                Lang::Id,
                false,
            ),
            (
                "The ministry is a major employer of researchers.",
                Lang::En,
                false,
            ),
            // the role after a comma, without a verb
            (
                "Rizal Ardiansyah, mahasiswa tingkat akhir yang sedang menyelesaikan skripsi.",
                Lang::Id,
                true,
            ),
            (
                "Jane Doe, a senior lecturer in politics at a university in Leeds.",
                Lang::En,
                true,
            ),
            // a name and a role that say something are the story's sentence
            (
                "Bagas Wicaksana, peneliti tata kota, mengatakan trotoar itu terlalu sempit.",
                Lang::Id,
                false,
            ),
            // a site's name with a small word inside it
            (
                "Rest of World is a nonprofit newsroom covering the impact of technology.",
                Lang::En,
                true,
            ),
            // an appositive without a role
            (
                "Budi Santoso, warga Desa Sukamaju, kehilangan rumahnya.",
                Lang::Id,
                false,
            ),
            // where the writer has lived, then the beat
            (
                "Simon Ashby has lived in Pattaya since 2009 and writes about local government \
                 for Pattaya Daily.",
                Lang::En,
                true,
            ),
            // where someone has lived, and no role
            (
                "John Miller has lived in the village all his life and farms rice there.",
                Lang::En,
                false,
            ),
        ];
        for &(line, lang, expected) in cases {
            assert_eq!(is_bio(line, lang), expected, "{line}");
        }
    }
}
