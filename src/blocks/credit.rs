//! Photo credits, recognised by shape rather than by site: "AGENCY/NAME", "AGENCY PHOTO/NAME",
//! "NAME via AGENCY", "(Foto: …)", "Photo: …", an agency alone, in Indonesian and English pages.
//! A credit may stand on its own line, close a caption, or be glued to the caption's first word
//! by the scraper ("AFP/EVAN VUCCIPresiden Joe Biden …"); this module finds where it ends.
use super::{bio, floor_char_boundary, starts_with_ignore_case};

/// How a credit in parentheses or after a label starts, ignoring case:
/// "(Foto: Lee Jin-man via REUTERS)", "(ANTARA FOTO/Hafidz Mubarak A)", "(Dok. Humas Polri)".
const CREDIT_OPENINGS: &[&str] = &[
    "foto",
    "photo",
    "dok",
    "ilustrasi",
    "gambar",
    "sumber foto",
    "image",
    "credit",
    "kredit",
    "antara",
    "reuters",
    "afp",
    "ap photo",
    "ap/",
    "epa",
    "getty",
    "istimewa",
    "shutterstock",
    "xinhua",
    "anadolu",
    "bloomberg",
    // "(Courtesy Papua Press Alliance)", "(Courtesy photo)": a picture the subject gave
    "courtesy",
    // or a reader, in brackets only ("… the data submitted by the power purchaser" is prose):
    // "(Submitted by Marlene Tsetso)"
    "submitted by",
];

/// How a screen's picture is credited, ignoring case: "(Tangkapan layar Kompas TV)",
/// "(Sumber: Screenshot YouTube)", "(Screengrab via X)".
const SCREENSHOTS: &[&str] = &["tangkapan layar", "screenshot", "screengrab"];

/// Labels a credit line opens with, ignoring case: "Foto: Ari Saputra/detikcom",
/// "Photo: Reuters", "Photograph by Jane Doe", "Dok. Humas Pemprov DKI".
const CREDIT_LABELS: &[&str] = &[
    // "Image source, Getty Images", "Sumber gambar, BBC/Nurul Fitri": a label and a comma
    "image source,",
    // "Image Source: Portsmouth Fishers Co-op" on a line of its own
    "image source:",
    "sumber gambar,",
    "sumber foto,",
    "foto:",
    "foto :",
    // "Foto ilustrasi: Pixabay", "Foto Ilustrasi: Freepik": a stock picture's source, which
    // a name after the label tells from a caption ("Foto ilustrasi: warga antre …")
    "foto ilustrasi:",
    "foto ilustrasi :",
    "foto oleh",
    "photo:",
    "photo by",
    "photograph:",
    "photograph by",
    // "Photography by Jonathan Teo", "Credits: Lusa; Author: Rui Gaspar"
    "photography by",
    "photography:",
    "credits:",
    "image:",
    "image by",
    // "Image via Canva": a picture taken from a library or a platform
    "image via",
    "photo via",
    "picture via",
    "images:",
    // a gallery's photographer under its last caption: "PICTURES: Rajeev Menon" ("Photos:"
    // opens a gallery's headline on many a page: "Photos: Hail damage across Edmond")
    "pictures:",
    "photos by",
    // "Pix: Daily Express", "Pic: Bernama": Malaysian papers' short label; "Pix by Sunil
    // Rathnayake" as Sri Lankan papers sign
    "pix:",
    "pic:",
    // a photo's word and a dash for its colon: "… per cent. Pic – K. Ramdin"
    "pic – ",
    "pic - ",
    "photo – ",
    "photo - ",
    "pix by",
    "pic by",
    "pics by",
    // "PHOTO | BRIAN OJAMBO | NMG": the label parted from the name by a bar
    "photo | ",
    "foto | ",
    "credit:",
    "kredit:",
    "gambar:",
    "sumber foto:",
    "sumber gambar:",
    "ilustrasi:",
    // an illustration's or a graphic's maker: "ILLUSTRATION BY PAOLO R. DIMACULANGAN",
    // "Grafis: Radar Jember" ("Infografis: 5 Provinsi dengan Inflasi Tertinggi" is a
    // headline's rubric)
    "illustration by",
    "illustration:",
    // an illustrator's or a cartoonist's credit: "Photo illustration by Slate. Photos by …",
    // "Cartoon by Dana Whitcombe", "Karikatur: Tomi"
    "photo illustration by",
    "cartoon by",
    "cartoon:",
    "karikatur:",
    "grafis:",
    "graphic:",
    "graphic by",
    // a designer's credit alone under an infographic: "DESIGN: FARHAN QURESHI"
    "design:",
    "desain:",
    // a chart's source under it: "Chart: Bureau of Meteorology", "Grafik: BPS"
    "chart:",
    "grafik:",
    // a map's maker: "Map: OC Media.", "Peta: Dok. BPBD"
    "map:",
    "peta:",
    "dok.",
    "dok:",
    "dokumentasi:",
    // "Courtesy of the Tran family", "Credit...Rafi Darmawan for The New York Times",
    // "Courtesy: Ahmed Farouk"
    "courtesy of",
    "courtesy:",
    "credit...",
    "credit…",
    // "Picture: Jane Doe", "Photo credit: Jane Doe", "Copyright: AFP", "© 2024 Merdeka.com";
    // a copyright line on its own is page clutter, next to a caption it is the photo's credit
    "picture:",
    // "… in Borneo. Pic: Reuters"
    "pic:",
    "pics:",
    "photo credit:",
    // "… in Klang / Image Credit: Sambal Serai Nenda": the picture's word before "credit"
    "image credit:",
    "image credits:",
    "photo credits:",
    "picture credit:",
    // "Fotografer: Istimewa" in the box of names after the story, "Photographer: Jane Doe": the
    // photo's credit, whoever else the box names
    "fotografer:",
    "photographer:",
    "copyright:",
    "©",
    // "— Picture by Ahmad Zamzahuri", "— Picture courtesy of the family"
    "picture by",
    "pictures by",
    "pic by",
    "picture courtesy",
    "photo courtesy",
];

/// Labels that credit the page's lead picture apart from it, at the story's end or under the
/// headline: "Main image: Hull City Council", "Featured image: Pexels", "Foto utama: Dok.
/// BPBD". No caption stands beside such a credit.
const LEAD_IMAGE_LABELS: &[&str] = &[
    "main image:",
    "main picture:",
    "main photo:",
    "top image:",
    "top photo:",
    "header image:",
    "featured image:",
    "featured photo:",
    "feature image:",
    "lead image:",
    "cover image:",
    "cover photo:",
    "foto utama:",
    "gambar utama:",
];

/// Whether `s` credits the page's lead picture apart from it: one of [`LEAD_IMAGE_LABELS`] and
/// a name ("Main image: Hull City Council", "Featured image: Dok. BPBD"), a slash credit or an
/// agency; a scene after the label is the picture's caption ("Featured image: Tourists queue
/// at the international terminal …").
pub(super) fn credits_the_lead_image(s: &str) -> bool {
    let named = |name: &str| {
        let name = name.trim().trim_end_matches('.');
        super::capitalized_words(name, 1..=MAX_LEAD_IMAGE_NAME_WORDS)
            || is_slash_credit(name)
            || is_agency_alone(name)
    };
    LEAD_IMAGE_LABELS.iter().any(|label| {
        if let Some(name) = strip_prefix_ignore_case(s, label) {
            return named(name);
        }
        // the label's words with no colon, what the picture is and who gave it after them:
        // "Featured photo illustration via Pixabay", "Main image by Hull City Council"
        let Some(rest) = strip_prefix_ignore_case(s, label.trim_end_matches(':')) else {
            return false;
        };
        let rest = LEAD_IMAGE_KINDS
            .iter()
            .find_map(|kind| strip_prefix_ignore_case(rest, kind))
            .unwrap_or(rest);
        [" via ", " by ", " courtesy of "]
            .iter()
            .find_map(|by| strip_prefix_ignore_case(rest, by))
            .is_some_and(named)
    })
}

/// What a lead picture may be said to be between its label and its source: "Featured photo
/// illustration via Pixabay".
const LEAD_IMAGE_KINDS: &[&str] = &[" illustration", " ilustrasi", " file", " archive"];

/// `s` without `prefix`, matched in any ASCII case.
fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

/// Words of the name a lead picture's credit gives, at most: "Hull City Council".
const MAX_LEAD_IMAGE_NAME_WORDS: usize = 5;

/// Labels that open a credit only on a line of its own: "Provided by the expedition team". Inside
/// a sentence they are prose ("… shade provided by pohutukawa trees."), so a caption's end is
/// never read for them.
const LINE_LABELS: &[&str] = &["provided by"];

/// A story's source label ("Sumber: Reuters" is a byline) names a photo's source when what follows
/// is a social account or platform, "Sumber: Instagram @gowesbromo", "Source: X/@bmkgnews", or a
/// photographer after an agency's slash: "Source: AAP / Joel Carrett".
const SOURCE_LABELS: &[&str] = &["sumber:", "source:"];

/// Whether `label`, the words before a colon, is a label of [`SOURCE_LABELS`]: "Source",
/// "Sumber ".
pub(super) fn is_source_label(label: &str) -> bool {
    SOURCE_LABELS
        .iter()
        .any(|l| l.trim_end_matches(':').eq_ignore_ascii_case(label.trim()))
}
const PLATFORMS: &[&str] = &["instagram", "twitter", "x", "tiktok", "youtube", "facebook"];

/// A social network and an account on it, as a bracket credits a picture taken from it:
/// "Instagram/rezamahendra", "Instagram/@larasayu", "TikTok @warungbu_sri".
fn is_account(inner: &str) -> bool {
    let Some((platform, account)) = inner.split_once(['/', ' ']) else {
        return false;
    };
    let account = account.trim();
    PLATFORMS.contains(&platform.to_ascii_lowercase().as_str())
        && !account.is_empty()
        && !account.contains(char::is_whitespace)
}

/// Whether `s` is a source label and a network or a screen, however long what follows: "Source:
/// TikTok screenshot taken on Fri Apr 5 09:12:44 2024 UTC", "Sumber: Tangkapan layar YouTube
/// Kompas TV". Only inside a credit's brackets, which bound it.
fn is_screen_source(s: &str) -> bool {
    SOURCE_LABELS
        .iter()
        .find(|l| starts_with_ignore_case(s, l))
        .is_some_and(|label| names_a_network_or_screen(s[label.len()..].trim()))
}

/// Whether what follows a source label opens with a social network ("Instagram @…", "X/@…",
/// "TikTok screenshot …") or a screen's picture ("Tangkapan layar …", "Screenshot …").
fn names_a_network_or_screen(rest: &str) -> bool {
    let first = rest
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("");
    PLATFORMS.iter().any(|p| first.eq_ignore_ascii_case(p))
        || SCREENSHOTS.iter().any(|p| starts_with_ignore_case(rest, p))
}

/// Whether `s` is a social network's name alone: "Facebook", "TikTok". Under a caption it
/// names where the picture was taken from; in a row of them it is a share button.
pub fn is_platform_name(s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    PLATFORMS.iter().any(|p| s.eq_ignore_ascii_case(p))
}

/// Whether `s` is a source label naming a social account or a photographer: a photo's credit,
/// not the story's source.
pub fn is_photo_source(s: &str) -> bool {
    let Some(label) = SOURCE_LABELS.iter().find(|l| starts_with_ignore_case(s, l)) else {
        return false;
    };
    let rest = s[label.len()..].trim();
    // a person's name of two words or more after the slash: "Reuters/ec" is an agency and an
    // editor's initials, the story's source
    let photographer = || {
        is_slash_credit(rest)
            && rest.split('/').skip(1).any(|part| {
                part.split_whitespace().count() >= 2
                    && part
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            })
    };
    rest.split_whitespace().count() <= 6
        && (rest.contains('@') || names_a_network_or_screen(rest) || photographer())
}

/// Whether `s` is a source label and a name of one to four words: "Sumber: Tropenmuseum",
/// "Source: Kompas TV". After the story it is the story's source; under a caption inside the
/// story, the photo's.
pub fn is_source_name(s: &str) -> bool {
    SOURCE_LABELS
        .iter()
        .find(|l| starts_with_ignore_case(s, l))
        .is_some_and(|l| super::capitalized_words(s[l.len()..].trim().trim_end_matches('.'), 1..=4))
}

/// Credits that are only an agency or a source: "Getty Images", "Shutterstock", "Istimewa".
const AGENCIES_ALONE: &[&str] = &[
    "getty images",
    "shutterstock",
    "istimewa",
    "istock",
    "reuters",
    "afp",
    "ap",
    "antara",
    "antara foto",
    "epa",
    "epa-efe",
    "xinhua",
    "dok. pribadi",
    "dok pribadi",
    "ist",
    "ist.",
    // "Net" (taken from the internet) on its own line under a caption, as after its slash
    // ("Ilustrasi air bersih/Net")
    "net",
    "internet",
    "file photo",
    "pa media",
    "pa",
    "nurphoto",
    "kyodo",
    "yonhap",
    // wire agencies of Asia and Europe, signing alone: "(Bernama)", "(dpa)" (India's ANI is
    // left to the shape of initials after a stop: "Ani" is a name)
    "bernama",
    "pti",
    "ians",
    "dpa",
    "efe",
    "tass",
    "anadolu agency",
    "bloomberg",
    // stock photo libraries, credited alone under an illustration: "Freepik", "Unsplash"
    "freepik",
    "unsplash",
    "pexels",
    "pixabay",
    "canva",
    "123rf",
    "dreamstime",
    "adobe stock",
    // "— Filepic" (an archive photo), "Author provided", "Supplied", "(Handout)": a source
    // without a name
    "filepic",
    "author provided",
    "supplied",
    "handout",
    // a picture taken off a screen, its source unnamed: "… suspension of water supply.
    // Screengrab"
    "screengrab",
    "screenshot",
    "tangkapan layar",
    // "Courtesy" alone under a caption, and "— File Picture" after its stop, as Rwandan and
    // Zimbabwean papers sign ("… terminal. File" marks an archive photo in its caption)
    "courtesy",
    "file picture",
    // "(File photograph)", "Photograph supplied", "Contributed" (a reader's or an office's
    // photo, as Caribbean papers sign it)
    "file photograph",
    "photograph supplied",
    "photo supplied",
    "picture supplied",
    "contributed",
    // "FOTO IST" under a caption, the label with no colon before the source's short name
    "foto ist",
    "foto istimewa",
    "foto dok",
];

/// Words an agency part may hold besides upper-case words: "AP Photo/…", "ANTARA FOTO/…",
/// "Anadolu Agency via Getty Images".
const AGENCY_WORDS: &[&str] = &[
    "photo", "photos", "foto", "images", "image", "via", "pool", "file",
];

/// Labels of an archive photo, which open a caption or name the outlet whose archive it is.
const FILE_LABELS: &[&str] = &["file photo:", "file picture:", "file image:", "foto arsip:"];

/// The longest credit, in bytes.
const MAX_CREDIT: usize = 120;

/// Whether the whole of `s` is a credit.
pub fn is_credit(s: &str) -> bool {
    // (a footnote's asterisk before it, as some papers mark the credit: "*Photo supplied")
    let s = s.trim();
    let s = s.strip_prefix('*').map_or(s, str::trim_start);
    if s.is_empty() || s.len() > MAX_CREDIT {
        return false;
    }
    // "(Foto: AP)", and in square brackets as some sites print them: "[Suara.com/Alfian
    // Winanto]", "[Istimewa]"
    if let Some(inner) = in_brackets(s.trim_end_matches('.')) {
        return !inner.contains(['(', ')', '[', ']'])
            && (CREDIT_OPENINGS
                .iter()
                .chain(SCREENSHOTS)
                .any(|p| starts_with_ignore_case(inner.trim(), p))
                || is_credit(inner) && !is_stock_picture(inner)
                || is_outlet_and_name(inner)
                || is_name_dash_paper(inner)
                || is_source_image(inner)
                || is_paper_files(inner)
                || s.starts_with('[') && is_name_and_outlet(inner)
                || is_account(inner)
                || is_screen_source(inner));
    }
    // "-Fajar Ramadhan-HARIAN DISWAY-": a credit between hyphens, its parts joined by them
    if let Some(inner) = between_hyphens(s) {
        return is_slash_credit(&inner.replace('-', "/"));
    }
    let bare = s.trim_end_matches('.').trim();
    if is_agency_alone(bare)
        || is_stock_picture(bare)
        || is_photo_noun_and_source(bare)
        || is_name_and_address(bare)
        || is_given_by_slash(bare)
        || is_name_and_staff(bare)
        || is_courtesy_and_giver(bare)
        || is_shouted_photo_credit(bare)
    {
        return true;
    }
    if is_photo_source(s) {
        return true;
    }
    if let Some(label) = CREDIT_LABELS
        .iter()
        .chain(LINE_LABELS)
        .find(|p| starts_with_ignore_case(s, p))
    {
        return s.split_whitespace().count() <= 12
            && !names_nobody(&s[label.len()..])
            && !has_sentence_break(s)
            && scene_after_label(s).is_none()
            && !labels_another_caption(s);
    }
    if credits_the_lead_image(s) {
        return true;
    }
    if let Some(rest) = after_dash(s) {
        return is_dash_credit(rest) || is_outlet_photo(rest);
    }
    // an archive photo's label and the outlet alone ("File photo: Daily Observer", "File photo:
    // The Local"); with a scene after it the label opens a caption ("File photo: Workers …")
    if let Some(outlet) = FILE_LABELS
        .iter()
        .find(|label| starts_with_ignore_case(s, label))
        .map(|label| s[label.len()..].trim())
    {
        return super::capitalized_words(outlet.trim_end_matches('.'), 1..=4);
    }
    // a gallery's photos credited at once, by a name alone: "Photos: ONA", "PHOTOS: HAZIQ
    // ROSLAN" ("Photos: Floods sweep through the capital" leads to a gallery)
    // so is an infographic's, by its makers' name ("Infografis: Tim Grafis Majalengka News";
    // "Infografis: 5 Provinsi dengan Inflasi Tertinggi" is a headline's rubric)
    if let Some(name) = ["photos:", "photos by", "infografis:", "infographic:"]
        .iter()
        .find(|label| starts_with_ignore_case(s, label))
        .map(|label| s[label.len()..].trim())
    {
        // (or a site's name in any case and its maker after a slash: "Infografis:
        // klatenkita/Rina Kusumawati")
        let branded = || {
            name.split_once('/').is_some_and(|(brand, maker)| {
                !brand.is_empty()
                    && brand.chars().all(|c| c.is_alphanumeric() || c == '.')
                    && super::capitalized_words(maker, 1..=4)
            })
        };
        // (or its team and the site's domain: "Infografis: Tim Grafis bisnisbandung.com")
        let team = name
            .rsplit_once(' ')
            .filter(|(_, last)| is_domain_shaped(last))
            .map_or(name, |(team, _)| team);
        return super::capitalized_words(team, 1..=5)
            && !team.contains(|c: char| c.is_ascii_digit())
            || branded();
    }
    is_slash_credit(s)
        || is_via_credit(bare)
        || is_source_credit(bare)
        || is_barred_credit(s)
        || is_outlet_photo(bare)
}

/// Whether `s` credits an outlet's photo by its name before the word: "KUNA photos", "KT photo
/// by Yasser Al-Zayyat", "AFP photo". The outlet is an agency of the tables or one to three
/// words in capitals (a menu's "Lihat Foto", "More Photos", "Galeri Foto" is none), and the
/// photographer, when named, one to four capitalized words.
fn is_outlet_photo(s: &str) -> bool {
    const WORDS: &[&str] = &[" photos", " photo", " foto"];
    // every word holds "oto" in some case, which most lines do not
    if !(s.contains("oto") || s.contains("OTO") || s.contains("Oto")) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    WORDS.iter().any(|word| {
        let Some(at) = lower.find(word) else {
            return false;
        };
        let outlet = &s[..at];
        let rest = lower[at + word.len()..].trim_start();
        let named = ["by ", "oleh "]
            .iter()
            .find_map(|by| rest.strip_prefix(by))
            .map(|name| &s[s.len() - name.len()..]);
        let shouted =
            super::capitalized_words(outlet, 1..=3) && !outlet.chars().any(char::is_lowercase);
        (shouted || is_agency_alone(outlet))
            && match named {
                Some(name) => super::capitalized_words(name, 1..=4),
                None => rest.is_empty(),
            }
    })
}

/// A credit's parts parted by bars, as some sites print the photographer, the outlet and the
/// agency: "Bloomberg | Bloomberg | Getty Images", "Adek Berry | AFP | Getty Images". Two to
/// four parts of a few capitalized words, one of them an agency.
fn is_barred_credit(s: &str) -> bool {
    const MOST_PARTS: usize = 4;
    if memchr::memchr(b'|', s.as_bytes()).is_none() {
        return false;
    }
    let parts = s.split(" | ").map(str::trim);
    let count = parts.clone().count();
    // (a byline parts its writer from the outlet the same way: "By Connor Halvorsen | NJ
    // Advance Media for NJ.com")
    if s.split_whitespace()
        .next()
        .is_some_and(|w| ["by", "oleh"].iter().any(|b| w.eq_ignore_ascii_case(b)))
    {
        return false;
    }
    // a row of the page's links read as one line holds its clutter ("ADVERTISEMENT | SCROLL TO
    // RESUME CONTENT", "Komentar | KOMPAS GRAMEDIA", "ARTIKEL TERKAIT | BACA JUGA")
    // (a part may name the photographer's outlet and the site it shoots for: "Tom Erskine | NJ
    // Advance Media for NJ.com")
    (2..=MOST_PARTS).contains(&count)
        && parts
            .clone()
            .all(|p| super::capitalized_words(p, 1..=4) || is_name_for_outlet(p))
        && !parts
            .clone()
            .any(|p| super::is_boilerplate(p) || super::is_list_heading(p))
        && parts
            .into_iter()
            .any(|p| is_agency_alone(p) || is_agency(p) || is_name_for_outlet(p))
}

/// The longest label of [`CREDIT_LABELS`] that ends in a colon, in bytes ("sumber gambar:").
const MAX_COLON_LABEL: usize = 16;

/// Whether `s` is an outlet's one-word name before a credit's label: "Post Photo: Ramesh
/// Khatri", "Kompas Foto: Hendra A Setyawan". Not a caption's own label ("Teks foto: …",
/// "FILE PHOTO: …").
pub fn is_outlets_label(s: &str) -> bool {
    let Some((outlet, rest)) = s.split_once(' ') else {
        return false;
    };
    // a label's colon comes within its first bytes: most lines are ruled out by that alone
    let near = &rest.as_bytes()[..rest.len().min(MAX_COLON_LABEL)];
    outlet.starts_with(char::is_uppercase)
        && near.contains(&b':')
        && colon_label(rest).is_some()
        && outlet.chars().all(char::is_alphanumeric)
        && !super::CAPTION_OPENINGS
            .iter()
            .any(|p| starts_with_ignore_case(s, p))
        && is_credit(rest)
}

/// What follows a dash and a space opening `s`: "— Bernama pic" gives "Bernama pic"; or a long
/// dash glued to it, as Philippine papers print it: "—PHOTO COURTESY OF PCG".
fn after_dash(s: &str) -> Option<&str> {
    let rest = s.strip_prefix(['—', '–', '-'])?;
    let glued = !s.starts_with('-') && rest.starts_with(char::is_alphabetic);
    (rest.starts_with(' ') || glued).then(|| rest.trim())
}

/// After a dash, as Malaysian sites close a caption: "— Bernama pic", "— Picture by Ahmad
/// Zamzahuri", "— Reuters pic", "— Filepic". A credit of any shape but an agency alone: "—
/// Bernama" after a story's last sentence names the story's source, not a photographer.
fn is_dash_credit(rest: &str) -> bool {
    let alone =
        is_agency_alone(rest.trim_end_matches('.')) && !rest.eq_ignore_ascii_case("filepic");
    !rest.is_empty() && after_dash(rest).is_none() && !alone && is_credit(rest)
}

/// Small words a handout's source may hold in lower case: "Armed Forces of the Philippines
/// handout".
const HANDOUT_SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "dan", "di"];

/// The last word of a credit that names its source and no photographer: "Armed Forces of the
/// Philippines handout", "Bernama pic", "Reuters photo". Marked `true`, only after a source in
/// capitals: "INQUIRER FILES" is an archive photo, "The Epstein Files" a headline.
const SOURCE_NOUNS: &[(&str, bool)] = &[
    ("handout", false),
    ("pic", false),
    ("pics", false),
    ("photo", false),
    ("picture", false),
    ("pictures", false),
    ("file", true),
    ("files", true),
];

/// Whether the last word of `s` is a word of [`SOURCE_NOUNS`], in any case: "VNA/VNS Photo",
/// "Bernama pic" name a photo's source, not the story's.
pub(super) fn ends_with_source_noun(s: &str) -> bool {
    s.split_whitespace().next_back().is_some_and(|last| {
        SOURCE_NOUNS
            .iter()
            .any(|(noun, _)| last.eq_ignore_ascii_case(noun))
    })
}

/// A photo credited to its source alone: "Armed Forces of the Philippines handout",
/// "Presidential Palace Handout", "Kementerian PUPR handout", "Bernama pic", "INQUIRER FILES": a
/// few capitalized words naming the source, then a word of [`SOURCE_NOUNS`].
fn is_source_credit(s: &str) -> bool {
    // the last word first: it rules out almost every line without collecting the others
    let Some(last) = s.split_whitespace().next_back() else {
        return false;
    };
    let Some(&(_, needs_capitals)) = SOURCE_NOUNS
        .iter()
        .find(|(noun, _)| last.eq_ignore_ascii_case(noun))
    else {
        return false;
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut source = &words[..words.len() - 1];
    // from the source's archive: "Bernama file pic", "Malaysiakini file photo"
    if let [name @ .., file] = source {
        if !name.is_empty() && file.eq_ignore_ascii_case("file") && !needs_capitals {
            source = name;
        }
    }
    (!needs_capitals || is_agency(&source.join(" ")))
        && (1..=7).contains(&source.len())
        && source
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && source
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || HANDOUT_SMALL_WORDS.contains(w))
}

/// Inside brackets, an outlet and a photographer's name joined by a colon, as some sites sign
/// their photos: "(ABC News: Budi Santoso)", "(Reuters: Willy Kurniawan)", "(Supplied: Ratna
/// Dewi)". Both sides a few capitalized words; brackets only, since "Jakarta: Warga …" opens
/// a sentence.
fn is_outlet_and_name(inner: &str) -> bool {
    // a label's colon has a space after it: "[Gambas:Video CNN]" is a site's embed marker
    let Some((outlet, name)) = inner.split_once(": ") else {
        return false;
    };
    super::capitalized_words(outlet, 1..=3) && super::capitalized_words(name, 1..=4)
}

/// Inside brackets, a photographer's name and the paper parted by a dash, as some papers sign
/// their own photos: "(Rowan Tessier - Salmon Arm Observer)", "(Mark Brett – Western News)". A
/// name of two or three capitalized words, and a paper's name ([`is_paper_name`]): "(Persib
/// Bandung - Persija Jakarta)", a match, names no paper.
fn is_name_dash_paper(inner: &str) -> bool {
    let Some((name, paper)) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| inner.split_once(dash))
    else {
        return false;
    };
    super::capitalized_words(name, 2..=3) && is_paper_name(paper)
}

/// Words that say how a paper got a picture it did not take, before a slash and its giver:
/// "Contributed / Crow Wing County Sheriff's Office", "Submitted / Chilliwack RCMP".
const GIVEN_WORDS: &[&str] = &[
    "contributed",
    "submitted",
    "supplied",
    "courtesy",
    "handout",
];

/// A picture given to the paper, as some groups credit it: a word of [`GIVEN_WORDS`], a slash,
/// and who gave it, up to seven words ("Contributed / Crow Wing County Sheriff's Office").
fn is_given_by_slash(s: &str) -> bool {
    // (the word first: most lines open with none of them, and need no search for a slash)
    if !GIVEN_WORDS.iter().any(|w| starts_with_ignore_case(s, w)) {
        return false;
    }
    s.split_once('/').is_some_and(|(how, giver)| {
        GIVEN_WORDS
            .iter()
            .any(|w| how.trim().eq_ignore_ascii_case(w))
            && is_name_of(giver.trim(), 7)
    })
}

/// A staff photographer's name, a comma, and the paper's staff, as some papers sign their own
/// photos: "Dan Ritchie, Citizen staff", "Amy Chen, Times staff photographer". A name of two or
/// three capitalized words, one to three capitalized words of the paper, then "staff".
fn is_name_and_staff(s: &str) -> bool {
    // (the end first: most lines end otherwise, and need no search for a comma)
    if !ends_with_staff(s) {
        return false;
    }
    s.split_once(", ").is_some_and(|(name, rest)| {
        let rest = rest.strip_suffix(" photographer").unwrap_or(rest);
        rest.strip_suffix(" staff").is_some_and(|paper| {
            super::capitalized_words(name, 2..=3) && super::capitalized_words(paper, 1..=3)
        })
    })
}

/// "Courtesy" and the giver without "of", as American papers credit a picture they did not
/// take: "Courtesy Pennington County Emergency Management", "Courtesy city of Kennewick",
/// "Courtesy U.S. Army Corps of Engineers". The giver is a few words that end capitalized; its
/// words in lower case are small ones ([`HANDOUT_SMALL_WORDS`]) and one other at most ("city",
/// "family"): "Courtesy calls were paid to the Governor" is a sentence.
fn is_courtesy_and_giver(s: &str) -> bool {
    let Some(giver) = s
        .strip_prefix("Courtesy ")
        .or_else(|| s.strip_prefix("COURTESY "))
    else {
        return false;
    };
    let words: Vec<&str> = giver.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| !w.starts_with(char::is_uppercase) && !HANDOUT_SMALL_WORDS.contains(w))
        .count();
    (1..=MAX_GIVER_WORDS).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && lower <= 1
        && !has_sentence_break(giver)
}

/// The longest giver after "Courtesy", in words ([`is_courtesy_and_giver`]).
const MAX_GIVER_WORDS: usize = 7;

/// How a photo's credit in capitals runs, word by word ([`shouted_photo_credit_words`]): the
/// paper's words, then a photo's noun, "BY" perhaps, and the photographer's name.
const MAX_SHOUTED_PAPER_WORDS: usize = 3;

/// The words of a photo's credit in capitals that opens `s`, and the byte where they end: a
/// paper's word or a few, a photo's noun, "BY" perhaps, and a name of two or three words, as
/// some papers print the credit ("NEWS PHOTO DANA KURTZWEIL", "HERALD PHOTO BY IAN MARTENS",
/// "STAFF PHOTO JOHN DOE"). A kicker in capitals holds no photo's noun, or no name after it
/// ("FOTO BERSAMA – …").
fn shouted_photo_credit_words(s: &str) -> Option<usize> {
    let shouted = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
    };
    // (most lines open otherwise: two bytes rule them out)
    if !s.as_bytes().get(..2)?.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let mut end = 0;
    let mut words = Vec::new();
    for (at, word) in words_at(s, 0) {
        if !shouted(word) {
            break;
        }
        words.push(word);
        end = at + word.len();
    }
    let photo = words
        .iter()
        .take(MAX_SHOUTED_PAPER_WORDS + 1)
        .position(|w| is_photo_noun(w))?;
    let name = &words[photo + 1..];
    let name = name.strip_prefix(&["BY"]).unwrap_or(name);
    PHOTOGRAPHER_NAME_WORDS.contains(&name.len()).then_some(end)
}

/// A photo's credit in capitals alone on its line: "NEWS PHOTO DANA KURTZWEIL"
/// ([`shouted_photo_credit_words`]).
fn is_shouted_photo_credit(s: &str) -> bool {
    shouted_photo_credit_words(s) == Some(s.len())
}

/// Where a photo's credit in capitals opening its caption ends, the caption after it in
/// sentence case: "NEWS PHOTO DANA KURTZWEIL A Medicine Hat Transit bus pulls away …"
/// ([`shouted_photo_credit_words`]).
pub(super) fn leading_shouted(s: &str) -> Option<usize> {
    let end = shouted_photo_credit_words(s)?;
    let rest = s[end..].trim_start();
    let mut words = rest.split_whitespace();
    // a caption opens in sentence case: a capital and small letters, or "A" and such a word
    let sentence_case =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
    let opens = match words.next() {
        Some(first) if first.chars().count() == 1 => {
            first.starts_with(char::is_uppercase) && words.next().is_some_and(sentence_case)
        }
        Some(first) => sentence_case(first),
        None => false,
    };
    (opens
        && rest
            .split_whitespace()
            .nth(SCENE_WORDS_AFTER_CREDIT - 1)
            .is_some())
    .then_some(s.len() - rest.len())
}

/// Words of a caption after a credit that opens its line, at least ([`leading_shouted`]).
const SCENE_WORDS_AFTER_CREDIT: usize = 3;

/// Whether `s` ends as a staff photographer's credit does ([`is_name_and_staff`]): "… Journal
/// staff", "… Times staff photographer".
fn ends_with_staff(s: &str) -> bool {
    s.ends_with(" staff") || s.ends_with(" staff photographer")
}

/// Inside brackets, a paper's archive: its name ([`is_paper_name`]) and "files" or "file":
/// "(Maple Ridge News files)"; "(The Epstein Files)" names no paper.
fn is_paper_files(inner: &str) -> bool {
    inner.rsplit_once(' ').is_some_and(|(paper, last)| {
        (last.eq_ignore_ascii_case("files") || last.eq_ignore_ascii_case("file"))
            && is_paper_name(paper)
    })
}

/// Inside brackets, a source of a few capitalized words closed by "image", as papers credit a
/// picture they did not take: "(City of Salmon Arm image)", "(Google Maps image)". Brackets
/// only: a headline may end in "… New Brand Image".
fn is_source_image(inner: &str) -> bool {
    let Some((source, last)) = inner.rsplit_once(' ') else {
        return false;
    };
    let words = source.split_whitespace().count();
    last.eq_ignore_ascii_case("image")
        && (1..=6).contains(&words)
        && source.starts_with(char::is_uppercase)
        && source
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || HANDOUT_SMALL_WORDS.contains(&w))
}

/// Inside square brackets, a photographer's name (or "File") and the outlet parted by a comma,
/// as some sites sign their photos after the caption: "[Dennis Rono, Standard]", "[File,
/// Standard]". A name of two or three capitalized words or a source's noun, and an outlet of
/// one to three; square brackets only, since "(Jakarta, Indonesia)" places a sentence, and
/// "[Jakarta, Indonesia]" is no name.
fn is_name_and_outlet(inner: &str) -> bool {
    inner.split_once(", ").is_some_and(|(name, outlet)| {
        (super::capitalized_words(name, 2..=3)
            || ends_with_source_noun(name) && !name.contains(' '))
            && super::capitalized_words(outlet, 1..=3)
    })
}

/// "ANTARA FOTO/Sigid Kurniawan/foc.", "REUTERS/Evelyn Hockstein", "AP Photo/Evan Vucci, File",
/// "KOMPAS.com/RINA AYU", "AFP/ADEK BERRY": an agency, a slash, a name. Or names and agencies
/// joined by slashes in any order: "Ari Saputra/detikcom", "Reuters/Antara Foto",
/// "Edwin Mutua/VOA", "iStockphoto/Weerapat1003": a few capitalized words per part, the
/// reporter's initials ("/foc") last, and no sentence inside.
fn is_slash_credit(s: &str) -> bool {
    // the photo's year as a last part: "Nakoa Ferreira/Civil Beat/2024", "Screenshot/DLNR/2023"
    // (a letter's number ends in its year too, with numbers before it: "SP-41/KLI/2024")
    let s = match s.trim_end_matches('.').rsplit_once('/') {
        Some((credit, year))
            if credit.contains('/')
                && !credit.contains(|c: char| c.is_ascii_digit())
                && super::is_year(year)
                && (year.starts_with("19") || year.starts_with("20")) =>
        {
            credit
        }
        _ => s,
    };
    let Some((agency, rest)) = s.split_once('/') else {
        return false;
    };
    // a writer's byline as some papers print it, the outlet's role after the slash, is no
    // photo's credit: "Tishana Blair/Star Writer", "Andre Wright/Gleaner Writer" (the
    // photographer's own is: "Kenroy Lawrence/Photographer")
    // (a photo's label makes it a credit whatever the outlet's name: "Photo: Wardi Hamid/Brunei
    // Reporter")
    if !agency.contains(':') && rest.rsplit(' ').next().is_some_and(is_writing_role) {
        return false;
    }
    // a price or a rate is no credit: a number, a slash, a unit ("Tomat: Rp12.000/kg",
    // "Rp6.800/liter", "150 ton/hari")
    let unit = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| RATE_UNITS.iter().any(|u| word.eq_ignore_ascii_case(u)));
    if unit && agency.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // the part before the first slash is a name or an agency of a few words: most candidate
    // starts inside a caption are ruled out by its length alone
    if agency.len() > MAX_NAME_PART {
        return false;
    }
    // a market's ticker is no credit: "USD/IDR 16.028 ▲ +38", "EUR/USD 1,07 (-0,2%)"
    if rest.contains(['▲', '▼', '%']) {
        return false;
    }
    // nor are a size's choices, a number and its unit after the slash: "SSD 512 GB / 1 TB"
    // (an archive's number alone is a photo's, below)
    let after = rest.trim_start();
    if after.starts_with(|c: char| c.is_ascii_digit())
        && after.contains(|c: char| c.is_alphabetic())
    {
        return false;
    }
    // a breadcrumb starts at the site's home: "HOME / NASIONAL", "Beranda / Ekonomi"
    if super::BREADCRUMB_HOMES
        .iter()
        .any(|root| agency.trim().eq_ignore_ascii_case(root))
    {
        return false;
    }
    let s = s.trim_end_matches('.');
    // a site may print its photographers in lower case: "merdeka.com/arief setiawan"
    let site = agency.contains('.');
    // (a name holds letters, or a photo's number in the archive: "TEUIRA NAPA/24051406";
    // "kartu AK/1." names a form)
    let digits = rest.trim().trim_end_matches('.');
    let numbered = digits.len() >= MIN_PHOTO_NUMBER && digits.bytes().all(|b| b.is_ascii_digit());
    if has_sentence_break(s)
        || !(rest.contains(char::is_alphabetic) || numbered)
        || reads_as_words(rest, site)
    {
        return false;
    }
    // a source and a word that only credits use: "Analisa/istimewa", "Humas/dok"
    let credit_word = || {
        rest.split('/').all(|part| {
            let part = part.trim().trim_end_matches('.');
            LOWER_CREDIT_WORDS
                .iter()
                .any(|w| part.eq_ignore_ascii_case(w))
        })
    };
    // or the other way round, both in lower case as some sites print them: "istimewa/sumutpos"
    let credit_word_first = || {
        let agency = agency.trim();
        agency.len() <= MAX_LOWER_CREDIT_WORD
            && LOWER_CREDIT_WORDS
                .iter()
                .any(|w| agency.eq_ignore_ascii_case(w))
            && !rest.contains(char::is_whitespace)
    };
    (is_agency(agency)
        || is_name_parts(s)
        || is_name_and_domain(agency, rest)
        || credit_word() && super::capitalized_words(agency, 1..=3)
        || credit_word_first())
        && !is_section_path(s)
}

/// Units after a number and a slash, which make a price or a rate, not a credit: "Rp12.000/kg".
const RATE_UNITS: &[&str] = &[
    "kg", "g", "gram", "ons", "ton", "l", "liter", "m", "m2", "m3", "km", "ha", "hektare", "meter",
    "kwh", "ekor", "buah", "biji", "butir", "ikat", "karung", "sak", "lembar", "unit", "orang",
    "jiwa", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "malam", "porsi", "pcs", "lb",
    "hour", "day", "week", "month", "year", "night", "person",
];

/// Digits of a photo's number in an archive after a credit's slash, at least.
const MIN_PHOTO_NUMBER: usize = 5;

/// A photographer's name in any case, then the site's web domain, as some sites sign their
/// photos in lower case: "arif yusuf/koranbernas.id", "deni rahmat / radartasik.id". One to
/// three words of letters, none a function word ("harga naik/kompas.com" is no name).
fn is_name_and_domain(name: &str, domain: &str) -> bool {
    let domain = domain.trim().trim_end_matches('.');
    let name_word = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !super::prose::is_function_word(&w.to_lowercase(), crate::sentences::Lang::Id)
            && !super::prose::is_function_word(&w.to_lowercase(), crate::sentences::Lang::En)
    };
    (1..=3).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(name_word)
        && !domain.contains(char::is_whitespace)
        && super::site::is_domain(domain)
}

/// Whether `s` is a row of a site's sections parted by slashes between spaces: "OPINION /
/// BLOG / INTERVIEW", "News / World / Asia", "Beranda / Media Center / Siaran Pers". Three
/// parts or more, each one word or two capitalized ones, none an agency's name; a credit names
/// a photographer or an agency ("AFP / ADEK BERRY", "REUTERS / ANTARA / AFP").
fn is_section_path(s: &str) -> bool {
    // a word, a spaced slash, a word …: the first part decides most lines without a count
    let mut parts = 0;
    for part in s.trim().split(" / ") {
        let section = !part.is_empty()
            && !part.contains('/')
            && (!part.contains(' ') || super::capitalized_words(part, 2..=2));
        if !section
            || AGENCIES_ALONE
                .iter()
                .any(|agency| part.eq_ignore_ascii_case(agency))
        {
            return false;
        }
        parts += 1;
    }
    parts >= MIN_SECTION_PATH_PARTS
}

/// Parts of a row of sections, at least: two parts are a credit's "AFP / ADEK".
const MIN_SECTION_PATH_PARTS: usize = 3;

/// The longest word of [`LOWER_CREDIT_WORDS`], in bytes ("dokumentasi").
const MAX_LOWER_CREDIT_WORD: usize = 11;

/// Lower-case words credits hold after their slash: "ANTARA/Dok. pribadi", "Humas/ist".
const LOWER_CREDIT_WORDS: &[&str] = &[
    "dok",
    "dokumentasi",
    "istimewa",
    "pribadi",
    "ist",
    "handout",
    "arsip",
    "detikcom",
    "kumparan",
];

/// Whether `word` is one that only credits use, in any case: "ist", "Dok", "istimewa".
pub fn is_credit_word(word: &str) -> bool {
    LOWER_CREDIT_WORDS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether what follows a credit's first slash reads as a sentence's words rather than names:
/// a colon, or two lower-case words that are not a credit's own ("HIV/Aids: Tiongkok melaporkan
/// 14% lonjakan kasus baru" is a headline; "AP Photo/Evan Vucci, file" and "ANTARA
/// FOTO/Sigid Kurniawan/foc" are credits).
fn reads_as_words(rest: &str, site: bool) -> bool {
    let lower_words = rest
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',')
        // a reporter's initials ("/foc", "/aa") are short
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()) && w.chars().count() > 4)
        .filter(|w| {
            let w = w.trim_end_matches('.');
            !AGENCY_WORDS.contains(&w) && !LOWER_CREDIT_WORDS.contains(&w)
        })
        .count();
    rest.contains(':') || (!site && lower_words >= 2)
}

/// The longest slash-separated part of a credit, in bytes: "Anadolu Agency via Getty Images".
const MAX_NAME_PART: usize = 48;

/// "Ari Saputra/detikcom", "Reuters/Antara Foto, File": every slash-separated part is one to
/// four words that start upper case (or a site or agency word), the last may be initials, and
/// one part is a person's name of two words or more, or an agency. A breadcrumb ("Health /
/// Fitness") is single words only.
fn is_name_parts(s: &str) -> bool {
    if s.split('/').any(|part| part.len() > MAX_NAME_PART) {
        return false;
    }
    let parts: Vec<&str> = s.split('/').collect();
    // a photo's word and an archive's, as some groups credit a file photo: "Photo / File"
    if let [photo, archive] = parts[..] {
        if is_photo_noun(photo.trim()) && is_archive_word(archive.trim()) {
            return true;
        }
    }
    let named = parts.iter().any(|part| {
        let lower = part.trim().to_ascii_lowercase();
        part.split_whitespace().count() >= 2
            || is_agency(part)
            // a site's brand in one word: "NTBPost/Fathurrahman", "Kebumen24/Fajar",
            // "Pacitanpost/Anang"
            || is_site_brand(part.trim())
            || AGENCIES_ALONE.contains(&lower.as_str())
            || lower.starts_with("istock")
            || lower.starts_with('@')
    });
    named
        && parts.len() >= 2
        && parts.iter().enumerate().all(|(k, part)| {
            let words: Vec<&str> = part
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            let initials = k + 1 == parts.len()
                && words.len() == 1
                && words[0].len() <= 4
                && words[0].chars().all(|c| c.is_ascii_lowercase());
            initials
                || (!words.is_empty()
                    && words.len() <= 4
                    && words.iter().enumerate().all(|(i, w)| {
                        let lower = w.to_ascii_lowercase();
                        // a small word inside an outlet's name: "Kayla Brendt/The Globe and
                        // Mail", "… /The Times of India"
                        let link = || i > 0 && i + 1 < words.len() && bio::NAME_LINKS.contains(w);
                        // "Instagram/@gowesbromo": an account's handle
                        w.starts_with(|c: char| c.is_uppercase() || c == '@')
                            || AGENCY_WORDS.contains(&lower.as_str())
                            || is_numbered_brand(w)
                            || lower.ends_with("com")
                            || lower.starts_with("istock")
                            || is_camel_brand(w)
                            // a site's name in lower case opening the credit:
                            // "(sibuhuantoday/Ahmad)"
                            || k == 0 && words.len() == 1 && is_suffixed_brand(w)
                            // or its domain, whatever the country's ending: "mbl.is/Hrafnhildur
                            // Ómarsdóttir"
                            || k == 0 && words.len() == 1 && is_domain_shaped(w)
                            || link()
                    }))
        })
}

/// Whether `word` has a web domain's shape: a name of letters, digits and hyphens, a dot, and an
/// ending of two or three lower-case letters ("mbl.is", "rnz.co.nz" ends in "nz").
fn is_domain_shaped(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, ending)| {
        (2..=3).contains(&ending.len())
            && ending.bytes().all(|b| b.is_ascii_lowercase())
            && name.len() >= 2
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    })
}

/// Whether `word` is a local site's brand in one word, as sites sign their photos: capitals
/// inside it ("NTBPost", [`is_inner_capital_brand`]), a place's name and a number
/// ("Kebumen24", [`is_numbered_brand`]) or a place's name and a news site's word
/// ("Pacitanpost", [`is_suffixed_brand`]).
fn is_site_brand(word: &str) -> bool {
    is_inner_capital_brand(word) || is_numbered_brand(word) || is_suffixed_brand(word)
}

/// Whether `word` is a brand in one word with a capital inside it after its first letter and a
/// letter in lower case: "NTBPost", "KabarBekasi", "BengkuluToday".
fn is_inner_capital_brand(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Whether `word` is a brand of a word and a number of one to three digits glued after it, as
/// local news sites name themselves, in any case: "Kebumen24", "brebes24", "Batam360" (a year
/// is four digits: "Maret2024" is a date glued to its month).
pub(super) fn is_numbered_brand(word: &str) -> bool {
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    (1..=3).contains(&digits)
        && letters.len() >= 3
        && letters.chars().all(|c| c.is_ascii_alphabetic())
}

/// Words that close a local news site's name written as one word, each with an example.
const SITE_NAME_ENDINGS: &[(&str, &str)] = &[
    ("post", "Pacitanpost"),
    ("pos", "Radarpos"),
    ("news", "Sorongnews"),
    ("today", "Kendaritoday"),
    ("times", "Malangtimes"),
    ("online", "Jambionline"),
    ("ekspres", "Jabarekspres"),
    ("express", "Borneoexpress"),
    ("terkini", "Sultraterkini"),
    ("update", "Sragenupdate"),
    ("daily", "Jogjadaily"),
    ("info", "Binjaiinfo"),
    // the local sites that call themselves "now" or "ours" (no word of a caption ends so)
    ("kini", "Sumedangkini"),
    ("kita", "Karawangkita"),
];

/// Whether `word` is a news site's name in one word: a place's name of three letters at least,
/// then a word of [`SITE_NAME_ENDINGS`] ("Pacitanpost", "Sorongnews"), in any case, the first
/// letter a capital or the whole name in lower case as a credit signs it
/// ("(sibuhuantoday/Ahmad)").
fn is_suffixed_brand(word: &str) -> bool {
    (word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphabetic())
        || word.chars().all(|c| c.is_ascii_lowercase()))
        && SITE_NAME_ENDINGS.iter().any(|(ending, _)| {
            word.len() >= ending.len() + 3 && super::ends_with_ignore_case(word, ending)
        })
}

/// Whether `name` is an outlet's name of two or three capitalized words, the last a word that
/// closes news sites' names ([`SITE_NAME_ENDINGS`]): "IDN Times", "Bali Post", "Jawa Pos".
fn is_outlet_name(name: &str) -> bool {
    super::capitalized_words(name, 2..=3)
        && name.rsplit(' ').next().is_some_and(|last| {
            SITE_NAME_ENDINGS
                .iter()
                .any(|(ending, _)| last.eq_ignore_ascii_case(ending))
        })
}

/// Whether `word` is a brand written in camel case, as news sites name their desks and regional
/// editions: "detikJatim", "tvOnenews", "kumparanNEWS". A lower-case letter first, a capital
/// after it, letters and digits only.
fn is_camel_brand(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The part before a credit's slash: upper-case words ("ANTARA FOTO", "AP Photo") or a news
/// site's name ("KOMPAS.com", "detikcom").
fn is_agency(agency: &str) -> bool {
    let words = agency.split_whitespace();
    let count = words.clone().count();
    if count == 0 || count > 4 {
        return false;
    }
    let site = |w: &str| {
        let lower = w.to_ascii_lowercase();
        [".com", ".co.id", ".id", "com"]
            .iter()
            .any(|t| lower.ends_with(t))
            && w.len() >= 5
    };
    let shouting = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '&'))
    };
    words.clone().any(|w| shouting(w) || site(w))
        && words.into_iter().all(|w| {
            shouting(w) || site(w) || AGENCY_WORDS.contains(&w.to_ascii_lowercase().as_str())
        })
}

/// Whether `s` holds ". " after a word longer than an abbreviation: "Foto: dok. Humas" does
/// not, "Presiden berbicara. Ia menolak" does.
fn has_sentence_break(s: &str) -> bool {
    s.match_indices(". ").any(|(at, _)| {
        // "GATRA/Dok. Kejari": the word after a credit's slash
        let word = s[..at]
            .rsplit(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        // nor a name's initials run together: "Stasiun Meteorologi H.A.S. Hanandjoeddin"
        let initials = word.split('.').all(|part| part.chars().count() <= 1);
        // nor a title or a name's part shortened: "Tubantoday.com/Moch. Rifa'i"
        word.chars().count() > 3
            && !initials
            && !crate::sentences::announces_what_follows(&s[at - word.len()..=at])
    })
}

/// Words of the agency after "via" in a credit, at most: "via Getty Images Europe".
const MAX_VIA_AGENCY_WORDS: usize = 3;

/// "Lee Jin-man via REUTERS", "Anadolu Agency via Getty Images": capitalized names, "via",
/// capitalized names; or "via" and the agency alone, "via Associated Press".
fn is_via_credit(s: &str) -> bool {
    if !s.contains("via") {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // a share button names its channel after "via": "Share via Email", "Send via WhatsApp"
    if words
        .first()
        .is_some_and(|w| SHARE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
    {
        return false;
    }
    let via = words.iter().position(|w| *w == "via");
    // "via Associated Press": the photographer left out, an agency's name of two words or
    // more is the credit ("via Zoom" closes a sentence)
    // (an agency's name is short: a headline in title case goes on after its "via", "Jalur
    // Magelang-Boyolali via Selo Sempat Tertutup Material Longsor")
    matches!(via, Some(at) if at + 1 < words.len()
        && (at > 0 || words.len() >= 3)
        && words.len() - at - 1 <= MAX_VIA_AGENCY_WORDS)
        && words.len() <= 8
        && words
            .iter()
            .all(|w| *w == "via" || w.starts_with(|c: char| c.is_uppercase()))
}

/// Where a credit closing `s` begins: "Warga mengantre bantuan. (Foto: AP)",
/// "… Gedung Putih. ANTARA/REUTERS/Leah Millis/am.", "… di Jakarta.ANTARA FOTO/Aprillio
/// Akbar/tom" and "… uang rupiahFoto: Bagus Prasetyo/detikcom" (glued by the scraper). Never the
/// whole line: that is [`is_credit`].
pub fn trailing(s: &str) -> Option<usize> {
    if let Some(at) = parenthesized(s)
        .or_else(|| slash_led(s))
        .or_else(|| slash_source(s))
        .or_else(|| hyphen_wrapped(s))
        .or_else(|| slashed_name_after_stop(s))
        .or_else(|| name_and_outlet_after_stop(s))
    {
        return Some(at);
    }
    let from = floor_char_boundary(s, s.len().saturating_sub(MAX_CREDIT));
    // every credit shape holds a slash, a label's colon, or "courtesy" / "credit" / "by" / "via": most
    // lines of prose are ruled out here, at the cost of one scan of their tail, and a slash
    // credit can only start shortly before its slash
    let tail = &s[from..];
    // a source after the caption's stop ("… on Thursday. AP"), unless a labelled credit starts
    // before it and holds it ("… di Paris. Foto: dok. Istimewa")
    let early = dash_credit(tail)
        .or_else(|| source_after_stop(tail))
        .or_else(|| parted_source_after_stop(tail))
        .map(|at| from + at);
    let label = tail.contains([':', '…', '©', '@', '*'])
        // a photo's label before a bar: "PHOTO | BRIAN OJAMBO | NMG"
        || tail.match_indices('|').any(|(at, _)| {
            BAR_LABELS
                .iter()
                .any(|l| super::ends_with_ignore_case(&tail[..at], l))
        })
        || super::contains_any(
            tail,
            &[
                "ourtesy", "redit", " by ", " BY ", " via ", "oleh", "dok.", "andout",
            ],
        )
        || photo_word_before_dash(tail);
    // what every candidate start would look for again, asked once of the line: a slash credit
    // needs a slash, a source credit ends with a word of SOURCE_NOUNS, a label starts with one
    // of a few bytes
    let source_noun = s.split_whitespace().next_back().is_some_and(|last| {
        SOURCE_NOUNS
            .iter()
            .any(|(noun, _)| super::ends_with_ignore_case(last, noun))
    });
    // a staff photographer's credit glued to the stop ("… July 9, 2024.Ava Lindqvist, Journal
    // staff"): its last word says so
    let staff = ends_with_staff(s);
    let slash = tail.find('/');
    let from = match slash {
        _ if label || source_noun || staff => from,
        // a slash credit starts at most one name part before its first slash
        Some(slash) => {
            floor_char_boundary(s, (from + slash).saturating_sub(MAX_NAME_PART)).max(from)
        }
        None => return early,
    };
    let label_starts = credit_label_starts();
    // the last caption's stop glued to the next word, found once for every candidate start
    let glued_stop = last_glued_stop(s);
    // a row of a menu's labels read as one line that ends on a photo's word holds no caption
    // and no source's credit: "Economy Finance Politics Society Sport Tourism Hi-Tech Culture
    // Photo" (asked only of a line whose last word is a source's)
    let menu_row = source_noun && super::is_label_row(s);
    // whether a long dash ('—', '–': their first byte) stands in the candidates' stretch at all
    let long_dashes = memchr::memchr(0xE2, &s.as_bytes()[from..]).is_some();
    let bytes = s.as_bytes();
    let found = (from.max(1)..early.unwrap_or(bytes.len()))
        .filter(|&at| {
            let before = bytes[at - 1];
            // after a space (". " or a caption without a stop: "… on a Saturday morning Daniel
            // Morris/CNN"), or glued right after the caption's final stop, bracket or
            // last word ("… file photo.Reuters/Antara Foto", "… rupiahFoto: Bagus/detikcom")
            let glued = matches!(before, b'.' | b')')
                || before.is_ascii_lowercase()
                || before.is_ascii_digit();
            // "…gantung©2024 Merdeka.com": a copyright sign glued to the caption; after a
            // space it signs a photographer ("… 2024. © Yosef Kelen, AFP"), not a year
            // (or after a footnote's asterisk: "… would be built. *Photo supplied")
            let after_space = before == b' ' || before == b'*' && at >= 2 && bytes[at - 2] == b' ';
            // (or a local site's name in lower case glued to the stop, its slash after it:
            // "… (5/9/2024).brebes24/Tarjo Wibowo")
            let brand = || {
                before == b'.'
                    && s[at..]
                        .split_once('/')
                        .is_some_and(|(name, _)| is_numbered_brand(name))
            };
            // (or glued after a long dash closing the caption: "… on Tuesday—Photo: Chifundo
            // Mhango")
            // (read in bytes: `at` need not be a char's boundary)
            let dashed =
                || long_dashes && bytes[at].is_ascii_uppercase() && long_dash_before(bytes, at);
            (after_space && !copyright_year(&s[at..]))
                || (glued && (bytes[at].is_ascii_uppercase() || s[at..].starts_with('©')))
                || brand()
                || dashed()
        })
        .find(|&at| {
            let rest = &s[at..];
            // a credit holds no caption's end glued to the next word ("… Co Galway.Alamy
            // Stock Photo" starts after the stop, not at "Oughterard")
            if glued_stop.is_some_and(|stop| at < stop) {
                return false;
            }
            (slash.is_some() && is_slash_credit(rest) && rest.contains('/') && !is_section_path(s))
                || is_photo_source(rest)
                // "… on Saturday. BNPB via AFP": a photographer and an agency after the stop
                || (label && s[..at].ends_with(". ") && is_via_credit(rest))
                // "… Nov. 6, 2024. Julio Vargas jvargas@miamiherald.com"
                || (label && s[..at].ends_with(". ") && is_name_and_address(rest))
                || (source_noun && !menu_row && is_source_credit(rest))
                || (staff && is_name_and_staff(rest))
                || (label_starts[usize::from(bytes[at].to_ascii_lowercase())]
                    && CREDIT_LABELS
                        .iter()
                        .any(|p| starts_with_ignore_case(rest, p))
                    && is_credit(rest))
        })
        // the asterisk opens the credit, and so does a long dash glued to it
        .map(|at| match bytes[at - 1] {
            b'*' => at - 1,
            _ if long_dash_before(bytes, at) => at - '—'.len_utf8(),
            _ => at,
        });
    found.or(early)
}

/// Where a credit that opens with a slash closes a caption, after its final stop or its dated
/// bracket, glued or after a space, as some Indonesian sites print their credits:
/// "… Kamis (21/3/2024). /Kedirikini/Fajar Prasetyo", "… Sabtu (16/3/2024)./Lamongankini/Fahmi
/// Rosyadi", "… hingga April. /Pixabay/rivermist_id"; or the outlet alone after the bracketed
/// date: "… Senin (18/3)/RMOLJatim". The credit holds its slash. A slash inside a sentence
/// ("Rp 50.000 /Kg") follows no stop.
fn slash_led(s: &str) -> Option<usize> {
    /// bytes of an outlet's name alone after the bracketed date, at most
    const MOST_OUTLET: usize = 20;
    let s = s.trim_end();
    // the credit's first slash: the last one after a stop, a bracket or a space (a date's
    // slashes follow digits)
    let bytes = s.as_bytes();
    let first = memchr::memrchr_iter(b'/', bytes)
        .find(|&at| at > 0 && matches!(bytes[at - 1], b'.' | b')' | b' '))?;
    let before = s[..first].trim_end();
    let rest = &s[first + 1..];
    let stopped = before.ends_with('.') || before.ends_with(')');
    let credited = rest.contains('/') && is_slash_credit(rest);
    // (the outlet alone only glued to the date's bracket)
    let outlet = s[..first].ends_with(')')
        && !rest.contains('/')
        && rest.len() <= MOST_OUTLET
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && rest.chars().all(|c| c.is_alphanumeric() || c == '.');
    (stopped && (credited || outlet)).then_some(first)
}

/// Whether `tail` holds a photo's word and a spaced dash for a label's colon: "… per cent. Pic
/// – K. Ramdin", "Photo - Ravi Naidoo". Read at the dashes' bytes: most hyphens of prose join
/// a word's parts, with no space around them.
fn photo_word_before_dash(tail: &str) -> bool {
    let bytes = tail.as_bytes();
    memchr::memchr2_iter(b'-', 0xE2, bytes).any(|at| {
        let dash = match bytes[at] {
            b'-' => 1,
            _ if bytes[at..].starts_with("–".as_bytes()) => "–".len(),
            _ => return false,
        };
        at >= 1
            && bytes[at - 1] == b' '
            && bytes.get(at + dash) == Some(&b' ')
            && ["pic", "photo"]
                .iter()
                .any(|w| super::ends_with_ignore_case(&tail[..at - 1], w))
    })
}

/// Whether the bytes before `at` are a long dash, '—' or '–' (both three bytes in UTF-8).
fn long_dash_before(bytes: &[u8], at: usize) -> bool {
    at >= 3 && matches!(&bytes[at - 3..at], [0xE2, 0x80, 0x93 | 0x94])
}

/// Where a name after a slash closing a caption begins, the slash parted from the caption's
/// stop by a space, as Korean papers sign a photo: "… on Nov. 12. /Reporter Park Sang-woo",
/// "… in Seoul on Tuesday. /Yonhap". One to four capitalized words, no stop, no digit.
fn slashed_name_after_stop(s: &str) -> Option<usize> {
    const MOST_WORDS: usize = 4;
    // a char's search from the end (memrchr), then the space before it
    let at = s.rfind('/')?;
    // (or glued to the stop, a label after it: "… Kamis (13/6/2024)./Dok. Dishub Kota
    // Surabaya")
    let glued = at > 0 && s.as_bytes()[at - 1] == b'.';
    if at == 0 || s.as_bytes()[at - 1] != b' ' && !glued {
        return None;
    }
    let name = &s[at + 1..];
    // a label may open it: "… malam. /Dok. BPBD Temanggung"
    let label = CREDIT_LABELS
        .iter()
        .find(|l| l.ends_with(['.', ':']) && starts_with_ignore_case(name, l));
    if glued && label.is_none() {
        return None;
    }
    let name = label.map_or(name, |l| name[l.len()..].trim_start());
    (s[..at].trim_end().ends_with(['.', '!', '?'])
        && super::capitalized_words(name, 1..=MOST_WORDS)
        && !name.contains(|c: char| c.is_ascii_digit() || ".,;:/()".contains(c)))
    .then_some(at)
}

/// Roles of those who write a story, closing a byline printed as a credit is ("… /Star
/// Writer", "… /Staff Reporter").
const WRITING_ROLES: &[&str] = &["writer", "reporter", "correspondent", "contributor"];

/// Whether `word` is one of [`WRITING_ROLES`], in any case.
pub(super) fn is_writing_role(word: &str) -> bool {
    WRITING_ROLES.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// Verbs of a share button, which a line "… via Email" opens with.
const SHARE_VERBS: &[&str] = &["share", "send", "bagikan", "kirim"];

/// Whether `s` is a photographer's name and e-mail address, as one group of American papers
/// signs its photos: "Nolan Whitaker nwhitaker@kcstar.com", "Julio Vargas
/// jvargas@miamiherald.com". Two to four capitalized words, then one address.
pub fn is_name_and_address(s: &str) -> bool {
    let Some((name, address)) = s.trim().rsplit_once(' ') else {
        return false;
    };
    // a bar may part them: "Lena Ward | lward@al.com"
    let name = name.strip_suffix(" |").unwrap_or(name);
    let at = address.find('@');
    // a bare address (a byline puts its own in brackets: "By Park Ji-won (jwpark@…)"), after
    // a name that no byline's word opens
    at.is_some_and(|at| at > 0 && address[at..].contains('.'))
        && address
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_'))
        && !name.split_whitespace().next().is_some_and(|w| {
            ["by", "oleh", "from"]
                .iter()
                .any(|b| w.eq_ignore_ascii_case(b))
        })
        && (2..=4).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
}

/// Where a labelled credit wrapped in hyphens closes `s`, as one group of Indonesian papers
/// prints it glued to the caption: "… Kamis (13/6/2024).-Foto: Humas Polsek Rungkut-", "…
/// Senin 17 Juni 2024.-Foto: Ryan Aditya/Babel Pos-" give the first hyphen's offset; the
/// closing hyphen may be the one before the site's domain instead ("… 15 Maret 2024.-Foto: Agus
/// Triyanto-radarcilacap.com").
fn hyphen_wrapped(s: &str) -> Option<usize> {
    let signed = || {
        let last = &s[s.rfind(' ').map_or(0, |at| at + 1)..];
        let (_, domain) = last.rsplit_once('-')?;
        super::site::is_domain(domain).then_some(s.len())
    };
    let inner_end = s.strip_suffix('-').map(str::len).or_else(signed)?;
    let from = floor_char_boundary(s, inner_end.saturating_sub(MAX_CREDIT));
    let at = s[from..inner_end]
        .match_indices('-')
        .map(|(at, _)| from + at)
        .find(|&at| opening_label(&s[at + 1..]).is_some())?;
    // after the caption's stop or bracket, or a space
    let before = s[..at].chars().next_back()?;
    (matches!(before, '.' | ')' | ' ') && is_credit(&s[at + 1..inner_end])).then_some(at)
}

/// Where a credit in brackets that open with a credit's label stands inside `s`, its caption's
/// line, with caption text on both sides of it: "Kepala DKP Konawe Selatan, Muhammad Arsyad
/// (Foto: Hasrul Tamrin/Sultraline) saat ditemui di kantornya, Rabu (6/3/2024)." gives the
/// brackets' start and end. The label says it is a credit wherever it stands; a credit closing
/// the line is [`trailing`]'s.
pub fn inside(s: &str) -> Option<(usize, usize)> {
    bracketed_inside(s).or_else(|| labelled_after_stop(s))
}

/// Words of caption text on each side of a credit inside its line, at least.
const SIDE_WORDS: usize = 2;

/// Words of `part` that hold a letter or a digit.
fn words_in(part: &str) -> usize {
    part.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A credit's label after a sentence's stop inside its caption's line, the caption going on
/// after it: "… di Teluk Ekas. Foto: Mataramnews/Baiq Nurul. Batang tanaman …" (the credit ends
/// at its stop before the next sentence), "… in Kagman. Photo by Ana Delos Reyes/Pacific Island
/// Times The larger corms …", "… Municipality. Photo: Supplied Prices at …" (without a stop, at
/// the capitalized word before the first word in lower case, which opens the next sentence).
fn labelled_after_stop(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    // every stop a label follows, the first that gives a credit: "Ket. foto: …" opens the
    // caption with a label of its own
    let mut starts = memchr::memchr_iter(b'.', bytes)
        .map(|at| at + 2)
        .filter(|&at| bytes.get(at - 1) == Some(&b' ') && opening_label(&s[at..]).is_some())
        .peekable();
    starts.peek()?;
    // (the trailing credit, asked once)
    let trail = trailing(s);
    starts.find_map(|start| labelled_from(s, start, trail))
}

/// [`labelled_after_stop`] for the label at `start`; `trail` is where the line's trailing
/// credit starts.
fn labelled_from(s: &str, start: usize, trail: Option<usize>) -> Option<(usize, usize)> {
    // a credit that closes the line from there is the trailing one, whatever words in lower
    // case it holds ("… Photo by Ayu Kartika, used with permission.", "… Photograph: Yasuyoshi
    // Chiba/AFP via Getty Images")
    if trail.is_some_and(|at| at <= start) {
        return None;
    }
    let rest = &s[start..];
    // (after a word longer than an abbreviation: "Foto: dok. Humas Pemkot" goes on)
    let stopped = rest.match_indices(". ").map(|(at, _)| at + 1).find(|&at| {
        let word = rest[..at - 1].rsplit([' ', '/']).next().unwrap_or("");
        word.chars().count() > MAX_ABBREVIATION
            && rest[at..].trim_start().starts_with(char::is_uppercase)
    });
    let end = stopped.or_else(|| {
        let label = opening_label(rest)?.len();
        next_sentence(rest, label).map(|(opening, _)| opening)
    })?;
    let credit = rest[..end].trim_end();
    (words_in(&s[..start]) >= SIDE_WORDS
        && words_in(&rest[end..]) >= SIDE_WORDS
        && credit.len() <= MAX_CREDIT
        && is_credit(credit))
    .then_some((start, start + credit.len()))
}

/// The longest label of [`CREDIT_LABELS`] that opens `s`, in any case; a table of their first
/// bytes rules out most text first.
fn opening_label(s: &str) -> Option<&'static str> {
    if !may_open_with_label(s) {
        return None;
    }
    CREDIT_LABELS
        .iter()
        .copied()
        .filter(|label| starts_with_ignore_case(s, label))
        .max_by_key(|label| label.len())
}

/// Whether `s` opens with a byte a label of [`CREDIT_LABELS`] opens with.
fn may_open_with_label(s: &str) -> bool {
    s.as_bytes()
        .first()
        .is_some_and(|&b| credit_label_starts()[usize::from(b.to_ascii_lowercase())])
}

/// Where the sentence after a credit opens in `s`, read from `from` on: the capitalized word
/// before the first word in lower case, with a word of the credit at least before it ("…
/// Reyes/Pacific Island Times *The* larger corms …"). Gives that word's offset and how many
/// words there are from it to the end.
fn next_sentence(s: &str, from: usize) -> Option<(usize, usize)> {
    let words = words_at(s, from);
    let first_lower = words
        .iter()
        .position(|(_, w)| w.starts_with(char::is_lowercase))?;
    let (opening, word) = words[first_lower.checked_sub(1)?];
    (first_lower >= 2 && word.starts_with(char::is_uppercase))
        .then_some((opening, words.len() - (first_lower - 1)))
}

/// The words of `s` from `from` on, each with its offset in `s`.
fn words_at(s: &str, from: usize) -> Vec<(usize, &str)> {
    s[from..]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect()
}

/// The longest abbreviation a credit holds before its stop, in letters: "dok.", "Dr.".
const MAX_ABBREVIATION: usize = 3;

/// Where a labelled slash credit opening a caption's line ends, the caption after it with a
/// space between: "Foto: La Ode Irfan/Radar Buton Suasana los ikan Pasar Wameo …" gives the
/// offset of "Suasana", the capitalized word before the first word in lower case after the
/// credit's last slash. The credit must be one ([`is_credit`]) and the caption hold
/// `LEADING_CAPTION_WORDS` words at least.
///
/// Without a slash, the credit's name in capitals ends where the caption starts: "PHOTO: HILDA
/// WANEFALEA ABOVE: Members of the Fiu Growers Association spread …" gives the offset of
/// "ABOVE:" (a word with a colon is the caption's label, not the name's).
pub fn leading_labelled(s: &str) -> Option<usize> {
    // a label's first byte first: most lines have none
    if !may_open_with_label(s) {
        return None;
    }
    // (no label with a colon is a prefix of one without: the longest label is a colon's when
    // one matches)
    let label = opening_label(s)?;
    let (start, caption_words) = if label.ends_with(':') {
        let label = label.len();
        // (a slash may be the caption's date's: "FOTO: DOK WARGA Sejumlah pelajar …
        // (20/8/2024).")
        s[label..]
            .find('/')
            .and_then(|slash| {
                glued_after_brand(s, label + slash).or_else(|| next_sentence(s, label + slash))
            })
            .or_else(|| after_name_in_capitals(s, label))
            .or_else(|| after_source_alone(s, label))
            .or_else(|| after_documenting_source(s, label))?
    } else if let Some(start) = colon_after_labelled_name(s, label.len()) {
        return Some(start);
    } else {
        // or the archive's word is the label: "Dok. Dispertan Banjarnegara Petugas memeriksa …"
        after_documenting_source(s, 0)?
    };
    (caption_words >= LEADING_CAPTION_WORDS && is_credit(s[..start].trim_end())).then_some(start)
}

/// Capitalized words of a name a colon closes after a label with none, at most
/// ([`colon_after_labelled_name`]).
const MAX_COLONED_NAME_WORDS: usize = 4;

/// Where the caption opens after a label with no colon of its own and the name it gives, a
/// colon closing the name: "PICTURE BY CHIPO MWALE: Residents queue …", "Photo by Jane Doe:
/// Volunteers …" give the offset of the caption's first word. `label` is the label's length.
fn colon_after_labelled_name(s: &str, label: usize) -> Option<usize> {
    let colon = s[label..].find(": ")? + label;
    let name = s[label..colon].trim();
    let start = colon + 2;
    let caption = &s[start..];
    (super::capitalized_words(name, 1..=MAX_COLONED_NAME_WORDS)
        && caption.starts_with(char::is_uppercase)
        && caption
            .split_whitespace()
            .nth(LEADING_CAPTION_WORDS - 1)
            .is_some()
        && is_credit(s[..colon].trim_end()))
    .then_some(start)
}

/// Where the caption after an archive's source opens in `s`, read from `from` on: "Foto: Dok.
/// Humas Polres Sarolangun Personel gabungan membakar …" gives the offset of "Personel", the
/// capitalized word before the first word in lower case ([`next_sentence`]), when the source
/// opens with a word only credits use ("Dok.", "Dokumentasi") and no word of a name's own in
/// lower case comes first ("Dok. Dinas Pekerjaan Umum dan Penataan Ruang …" has no end the
/// words tell).
fn after_documenting_source(s: &str, from: usize) -> Option<(usize, usize)> {
    const NAME_JOINS: &[&str] = &["dan", "and", "of", "&", "untuk", "for", "di"];
    let words = words_at(s, from);
    let (_, first) = *words.first()?;
    // (or an office's press desk, which signs its own photos: "Foto: Humas Polres Karanganyar
    // Petugas memeriksa …")
    let first = first.trim_end_matches('.');
    if !is_credit_word(first) && !first.eq_ignore_ascii_case("humas") {
        return None;
    }
    let lower = words
        .iter()
        .find(|(_, w)| w.starts_with(char::is_lowercase))?;
    if NAME_JOINS.contains(&lower.1) {
        return None;
    }
    // (the name's words, not a bar or a dash that parts the credit from its caption: "Foto:
    // Dok. Basarnas Medan | Tim SAR gabungan …" is read by the other shapes)
    next_sentence(s, from).filter(|&(start, _)| {
        s[from..start]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_alphanumeric))
    })
}

/// Where the caption after a source that credits alone in one word opens in `s`, read from
/// `from` on: "Foto: Istimewa Ban serep tempat sabu disembunyikan …" gives the offset of "Ban"
/// (the source one of [`AGENCIES_ALONE`], the caption's first word capitalized and no word of
/// an agency's name, "Foto: PA Wire"). A name of a source's own ("Foto: Dok. Dispertan
/// Banjarnegara Petugas …") has no end the words tell. Gives that word's offset and how many
/// words there are from it to the end.
fn after_source_alone(s: &str, from: usize) -> Option<(usize, usize)> {
    let words = words_at(s, from);
    let (_, source) = *words.first()?;
    let (opening, first) = *words.get(1)?;
    let lower = source.to_ascii_lowercase();
    (AGENCIES_ALONE.contains(&lower.as_str())
        && first.starts_with(|c: char| c.is_uppercase())
        && !AGENCY_WORDS.contains(&first.to_ascii_lowercase().as_str())
        && !is_credit_word(first.trim_end_matches('.')))
    .then_some((opening, words.len() - 1))
}

/// Where a caption glued to a local site's name after the credit's slash opens: "Foto: Asep
/// Saepudin/sumedang24Pedagang tahu …" gives the offset of "Pedagang" (a number, then a
/// capital, inside the word after the slash). Gives the offset and the caption's words.
fn glued_after_brand(s: &str, slash: usize) -> Option<(usize, usize)> {
    let token = s[slash + 1..].split(' ').next()?;
    let b = token.as_bytes();
    let at = (1..b.len()).find(|&i| b[i - 1].is_ascii_digit() && b[i].is_ascii_uppercase())?;
    let start = slash + 1 + at;
    is_numbered_brand(&token[..at]).then(|| (start, s[start..].split_whitespace().count()))
}

/// Where the caption after a name in capitals opens in `s`, read from `from` on: the first word
/// with a lower-case letter or a colon after two to [`MAX_NAME_WORDS_IN_CAPITALS`] words in
/// capitals. Gives that word's offset and how many words there are from it to the end.
fn after_name_in_capitals(s: &str, from: usize) -> Option<(usize, usize)> {
    let words = words_at(s, from);
    let in_capitals = |w: &str| {
        w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_lowercase() || c == ':')
    };
    let name = words.iter().take_while(|(_, w)| in_capitals(w)).count();
    let (opening, _) = *words.get(name)?;
    // (the small words that join a name's parts do not count: "CITY OF ELY ROWING CLUB")
    let counted = words[..name]
        .iter()
        .filter(|(_, w)| !CAPITALS_NAME_JOINS.contains(w))
        .count();
    ((2..=MAX_NAME_WORDS_IN_CAPITALS).contains(&counted)).then_some((opening, words.len() - name))
}

/// Words of a photographer's name in capitals, at most: "HILDA WANEFALEA", "I GUSTI NGURAH
/// ADI"; a longer run in capitals is a caption's opening words.
const MAX_NAME_WORDS_IN_CAPITALS: usize = 4;

/// Small words that join the parts of a name in capitals, not counted among its words: "CITY
/// OF ELY ROWING CLUB", "DINAS PERHUBUNGAN DAN KOMINFO".
const CAPITALS_NAME_JOINS: &[&str] = &["OF", "AND", "&", "DAN", "THE"];

/// Words of a caption after a labelled credit opening its line, at least.
const LEADING_CAPTION_WORDS: usize = 4;

/// Nouns that close a credit in brackets naming whose photo it is: "(Kaieteur News photo)",
/// "(Observer file photo)", "(DNO photo)".
const PHOTO_NOUNS: &[&str] = &["photo", "photos", "pic", "picture", "image", "foto"];

/// A library's picture, its library unnamed: "Stock image" on a line of its own between two
/// paragraphs credits an illustration. In brackets it is the caption's own note, as "(file
/// picture)" is: "A pint of lager being poured at a London bar (stock image)".
const STOCK_PICTURES: &[&str] = &["stock image", "stock photo", "stock picture"];

/// Whether `s` is one of [`STOCK_PICTURES`], in any case.
fn is_stock_picture(s: &str) -> bool {
    is_in(s, STOCK_PICTURES)
}

/// A photo's noun, no label's colon after it, and a source alone ([`is_agency_alone`]), as some
/// papers credit a picture they did not take: "Picture Shutterstock", "Photo Getty Images".
fn is_photo_noun_and_source(s: &str) -> bool {
    s.split_once(' ')
        .is_some_and(|(noun, source)| is_photo_noun(noun) && is_agency_alone(source.trim()))
}

/// Words that say a photo came from the paper's archive, after a photo's word and a slash:
/// "Photo / File", "Foto/Arsip".
const ARCHIVE_WORDS: &[&str] = &["file", "files", "archive", "arsip"];

/// Whether `word` is one of [`ARCHIVE_WORDS`], in any case.
fn is_archive_word(word: &str) -> bool {
    is_in(word, ARCHIVE_WORDS)
}

/// Whether `word` is one of [`PHOTO_NOUNS`], in any case: "Photo" before "© Matangi Tonga
/// Online".
pub(super) fn is_photo_noun(word: &str) -> bool {
    is_in(word, PHOTO_NOUNS)
}

/// Whether `s` is one of `table`'s entries, ignoring ASCII case.
fn is_in(s: &str, table: &[&str]) -> bool {
    table.iter().any(|entry| s.eq_ignore_ascii_case(entry))
}

/// [`inside`]: a credit in brackets that open with its label ("(Foto: Hasrul/Sultraline)") or,
/// after the caption's sentence, close with a photo noun ("… on Tuesday. (Kaieteur News photo)
/// Inset: …").
fn bracketed_inside(s: &str) -> Option<(usize, usize)> {
    // in round brackets, or square ones as some sites print them: "… lanjut usia [Foto: Dok.
    // BPBD Sampang] dari rumahnya …"
    // (one byte search says whether a square one is there at all)
    bracketed_inside_by(s, '(', ')').or_else(|| {
        memchr::memchr(b'[', s.as_bytes())?;
        bracketed_inside_by(s, '[', ']')
    })
}

/// Phrases that open a credit in brackets inside its caption's line, after the caption's stop
/// ([`bracketed_inside`]): who made the picture, or gave it.
const INSIDE_OPENINGS: &[&str] = &[
    "photo by ",
    "photos by ",
    "picture by ",
    "image by ",
    "foto oleh ",
    "photo courtesy ",
    "courtesy of ",
];

/// [`bracketed_inside`] for one pair of brackets.
fn bracketed_inside_by(s: &str, opener: char, closer: char) -> Option<(usize, usize)> {
    let label_after = |at: usize| {
        let rest = &s[at + 1..];
        if CREDIT_LABELS
            .iter()
            .any(|label| label.ends_with(':') && starts_with_ignore_case(rest, label))
        {
            return true;
        }
        let after_stop = s[..at].trim_end().ends_with(['.', '!', '?']);
        let inner = rest.split_once(closer).map(|(inner, _)| inner);
        // after the caption's stop, a photo's word closing the brackets ("… on Tuesday. (File
        // photo) Residents …"), or a word only credits use opening them ("… Pasar Inpres
        // Kisaran. (Dok. KisaranToday) Kanan: …")
        let closing_photo = || {
            inner
                .and_then(|inner| inner.rsplit(' ').next())
                .is_some_and(is_photo_noun)
        };
        let credit_word = || {
            rest.split_whitespace()
                .next()
                .is_some_and(|first| is_credit_word(first.trim_end_matches('.')))
        };
        // (or a photographer and the paper: "… east of Hudson on Tuesday. (Kelsey Marchetti,
        // The Pantagraph) Ruppert had …")
        let paper = || inner.is_some_and(is_name_and_the_paper);
        // or a phrase of making a picture opening them: "… on Sunday, Jan. 19. (Photo by Erin
        // Haldane) Volunteers counted …"
        let made_by = || {
            INSIDE_OPENINGS
                .iter()
                .any(|opening| starts_with_ignore_case(rest, opening))
        };
        after_stop && (closing_photo() || credit_word() || paper() || made_by())
            // or an outlet's name closed by a word of photos, wherever it stands: "… in
            // Pfutsero (EM Images) on Monday …", "(Sangai Express photo)"
            || inner.is_some_and(names_the_photos_outlet)
            // or a site's brand and a slash, the photographer after it: "… Kecamatan Delanggu,
            // (BeritaKlaten/Fajar Hidayat) pada musim panen …"
            || inner
                .and_then(|inner| inner.split_once('/'))
                .is_some_and(|(brand, name)| {
                    is_site_brand(brand)
                        || super::site::is_domain(brand)
                        // or an outlet of two or three capitalized words whose last is a
                        // news site's ("Times", "Pos", "News": SITE_NAME_ENDINGS) and a
                        // photographer's full name: "… lainnya (IDN Times/Ni Putu Sekar
                        // Rahayuningsih) membersihkan …" (two places are none: "(Jawa
                        // Barat/Jawa Tengah)")
                        || is_outlet_name(brand) && super::capitalized_words(name, 2..=5)
                })
    };
    let open = s
        .match_indices(opener)
        .map(|(at, _)| at)
        .find(|&at| label_after(at))?;
    let close = open + s[open..].find(closer)? + 1;
    (words_in(&s[..open]) >= SIDE_WORDS
        && words_in(&s[close..]) >= SIDE_WORDS
        && (is_credit(&s[open..close])
            || names_the_photos_outlet(&s[open + 1..close - 1])
            || is_name_and_the_paper(&s[open + 1..close - 1])))
    .then_some((open, close))
}

/// Whether `inner`, a bracket's words, is a photographer's name and the paper's with its
/// article, as papers of one group sign a photo inside its caption: "Kelsey Marchetti, The
/// Pantagraph".
fn is_name_and_the_paper(inner: &str) -> bool {
    inner.split_once(", ").is_some_and(|(name, outlet)| {
        super::capitalized_words(name, 2..=3)
            && outlet.starts_with("The ")
            && super::capitalized_words(outlet, 2..=4)
            && !outlet.contains(|c: char| c.is_ascii_digit())
    })
}

/// Whether `inner`, a bracket's words, is an outlet's name closed by a word of photos, as a
/// paper credits its own: "EM Images", "Sangai Express photo".
fn names_the_photos_outlet(inner: &str) -> bool {
    inner.rsplit_once(' ').is_some_and(|(outlet, last)| {
        (is_photo_noun(last) || last.eq_ignore_ascii_case("images"))
            && super::capitalized_words(outlet, 1..=3)
    })
}

/// Where the last sentence's stop glued to the capital of the next word is in `s`: a
/// lower-case letter, a full stop, an upper-case letter ("Galway.Alamy"); a domain in capitals
/// ("TRIBUNNEWS.COM") or in lower case ("Merdeka.com") has none.
fn last_glued_stop(s: &str) -> Option<usize> {
    s.as_bytes()
        .windows(3)
        .rposition(|w| w[0].is_ascii_lowercase() && w[1] == b'.' && w[2].is_ascii_uppercase())
        .map(|at| at + 1)
}

/// Labels a bar parts from the photographer's name, in lower case (see [`CREDIT_LABELS`]).
const BAR_LABELS: &[&str] = &["photo ", "foto "];

/// Which bytes, in lower case, a label of [`CREDIT_LABELS`] starts with; built once.
fn credit_label_starts() -> &'static [bool; 256] {
    static STARTS: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = [false; 256];
        for label in CREDIT_LABELS {
            starts[usize::from(label.as_bytes()[0].to_ascii_lowercase())] = true;
        }
        starts
    })
}

/// Where a credit after a dash closing `tail` begins (at its dash), after the caption's final
/// stop: "… Johor Baru, March 10, 2024. — Bernama pic", "… in Johor Baru. — Picture by Ahmad
/// Zamzahuri".
fn dash_credit(tail: &str) -> Option<usize> {
    tail.match_indices(['—', '–', '-'])
        .map(|(at, _)| at)
        .filter(|&at| at > 0 && tail[..at].ends_with(' '))
        .find(|&at| {
            let caption = tail[..at - 1].trim_end_matches(crate::sentences::rules::is_closer);
            let rest = after_dash(&tail[at..]);
            // without the caption's stop, only a source and its noun: "A hazy view of the
            // skyline - Malaysiakini file photo"
            // or a stock library, which credits nothing but pictures: "Pix for illustration
            // purpose only - 123RF"; or a credit's label, which says what follows: "… at
            // Chamama in Kasungu on Monday —Photo by Chikondi Banda"
            (caption.ends_with(['.', '!', '?'])
                || rest.is_some_and(|rest| {
                    is_source_credit(rest)
                        || is_stock_library(rest)
                        || CREDIT_LABELS
                            .iter()
                            .any(|l| starts_with_ignore_case(rest, l))
                }))
                && (rest.is_some_and(|rest| {
                    rest.split_whitespace().count() <= MAX_DASH_CREDIT_WORDS
                        && (is_dash_credit(rest) || is_stock_library(rest))
                }) || reserves_rights(&tail[at..]))
        })
}

/// The words that close a photo's rights notice: "--fotoBERNAMA (2024) HAK CIPTA TERPELIHARA".
const RIGHTS_RESERVED: &[&str] = &["hak cipta terpelihara", "all rights reserved"];

/// Whether `rest`, dashes first, is a short notice of the photo's rights closing a caption.
fn reserves_rights(rest: &str) -> bool {
    let rest = rest
        .trim_start_matches(['—', '–', '-'])
        .trim_end_matches('.');
    rest.split_whitespace().count() <= MAX_DASH_CREDIT_WORDS
        && RIGHTS_RESERVED
            .iter()
            .any(|r| super::ends_with_ignore_case(rest, r))
}

/// Where a source alone closing a caption after its final stop begins: "… during the dry
/// season. Author provided", "… in Jakarta. Getty Images". Not a two-letter agency ("AP",
/// "PA"), which an abbreviation's stop can precede.
fn source_after_stop(tail: &str) -> Option<usize> {
    spaced_source_after_stop(tail).or_else(|| glued_source_after_stop(tail))
}

/// An agency's initials in capitals, of three to five letters, that the tables may not know:
/// "WAM", "KUNA" ("HANDOUT" is longer, and known). Not a web domain's ending ("Detik.COM").
fn is_agency_initials(s: &str) -> bool {
    const DOMAINS: &[&str] = &["COM", "NET", "ORG", "GOV", "EDU", "INFO"];
    (3..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase()) && !DOMAINS.contains(&s)
}

/// A source in capitals glued to the caption's final stop: "… in Kalam on Monday.AFP", "…
/// Mandaluyong City, Feb. 27.HANDOUT", "… Senin (10/6).ISTIMEWA". The word before the stop is a
/// plain word, a number or a date in brackets, not an abbreviation ("U.S.A").
fn glued_source_after_stop(tail: &str) -> Option<usize> {
    let stop = tail.rfind('.')?;
    let source = &tail[stop + 1..];
    let word = tail[..stop].split_whitespace().next_back().unwrap_or("");
    // (or the day and month in brackets that close an Indonesian caption: "(10/6)")
    let dated = word
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|w| w.contains('/') && w.bytes().all(|b| b.is_ascii_digit() || b == b'/'));
    let plain = dated
        || word.chars().count() >= 2
            && !word.contains('.')
            && word.chars().all(char::is_alphanumeric)
            && !word.chars().all(char::is_uppercase);
    let shouted = source.len() >= 3
        && source.bytes().all(|b| b.is_ascii_uppercase())
        && (is_agency_alone(source) || is_agency_initials(source));
    // or a source of words in any case, glued to the stop as a page's two elements leave it:
    // "… since it was built in 2006.Picture supplied", "… on Monday.Getty Images"
    let worded = source.contains(' ')
        && source.starts_with(|c: char| c.is_ascii_uppercase())
        && (is_agency_alone(source) || is_photo_noun_and_source(source));
    (plain && (shouted || worded)).then_some(stop + 1)
}

/// [`source_after_stop`] after a space.
fn spaced_source_after_stop(tail: &str) -> Option<usize> {
    let start = tail.rfind(". ")? + 2;
    let source = tail[start..].trim_end_matches('.');
    // (after a footnote's asterisk, which the credit keeps: "… would be built. *Photo supplied")
    let source = source.strip_prefix('*').unwrap_or(source);
    // a two-letter agency after a word that no abbreviation is: "… on Thursday. AP"; "… the
    // U.S. AP …" or "… Corp. PA" may end an abbreviation
    let plain_word = || {
        let word = tail[..start - 2]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        word.chars().count() >= 4 && !word.contains('.') && word.chars().any(char::is_lowercase)
    };
    // or a photographer's name, after a stop the sentence splitter ends a sentence at (not "Dr."
    // before "Glenn Campbell")
    let photographer = || {
        is_photographer_name(source)
            && plain_word()
            && crate::sentences::split(tail, crate::sentences::Lang::En)
                .last()
                .is_some_and(|sentence| sentence.span.start == start)
    };
    // or a photographer's name and a source without a name after a comma: "… in March.
    // Rhiannon Clarke, Author provided", "… Jane Doe, Supplied"
    let named_source = || {
        source.split_once(", ").is_some_and(|(name, kind)| {
            is_agency_alone(kind) && is_photographer_name(name) && plain_word()
        })
    };
    (start > 2
        && source.len() > 1
        && (is_agency_alone(source) && (source.len() > 2 || plain_word())
            || is_agency_initials(source) && plain_word()
            || photographer()
            || named_source()))
    .then_some(start)
}

/// Words of a photographer's name printed alone after a caption's stop, at least and at most.
const PHOTOGRAPHER_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// Whether `s` is a person's name as a photographer signs a caption with it alone, after its
/// stop: "… onto a ship in Darwin. Glenn Campbell". [`PHOTOGRAPHER_NAME_WORDS`] words, each a
/// capital and lower-case letters (a hyphen or an apostrophe inside), none a function word, a
/// day's or a month's name, and no order to the reader ("Read More", "Baca Juga").
fn is_photographer_name(s: &str) -> bool {
    let name_word = |w: &str| {
        let mut chars = w.chars();
        let lower = w.to_lowercase();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
            && !super::prose::is_function_word(&lower, crate::sentences::Lang::En)
            && !super::prose::is_function_word(&lower, crate::sentences::Lang::Id)
            && !super::is_date_word(&lower)
            && !super::MONTHS.contains(&lower.as_str())
    };
    PHOTOGRAPHER_NAME_WORDS.contains(&s.split_whitespace().count())
        && s.split_whitespace().all(name_word)
        && !super::prompt::opens_with_order(s)
}

/// Where a source parted from a caption's final stop by a slash or a bar begins (at the
/// separator): "… in Kayin State on Monday. / The Irrawaddy", "… di Pelabuhan Tanjung Priok. |
/// Dok. Humas". After a sentence's stop, a separator and a short name or credit to the line's
/// end is no sentence's continuation.
fn parted_source_after_stop(tail: &str) -> Option<usize> {
    // the last slash or bar of the line, between spaces: a name holds neither
    let [slash, bar] = PARTING_SEPARATORS;
    let at = memchr::memrchr2(slash, bar, tail.as_bytes())?;
    if !tail[..at].ends_with(' ') {
        return None;
    }
    let source = tail[at + 1..].trim().trim_end_matches('.');
    let before = tail[..at].trim_end();
    let stopped = before.ends_with(['.', '!', '?', ')', '"', '\u{201d}']);
    // glued to its separator, only a source in capitals after the stop: "… on March 13,
    // 2024. /CFM NEWS"
    if !tail[at + 1..].starts_with(' ') {
        return (stopped && is_source_in_capitals(source)).then_some(at);
    }
    // or a caption without its stop, a bar apart from its source, as Indian sites print
    // them: "Representational image of a cargo ship at a port | Commons", "File photo | ANI"
    // A menu parts its links by bars too ("Pedoman Media Siber | Redaksi | Kontak"): the
    // caption is the only bar's left, a description of a few words most of them in lower case.
    // A slash parts a sentence's own words ("… Rp 50.000 / Kg"): after one, only a name of two
    // words or more ("… before sunrise / Nur Aisyah").
    let barred = || {
        let words = || before.split_whitespace();
        let by_bar = tail.as_bytes()[at] == bar;
        (by_bar || source.split_whitespace().nth(1).is_some())
            && memchr::memchr2(slash, bar, before.as_bytes()).is_none()
            && words().count() >= MIN_BARRED_CAPTION_WORDS
            && 2 * words()
                .filter(|w| w.starts_with(char::is_lowercase))
                .count()
                > words().count()
            && is_parted_name(source)
    };
    (stopped && (is_parted_name(source) || is_credit(source)) || barred()).then_some(at)
}

/// Words of a caption without its stop before the bar that parts it from its source, at least.
const MIN_BARRED_CAPTION_WORDS: usize = 4;

/// Whether `s`, in brackets or not, is a name of one to six words ([`is_name_of`]) that ends
/// capitalized: "The Irrawaddy", "Kevin Raharjo for TIME", "(SPA)", "(Caitlin Moore for The
/// Washington Post)".
fn is_parted_name(s: &str) -> bool {
    const MOST: usize = 6;
    let s = s
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(s);
    is_name_of(s, MOST)
        && s.split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether `s` credits an illustration, as its label says: "Ilustrasi: Dok. SWA",
/// "Illustration by The Atlantic". A drawing or a stock picture stands without a caption: the
/// prose under its credit is the story's.
pub fn credits_an_illustration(s: &str) -> bool {
    ILLUSTRATION_LABELS
        .iter()
        .any(|label| starts_with_ignore_case(s, label))
        // or a stock library's picture: "Credit: Pixabay/CC0 Public Domain", "Foto: Unsplash"
        || s.len() <= MAX_CREDIT && super::contains_any(&s.to_ascii_lowercase(), STOCK_LIBRARIES)
        // or under a photo's label: "Foto: Ilustrasi/Jaring.id", "Photo: Illustration/…"
        || PHOTO_LABELS.iter().any(|label| {
            starts_with_ignore_case(s, label)
                && ILLUSTRATION_WORDS
                    .iter()
                    .any(|word| starts_with_ignore_case(s[label.len()..].trim_start(), word))
        })
}

/// Libraries of stock pictures, in lower case: a picture from one illustrates the story and has
/// no caption of its own ("Credit: Pixabay/CC0 Public Domain").
const STOCK_LIBRARIES: &[&str] = &[
    "pixabay",
    "unsplash",
    "pexels",
    "freepik",
    "depositphotos",
    "cc0 public domain",
];

/// Whether `s` names a library of stock pictures alone: "123RF", "Shutterstock.com".
fn is_stock_library(s: &str) -> bool {
    let s = s.trim_end_matches('.');
    let s = match s.len().checked_sub(4) {
        Some(at) if super::ends_with_ignore_case(s, ".com") => &s[..at],
        _ => s,
    };
    STOCK_LIBRARIES
        .iter()
        .chain(STOCK_NAMES)
        .any(|library| s.eq_ignore_ascii_case(library))
}

/// Stock libraries that a page names alone under an illustration, beside [`STOCK_LIBRARIES`]
/// (whose names mark an illustration's credit anywhere in it), in lower case.
const STOCK_NAMES: &[&str] = &[
    "123rf",
    "dreamstime",
    "shutterstock",
    "istock",
    "adobe stock",
    "canva",
];

/// A photo's labels that may stand before an illustration's credit, in lower case.
const PHOTO_LABELS: &[&str] = &["foto:", "foto :", "photo:", "image:", "gambar:"];

/// What an illustration's credit says it is, after a photo's label, in lower case.
const ILLUSTRATION_WORDS: &[&str] = &["ilustrasi", "illustration"];

/// Labels of an illustration's credit, in lower case: "Ilustrasi: Edi Wahyono", "Grafis:
/// Tim Data", "Illustration by Ana Kova".
const ILLUSTRATION_LABELS: &[&str] = &[
    "ilustrasi:",
    "ilustrasi oleh",
    // "Foto ilustrasi: Canva": a stock picture labelled as one
    "foto ilustrasi:",
    "foto ilustrasi :",
    "grafis:",
    "infografis:",
    "illustration:",
    "illustration by",
    "graphic:",
    "graphic by",
    "design:",
    "desain:",
    // "Photo illustration by Slate. Photos by Getty Images Plus …", "Cartoon by Dana Whitcombe"
    "photo illustration by",
    "photo illustration:",
    "cartoon by",
    "cartoon:",
    "karikatur:",
    // a map's maker, "Map: OC Media."
    "map:",
    "peta:",
];

/// What parts a credit from its caption's stop on one line: a slash or a bar between spaces.
const PARTING_SEPARATORS: [u8; 2] = [b'/', b'|'];

/// The longest credit after a dash, in words: "Picture courtesy of the Sultan Ismail Petra
/// Foundation".
const MAX_DASH_CREDIT_WORDS: usize = 10;

/// Whether `s` is an agency alone in brackets, "(AFP)", "(Reuters)": under a caption the
/// photo's credit, after the story's last paragraph the source of the story.
pub fn is_agency_mark(s: &str) -> bool {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|inner| is_agency_alone(inner.trim()))
}

/// What `s` holds inside the round or square brackets that open and close it: "(Foto: AP)",
/// "[Istimewa]".
pub(super) fn in_brackets(s: &str) -> Option<&str> {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| s.strip_prefix('[').and_then(|s| s.strip_suffix(']')))
}

/// What `s` holds between the hyphens that open and close it, glued to its first and last
/// word, when a hyphen also joins its parts: "-Fajar Ramadhan-HARIAN DISWAY-" gives "Fajar
/// Ramadhan-HARIAN DISWAY", or by a slash. A list item ("- Beras") has a space after its hyphen.
fn between_hyphens(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('-')?.strip_suffix('-')?;
    let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (glued(inner.chars().next()) && glued(inner.chars().next_back()) && inner.contains(['-', '/']))
        .then_some(inner)
}

/// Small words a credit in brackets may hold in lower case: "(Caitlin Moore for The Washington
/// Post)", "(Courtesy of the family)".
const BRACKETED_SMALL_WORDS: &[&str] = &["for", "of", "the", "via", "and", "dan", "untuk"];

/// Whether `s` is a name in brackets on its own line: "(SPA)", "(Pixabay)", "(Caitlin Moore for
/// The Washington Post)". One to seven capitalized words (small words between them), no digit,
/// no stop inside. The shape alone does not make a credit: "(Bersambung)" closes a story, so
/// only its place under a caption does, see `mark_captions`.
pub fn is_bracketed_name(s: &str) -> bool {
    const MOST: usize = 7;
    in_brackets(s.strip_suffix('.').unwrap_or(s)).is_some_and(|inner| is_name_of(inner, MOST))
}

/// Whether `s` is a name of one to `most` capitalized words with the small words of
/// [`BRACKETED_SMALL_WORDS`] between them, no digit, no bracket or punctuation but a stop in an
/// initial, and no sentence break: the name [`is_bracketed_name`] and a credit parted from its
/// caption by a slash or a bar hold.
fn is_name_of(s: &str, most: usize) -> bool {
    let words = s.split_whitespace().count();
    (1..=most).contains(&words)
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !s.contains(|c: char| c.is_ascii_digit() || "()[]:;/!?,\"".contains(c))
        && s.starts_with(char::is_uppercase)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || BRACKETED_SMALL_WORDS.contains(&w))
        && !has_sentence_break(s)
}

/// Words that close a newspaper's name: "Deseret News", "Detroit Free Press", "Tulsa World".
const NEWSPAPER_WORDS: &[&str] = &[
    "news",
    "press",
    "times",
    "world",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "star",
    "chronicle",
    "observer",
    "sun",
    "record",
    "courier",
    "register",
    "dispatch",
    "review",
    "standard",
    "mirror",
    "express",
    "inquirer",
    "bee",
    "globe",
    "telegraph",
    "sentinel",
    "examiner",
    "reporter",
    "today",
    "daily",
    "enquirer",
    "democrat",
    "republican",
    "oklahoman",
    "tennessean",
    "advocate",
    "leader",
    "citizen",
    "guardian",
    "independent",
    "eagle",
    "colonist",
    "monitor",
    "ledger",
    "beacon",
    "bulletin",
    "blade",
    "courant",
    "messenger",
    "statesman",
];

/// Whether `word`, or its last part after a hyphen, is one of [`NEWSPAPER_WORDS`]: "News",
/// "World-Herald", "Spokesman-Review".
fn is_newspaper_word(word: &str) -> bool {
    // a paper's name is capitalized and ends in a letter (most lines end on a stop)
    if !word.starts_with(|c: char| c.is_ascii_uppercase())
        || !word.ends_with(|c: char| c.is_ascii_alphabetic())
    {
        return false;
    }
    let last = word.rsplit('-').next().unwrap_or(word);
    NEWSPAPER_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether `s` is a photographer's name, a comma and a newspaper's name, as American papers of
/// one group credit a photo: "Marcus Tolliver, Detroit Free Press", "Darren Pruitt, Tulsa
/// World", or a spaced dash or bar for the comma: "OWEN PARRISH — THE BERKSHIRE EAGLE", "Kevin
/// Deckard | The Journal Gazette". Two to four capitalized words, then one to four more closing
/// with a word of `NEWSPAPER_WORDS`, no digit and no stop, and not the writer's role ("Thandeka
/// Ngwenya, Senior Reporter"; "The Reporter" is a paper). A byline has the same shape, so only
/// its place under a caption or after a caption's stop makes it a credit.
pub fn is_name_comma_outlet(s: &str) -> bool {
    let Some((name, outlet)) = [", ", " — ", " – ", " - ", " | "]
        .iter()
        .find_map(|parting| s.split_once(parting))
    else {
        return false;
    };
    super::capitalized_words(name, 2..=4) && is_worded(name) && is_paper_name(outlet)
}

/// Whether `part` holds only letters, spaces and the marks inside names (a hyphen, an
/// apostrophe, an initial's stop).
fn is_worded(part: &str) -> bool {
    part.chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
}

/// Whether `outlet` is a newspaper's name: one to four capitalized words, the last closing
/// newspapers' names ([`NEWSPAPER_WORDS`]), only words, no stop after it, and no writer's
/// role ("Senior Reporter"; "The Reporter" is a paper): "Deseret News", "Salmon Arm Observer".
fn is_paper_name(outlet: &str) -> bool {
    super::capitalized_words(outlet, 1..=4)
        && is_worded(outlet)
        && !outlet.ends_with('.')
        && (outlet.starts_with("The ") || !super::bio::opens_with_role(outlet))
        && outlet
            .split_whitespace()
            .next_back()
            .is_some_and(is_newspaper_word)
}

/// Whether `s` is a photographer's name and an outlet the page `text` prints on at least
/// [`MIN_OUTLET_PRINTS`] more of its short lines ([`MAX_OUTLET_LINE_WORDS`] words at most: its
/// masthead, its bylines, its copyright): "RYAN DOLEZAL, Kearney Hub", "Owen Hartley/Journal &
/// Courier", with no parting before a paper's "The" ("Grace Whitfield The Telegraph"), the
/// domain first ("karanganyarnews.com/Wahyu Prasetyo"); or the name and a photographer's
/// role: "Dana Kowalczyk | Staff Photographer". The name is two to four capitalized words; the
/// outlet one to five (an ampersand among them) or a domain, perhaps with the photo's year after
/// it ("Josue Ramirez / Arizona Daily Star 2019"). A byline has the same shape, so only its
/// place under a caption makes it a credit (`mark_named_credits`); the page's own outlet is
/// what tells a credit from a line of two names, which no newspaper word need say.
pub(super) fn is_name_and_page_outlet(s: &str, text: &str) -> bool {
    const PARTINGS: &[&str] = &[", ", " | ", " / ", "/", " — ", " – "];
    if s.len() > MAX_NAME_AND_OUTLET || s.ends_with('.') {
        return false;
    }
    // (not a byline's label before the name: "Laporan Syahrul Fitri | Banda Aceh")
    let name = |part: &str| {
        super::capitalized_words(part, 2..=4)
            && part
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
            && part.split(' ').next().is_some_and(|first| {
                !BYLINE_WORDS
                    .iter()
                    .any(|label| first.eq_ignore_ascii_case(label))
            })
    };
    let outlet = |part: &str| {
        // (the photo's year after it)
        let part = match part.rsplit_once(' ') {
            Some((rest, year)) if super::is_year(year) => rest,
            _ => part,
        };
        let worded = super::capitalized_words(&part.replace(" & ", " "), 1..=5)
            && part
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '&' | '\''));
        // (on the page's short lines, where a site prints its own name: a place the story
        // names, "Laporan Syahrul Fitri | Banda Aceh", is printed in its paragraphs)
        let printed = || {
            let lower = part.to_lowercase();
            text.lines()
                .filter(|line| line.split_whitespace().nth(MAX_OUTLET_LINE_WORDS).is_none())
                .filter(|line| super::site::has_whole(&line.to_lowercase(), &lower))
                .count()
                // (this line's own print is one of them)
                > MIN_OUTLET_PRINTS
        };
        (worded && !bio::opens_with_role(part) || super::site::is_domain(part)) && printed()
    };
    let role = |part: &str| {
        part.rsplit(' ').next().is_some_and(|w| {
            PHOTOGRAPHER_ROLES
                .iter()
                .any(|role| w.eq_ignore_ascii_case(role))
        }) && part.split_whitespace().count() <= 3
    };
    let parted = PARTINGS.iter().any(|parting| {
        s.split_once(parting).is_some_and(|(first, second)| {
            name(first) && (outlet(second) || role(second)) || outlet(first) && name(second)
        })
    });
    // (a paper's name that opens with its article, with no parting: "Grace Whitfield The
    // Telegraph")
    parted
        || s.split_once(" The ").is_some_and(|(first, paper)| {
            name(first) && outlet(&s[first.len() + 1..]) && !paper.is_empty()
        })
}

/// Words of a line of the page's own (a masthead, a byline, a copyright line) that prints its
/// outlet's name, at most ([`is_name_and_page_outlet`]).
const MAX_OUTLET_LINE_WORDS: usize = 12;

/// The longest line of a name and an outlet ([`is_name_and_page_outlet`]), in bytes.
const MAX_NAME_AND_OUTLET: usize = 80;

/// Short lines on which the page prints an outlet's name beside a photographer's for it to be
/// the page's own, at least, besides that line ([`is_name_and_page_outlet`]).
const MIN_OUTLET_PRINTS: usize = 2;

/// Words a byline opens with before the writer's name, without a colon ("Laporan Syahrul
/// Fitri", "By Maren Holt"): no photographer's credit opens so.
const BYLINE_WORDS: &[&str] = &["by", "oleh", "laporan", "reporter", "penulis", "pewarta"];

/// A photographer's role after the name ([`is_name_and_page_outlet`]): "Staff Photographer",
/// "Fotografer".
const PHOTOGRAPHER_ROLES: &[&str] = &["photographer", "photojournalist", "fotografer"];

/// Where such a name and newspaper closing a caption after its stop begin: "… on Tuesday, Feb.
/// 4, 2025. A bill before the Utah Legislature would let cities set their own speed limits.
/// Ryan Kimball, Deseret News".
fn name_and_outlet_after_stop(s: &str) -> Option<usize> {
    // the line's last word first, found from the end: most lines end on no newspaper's word
    let last = &s[s.rfind(' ')? + 1..];
    if !is_newspaper_word(last) {
        return None;
    }
    let at = s.rfind(". ")? + 2;
    is_name_comma_outlet(&s[at..]).then_some(at)
}

/// Whether `s` is a photographer's name and the outlet they shot for: "Kevin Raharjo for TIME",
/// "Jane Porter for The Daily Ledger", "DOK BPBD LUMAJANG FOR LUMAJANG POST". Two to four
/// capitalized words, "for", one to five capitalized words, no digit. A headline has the same
/// shape ("Biden Calls for Calm"), so only its place under a caption makes it a credit, see
/// `mark_captions`.
pub fn is_name_for_outlet(s: &str) -> bool {
    // (in capitals as the papers of a network print it: "DOK BPBD LUMAJANG FOR LUMAJANG POST")
    let s = s.trim_end_matches('.');
    let Some((name, outlet)) = s.split_once(" for ").or_else(|| s.split_once(" FOR ")) else {
        return false;
    };
    // an outlet's name may hold small words after its first: "Rest of World"
    let capitalized = |part: &str, least: usize, most: usize| {
        let words = part.split_whitespace().count();
        (least..=most).contains(&words)
            && part.split_whitespace().enumerate().all(|(at, w)| {
                (w.starts_with(char::is_uppercase) || at > 0 && HANDOUT_SMALL_WORDS.contains(&w))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
            })
    };
    capitalized(name, 2, 4) && capitalized(outlet, 1, 5) && !has_sentence_break(s)
}

/// Whether `s` is a source of a few capitalized words and a word of `SOURCE_NOUNS`, perhaps
/// with the photo's date after it: "Korea Times file", "CNA photo April 2, 2024". A headline can
/// end so too ("Government Opens Secret File"), so only its place under a caption makes it a
/// credit, see `mark_named_credits`.
pub fn is_dated_source(s: &str) -> bool {
    const MOST_SOURCE_WORDS: usize = 4;
    let words: Vec<&str> = s.split_whitespace().collect();
    // the date's words from the end: numbers and the names of months and days
    let dated = words
        .iter()
        .rev()
        .take_while(|w| {
            let w = w.trim_end_matches([',', '.']);
            let lower = w.to_ascii_lowercase();
            w.bytes().all(|b| b.is_ascii_digit() || b == b'/')
                || super::MONTHS.contains(&lower.as_str())
                || super::is_date_word(&lower)
        })
        .count();
    let Some((noun, source)) = words[..words.len() - dated].split_last() else {
        return false;
    };
    SOURCE_NOUNS
        .iter()
        .any(|(n, _)| noun.trim_end_matches(',').eq_ignore_ascii_case(n))
        && (1..=MOST_SOURCE_WORDS).contains(&source.len())
        && source.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Whether `s` is a reporter's sign-off in brackets: a name and an outlet's code joined by a
/// slash, no label ("(Rudi/LI)", "(Ayu/Red)"). Under a caption it would credit the photo;
/// after the story's last paragraph it signs the story.
pub fn is_sign_off(s: &str) -> bool {
    const MOST: usize = 4;
    let Some(inner) = s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    inner.contains('/')
        && inner.split_whitespace().count() <= MOST
        && !CREDIT_OPENINGS
            .iter()
            .any(|p| starts_with_ignore_case(inner.trim(), p))
        && !inner.contains(':')
}

/// Whether `s` is a writer's name and an editor's or outlet's code joined by a slash, with no
/// brackets: "Adi Prasetyo / RIA". Under the headline with no caption beside it, it is the
/// story's byline; an agency's photo credit names the agency first ("ANTARA/Budi Santoso").
pub fn is_name_and_code(s: &str) -> bool {
    /// The longest code after a writer's name, in letters: "RIA", "red".
    const MOST_CODE: usize = 4;
    let Some((name, code)) = s.split_once('/') else {
        return false;
    };
    let (name, code) = (name.trim(), code.trim());
    super::capitalized_words(name, 2..=3)
        && name
            .split_whitespace()
            .all(|w| w.chars().all(char::is_alphabetic))
        && !is_agency(name)
        && (2..=MOST_CODE).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_alphabetic())
}

/// Whether the credit `s` opens with a label of its own ("Image: Adek Berry/AFP", "Foto: Sven
/// Braun/dpa", "Credit: Twitter/@balidaily"): printed on a line of its own, such a credit is
/// the line under the photo's caption.
pub fn opens_with_label(s: &str) -> bool {
    colon_label(s).is_some()
}

/// The label of [`CREDIT_LABELS`] ending in a colon that opens `s` ("Foto:", "Image:").
fn colon_label(s: &str) -> Option<&'static str> {
    // most lines open with no label's first byte: one lookup says so
    let first = s.as_bytes().first()?;
    if !credit_label_starts()[usize::from(first.to_ascii_lowercase())] {
        return None;
    }
    CREDIT_LABELS
        .iter()
        .find(|label| label.ends_with(':') && starts_with_ignore_case(s, label))
        .copied()
}

/// Where a described scene starts after a credit's label that some sites put before their
/// captions ("Foto: Petugas memeriksa tumpukan jeriken minyak goreng …"): the label names the
/// photo, and what follows is its caption, not its source. A scene has six words or more
/// (`LABELLED_SCENE_WORDS`), most of them in lower case; a credit is names ("Foto: Antara/Budi Santoso"), a
/// source ("Foto: dok. Pemkab"), or a short note ("Photo: courtesy of the family").
pub fn scene_after_label(s: &str) -> Option<usize> {
    let label = colon_label(s)?;
    let rest = s[label.len()..].trim_start();
    let (mut words, mut lower) = (0usize, 0usize);
    for word in rest.split_whitespace() {
        words += 1;
        lower += usize::from(word.starts_with(char::is_lowercase));
    }
    let source = CREDIT_OPENINGS
        .iter()
        .any(|p| starts_with_ignore_case(rest, p))
        || starts_with_ignore_case(rest, "dok")
        // a slash between names ("Antara/Budi"), not in a date ("(27/3/2024)")
        || rest
            .split_whitespace()
            .any(|w| w.contains('/') && w.chars().any(char::is_alphabetic));
    (words >= LABELLED_SCENE_WORDS && lower * 2 > words && !source).then_some(s.len() - rest.len())
}

/// Words of a scene described after a credit's label, at least (more than a scene beside a
/// credit needs in `mark_captions`, since the label itself says "credit").
const LABELLED_SCENE_WORDS: usize = 6;

/// The sources of [`AGENCIES_ALONE`] that name no one: a reader's or an office's photo, an
/// archive's, a screen's. Under a byline they credit the photo below, never the story
/// ("Odette Campbell-Hylton/Gleaner Writer" / "Contributed" / the caption).
const UNNAMED_SOURCES: &[&str] = &[
    "contributed",
    "supplied",
    "handout",
    "courtesy",
    "author provided",
    "screengrab",
    "screenshot",
];

/// Whether `s` is one of `AGENCIES_ALONE` that names a source, not one of `UNNAMED_SOURCES`
/// (above), ignoring ASCII case: "Reuters", "Bernama" may sign the story under its byline,
/// "Contributed" only credits a photo.
pub fn is_named_agency_alone(s: &str) -> bool {
    is_agency_alone(s)
        && !UNNAMED_SOURCES.iter().any(|u| s.eq_ignore_ascii_case(u))
        // (a photo agency's name says it credits a photo: "BADMINTONPHOTO")
        && !is_photo_agency_word(s)
}

/// Whether `s` is one of `AGENCIES_ALONE`, ignoring ASCII case: "Reuters", "Getty Images"; or
/// a photo agency's name in capitals of one word that ends in a photo's word, as sports and
/// wire photo agencies write theirs: "BADMINTONPHOTO", "ANTARAFOTO".
pub fn is_agency_alone(s: &str) -> bool {
    AGENCIES_ALONE.iter().any(|a| s.eq_ignore_ascii_case(a)) || is_photo_agency_word(s)
}

/// Letters before the photo's word of [`is_photo_agency_word`], at least.
const MIN_PHOTO_AGENCY_PREFIX: usize = 3;

/// Whether `s` is one word in capitals ending in "PHOTO", "PHOTOS", "FOTO" or "PICS" after
/// [`MIN_PHOTO_AGENCY_PREFIX`] letters or more: "BADMINTONPHOTO".
fn is_photo_agency_word(s: &str) -> bool {
    ["PHOTOS", "PHOTO", "FOTO", "PICS"].iter().any(|word| {
        s.strip_suffix(word).is_some_and(|name| {
            name.len() >= MIN_PHOTO_AGENCY_PREFIX && name.bytes().all(|b| b.is_ascii_uppercase())
        })
    })
}

/// Whether `s` is a copyright sign and a name of one to four capitalized words, no year: "©
/// Bloomberg", "© Yosef Kelen". A footer holds a year or its rights ("© 2024 Merdeka.com",
/// "© Site. All rights reserved.").
pub fn is_copyright_name(s: &str) -> bool {
    let Some(name) = s.strip_prefix('©').map(str::trim) else {
        return false;
    };
    super::capitalized_words(name, 1..=4)
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','))
}

/// Whether `s` is a copyright sign before a photographer and an agency parted by a slash: "©
/// Sergei Bobylev/TASS". A footer's copyright names the site, never a photographer's slash.
pub fn is_signed_slash_credit(s: &str) -> bool {
    s.strip_prefix('©')
        .map(str::trim)
        .is_some_and(|rest| rest.contains('/') && is_slash_credit(rest))
}

/// Whether what follows a credit's label names nobody: years and the word "copyright" alone, as
/// a site's footer signs itself ("Worcester News, a Newsquest Media Group publication. ©
/// Copyright 2001-2024.").
fn names_nobody(rest: &str) -> bool {
    rest.split_whitespace()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation()))
        .all(|w| {
            w.is_empty()
                || w.eq_ignore_ascii_case("copyright")
                || w.split(['-', '\u{2013}'])
                    .all(|y| y.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether `s` is a copyright sign and a year: "© 2024 Merdeka.com", "©2024".
fn copyright_year(s: &str) -> bool {
    s.strip_prefix('©')
        .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// "(Foto: Lee Jin-man via REUTERS)" or "(foto: AP)." or "(AP Photo/Evan Vucci, File)" at the
/// end of the line, after some caption text.
fn parenthesized(s: &str) -> Option<usize> {
    // (the photographer's handle may follow the brackets: "… (Ricardo Delacruz/Las Vegas
    // Review-Journal) @rdelacruzphoto"; the credit holds it)
    // (found at its byte: most lines hold no '@'; a handle holds no space)
    let s = memchr::memrchr(b'@', s.as_bytes())
        .filter(|&at| {
            let handle = &s.as_bytes()[at + 1..];
            at > 0
                && s.as_bytes()[at - 1] == b' '
                && !handle.is_empty()
                && handle
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        })
        .map_or(s, |at| s[..at].trim_end());
    let body = s.strip_suffix('.').unwrap_or(s);
    // "… di pasar [Suara.com/Alfian Winanto]": square brackets on some sites
    let open = match body.strip_suffix(')') {
        Some(body) => body.rfind('(')?,
        None => body.strip_suffix(']')?.rfind('[')?,
    };
    (open > 0 && (is_credit(&s[open..]) || is_signing_acronym(s, open))).then_some(open)
}

/// A wire agency's initials alone in brackets after the caption's final stop, as pages that
/// carry many agencies sign a photo: "… on Thursday. (PTI)", "… di Kuala Lumpur. (BERNAMA)".
/// Only after a stop: "… Komisi Pemberantasan Korupsi (KPK)." defines a name in a sentence.
/// So is a photographer's name joined to them by a dash: "… Kabupaten Jayawijaya. (Elisa
/// Sekenyap – SP)", or to the outlet's name by a bar: "… on March 4. (Thet Naing Oo |
/// Frontier)".
fn is_signing_acronym(s: &str, open: usize) -> bool {
    let square = s[open..].starts_with('[');
    let Some(inner) = s[open + 1..].strip_suffix(if square { ']' } else { ')' }) else {
        return false;
    };
    // an agency's code may end in a digit: "… on Saturday. [NEWS1]"
    let acronym = |a: &str| {
        (2..=MAX_ACRONYM).contains(&a.len())
            && a.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && a.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    let named = || {
        [" – ", " — ", " - "].iter().any(|dash| {
            inner.split_once(dash).is_some_and(|(name, initials)| {
                acronym(initials) && super::capitalized_words(name, 1..=3)
            })
        })
        // or a bar between the photographer and the outlet, named or in initials: "… on
        // March 4. (Thet Naing Oo | Frontier)"
        || [" | ", " @ "].iter().any(|bar| inner.split_once(bar).is_some_and(|(name, outlet)| {
            super::capitalized_words(name, 1..=4)
                && (acronym(outlet) || super::capitalized_words(outlet, 1..=3))
                && !inner.contains(|c: char| c.is_ascii_digit())
        }))
    };
    // in square brackets, a source's capitalized name too: "… on Tuesday morning. [Pulse
    // Nigeria]"
    let square_name = || {
        square
            && (is_source_in_capitals(inner)
                || super::capitalized_words(inner, 1..=4)
                    && inner
                        .chars()
                        .all(|c| c.is_alphanumeric() || " .-&'".contains(c)))
    };
    let before = s[..open].trim_end();
    // with no stop, an agency's initials close a caption's line only when the words before
    // them do not spell them: "… shoreline of Tubli Bay (BNA)" signs the photo, "Officials of
    // the World Health Organization (WHO)" defines a name (and a short line's initials, a
    // list's "Ketua: Ahmad Fauzi (PKB)", name a party)
    let unstopped = || {
        acronym(inner)
            && before.ends_with(char::is_alphanumeric)
            && !before.contains(':')
            && before
                .split_whitespace()
                .nth(MIN_UNSTOPPED_WORDS - 1)
                .is_some()
            && !spelled_by_words_before(before, inner)
    };
    (acronym(inner) || named() || square_name())
        && !BRACKET_LABELS
            .iter()
            .any(|label| inner.eq_ignore_ascii_case(label))
        && (before.ends_with(['.', '!', '?']) || unstopped())
}

/// Words of a caption's line before an agency's initials closing it with no stop, at least
/// ([`is_signing_acronym`]): a list's name and party are fewer.
const MIN_UNSTOPPED_WORDS: usize = 6;

/// Whether the letters of `acronym` are, in order, the first letters of words among the last
/// words of `before`, the last word's among them: "Komisi Pemberantasan Korupsi" spells
/// "KPK", "Supreme Council for Environment" spells "SCE", "shoreline of Tubli Bay" does not
/// spell "BNA".
fn spelled_by_words_before(before: &str, acronym: &str) -> bool {
    let initials: Vec<char> = before
        .split_whitespace()
        .rev()
        .take(acronym.len() * 2 + 2)
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // read from the last word back: the acronym's last letter is the last word's
    let mut letters = acronym
        .chars()
        .rev()
        .filter(char::is_ascii_alphabetic)
        .peekable();
    if initials.first() != letters.peek() {
        return false;
    }
    for initial in initials {
        if letters.peek() == Some(&initial) {
            letters.next();
        }
    }
    letters.peek().is_none()
}

/// Labels a page prints in brackets in capitals, which name no photo's source: "[VIDEO]",
/// "[UPDATE]", "(IKLAN)".
const BRACKET_LABELS: &[&str] = &[
    "VIDEO",
    "FOTO",
    "PHOTO",
    "PHOTOS",
    "AUDIO",
    "PODCAST",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "LIVE",
    "ADVERTISEMENT",
    "ADV",
    "ADVERTORIAL",
    "SPONSORED",
    "IKLAN",
    "INFOGRAFIS",
    "GRAFIS",
    "OPINI",
    "OPINION",
    "EDITORIAL",
    "BERSAMBUNG",
    "SELESAI",
    "TAMAT",
    "END",
];

/// Whether the line `s` is a source's name in capitals in square brackets, alone:
/// "[JEJU PROVINCIAL GOVERNMENT]" under its caption. Not [`is_credit`], which also reads the
/// brackets opening a line: "\[HOAKS\] Foto Antrean …" labels a fact check's verdict.
pub fn is_bracketed_source(s: &str) -> bool {
    s.trim()
        .strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .is_some_and(is_source_in_capitals)
}

/// Whether `inner`, what square brackets hold, is a source's name in capitals, as some sites
/// credit a photo alone on its line or after the caption's stop: "[JEJU PROVINCIAL
/// GOVERNMENT]", "[NEWS1]", "[YONHAP]". One to five words, every letter a capital, and no label
/// of the page ([`BRACKET_LABELS`]).
fn is_source_in_capitals(inner: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let words = inner.split_whitespace().count();
    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
    (1..=MAX_WORDS).contains(&words)
        && letters >= 2
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || " -.&/'".contains(c))
        && !BRACKET_LABELS.contains(&inner.trim())
}

/// Whether `s` is initials in brackets that no agency of the tables has: "(JJA)", as an editor
/// signs the story's last paragraph, which a wire agency unknown to us would also print.
pub fn is_unknown_initials(s: &str) -> bool {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|inner| {
            (2..=MAX_ACRONYM).contains(&inner.len())
                && inner.bytes().all(|b| b.is_ascii_uppercase())
                && !is_agency_alone(inner)
        })
}

/// Labels that open a second caption of the same photo after its credit: "… Foto: Ronald
/// Sumolang/MinahasaNews Inset: petugas DLH …", "… (Kaieteur News photo) Inset: …".
const CAPTION_PART_LABELS: &[&str] = &[" inset: ", " kiri: ", " kanan: ", " left: ", " right: "];

/// Whether a label of [`CAPTION_PART_LABELS`] stands inside `s` (a credit ends before it).
fn labels_another_caption(s: &str) -> bool {
    s.contains(": ") && super::contains_any(&s.to_ascii_lowercase(), CAPTION_PART_LABELS)
}

/// Whether `s` is desks' initials joined by slashes, none an agency of the tables: "RAS/AR",
/// "ANT/RDN/HS", as an editor signs a story under its last line (a photo's credit names its
/// agency or its photographer: "AFP/AP", "ANTARA/Budi").
pub fn is_slashed_initials(s: &str) -> bool {
    const MOST: usize = 4;
    let mut parts = 0;
    s.split('/').all(|part| {
        parts += 1;
        (2..=MOST).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_uppercase())
            && !is_agency_alone(part)
    }) && parts >= 2
}

/// The longest agency's initials signing a photo in brackets ("(BERNAMA)"), in bytes.
const MAX_ACRONYM: usize = 7;

/// Sources an Indonesian caption names after a slash glued to its last word, with no
/// photographer: "Ilustrasi air bersih/Net" (from the internet), "… di Jakarta/Ist"
/// (istimewa: supplied), "… banjir/Dok" (documentation), "… /Repro" (a reproduction).
const SLASH_SOURCES: &[&str] = &["net", "ist", "istimewa", "dok", "repro", "internet"];

/// Where a source of [`SLASH_SOURCES`] glued to a caption's last word begins (at the slash), or
/// an outlet's name glued to the caption's year.
fn slash_source(s: &str) -> Option<usize> {
    let s = s.strip_suffix('.').unwrap_or(s);
    let at = s.rfind('/')?;
    let source = &s[at + 1..];
    let glued = s[..at].ends_with(|c: char| c.is_alphanumeric() || c == ')');
    // or a stock library right after the caption's stop: "… dari debu./Pixabay" ("Aditya
    // Saputra/Shutterstock" is a photographer's credit whole)
    let stock = s[..at].ends_with('.') && is_stock_library(source);
    // or an outlet's name of one word glued to the year that dates the picture: "… Kota
    // Bandung, Selasa, 12 November 2024/RMOLJabar"
    let dated = || {
        super::is_year(s[..at].rsplit(' ').next().unwrap_or(""))
            && source.len() >= 3
            && source.starts_with(|c: char| c.is_ascii_uppercase())
            && source.bytes().all(|b| b.is_ascii_alphabetic())
    };
    (at > 0
        && (glued && SLASH_SOURCES.iter().any(|w| source.eq_ignore_ascii_case(w))
            || stock
            || dated()))
    .then_some(at)
}

/// Where a credit glued to the start of a caption ends: "AFP/EVAN VUCCIPresiden Joe Biden …"
/// gives the offset of "Presiden"; "ANTARA FOTO/Aprillio Akbar/tomPetugas …" of "Petugas".
/// The glue is a case change inside a word ("…HOONSeorang", "…/tomPetugas") within a few words
/// after the agency's slash.
pub fn leading(s: &str) -> Option<usize> {
    let window = &s[..floor_char_boundary(s, MAX_CREDIT)];
    let (agency, _) = window.split_once('/')?;
    let words = agency.split_whitespace().count();
    let capitalized = agency
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    if !(is_agency(agency) || (capitalized && (1..=4).contains(&words))) {
        return None;
    }
    let first_slash = agency.len();
    let mut words = 0;
    let mut previous: Option<char> = None;
    let mut chars = window[first_slash + 1..].char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            words += 1;
            if words > GLUE_WORDS {
                return None;
            }
        }
        let next_lower = chars.peek().is_some_and(|&(_, n)| n.is_lowercase());
        if c.is_uppercase() && next_lower && previous.is_some_and(char::is_alphabetic) {
            let split = first_slash + 1 + at;
            let rest = &s[split..];
            return (rest.split_whitespace().count() >= 3).then_some(split);
        }
        previous = Some(c);
    }
    None
}

/// How many words after the agency's slash a glued credit may run: "ANTARA FOTO/Aprillio
/// Akbar/tomPetugas" is two, "AFP/PARK JI-HOONSeorang" two.
const GLUE_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photos_word_and_its_archive_or_its_source_without_a_colon() {
        assert!(is_credit("Photo / File"));
        assert!(is_credit("Foto/Arsip"));
        assert!(is_credit("Picture Shutterstock"));
        assert!(is_credit("Photo Getty Images"));
        // a photo's word and any other word names no source
        assert!(!is_credit("Photo / Kerri"));
        assert!(!is_credit("Photo Finish"));
        assert!(!is_credit("Picture perfect"));
    }

    #[test]
    fn a_stock_picture_is_a_credit_alone_and_the_captions_note_in_brackets() {
        assert!(is_credit("Stock image"));
        assert!(is_credit("Stock photo."));
        assert!(!is_credit("(stock image)"));
    }

    #[test]
    fn a_source_in_words_glued_to_the_captions_stop() {
        let s = "The skate bowl has cracked in several places since it was built in 2006.Picture supplied";
        assert_eq!(source_after_stop(s), s.find("Picture"));
        let s = "Firefighters at the scene of the blaze on Monday.Getty Images";
        assert_eq!(source_after_stop(s), s.find("Getty"));
        // a sentence glued to the next one is no source: "Reuters reported …" goes on
        assert_eq!(
            source_after_stop("The plant closed on Monday.Reuters reported the figures later."),
            None
        );
    }

    #[test]
    fn courtesy_and_the_giver_without_of() {
        assert!(is_credit("Courtesy Pennington County Emergency Management"));
        assert!(is_credit("Courtesy city of Kennewick"));
        assert!(is_credit("Courtesy U.S. Army Corps of Engineers"));
        assert!(is_credit("COURTESY HAWAII DEPARTMENT OF AGRICULTURE"));
        // a sentence that opens with the word is none
        assert!(!is_credit("Courtesy calls were paid to the Governor"));
        assert!(!is_credit("Courtesy matters"));
    }

    #[test]
    fn a_photos_credit_in_capitals_alone_or_opening_its_caption() {
        assert!(is_credit("NEWS PHOTO DANA KURTZWEIL"));
        assert!(is_credit("HERALD PHOTO BY IAN MARTENS"));
        let s = "NEWS PHOTO DANA KURTZWEIL A Medicine Hat Transit bus pulls away from a stop.";
        assert_eq!(leading_shouted(s), s.find("A Medicine"));
        let s = "STAFF PHOTO JOHN DOE Residents fill sandbags on Main Street.";
        assert_eq!(leading_shouted(s), s.find("Residents"));
        // a kicker in capitals names no photographer after a photo's noun
        assert_eq!(
            leading_shouted("FOTO BERSAMA – Bupati dan warga berfoto di depan balai desa."),
            None
        );
        assert!(!is_credit("FOTO BERSAMA"));
        // nor a headline in capitals with a sentence after it
        assert_eq!(
            leading_shouted("BREAKING NEWS Police close the bridge after a crash."),
            None
        );
    }

    #[test]
    fn a_staff_photographers_credit_glued_to_the_captions_stop() {
        let s = "A crew mops up hot spots along Calumet Road on Tuesday, July 9, 2024.Ava \
                 Lindqvist, Journal staff";
        assert_eq!(trailing(s), s.find("Ava"));
        // a sentence glued to the stop that ends on the word names no photographer
        let s = "The council met on Tuesday.Officials thanked the park staff";
        assert_eq!(trailing(s), None);
    }

    #[test]
    fn a_photographer_and_the_paper_parted_by_a_dash_in_brackets() {
        assert!(is_credit("(Rowan Tessier - Salmon Arm Observer)"));
        assert!(is_credit("(Mark Brett – Western News)"));
        // a match between two clubs names no paper, and a route no photographer
        assert!(!is_credit("(Persib Bandung - Persija Jakarta)"));
        assert!(!is_credit("(Jakarta - Bandung)"));
        // nor out of brackets, where a dash parts a headline's clauses
        assert!(!is_credit("Rowan Tessier - Salmon Arm Observer"));
    }

    #[test]
    fn a_picture_given_a_staff_photographers_and_a_papers_archive() {
        assert!(is_credit("Contributed / Crow Wing County Sheriff's Office"));
        assert!(is_credit("Submitted / Chilliwack RCMP"));
        assert!(is_credit("Dan Ritchie, Citizen staff"));
        assert!(is_credit("(Maple Ridge News files)"));
        // a sentence's slash, a staff that is no paper's, an archive that is no paper's
        assert!(!is_credit("Contributed / the council said it would pay"));
        assert!(!is_credit("Dan Ritchie, hospital staff"));
        assert!(!is_credit("(The Epstein Files)"));
    }

    #[test]
    fn a_source_of_a_picture_closed_by_image_in_brackets() {
        assert!(is_credit("(City of Salmon Arm image)"));
        assert!(is_credit("(Google Maps image)"));
        // a word of the story and no source's name, or a headline out of brackets
        assert!(!is_credit("(see image)"));
        assert!(!is_credit("Salmon Arm Unveils Its New Brand Image"));
    }

    #[test]
    fn who_made_the_picture_in_brackets_inside_its_captions_line() {
        let line = "Trumpeter swans feed in a field near the Tsolum River on Sunday, Jan. 19. \
                    (Photo by Erin Haldane) Volunteers counted 1,184 of the birds this winter.";
        let open = line.find('(').unwrap();
        assert_eq!(inside(line), Some((open, line.find(')').unwrap() + 1)));
        // after no stop, the brackets are the sentence's own words
        assert_eq!(
            inside("The mural (photo by a student) was unveiled on Friday by the mayor."),
            None
        );
    }

    #[test]
    fn a_photographers_name_and_address() {
        assert!(is_credit("Nolan Whitaker nwhitaker@kcstar.com"));
        let line =
            "Water from a king tide covers Northeast 10th Avenue on Wednesday, Nov. 6, 2024. \
                    Julio Vargas jvargas@miamiherald.com";
        assert_eq!(trailing(line), line.find("Julio"));
        // a byline with its address, or a sentence ending in one, is none
        assert!(!is_credit("By Nolan Whitaker nwhitaker@kcstar.com"));
        assert!(!is_credit("Write to us at letters@kcstar.com"));
    }

    #[test]
    fn an_illustrators_and_a_cartoonists_credit() {
        for line in [
            "Cartoon by Dana Whitcombe",
            "Karikatur: Tomi",
            "Photo illustration by Slate",
        ] {
            assert!(is_credit(line), "{line}");
            assert!(credits_an_illustration(line), "{line}");
        }
        assert!(!is_credit(
            "Cartoonists gathered in Jakarta on Sunday for the festival."
        ));
    }

    #[test]
    fn a_labelled_credit_wrapped_in_hyphens() {
        let line = "TERSANGKA kabel PJU diperiksa di Mapolsek Rungkut, Kamis (13/6/2024).-Foto: \
                    Humas Polsek Rungkut-";
        assert_eq!(trailing(line), line.find("-Foto"));
        let line = "Warga mengantre air bersih di Desa Rias, Senin 17 Juni 2024. -FOTO: FAJAR \
                    NUGROHO/EKSPRES-";
        assert_eq!(trailing(line), line.find("-FOTO"));
        // a hyphen joining words before a label's word is none
        assert_eq!(
            trailing("Warga membangun rumah-foto keluarga dipajang di dinding-"),
            None
        );
    }

    #[test]
    fn a_source_parted_from_the_captions_stop_by_a_slash_or_a_bar() {
        let line = "Residents leave their village in Kayin State on Monday. / The Irrawaddy";
        assert_eq!(trailing(line), line.find("/ The"));
        let line = "Villagers plant mangrove seedlings in February 2024. | Kevin Raharjo for TIME";
        assert_eq!(trailing(line), line.find("| Kevin"));
        let line = "Workers inspect pipes at the plant on the Red Sea coast. | (SPA)";
        assert_eq!(trailing(line), line.find("| (SPA)"));
        // without a stop before it, a slash parts the sentence's own words
        assert_eq!(trailing("Harga cabai naik menjadi Rp 50.000 / Kg"), None);
        // nor is a sentence after the separator a credit
        assert_eq!(
            trailing("Ia menolak berkomentar. / Menurut dia, kasus itu sudah selesai."),
            None
        );
    }

    #[test]
    fn a_caption_without_its_stop_and_its_source_after_a_bar_or_a_dash() {
        let line = "Representational image of a cargo ship at a port | Commons";
        assert_eq!(trailing(line), line.find("| Commons"));
        let line = "A hazy view of the city skyline this morning - Malaysiakini file photo";
        assert_eq!(trailing(line), line.find("- Malaysiakini"));
        assert!(is_source_credit("Bernama file pic"));
        // a stock library's name glued after the caption's stop by a slash
        let line = "Ilustrasi masker untuk melindungi diri dari debu./Pixabay";
        assert_eq!(trailing(line), line.find("/Pixabay"));
        // a stock library credits nothing but pictures; a wire names a headline's source too
        let line = "Pix for illustration purpose only - 123RF";
        assert_eq!(trailing(line), line.find("- 123RF"));
        assert_eq!(trailing("Stocks slip as oil climbs - Reuters"), None);
        // a menu's links, a headline and its site, a dash in a sentence stay whole
        assert_eq!(trailing("Pedoman Media Siber | Redaksi | Kontak"), None);
        assert_eq!(
            trailing("Harga Beras Naik Lagi di Pasar Induk | Kompas"),
            None
        );
        assert_eq!(
            trailing("Warga menunggu bantuan di tenda pengungsian - kata petugas"),
            None
        );
    }

    #[test]
    fn credits_of_a_name_and_a_bar_a_domain_after_a_hyphen_and_a_brand_in_brackets() {
        // a bar between the photographer and the address, or the outlet they shoot for
        assert!(is_credit("(Lena Ward | lward@example.com)"));
        assert!(is_credit("Tom Erskine | NJ Advance Media for NJ.com"));
        // a byline parts its writer from the outlet the same way
        assert!(!is_credit(
            "By Connor Halvorsen | NJ Advance Media for NJ.com"
        ));
        // the closing hyphen before the site's domain
        let caption = "Warga memeriksa teras rumah yang ambrol, Jumat 15 Maret 2024.";
        let line = format!("{caption}-Foto: Agus Triyanto-radarcilacap.com");
        assert_eq!(trailing(&line), Some(caption.len()));
        // a slash and a label glued to the caption's stop
        let caption = "Petugas memasang rambu penutupan di tangga JPO Jalan Ahmad Yani, Kamis \
                       (13/6/2024).";
        let line = format!("{caption}/Dok. Dishub Kota Surabaya");
        assert_eq!(trailing(&line), Some(caption.len()));
        // (a date's slash after a stop is none: "… pada 13.6/2024")
        assert_eq!(
            trailing("Harga naik sejak awal bulan ini, kata dia pada 13./6 lalu"),
            None
        );
        // a photo's word and a dash for the label's colon
        let caption = "The Mare aux Vacoas reservoir in early March, when its level dipped \
                       below 38 per cent.";
        for credit in ["Pic – K. Ramdin", "Photo - Ravi Naidoo"] {
            assert_eq!(
                trailing(&format!("{caption} {credit}")),
                Some(caption.len() + 1)
            );
        }
        // a label glued after a long dash closing the caption; the dash opens the credit
        let caption = "A minibus manoeuvres around a crater near Chileka turn-off on Tuesday";
        let line = format!("{caption}—Photo: Chifundo Mhango");
        assert_eq!(trailing(&line), Some(caption.len()));
        // (a dash inside a caption's words is none: "… the Lilongwe—Blantyre road")
        assert_eq!(
            trailing("Traffic backs up on the Lilongwe—Blantyre road near Balaka on Monday"),
            None
        );
        // a site's brand and the photographer in brackets inside the caption's line
        let line = "Petani memanen padi di Desa Sabrang, Kecamatan Delanggu, (BeritaKlaten/Fajar \
                    Hidayat) pada musim panen tahun lalu.";
        let (open, close) = inside(line).expect("a credit inside");
        assert_eq!(&line[open..close], "(BeritaKlaten/Fajar Hidayat)");
        // an outlet's name closed by a word of photos, wherever it stands in the line
        let line = "Growers sort freshly harvested kiwis at a collection point in Pfutsero (EM \
                    Images) on Monday, ahead of dispatch.";
        let (open, close) = inside(line).expect("a credit inside");
        assert_eq!(&line[open..close], "(EM Images)");
        // a country and its name in brackets is none
        assert_eq!(
            inside("Warga negara AS (Amerika Serikat/USA) ikut antre di bandara sejak pagi."),
            None
        );
        // an outlet of two words and a photographer's full name, after another bracket
        let line = "Sutapa (kiri) bersama anggota subak lainnya (IDN Times/Ni Putu Sekar \
                    Rahayuningsih) membersihkan debu dari permukaan panel surya di Penebel.";
        let (open, close) = inside(line).expect("a credit inside");
        assert_eq!(
            &line[open..close],
            "(IDN Times/Ni Putu Sekar Rahayuningsih)"
        );
        // two places, or two days, are none
        for line in [
            "Jalur mudik (Jawa Barat/Jawa Tengah) dipadati kendaraan pribadi sejak pagi tadi.",
            "Pasar murah digelar dua hari (Kamis/Jumat) di halaman kantor kecamatan itu.",
            "Arus kendaraan (Jakarta Utara/Tanjung Priok) tersendat hingga siang hari.",
        ] {
            assert_eq!(inside(line), None, "{line}");
        }
    }

    #[test]
    fn an_outlets_name_may_hold_a_small_word() {
        assert!(is_slash_credit("Kayla Brendt/The Globe and Mail"));
        // a writer's byline with the outlet's role is none; a photographer's is one, and so is
        // a labelled credit whatever its outlet's name
        assert!(!is_slash_credit("Tishana Blair/Star Writer"));
        assert!(!is_slash_credit("Andre Wright/Staff Reporter"));
        assert!(is_slash_credit("Kenroy Lawrence/Photographer"));
        assert!(is_credit("Photo: Wardi Hamid/Brunei Reporter"));
        // a site's domain of any country's ending, and a local site's name in lower case
        assert!(is_slash_credit("mbl.is/Hrafnhildur Ómarsdóttir"));
        assert!(is_slash_credit("karanganyarkini/Dimas Prakoso"));
        assert!(!is_slash_credit("e.g/Something Else"));
        // a labelled source, and a share button that names its channel after "via"
        assert!(is_credit("Image Source: Portsmouth Fishers Co-op"));
        assert!(is_via_credit("Lee Jin-man via REUTERS"));
        assert!(!is_via_credit("Share via Email"));
        // a headline in title case goes on past its "via"
        assert!(!is_via_credit(
            "Jalur Magelang-Boyolali via Selo Sempat Tertutup Material Longsor"
        ));
        assert!(is_via_credit("Anadolu Agency via Getty Images"));
        assert!(!is_credit("Share via Email"));
        // a menu's row ending on a photo's word holds no credit
        assert_eq!(
            trailing("Economy Finance Politics Society Sport Tourism Hi-Tech Culture Photo"),
            None
        );
        assert!(is_slash_credit("Ravi Menon/The Times of India"));
        let caption = "Farmers check soil moisture near Outlook on Tuesday.";
        let line = format!("{caption}Kayla Brendt/The Globe and Mail");
        assert_eq!(trailing(&line), Some(caption.len()));
        // the small word stands inside a part, never opening or closing it
        assert!(!is_slash_credit("Budi/and friends"));
        assert!(!is_slash_credit("Budi Santoso/Mail and"));
    }

    #[test]
    fn a_row_of_sections_parted_by_slashes_is_no_credit() {
        assert!(!is_credit("OPINION / BLOG / INTERVIEW"));
        assert!(!is_credit("News / World / Asia"));
        assert!(is_credit("REUTERS / ANTARA / AFP"));
        assert!(is_credit("AFP / ADEK BERRY"));
        let line = "Fish traders at Paotere harbour before sunrise / Nur Aisyah";
        assert_eq!(trailing(line), line.find("/ Nur"));
        assert_eq!(trailing("Harga cabai naik menjadi Rp 50.000 / Kg"), None);
        assert!(credits_an_illustration("Foto: Ilustrasi/Jaring.id"));
        assert!(!credits_an_illustration("Foto: Istimewa"));
        assert!(credits_an_illustration("Credit: Pixabay/CC0 Public Domain"));
        // nor is the row's tail a credit closing it
        assert_eq!(trailing("OPINION / BLOG / INTERVIEW"), None);
        // a credit glued after the caption's stop starts there, not at a word before it
        let line = "Main Street in Oughterard, Co Galway.Alamy Stock Photo";
        assert_eq!(trailing(line), line.find("Alamy"));
        // a market's ticker
        assert_eq!(
            trailing("LQ45 912,08 ▼ -7,44 (-0,81%) USD/IDR 16.028 ▲ +38"),
            None
        );
        // sections of two capitalized words
        assert_eq!(trailing("Beranda / Media Center / Siaran Pers"), None);
        assert!(!is_credit("Beranda / Media Center / Siaran Pers"));
    }

    #[test]
    fn every_colon_label_fits_in_the_bytes_searched_for_its_colon() {
        for label in CREDIT_LABELS.iter().filter(|l| l.ends_with(':')) {
            assert!(label.len() <= MAX_COLON_LABEL, "{label}");
        }
    }

    #[test]
    fn credit_parts_parted_by_bars_or_a_credit_word_first() {
        assert!(is_credit("Bloomberg | Bloomberg | Getty Images"));
        assert!(is_credit("Adek Berry | AFP | Getty Images"));
        // a menu has no agency among its parts
        assert!(!is_credit("Nasional | Ekonomi | Olahraga"));
        assert!(is_credit("istimewa/sumutpos"));
        assert!(!is_credit("dan/atau"));
    }

    #[test]
    fn no_lower_credit_word_is_longer_than_its_bound() {
        for word in LOWER_CREDIT_WORDS {
            assert!(word.len() <= MAX_LOWER_CREDIT_WORD, "{word}");
        }
    }

    #[test]
    fn a_source_and_its_noun_perhaps_dated() {
        assert!(is_dated_source("Korea Times file"));
        assert!(is_dated_source("CNA photo April 2, 2024"));
        assert!(is_dated_source("Bernama pic"));
        assert!(!is_dated_source("The minister opened the file"));
        assert!(!is_dated_source("April 2, 2024"));
    }

    #[test]
    fn an_outlets_name_before_a_photo_label_is_the_credit() {
        assert!(is_outlets_label("Post Photo: Ramesh Khatri"));
        assert!(is_outlets_label("Kompas Foto: Hendra Setyawan"));
        // a caption's own label opens a caption
        assert!(!is_outlets_label(
            "Teks foto: Pedagang menata cabai di Pasar Sukaramai."
        ));
        assert!(!is_outlets_label(
            "FILE PHOTO: Mount Ruang erupts as seen from Tagulandang."
        ));
        assert!(!is_outlets_label("Warga Jakarta memadati Monas."));
    }

    #[test]
    fn an_illustrations_credit_says_so_by_its_label() {
        assert!(credits_an_illustration("Ilustrasi: Dok. SWA"));
        assert!(credits_an_illustration(
            "Illustration by The Atlantic. Sources: Getty."
        ));
        assert!(!credits_an_illustration("Foto: Dok. SWA"));
        assert!(!credits_an_illustration(
            "Ilustrasi pengendara motor di Jakarta."
        ));
    }

    #[test]
    fn a_source_label_names_a_photo_when_a_photographer_follows() {
        assert!(is_photo_source("Source: AAP / Joel Carrett"));
        assert!(is_photo_source("Sumber: Instagram @gowesbromo"));
        assert!(is_credit("Source: AAP / Joel Carrett"));
        // an agency and an editor's initials, or an agency alone, is the story's source
        assert!(!is_photo_source("Source: Reuters/ec"));
        assert!(!is_photo_source("Sumber: Antara"));
    }

    #[test]
    fn a_network_or_a_screen_in_brackets_however_long() {
        assert!(is_credit(
            "(Source: TikTok screenshot taken on Fri Apr 5 09:12:44 2024 UTC)"
        ));
        assert!(is_credit(
            "(Sumber: Tangkapan layar YouTube Kompas TV pada Senin malam)"
        ));
        // out of brackets it is as long as a sentence; in them, a story's source is not a screen
        assert!(!is_credit(
            "Source: TikTok screenshot taken on Fri Apr 5 09:12:44 2024 UTC"
        ));
        assert!(!is_credit(
            "(Sumber: Badan Pusat Statistik dan Kementerian Perdagangan 2024)"
        ));
    }

    #[test]
    fn via_and_the_agency_alone() {
        assert!(is_credit("via Associated Press"));
        assert!(is_credit("Lee Jin-man via REUTERS"));
        // one word after "via" closes a sentence
        assert!(!is_credit("via Zoom"));
        // a screen's picture, and a photographer for an outlet with a small word in its name
        assert!(is_credit("(Sumber: Tangkapan layar Kompas TV)"));
        assert!(is_name_for_outlet("Nadia Prasetyo for Rest of World"));
        // a source glued to a caption's last word after a slash
        assert_eq!(
            trailing("Ilustrasi air bersih/Net"),
            Some("Ilustrasi air bersih".len())
        );
        assert_eq!(trailing("Harga naik dan/atau turun"), None);
        // a stock library alone, and "Pic:" closing a caption
        assert!(is_credit("Freepik"));
        assert_eq!(
            trailing("A young orangutan in a rehabilitation centre in Borneo. Pic: Reuters"),
            Some("A young orangutan in a rehabilitation centre in Borneo. ".len())
        );
        // a label that opens a credit only on a line of its own
        assert!(is_credit("Provided by the expedition team"));
        assert_eq!(
            trailing("Most beaches have shade provided by pohutukawa trees."),
            None
        );
    }

    #[test]
    fn an_agency_s_initials_in_brackets_after_the_caption_s_stop() {
        let line = "Rescue workers at the site of the collapse on Thursday. (KUNA)";
        assert_eq!(trailing(line), line.find("(KUNA)"));
        assert_eq!(
            trailing("Para menteri di Abu Dhabi, Kamis. (WAM)"),
            Some("Para menteri di Abu Dhabi, Kamis. ".len())
        );
        // and the photographer's name joined to the outlet's initials by a dash, but not a
        // sentence's aside after a stop
        let line = "Jembatan kayu yang rusak di Distrik Wamena. (Elisa Sekenyap – SP)";
        assert_eq!(trailing(line), line.find("(Elisa"));
        assert_eq!(
            trailing("Jembatan itu rusak. (Warga menunggu – kata mereka – sejak 2020)"),
            None
        );
        // an illustration's and a graphic's makers, and a label in capitals after a stop
        assert!(is_credit("ILLUSTRATION BY PAOLO R. DIMACULANGAN"));
        assert!(is_credit("Grafis: Radar Jember"));
        assert!(!is_credit(
            "Infografis: 5 Provinsi dengan Inflasi Tertinggi April 2024"
        ));
        let line = "Jeepneys queue at a terminal in Quezon City. PHOTO BY JAIME S. BALDEMOR";
        assert_eq!(trailing(line), line.find("PHOTO"));
        // or to the outlet's name by a bar, which a table's aside has not
        let line = "Workers sew school uniforms in Yangon on March 4. (Thet Naing Oo | Frontier)";
        assert_eq!(trailing(line), line.find("(Thet"));
        let line = "Chan Wai Keong behind the counter in 1968. (Priscilla Ong @ FMT Lifestyle)";
        assert_eq!(trailing(line), line.find("(Priscilla"));
        assert_eq!(trailing("Harga naik. (Senin | 11 Maret 2024)"), None);
        assert_eq!(trailing("Harga naik. (beras medium | naik tipis)"), None);
        // a source in capitals in square brackets, after the stop or alone; not a label
        let line = "A drone sprays fertilizer over an orchard in Seogwipo on Saturday. [NEWS1]";
        assert_eq!(trailing(line), line.find("[NEWS1]"));
        let line = "Workers pick tangerines in Hallim-eup. [JEJU PROVINCIAL GOVERNMENT]";
        assert_eq!(trailing(line), line.find("[JEJU"));
        assert_eq!(trailing("Banjir merendam desa itu. [VIDEO]"), None);
        assert!(is_bracketed_source("[JEJU PROVINCIAL GOVERNMENT]"));
        assert!(!is_bracketed_source("[VIDEO]"));
        assert!(!is_bracketed_source("[Jeju Provincial Government]"));
        assert!(!is_credit("[HOAKS]"));
        // initials in capitals after the caption's stop, or glued to it; not a domain's end
        let line = "Children browse books inside a mobile library bus in Sharjah. WAM";
        assert_eq!(trailing(line), line.find("WAM"));
        let line = "Rescue workers help tourists cross a road in Kalam on Monday.AFP";
        assert_eq!(trailing(line), line.find("AFP"));
        let line = "Workers attend a seminar in Mandaluyong City, Feb. 27.HANDOUT";
        assert_eq!(trailing(line), line.find("HANDOUT"));
        assert_eq!(trailing("Berita selengkapnya di Detik.COM"), None);
        assert_eq!(trailing("The flag of the U.S.A"), None);
        // a source without a name, alone or after the caption's stop
        assert!(is_credit("Handout") && is_credit("(Handout)"));
        let line = "A dredger at work in the lagoon on Saturday night. (Handout)";
        assert_eq!(trailing(line), line.find("(Handout)"));
        // an outlet's photos, by its name in capitals or an agency's; a gallery's photos
        // credited at once by a name; not a menu's words or a gallery's teaser
        for (line, credit) in [
            ("— KUNA photos", true),
            ("KT photo by Yasser Al-Zayyat", true),
            ("AFP photo", true),
            ("Photos: ONA", true),
            ("PHOTOS: HAZIQ ROSLAN", true),
            ("Galeri Foto", false),
            ("Lihat Semua Foto", false),
            ("More Photos", false),
            ("Photos: Floods sweep through the capital", false),
            ("Infografis: Tim Grafis Majalengka News", true),
            ("Infografis: 5 Provinsi dengan Inflasi Tertinggi", false),
            ("Infografis: klatenkita/Rina Kusumawati", true),
            ("Infografis: Harga beras/liter minyak naik", false),
        ] {
            assert_eq!(is_credit(line), credit, "{line}");
        }
        // a stock picture's source after the illustration's label, not a caption
        assert!(is_credit("Foto ilustrasi: Pixabay"));
        assert!(is_credit("Foto Ilustrasi: Freepik"));
        assert!(!is_credit(
            "Foto ilustrasi: warga antre minyak goreng di pasar"
        ));
        assert!(credits_an_illustration("Foto ilustrasi: Canva"));
        // the agencies of the table, in any case
        assert!(is_credit("(PTI)"));
        assert!(is_credit("(Bernama)"));
        // a name defined in its sentence, and initials with no stop before them
        assert_eq!(
            trailing("Kasus itu ditangani Komisi Pemberantasan Korupsi (KPK)."),
            None
        );
        assert_eq!(
            trailing("Officials of the World Health Organization (WHO)"),
            None
        );
        // a credit that opens with a slash after the caption's stop or its dated bracket
        for (line, credit) in [
            (
                "Warga menimbun lubang jalan, Kamis (21/3/2024). /Kedirikini/Fajar Prasetyo",
                "/Kedirikini/Fajar Prasetyo",
            ),
            (
                "Sawah terendam luapan sungai, Sabtu (16/3/2024)./Sidoarjokini/Dewi Lestari",
                "/Sidoarjokini/Dewi Lestari",
            ),
            (
                "Rumah warga terendam banjir, Senin (18/3)/RMOLJatim",
                "/RMOLJatim",
            ),
        ] {
            assert_eq!(trailing(line).map(|at| &line[at..]), Some(credit), "{line}");
        }
        assert_eq!(trailing("Harga cabai naik menjadi Rp 50.000 /Kg"), None);
        // initials with no stop before them that the words before do not spell sign the
        // caption; a list's name and party, fewer words, do not
        let line =
            "Volunteers plant mangrove seedlings along the southern shoreline of Tubli Bay (BNA)";
        assert_eq!(trailing(line), line.find('('));
        assert_eq!(
            trailing("Supreme Council for Environment officials met the Supreme Council for Environment (SCE)"),
            None
        );
        assert_eq!(trailing("Wakil Ketua: Ahmad Fauzi (PKB)"), None);
        assert_eq!(
            trailing("Anggota dewan dari fraksi Partai Kebangkitan Bangsa (PKB)"),
            None
        );
        // a labelled credit holding an agency alone after its own abbreviation's stop is one
        // credit from its label
        let line = "Koleksi busana berbahan tenun Sumba di Paris. Foto: dok. Istimewa";
        assert_eq!(trailing(line), line.find("Foto"));
        // a credit's label before a described scene labels a caption
        let scene = "Foto: Barang bukti minyak goreng diangkut ke kantor polisi.";
        assert!(!is_credit(scene));
        assert_eq!(scene_after_label(scene), Some("Foto: ".len()));
        assert!(is_credit("Foto: dok. tim ekspedisi gunung merapi"));
        assert!(is_credit("Photo: courtesy of the family"));
        assert!(is_credit("Pix: Daily Express"));
        assert!(is_credit("Pic: Bernama"));
        // a social network's account in brackets
        let line = "Reza Mahendra bersama keluarga. (Instagram/rezamahendra)";
        assert_eq!(trailing(line), line.find('('));
        assert!(is_credit("(TikTok @warungbu_sri)"));
        assert!(!is_credit("(Instagram dan TikTok)"));
    }

    #[test]
    fn a_picture_via_a_library_closing_its_caption() {
        let line =
            "Tourists queue at the international terminal of Bali's airport. Image via Canva";
        assert_eq!(trailing(line), line.find("Image"));
        assert!(is_credit("Photo via Instagram/@balidaily"));
        // "via" inside a sentence closes no caption
        assert_eq!(
            trailing("Tourists may pay the levy online via the official app."),
            None
        );
    }

    #[test]
    fn a_credit_marked_by_a_footnote_s_asterisk() {
        for (line, credit) in [
            (
                "OPPOSED: Warwick residents on the hillside above Khyber Pass Road this week. \
                 *Photo by Dane Outerbridge",
                "*Photo by Dane Outerbridge",
            ),
            (
                "The wooded slope off Khyber Pass Road where the homes would be built. *Photo supplied",
                "*Photo supplied",
            ),
        ] {
            assert_eq!(trailing(line).map(|at| &line[at..]), Some(credit), "{line}");
            assert!(is_credit(credit), "{credit}");
        }
        // an asterisk before a word of prose is no credit's
        assert_eq!(
            trailing(
                "The homes would be built on the slope. *Residents say the road is too narrow."
            ),
            None
        );
    }

    #[test]
    fn a_labelled_credit_in_brackets_inside_its_caption_s_line() {
        let line = "Kepala DKP Konawe Selatan, Muhammad Arsyad (Foto: Hasrul Tamrin/Sultraline) \
                    saat ditemui di kantornya, Rabu (6/3/2024).";
        let (open, close) = inside(line).unwrap();
        assert_eq!(&line[open..close], "(Foto: Hasrul Tamrin/Sultraline)");
        // in square brackets
        let line = "Petugas mengevakuasi warga lanjut usia [Foto: Dok. BPBD Sampang] dari \
                    rumahnya dengan perahu karet, Kamis (7/3/2024) siang.";
        let (open, close) = inside(line).unwrap();
        assert_eq!(&line[open..close], "[Foto: Dok. BPBD Sampang]");
        // a bracket of the story's own text is none
        assert_eq!(
            inside("Ia menyebut [bantuan itu] sudah disalurkan kepada 40 keluarga di desa itu."),
            None
        );
        // closing the line it is the trailing credit's; without a label, a sentence's brackets
        assert_eq!(
            inside("Warga mengantre air bersih di Sebulu. (Foto: Nur Aisyah/Lensa Borneo)"),
            None
        );
        assert_eq!(
            inside("Harga cabai (menurut data BPS) naik tajam pekan ini di Jakarta."),
            None
        );
        // a label after a sentence's stop, the caption going on after its stop or its name
        for (line, credit) in [
            (
                "Rumput laut yang terserang ice-ice di Teluk Ekas. Foto: Mataramnews/Baiq Nurul. \
                 Batang tanaman yang sakit tampak memutih.",
                "Foto: Mataramnews/Baiq Nurul.",
            ),
            (
                "Taro corms are sorted at the packing shed in Kagman. Photo by Ana Delos \
                 Reyes/Pacific Island Times The larger corms are set aside for Guam.",
                "Photo by Ana Delos Reyes/Pacific Island Times",
            ),
            (
                "Growers sort green leaves at a collection centre. Photo: Supplied Prices at the \
                 centre dropped this month.",
                "Photo: Supplied",
            ),
        ] {
            let found = inside(line).map(|(open, close)| &line[open..close]);
            assert_eq!(found, Some(credit), "{line}");
        }
        // after a caption that opens with a label of its own, and ending at a second caption's
        // label
        let line = "Ket. foto: Hamparan enceng gondok menutupi Danau Tondano, Minggu (10/3/2024). \
                    Foto: Ronald Sumolang/MinahasaNews Inset: petugas DLH mengangkut enceng gondok.";
        let found = inside(line).map(|(open, close)| &line[open..close]);
        assert_eq!(found, Some("Foto: Ronald Sumolang/MinahasaNews"));
        // whose photo it is, in brackets after the caption's sentence, the next one going on
        let line = "Rice farmer Deonarine Persaud points to his flooded field on Tuesday. \
                    (Kaieteur News photo) Inset: Salt water pouring through the breach.";
        let (open, close) = inside(line).unwrap();
        assert_eq!(&line[open..close], "(Kaieteur News photo)");
        // (not inside a sentence: "the (family photo) album")
        assert_eq!(
            inside("She keeps the old (family photo) album on the shelf of the shop."),
            None
        );
        // a sentence about a photo is none
        assert_eq!(
            inside("Ia menunjukkan album lamanya. Foto itu diambil pada 1998 di Medan."),
            None
        );
    }

    #[test]
    fn a_labelled_credit_after_a_dash_closes_a_caption_without_its_stop() {
        let line = "Some of the farmers waiting outside a depot at Chamama on Monday —Photo by \
                    Chikondi Banda";
        assert_eq!(trailing(line), line.find("—Photo"));
    }

    #[test]
    fn no_label_with_a_colon_and_one_without_open_each_other() {
        // leading_labelled takes the longest label and asks for its colon
        for a in CREDIT_LABELS {
            for b in CREDIT_LABELS {
                if a != b && a.ends_with(':') != b.ends_with(':') {
                    assert!(!starts_with_ignore_case(b, a), "{a:?} opens {b:?}");
                }
            }
        }
    }

    #[test]
    fn a_label_without_a_colon_and_a_name_the_colon_closes() {
        let line = "PICTURE BY TENDAI BANDA: Residents queue for water at a borehole on Monday.";
        assert_eq!(leading_labelled(line), line.find("Residents"));
        let line = "Photo by Jane Doe: Volunteers stack sandbags along the river.";
        assert_eq!(leading_labelled(line), line.find("Volunteers"));
        // an archive's word as the label, or a press desk after one
        let line = "Dok. Dispertan Banjarnegara Petugas memeriksa tanaman padi di Desa Kaliajir.";
        assert_eq!(leading_labelled(line), line.find("Petugas"));
        let line = "FOTO: Humas Polres Karanganyar Petugas memeriksa kendaraan pemudik.";
        assert_eq!(leading_labelled(line), line.find("Petugas"));
        // a sentence after the colon, in lower case, or a name too long
        assert_eq!(
            leading_labelled("Photo by Reuters: the agency said it would appeal."),
            None
        );
        assert_eq!(
            leading_labelled(
                "Photo By The Riverside Community Arts Group: Members Paint A Mural Today."
            ),
            None
        );
    }

    #[test]
    fn a_labelled_slash_credit_opening_its_caption_s_line() {
        let line = "Foto: La Ode Irfan/Radar Buton Suasana los ikan Pasar Wameo pada pagi hari";
        assert_eq!(leading_labelled(line), line.find("Suasana"));
        // a credit alone, or a gallery's headline after a label (no slash), is none
        assert_eq!(leading_labelled("Foto: La Ode Irfan/Radar Buton"), None);
        assert_eq!(
            leading_labelled("Foto: Antrean Beras Murah di Sejumlah Daerah Hari Ini"),
            None
        );
        // a name in capitals and no slash: the caption opens at the first word that is not
        // the name's (its own label, "ABOVE:", or a word in lower case)
        let line = "PHOTO: HILDA WANEFALEA ABOVE: Members of the Fiu Growers Association spread \
                    cocoa beans on a newly built solar dryer";
        assert_eq!(leading_labelled(line), line.find("ABOVE:"));
        let line = "FOTO: RIZAL FAHMI Petugas memeriksa kendaraan di Gerbang Tol Merak";
        assert_eq!(leading_labelled(line), line.find("Petugas"));
        // the small words joining a name's parts are not counted among its words
        let line = "Picture: CITY OF ELY ROWING CLUB Celebrations at the finish in King's Lynn.";
        assert_eq!(leading_labelled(line), line.find("Celebrations"));
        let line = "Picture: CITY HALL PRESS OFFICE STAFF Celebrations at the finish in the town.";
        assert_eq!(leading_labelled(line), None);
        // one word in capitals is no name: a headline's opening word after a label
        assert_eq!(
            leading_labelled("FOTO: BANJIR Merendam Ratusan Rumah di Kabupaten Serang Hari Ini"),
            None
        );
    }

    #[test]
    fn an_archive_label_and_the_outlet_alone_credit_a_photo() {
        assert!(is_credit("File photo: Daily Observer"));
        assert!(is_credit("File photo: The Local"));
        assert!(!is_credit(
            "File photo: Workers load sacks of rice at a warehouse"
        ));
    }

    #[test]
    fn a_site_s_brand_and_a_photographer_of_one_word_each() {
        assert!(is_credit("NTBPost/Fathurrahman"));
        assert!(!is_credit("Health/Fitness"));
        // a site named for its place and "info", after the caption's stop in brackets
        assert!(is_credit("(Binjaiinfo/Rizky)"));
        let line = "Petugas mengevakuasi seorang warga di Kelurahan Tanah Merah, Senin \
                    (4/3/2024). (Binjaiinfo/Rizky)";
        assert_eq!(trailing(line), line.find("(Binjai"));
        assert!(!is_credit("Info/Berita"));
    }

    #[test]
    fn a_photographer_and_a_source_without_a_name_after_the_stop() {
        let line = "Regrown seagrass on the northern shore of Western Port, photographed at low \
                    tide in March. Rhiannon Clarke, Author provided";
        assert_eq!(trailing(line), line.find("Rhiannon"));
        assert_eq!(
            trailing("He thanked the team. Rhiannon Clarke, who led it"),
            None
        );
    }

    #[test]
    fn a_two_letter_agency_after_a_plain_word_s_stop() {
        let line = "Ash rises from Mount Ruang in North Sulawesi on Thursday. AP";
        assert_eq!(trailing(line), line.find("AP"));
        assert_eq!(trailing("Tariffs were raised by the U.S. AP"), None);
    }

    #[test]
    fn a_source_and_a_word_only_credits_use() {
        assert!(is_credit("Analisa/istimewa"));
        assert!(is_credit("Humas Pemkot/Dok."));
        // a sentence's words after the slash are no credit
        assert!(!is_credit("Harga naik/turun"));
        // "Net", from the internet, stands alone as "Ist" does
        assert!(is_credit("Net") && is_credit("(Net)") && is_credit("Ist"));
        assert!(!is_credit("Netflix"));
    }

    #[test]
    fn a_rights_notice_closing_a_caption() {
        let line = "Foreign ministers at a press conference in Jakarta on Thursday. \
                    --fotoBERNAMA (2024) HAK CIPTA TERPELIHARA";
        assert_eq!(trailing(line), line.find("--"));
        // a footer's rights alone after a sentence with no dash are no photo's
        assert_eq!(
            trailing("Semua konten dilindungi. Hak cipta terpelihara"),
            None
        );
    }

    #[test]
    fn a_credit_between_hyphens() {
        assert!(is_credit("-Fajar Ramadhan-HARIAN DISWAY-"));
        assert!(is_credit("-Boy Slamet/Harian Disway-"));
        // a list item, a word between dashes, and a sentence between them are not
        assert!(!is_credit("- Beras-Jagung -"));
        assert!(!is_credit("-Bersambung-"));
        assert!(!is_credit("-Harga beras naik-turun di pasar-"));
    }

    #[test]
    fn a_photographer_for_an_outlet() {
        assert!(is_name_for_outlet("Kevin Raharjo for TIME"));
        assert!(is_name_for_outlet("Jane Porter for The Daily Ledger"));
        assert!(is_name_for_outlet("DOK BPBD LUMAJANG FOR LUMAJANG POST"));
        // a sentence, digits, or one word before "for" are not the shape
        assert!(!is_name_for_outlet("He waited for the bus"));
        assert!(!is_name_for_outlet("Votes for 2024 Election"));
        assert!(!is_name_for_outlet("Calls for Calm"));
    }

    #[test]
    fn credit_shapes() {
        let credits = [
            "(Foto: Lee Jin-man via REUTERS)",
            "(ABC News: Budi Santoso)",
            "[Supplied: Ratna Dewi]",
            "(foto: AP).",
            "ANTARA FOTO/Hafidz Mubarak A/foc.",
            "REUTERS/Evelyn Hockstein",
            "(AP Photo/Evan Vucci)",
            "(AP Photo/Evan Vucci, File)",
            "AFP/ADEK BERRY",
            "Photo: Reuters",
            "KOMPAS.com/RINA AYU",
            // a regional desk's brand in camel case
            "(Ahmad Fauzi/detikJatim)",
            "Dok. Humas Pemprov DKI",
            "Getty Images",
            "Lee Jin-man via REUTERS",
            "Anadolu Agency via Getty Images",
            "(Shutterstock)",
            "Foto: Ari Saputra/detikcom",
            "(ANTARA FOTO/Hafidz Mubarak A)",
            // shapes of other sites and agencies, names invented
            "[Suara.com/Alfian Winanto]",
            "[ANTARA]",
            "[Istimewa]",
            "(CNN Indonesia/Adhi Wicaksono)",
            "(iStockphoto/Weerapat Kiatdumrong)",
            "TRIBUNNEWS/IRWAN RISMAWAN",
            "Tribunnews.com/Danang Triatmojo",
            "(Liputan6.com/Faizal Fanani)",
            "TEMPO/Hilman Fathurrahman W",
            "KOMPAS/HENDRA A SETYAWAN",
            "Dok. Kementerian PUPR",
            "(Dok. Istimewa)",
            "Foto: Getty Images/iStockphoto/Maridav",
            "Foto: Instagram @pemkotsurabaya",
            "(Instagram/@gowesbromo)",
            "Sumber: Instagram @gowesbromo",
            "Source: X/@bmkgnews",
            "© 2024 Merdeka.com",
            "©2024 Merdeka.com/Arie Basuki",
            "Reuters",
            "AP",
            "AFP via Getty Images",
            "Image: Sarah Mitchell/AFP via Getty Images",
            "PHOTO: REUTERS",
            "Picture: Jane Doe",
            "Photo by Dimas Ardian on Unsplash",
            "Photographer: Dimas Ardian/Bloomberg",
            "Copyright: AFP",
            "(Photo by Bay Ismoyo / AFP)",
            "BAY ISMOYO / AFP",
            "Credit: Reuters",
            "Photo credit: Jane Doe",
            "Handout via REUTERS",
            "(Reuters)",
            "ANTARA/Muhammad Adimaja/foc/aa.",
            "ANTARA FOTO/Aditya Pradana Putra/nz",
            "merdeka.com/arief setiawan",
            // a dash before the credit, a source alone, an archive's mark
            "— Bernama pic",
            "— Picture by Ahmad Zamzahuri",
            "– Reuters pic",
            "— Filepic",
            "—PHOTO COURTESY OF PCG",
            "Author provided",
            "Supplied",
            "INQUIRER FILES",
            "Bernama photo",
        ];
        let missed: Vec<&str> = credits.iter().copied().filter(|s| !is_credit(s)).collect();
        assert!(missed.is_empty(), "not credits: {missed:#?}");
        let not_credits = [
            "Harga beras naik lagi.",
            "AS/Korea Selatan sepakat melanjutkan dialog. Kedua negara bertemu di Seoul.",
            "HIV/Aids: Tiongkok melaporkan 14% lonjakan kasus baru",
            "COVID/flu season strains hospitals across the region",
            "Presiden Joe Biden via telepon berbicara dengan Presiden Korea Selatan.",
            "Berita Terkait",
            "Sumber: Reuters",
            "Source: the ministry's annual report",
            "Health / Fitness",
            "World / Asia",
            "Foto: Presiden Joe Biden berbicara di Gedung Putih pada Senin. Ia menolak rencana itu.",
            "(Catatan: harga belum termasuk pajak)",
            "[Gambas:Video CNN]",
            "HOME / NASIONAL",
            "Beranda/Ekonomi/Makro",
            "(Update: Presiden membantah laporan tersebut dan meminta maaf)",
            // a story's source after a dash, and headlines ending like a credit
            "— Bernama",
            "– Reuters",
            "The Epstein Files",
            "— Harga beras naik lagi di pasar.",
            // camel case is a brand only where a credit's other part is a name
            "iPhone/iPad",
        ];
        for s in not_credits {
            assert!(!is_credit(s), "{s}");
        }
    }

    #[test]
    fn credits_closing_and_opening_captions() {
        // (line, where the trailing credit starts)
        let trailing_cases = [
            (
                "Warga mengantre bantuan di Palu. (Foto: Lee Jin-man via REUTERS)",
                Some("(Foto: Lee Jin-man via REUTERS)"),
            ),
            (
                "Pengunjung memadati pameran. ANTARA FOTO/Sigid Kurniawan/foc.",
                Some("ANTARA FOTO/Sigid Kurniawan/foc."),
            ),
            (
                "Petugas membersihkan sampah di Jakarta, Senin (4/3/2024).ANTARA FOTO/Aprillio Akbar/tom",
                Some("ANTARA FOTO/Aprillio Akbar/tom"),
            ),
            (
                "President Joe Biden speaks at the White House. (AP Photo/Evan Vucci)",
                Some("(AP Photo/Evan Vucci)"),
            ),
            (
                "Diners wait outside the restaurant on a Saturday morning Daniel Morris/CNN",
                Some("Daniel Morris/CNN"),
            ),
            (
                "The original stall, photographed in 1994Courtesy of the Tran family",
                Some("Courtesy of the Tran family"),
            ),
            (
                "Ilustrasi jembatan gantung©2024 Merdeka.com",
                Some("©2024 Merdeka.com"),
            ),
            (
                "Fishing boats moored at the old harbor in Abu Qir. Courtesy: Ahmed Farouk",
                Some("Courtesy: Ahmed Farouk"),
            ),
            (
                "Warga antre minyak goreng di pasar [Suara.com/Alfian Winanto]",
                Some("[Suara.com/Alfian Winanto]"),
            ),
            // a name and the outlet parted by a comma in square brackets, after a space or
            // glued to the stop
            (
                "Traders protest against plans to move them, March 14, 2024. [Dennis Rono, Standard]",
                Some("[Dennis Rono, Standard]"),
            ),
            (
                "The new market stands largely empty.[File, Standard]",
                Some("[File, Standard]"),
            ),
            ("Harga naik di kota itu [Jakarta, Indonesia].", None),
            // a photographer's name in lower case and the site's domain
            (
                "Petani memeriksa panel surya di Sanden, Bantul. (arif yusuf/koranbernas.id)",
                Some("(arif yusuf/koranbernas.id)"),
            ),
            // a source in capitals glued to its slash after the stop
            (
                "Fishermen push a boat through water hyacinth at Dunga Beach on March 13, 2024. /CFM NEWS",
                Some("/CFM NEWS"),
            ),
            ("Harga beras naik (lihat tabel).", None),
            (
                "Rombongan pesepeda melintas di Dusun Wonorejo. Sumber: Instagram @gowesbromo",
                Some("Sumber: Instagram @gowesbromo"),
            ),
            ("Harga minyak naik tiga persen. Sumber: Reuters", None),
            // a site's copyright notice is no caption with its credit
            ("CNN Sans ™ & © 2016 Cable News Network.", None),
            (
                "Ash billows from the volcano on March 4, 2024. © Yosef Kelen, AFP",
                Some("© Yosef Kelen, AFP"),
            ),
            (
                "Petugas memasang papan penyitaan di Cibinong. GATRA/Dok. Kejari",
                Some("GATRA/Dok. Kejari"),
            ),
            (
                "PATROL. Navy ships sail off Tawi-Tawi on March 8, 2024. Armed Forces of the Philippines handout",
                Some("Armed Forces of the Philippines handout"),
            ),
            ("Aid was handed out to the families who lost their homes.", None),
            (
                "Passengers queue at the ferry terminal in Johor Baru, March 10, 2024. — Bernama pic",
                Some("— Bernama pic"),
            ),
            (
                "Officers check travel documents at the terminal. — Picture by Ahmad Zamzahuri",
                Some("— Picture by Ahmad Zamzahuri"),
            ),
            (
                "Blocked canals keep water in the peat during the dry season. Author provided",
                Some("Author provided"),
            ),
            (
                "Cattle being loaded onto a ship in Darwin. Glenn Campbell",
                Some("Glenn Campbell"),
            ),
            (
                "Ash rises from Mount Ruang in North Sulawesi on Saturday. BNPB via AFP",
                Some("BNPB via AFP"),
            ),
            ("The ministers met on Friday. Others joined via Zoom", None),
            // a title's abbreviation before a name; an order to the reader; a date
            ("The award went to Dr. Glenn Campbell", None),
            ("The plan was approved on Monday. Read More", None),
            ("Harga cabai naik di Pasar Senen. Baca Juga", None),
            ("The talks ended without a deal. Senin Pagi", None),
            // a dash inside the caption, not after its stop; a story's source; an abbreviation
            ("Harga naik — Bernama pic memuat foto itu kemarin", None),
            ("Operators kept ticket prices unchanged until April. — Bernama", None),
            ("The vote was delayed in the U.S. AP", None),
        ];
        for (line, credit) in trailing_cases {
            assert_eq!(trailing(line).map(|at| &line[at..]), credit, "{line}");
        }
        let leading_cases = [
            (
                "AFP/EVAN VUCCIPresiden Joe Biden berbicara di Gedung Putih.",
                Some("Presiden Joe Biden berbicara di Gedung Putih."),
            ),
            (
                "ANTARA FOTO/Aprillio Akbar/tomPetugas membersihkan sampah di Jakarta.",
                Some("Petugas membersihkan sampah di Jakarta."),
            ),
            ("REUTERS/Evelyn Hockstein", None),
            (
                "IDN Times/Agustin PermatasariPeserta lomba lari melintasi Jalan Asia Afrika",
                Some("Peserta lomba lari melintasi Jalan Asia Afrika"),
            ),
            ("AS/Korea Selatan sepakat melanjutkan dialog.", None),
        ];
        for (line, caption) in leading_cases {
            assert_eq!(leading(line).map(|at| &line[at..]), caption, "{line}");
        }
    }

    #[test]
    fn a_name_after_a_spaced_slash_and_a_credit_ending_in_its_year() {
        // invented captions
        let line =
            "A student studies in a goshiwon room in Dongjak District on Nov. 12. /Reporter \
                    Park Sang-woo";
        assert_eq!(trailing(line), line.find("/Reporter"));
        let line = "Flyers cover a bulletin board near a university in Seoul. /Yonhap";
        assert_eq!(trailing(line), line.find("/Yonhap"));
        // a name shortened inside the credit glued to its caption's stop
        let line = "Pengendara melintas di jalan berlubang, Minggu (13/10/2024).Foto: \
                    Tubantoday.com/Moch. Rifa'i";
        assert_eq!(trailing(line), line.find("Foto:"));
        // a reader's photo, in brackets after the caption
        let line =
            "Volunteers built 26 raised beds over three weekends in May. (Submitted by Ann Lee)";
        assert_eq!(trailing(line), line.find("(Submitted"));
        // a credit's label after the slash
        let line =
            "Petugas memadamkan api di lereng Gunung Sindoro, Senin malam. /Dok. BPBD Wonosari";
        assert_eq!(trailing(line), line.find("/Dok."));
        // a slash in a sentence's last words is none
        assert_eq!(trailing("Prices rose 3 percent. /Some said more"), None);
        let line = "Waves wash against a seawall at Kailua Beach on Monday. (Nakoa Ferreira/Civil \
                    Beat/2024)";
        assert_eq!(trailing(line), line.find("(Nakoa"));
        // a letter's number ends in its year too
        assert!(!is_credit("Nomor SP-41/KLI/2024"));
    }

    #[test]
    fn credits_with_initials_without_a_colon_and_a_designers() {
        // invented names
        for line in [
            "Dok. Stasiun Meteorologi H.A.S. Hanandjoeddin",
            "FOTO IST",
            "DESIGN: FARHAN QURESHI",
        ] {
            assert!(is_credit(line), "{line}");
        }
        assert!(credits_an_illustration("Desain: Rina Aprilia"));
        // a sentence's break after a word is still one
        assert!(!is_credit(
            "Dok. Humas menyebutkan angka tersebut. Petugas datang kemudian"
        ));
    }

    #[test]
    fn a_photographers_name_a_comma_and_a_newspaper() {
        // invented names
        for line in [
            "Marcus Tolliver, Detroit Free Press",
            "Darren Pruitt, Tulsa World",
            "Ryan Kimball, Deseret News",
        ] {
            assert!(is_name_comma_outlet(line), "{line}");
        }
        for line in [
            "Officials, Police Say",
            "Jakarta, Indonesia",
            "Budget Cuts, City Council News.",
            "Marcus Tolliver, a former reporter",
        ] {
            assert!(!is_name_comma_outlet(line), "{line}");
        }
        let line = "A rider passes walkers on the canal trail in Lindon on Tuesday. Ryan Kimball, \
                    Deseret News";
        assert_eq!(trailing(line), line.find("Ryan"));
    }

    #[test]
    fn a_local_sites_name_in_one_word_is_a_credits_outlet() {
        assert!(is_suffixed_brand("Pacitanpost"));
        assert!(is_suffixed_brand("Sorongnews"));
        assert!(!is_suffixed_brand("News"));
        assert!(!is_suffixed_brand("post"));
        assert!(is_suffixed_brand("sibuhuantoday"));
        assert!(credits_the_lead_image("Main image: Hull City Council"));
        // the label's words with no colon, and who gave the picture after "via" or "by"
        assert!(credits_the_lead_image(
            "Featured photo illustration via Pixabay"
        ));
        assert!(credits_the_lead_image("Main image by Hull City Council"));
        assert!(!credits_the_lead_image("Main image by the river at dawn"));
        assert!(is_credit("Main image: Hull City Council"));
        assert!(!is_credit("© Copyright 2001-2024."));
        let line = "Foto: Dok. Humas Polres Sarolangun Personel gabungan membakar rakit dompeng \
                    di Sungai Batang Asai, Kamis (20/6/2024).";
        assert_eq!(
            leading_labelled(line).map(|at| &line[..at]),
            Some("Foto: Dok. Humas Polres Sarolangun ")
        );
        assert_eq!(
            leading_labelled(
                "Foto: Dok. Dinas Pekerjaan Umum dan Penataan Ruang Petugas memperbaiki jalan."
            ),
            None
        );
        assert!(!is_credit("©2024"));
        assert!(is_credit("© Bloomberg"));
        assert!(!is_credit(
            "Featured image: Tourists queue at the international terminal of Bali's airport"
        ));
        assert!(!is_suffixed_brand("sibuhuanToday"));
        assert!(is_name_parts("Pacitanpost/Anang"));
        assert!(is_name_parts("Kebumen24/Fajar"));
        assert!(!is_name_parts("Health/Fitness"));
    }

    #[test]
    fn a_local_sites_name_glued_to_a_caption_in_lower_case() {
        // after the caption's stop, the name in lower case and its slash (round 304)
        let line =
            "Bawang merah hasil panen dijemur di pinggir jalan desa sebelum diikat.brebes24/Tarjo \
                    Wibowo";
        assert_eq!(trailing(line), line.find("brebes24"));
        // before the caption, the caption glued to the name's number
        let line =
            "Foto: Asep Saepudin/sumedang24Pedagang tahu menunggu pembeli di kiosnya di Jalan \
                    Raya Cadas Pangeran.";
        assert_eq!(leading_labelled(line), line.find("Pedagang"));
        // a name holds letters or an archive's photo number; a form's number is none
        assert!(!is_slash_credit("AK/1."));
        assert!(is_slash_credit("TEUIRA NAPA/24051406"));
        // a price or a rate is none (round 312: "- Tomat: Rp12.000/kg" in a price list)
        assert!(!is_credit("Tomat: Rp12.000/kg"));
        assert!(!is_slash_credit("Rp6.800/liter"));
        assert!(is_slash_credit("KR/Yohanes Setiaji"));
    }

    #[test]
    fn a_source_glued_after_the_bracketed_date_that_closes_a_caption() {
        // invented caption
        let line = "Petugas mengukur ulang lapak pedagang di Jalan Samudera, Senin (10/6).ISTIMEWA";
        assert_eq!(trailing(line), line.find("ISTIMEWA"));
        // a bracket that holds no date is not read so
        let line = "Petugas mengukur ulang lapak pedagang di Jalan Samudera (Padang).ISTIMEWA";
        assert_eq!(glued_source_after_stop(line), None);
    }

    #[test]
    fn an_outlets_name_glued_to_the_year_that_dates_the_picture() {
        let line = "Tumpukan sampah di area bongkar muat pasar, Selasa, 12 November 2024/RMOLJabar";
        assert_eq!(trailing(line), line.find("/RMOLJabar"));
        // a range of years, or a word after the slash that is no name, is the caption's
        assert_eq!(slash_source("Musim tanam 2023/2024"), None);
        assert_eq!(slash_source("Target produksi tahun 2024/ton"), None);
    }

    #[test]
    fn an_infographics_team_and_the_sites_domain() {
        assert!(is_credit("Infografis: Tim Grafis kabarcontoh.com"));
        assert!(!is_credit(
            "Infografis: 5 Provinsi dengan Inflasi Tertinggi kabarcontoh.com"
        ));
    }

    #[test]
    fn a_photographers_name_a_dash_and_a_newspaper_and_hyphenated_newspaper_names() {
        // invented names
        for line in [
            "OWEN PARKER — THE HILLSIDE EAGLE",
            "Colin Barrow - The Harbour Chronicle",
            "NORA PRICE, TIMES COLONIST",
            "Mara Quinn, The Lakeside Spokesman-Review",
            "Kevin Deck | The Valley Journal Gazette",
        ] {
            assert!(is_name_comma_outlet(line), "{line}");
        }
        for line in [
            "KUALA LUMPUR — MALAYSIA",
            "Harga Cabai - Pasar Induk",
            "Jakarta, Indonesia",
        ] {
            assert!(!is_name_comma_outlet(line), "{line}");
        }
    }

    #[test]
    fn a_credit_in_brackets_with_the_photographers_handle_after_it() {
        let line =
            "A man rests in the cooling center on Thursday, July 11, 2024. (Rita Delgado/Las \
                    Vegas Desert-Journal) @ritadphoto";
        assert_eq!(trailing(line), line.find("(Rita"));
        // a handle after a story's sentence in brackets is no credit
        let line = "The mayor spoke on Thursday (see the video). @cityhall";
        assert_eq!(trailing(line), None);
    }

    #[test]
    fn a_photo_agencys_name_of_one_word_in_capitals() {
        assert!(is_credit("BADMINTONPHOTO"));
        assert!(!is_named_agency_alone("BADMINTONPHOTO"));
        // a word that only ends so is none: too short, or not in capitals
        assert!(!is_credit("PHOTO"));
        assert!(!is_credit("Badmintonphoto"));
    }

    #[test]
    fn a_sizes_choices_after_a_slash_are_no_credit() {
        assert!(!is_slash_credit("GB / 1 TB"));
        assert_eq!(
            trailing("- Penyimpanan: SSD NVMe PCIe 4.0 512 GB / 1 TB"),
            None
        );
        // an archive's number is still a photo's
        assert!(is_slash_credit("TEUIRA NAPA/24051406"));
    }

    #[test]
    fn a_photographer_and_the_paper_in_brackets_inside_a_captions_line() {
        let line = "Dale Rupp checks soil moisture in a field east of Hudson on Tuesday. (Kelsey \
                    Martin, The Pantagraph) Rupp had about 40% of his corn planted by evening.";
        assert_eq!(
            inside(line),
            Some((line.find('(').unwrap(), line.find(')').unwrap() + 1))
        );
        // a person and a role in brackets is none
        let line =
            "The council met on Tuesday. (John Smith, the mayor) He said the vote would wait.";
        assert_eq!(inside(line), None);
    }

    #[test]
    fn a_name_and_the_outlet_the_page_prints_on_its_own_lines() {
        let page = "Kearney Hub\n\
                    Children play near the shelter house at Harmon Park on Wednesday.\n\
                    RYAN DOLEZAL, Kearney Hub\n\
                    By Lena Ward Kearney Hub\n\
                    The city is considering a splash pad on the park's south side, and the \
                    council will take up the plan next month.\n\
                    © 2024 Kearney Hub\n";
        assert!(is_name_and_page_outlet("RYAN DOLEZAL, Kearney Hub", page));
        assert!(is_name_and_page_outlet(
            "Owen Hartley/Kearney Hub 2019",
            page
        ));
        assert!(is_name_and_page_outlet(
            "Dana Kowalczyk | Staff Photographer",
            page
        ));
        // an outlet the page does not print as its own, a place the story names, two names,
        // a byline's label before the name
        assert!(!is_name_and_page_outlet("Ryan Dolezal, Lincoln Star", page));
        assert!(!is_name_and_page_outlet(
            "Wahyu Pratama, Nadia Rahmawati",
            page
        ));
        assert!(!is_name_and_page_outlet(
            "Laporan Ryan Dolezal | Kearney Hub",
            page
        ));
        let story = "Harmon Park reopens\n\
                     The pool at Harmon Park in Kearney reopens on Friday, the city said.\n\
                     Officials in Kearney said the repairs cost less than planned.\n\
                     Ryan Dolezal, Kearney\n";
        assert!(!is_name_and_page_outlet("Ryan Dolezal, Kearney", story));
    }
}
