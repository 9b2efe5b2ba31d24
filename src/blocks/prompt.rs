//! Prompts: the page speaking to its reader or about itself in full sentences ("Scroll untuk
//! melanjutkan membaca.", "Temukan berita menarik lainnya di aplikasi kami.", "This piece is
//! part of our series on …"). They read as prose, so the prose detector keeps them; their
//! grammar gives them away. A prompt joins a sign of the page (a word of the page's own
//! workings) to a voice news does not use outside quotation marks: an order to the reader, the
//! publisher's "we", the reader's "you", or the article pointing at itself.
use crate::hash::FastMap;
use crate::sentences::Lang;
use std::sync::OnceLock;

/// Imperatives that open a prompt's sentence: "Simak juga video pilihan di bawah ini:", "Click
/// here to read the full report.", "Want more stories like this? Subscribe to our newsletter."
/// Indonesian imperatives of the `-kan`/`-lah` shape are found by their form as well
/// ([`is_indonesian_imperative`]).
const IMPERATIVES: &[&str] = &[
    "baca",
    // "Buy prints of any picture from the show in our online photo shop."
    "buy",
    // "Do you think the council made the right call? Let us know in the comments below."
    "let",
    // "Bookmark esperanceexpress.com.au and check in every day for the latest local stories."
    "bookmark",
    "beli",
    "simak",
    "tonton",
    "saksikan",
    "ikuti",
    "klik",
    "unduh",
    "download",
    "cek",
    "gulir",
    "scroll",
    "kunjungi",
    "dengarkan",
    "dukung",
    "silakan",
    "silahkan",
    "mari",
    "yuk",
    "ayo",
    "tinggalkan",
    "gabung",
    "read",
    "watch",
    "listen",
    "follow",
    "subscribe",
    "click",
    "tap",
    "get",
    "continue",
    "join",
    "explore",
    "discover",
    "support",
    "send",
    "share",
    "sign",
    "visit",
    "don't",
    // found in a second set of prompts: "Tekan tombol lonceng …", "Save this story to read later."
    "tekan",
    "simpan",
    "lihat",
    "akses",
    // "Want to reach thousands of expats …? Advertise your business with us …"
    "advertise",
    // "Berlangganan kumparanPLUS untuk membaca kelanjutan cerita ini …"
    "berlangganan",
    // "Add Bangkokbiznews on LINE to get the day's top business stories …"
    "add",
    // "… we would love to hear from you. Write to us using the contact form."
    "write",
    // "Please note that all comments are moderated …"
    "please",
    // "Copy/paste the article video embed link below:", "Salin tautan"
    "copy",
    "paste",
    "salin",
    "tulis",
    "tuliskan",
    "hubungi",
    "nikmati",
    "coba",
    "cari",
    "pilih",
    "masuk",
    "aktifkan",
    "tell",
    "save",
    // "Putar podcast … melalui pemutar di bawah ini.", "Muat ulang halaman untuk …"
    "putar",
    "muat",
    // "Bantu kami terus meliput dari kampung-kampung …"
    "bantu",
    // "Tune in to Citi 97.3 FM every weekday … for … the day's top stories."
    "tune",
    "play",
    "reload",
    "refresh",
    "enjoy",
    "never",
    "turn",
    "check",
    "log",
    "find",
    "try",
    "stay",
    "contact",
    "help",
    "donate",
    "become",
    "register",
    "submit",
    "upgrade",
    "unlock",
    "access",
    "browse",
    "see",
    "learn",
    // "Need a reliable drilling company? Call Tunde on …"
    "call",
    // "For all the latest news …, head to the Irish Mirror homepage, which is updated …"
    "head",
    // "Reach reporter Mariela Ochoa at mariela.ochoa@… ."
    "reach",
    // "Be the first to comment on this story."
    "be",
    // a share box's or a player's controls: "Close extra sharing options", "Expand to read more"
    "close",
    "expand",
    "collapse",
];

/// Words of the page's own workings: what a prompt points the reader to, or the act of
/// reading. A story may hold one (a report on an app); the voice around it decides.
const PAGE_WORDS: &[&str] = &[
    // Indonesian
    "berita",
    "artikel",
    "tulisan",
    "video",
    "aplikasi",
    "laman",
    "halaman",
    "kanal",
    "konten",
    "informasi",
    "podcast",
    "selengkapnya",
    "komentar",
    "berlangganan",
    "langganan",
    "jurnalisme",
    "jurnalis",
    "liputan",
    "redaksi",
    "surel",
    "email",
    "notifikasi",
    "newsletter",
    "audio",
    "tautan",
    "link",
    // "If you buy through our links, we may get a commission."
    "links",
    "klik",
    // English
    // ("news", "page", "series", "member", "above" are left out: "share prices fell on the
    // news", "a member of parliament")
    "article",
    "articles",
    // "Like this content? Join our growing community." ("community" is left out: "We found
    // that villages with community fire brigades …")
    "content",
    "story",
    "stories",
    "videos",
    "app",
    "newsletters",
    "coverage",
    "website",
    "journalism",
    "journalists",
    "reporters",
    "editors",
    "newsroom",
    "subscribe",
    "subscription",
    "inbox",
    "comments",
    "headlines",
    "briefing",
    // "Dengarkan juga siniar kami …", "Join the conversation on our community forum."
    "siniar",
    "galeri",
    "foto",
    "kuki",
    "situs",
    "tombol",
    "reporting",
    "forum",
    "notifications",
    "subscriber",
    "subscribers",
    "alerts",
    "episode",
    "podcasts",
    // "Read our privacy notice.", "Baca kebijakan privasi kami": the page's notice under a
    // sign-up box
    "privacy",
    "privasi",
    // "Follow us on social media :", "Ikuti kami di media sosial"
    "social",
    "sosial",
    "medsos",
    "homepage",
    // "Sunday Vision is now on ePaper. Read this week's edition on your phone …", "Baca
    // e-paper kami": the paper's digital print
    "epaper",
    "e-paper",
];

/// Nouns by which an article points at itself: "artikel ini", "this story".
const SELF_NOUNS: &[&str] = &[
    // ("video ini", "konten ini" are left out: news of a video that went viral says them)
    "artikel",
    "berita",
    "tulisan",
    "liputan",
    "article",
    "story",
    "piece",
    // "Readers like you are keeping these stories free …"
    "articles",
    "stories",
    // "Konten ini merupakan kerja sama … dan diproduksi oleh tim …", "This content was
    // produced by …": a sponsor's note ("video ini" stays out, see above)
    "konten",
    "content",
    // "This post was originally published in Indonesian …", "Wawancara ini telah disunting …"
    "post",
    "wawancara",
    "interview",
    // "Informasi pada laman ini boleh dikutip …": the site's pages ("halaman" is a yard too)
    "laman",
    "website",
    "portal",
    // "… yang merasa dirugikan oleh pemberitaan ini": the page's coverage
    "pemberitaan",
    // "Ringkasan ini dibuat oleh kecerdasan buatan …", "This summary was generated by AI …":
    // a summary box's note on itself
    "ringkasan",
    "summary",
    // "The views expressed in this column are the author's own …"
    "column",
    "kolom",
    // "Anda sedang membuka versi ringan halaman ini."
    "halaman",
    // "This coverage is part of Traffic Lab, a Seattle Times project … It receives partial
    // funding from …"
    "coverage",
];

/// Verbs of publishing: the article pointing at itself with one of them speaks of its own
/// making ("Tulisan ini telah diperbarui …", "This report was produced with support from …");
/// "Laporan ini menyebutkan …" is news about a report and has none.
const PUBLISHING: &[&str] = &[
    "tayang",
    "terbit",
    // "Berita ini disiarkan oleh Biro Komunikasi …": a press office's release of itself
    "disiarkan",
    "dirilis",
    "released",
    // "A version of this article appears in print on …", "Artikel ini dimuat di harian …"
    "appears",
    // "This story first appeared in the March 2024 issue of …"
    "appeared",
    "dimuat",
    // "Dan Novak adapted this story for Learning English based on reports from …", "Artikel
    // ini diterjemahkan dari …": who wrote, adapted or translated the article
    "adapted",
    "diadaptasi",
    "written",
    "ditulis",
    "translated",
    "diterjemahkan",
    // "An earlier version of this story misstated …": a correction
    "misstated",
    "misidentified",
    "misspelled",
    "diterbitkan",
    "diperbarui",
    "dipersembahkan",
    "disponsori",
    "dipublikasikan",
    "diproduksi",
    "published",
    "updated",
    "produced",
    "sponsored",
    "funded",
    // "Liputan ini … didukung oleh dana hibah …", "This story was supported by …": a grant's note
    "didukung",
    "supported",
    // "Liputan ini merupakan hasil kolaborasi … dengan …", "This story is a collaboration
    // between …", "… produced in partnership with …": the partners who made it
    "kolaborasi",
    "collaboration",
    // made, generated: "Ringkasan ini dibuat oleh kecerdasan buatan …"
    "dibuat",
    "dihasilkan",
    "generated",
    "kemitraan",
    "partnership",
    "originally",
    "republished",
    // "To learn more about republishing this content …": the verbs' other forms
    "publish",
    "publishing",
    "republish",
    "republishing",
    "corrected",
    // "This article was amended on 15 March 2024 to correct …"
    "amended",
    // "This report was prepared with information from our correspondent in Mandalgovi …"
    "prepared",
    // "Pembaruan (14/4/2024, 19.10 WIB): Artikel ini telah ditambahkan keterangan …"
    "ditambahkan",
    // "This report is auto-generated from ANI news service."
    "auto-generated",
    // "Artikel ini tersedia juga dalam versi bahasa Inggris."
    "tersedia",
    "available",
    // "Wawancara ini telah disunting agar lebih ringkas.", "This interview has been edited for
    // length and clarity."
    "disunting",
    "diedit",
    "edited",
    "condensed",
    // how the story was made: "This story was reported from Yangon and Mandalay.", "Editor's
    // note: This story was compiled from a press briefing …", "This story is based on …",
    // "Names of some workers in this story have been changed for their safety."
    "reported",
    "reporting",
    "compiled",
    "disusun",
    // "Laporan ini dihimpun dari wawancara …", "This report was compiled from …"
    "dihimpun",
    // "Berita ini telah melalui proses verifikasi sesuai Pedoman Pemberitaan Media Siber …"
    "verifikasi",
    "diverifikasi",
    // "The sales figures in this article were provided by the developer and have not been
    // independently verified by Arabian Business."
    "verified",
    "funding",
    // "This article was put together with information supplied by the Friends of …", "This
    // story was put together from information provided by …"
    "supplied",
    "provided",
    // "This article is part of The Arizona Republic's ongoing coverage of extreme heat …"
    "coverage",
    // "… was added after publication."
    "publication",
    // "Some patients' names have been withheld in this story to protect their privacy."
    "withheld",
    "withholding",
    "disamarkan",
    // "Informasi pada laman ini boleh dikutip dan disebarluaskan dengan menyebutkan …"
    "dikutip",
    "disebarluaskan",
    // "Berita ini dapat dikutip … dengan mencantumkan … sebagai sumber.", "Artikel ini disadur
    // dari …"
    "disadur",
    // "Berita ini telah diperbaiki pada Senin …", "Berita ini telah mengalami perubahan pada
    // paragraf keenam …": a correction
    "diperbaiki",
    "dikoreksi",
    "diubah",
    "perubahan",
    "koreksi",
    // "This story is part of Kinta Revisited, an FMT Lifestyle series on …", "Artikel ini
    // bagian dari seri …"
    "series",
    "seri",
    "based",
    "changed",
    // a correction or an opinion's disclaimer: "Ralat: Versi awal artikel ini menyebut …",
    // "The views expressed in this column are the author's own …"
    "version",
    "versi",
    "expressed",
];

/// Where an order points, and the act of reading it asks for: "Click here to read the full
/// report.", "Scroll untuk melanjutkan membaca." These count only with an order: an essay's
/// "we too often measure reading the way we measure everything else" is no prompt.
const HERE: &[&str] = &[
    "here", "sini", "membaca", "pembaca", "bacaan", "reading", "readers",
    // "Join the conversation below and tell us what you think …"
    "below",
];

/// Platforms, words of the page as [`PAGE_WORDS`] are, whose names are capitalized wherever
/// they stand; the prose detector counts them too (`prose::READER_WORDS`).
pub(super) const PLATFORMS: &[&str] = &[
    "whatsapp",
    "telegram",
    "instagram",
    "facebook",
    "twitter",
    "youtube",
    "tiktok",
    "google",
];

/// Whether a word of `line` names one of the [`PLATFORMS`]: "Lihat postingan ini di
/// Instagram", "View this post on TikTok".
pub(super) fn names_a_platform(line: &str) -> bool {
    holds_any(line, PLATFORMS)
}

/// Words opening a clause of purpose, after whose comma an order opens its own clause:
/// "Untuk pengalaman membaca yang lebih nyaman, unduh aplikasi …".
const PURPOSE: &[&str] = &["untuk", "agar", "supaya", "bagi", "to", "for"];

/// The publisher speaking: "laman resmi kami", "our newsletter" ("us" is left out: "US.").
const PUBLISHER: &[&str] = &["kami", "our", "we", "we're", "we've", "we'll"];

/// The reader addressed.
pub(super) const READER: &[&str] = &["anda", "kamu", "you", "your"];

/// The page's workings that, with the reader addressed, make a notice even without the
/// publisher: "Kami menghargai privasi Anda.", "We use cookies to give you …", "Your browser
/// does not support the audio element.", "Peramban Anda tidak mendukung …".
const NOTICE_WORDS: &[&str] = &[
    "privasi",
    "privacy",
    "cookie",
    "cookies",
    "notifikasi",
    "notifications",
    "iklan",
    "ads",
    "browser",
    "peramban",
    "javascript",
    // the comment box's notice: "You must be logged in to post a comment.", "Anda harus login
    // untuk berkomentar."
    "comment",
    "komentar",
    "berkomentar",
    "login",
    "logged",
    // a player's or a share box's notice: "The code has been copied to your clipboard.",
    // "URL telah disalin ke clipboard Anda."
    "clipboard",
    // the site's terms, agreed to by reading on: "Dengan mengakses situs ini, Anda menyetujui
    // Syarat dan Ketentuan …", "By using this website, you agree to …"
    "menyetujui",
    "agree",
    // "By signing up you consent to receive the above newsletter from …"
    "consent",
];

/// Words asking for the reader's opinion or feeling: with the reader addressed in a question
/// outside quotation marks, the page's poll or reaction box ("Bagaimana pendapat Anda tentang
/// usulan jam malam bagi pelajar?", "How does this make you feel?", "What do you think?").
const OPINION_WORDS: &[&str] = &[
    "pendapat",
    "opini",
    "tanggapan",
    "rasakan",
    "think",
    "feel",
    "opinion",
    "views",
];

/// What an appeal asks of the reader: with the reader addressed, the page asking for money
/// ("… please consider making a contribution today.", "Dukung kami dengan donasi Anda.").
const FUNDING: &[&str] = &[
    "contribution",
    "contributions",
    "donation",
    "donations",
    "membership",
    "donasi",
    // "… Bantu kami terus meliput … dengan berdonasi mulai Rp10.000."
    "berdonasi",
    "donate",
    // "Support press freedom & help us reach 1,200 monthly donors: …"
    "donor",
    "donors",
];

/// Words of supporting what a page prints, with the reader or an order: subscribing, giving,
/// joining those who give.
const SUPPORT: &[&str] = &[
    "subscribe",
    "subscribing",
    "subscription",
    "subscriptions",
    "support",
    "supporting",
    // "If you value local reporting like this, please consider becoming a supporter."
    "supporter",
    "supporters",
    "give",
    "giving",
    "join",
    "contribute",
    "berlangganan",
    "dukung",
    "mendukung",
    "dukungan",
];

/// What an appeal asks the reader to support, beside [`REPORTING_NOUNS`]: "Stories like this
/// are free to read …", "Berita seperti ini …".
const SUPPORTED: &[&str] = &["stories", "story", "berita"];

/// Whether `line`, which addresses the reader or gives an order, appeals for the support of the
/// page's reporting: the reporting named ([`REPORTING_NOUNS`], [`SUPPORTED`]) and a word of
/// supporting it ([`SUPPORT`]). A story on a subscription names no reporting; one on journalism
/// quotes those who speak to "you".
fn appeals_for_support(line: &str) -> bool {
    holds_any(line, SUPPORT) && (holds_any(line, REPORTING_NOUNS) || holds_any(line, SUPPORTED))
}

/// Words that forbid: with a word of the page and the page pointed at, the site's notice of its
/// rights ("Dilarang keras mengambil konten … di situs web ini tanpa izin tertulis …",
/// "Reproduction of this article without permission is prohibited.").
const PROHIBITION: &[&str] = &["dilarang", "prohibited", "forbidden", "izin", "permission"];

/// Words of a correction: with the page, and the publisher or the readers, the page's notice of
/// how it corrects its reports ("Redaksi menerima hak jawab dan koreksi atas pemberitaan …",
/// "Readers are requested to bring any factual error in our reports to the notice of the
/// Editor …").
const CORRECTION: &[&str] = &[
    "koreksi",
    "ralat",
    // "Berita ini telah mengalami perbaikan pada paragraf kedua …"
    "perbaikan",
    "diperbaiki",
    "correction",
    "corrections",
    "corrected",
    "error",
    "errors",
    "inaccuracy",
    "inaccuracies",
];

/// The desk a correction is brought to, beside the words of the page: "… to the notice of the
/// Editor".
const EDITOR: &[&str] = &["editor", "editors", "redaksi"];

/// A prompt is short: a sentence or three.
const MAX_PROMPT_WORDS: usize = 40;

/// Whether `line` is the page speaking to its reader or about itself: an order to the reader
/// about the page, the publisher's "we" about the page, the article pointing at itself with
/// the reader, the publisher or a verb of publishing, a notice to the reader, the reader and
/// an e-mail address to write to, a reader's opinion asked for, a pitch (a question, then an
/// order), an appeal for money, or the page's notice of its rights. The reader and the
/// publisher together are not enough: that is
/// how people speak in quotations that run on past their marks ("… Anda memperlakukan kami
/// sebagaimana kami memperlakukan Anda.").
pub fn is_prompt(line: &str, lang: Lang) -> bool {
    // most lines of a story are longer than any prompt: they cost one count, which a line too
    // short to hold that many words (a byte each and a space between) does not need
    if line.len() > 2 * MAX_PROMPT_WORDS && line.split_whitespace().nth(MAX_PROMPT_WORDS).is_some()
    {
        return is_long_notice(line, lang);
    }
    speaks_to_the_reader(line)
}

/// A notice of the page is at most this long, in words: a cookie box's paragraph, an adviser's
/// warning.
const MAX_NOTICE_WORDS: usize = 120;

/// Whether `line`, too long for a prompt, is the page's notice all the same: a disclaimer of
/// advice, or sentences to the reader of which the first and the last are each the page
/// speaking ("We and our partners store and/or access information on a device, such as
/// cookies, and process personal data … to show you personalised ads … You can change your
/// choices at any time by clicking the privacy settings link at the bottom of the page.").
/// A story's paragraph that quotes the page's words holds them in quotation marks, which the
/// test leaves out.
fn is_long_notice(line: &str, lang: Lang) -> bool {
    // (counted in bytes, which costs nothing: a word is about eight)
    if line.len() > MAX_NOTICE_WORDS * 8 {
        return false;
    }
    if disclaims_advice(line) {
        return true;
    }
    // a notice addresses its reader: most paragraphs of a story do not, which a few searches
    // say (the standard library's, which skip through the line; "Anda" after a space, as
    // "Belanda" holds "anda")
    // (in either language: an Indonesian page may print an English notice)
    let reader = ["you", "You", " Anda", " anda", "kamu", "Kamu"];
    if !(reader.iter().any(|r| line.contains(r)) || line.starts_with("Anda")) {
        return false;
    }
    let sentences = crate::sentences::split(line, lang);
    match (sentences.first(), sentences.last()) {
        (Some(first), Some(last)) if sentences.len() >= 2 => {
            speaks_to_the_reader(first.span.of(line)) && speaks_to_the_reader(last.span.of(line))
        }
        _ => false,
    }
}

/// [`is_prompt`] without its limit on length.
fn speaks_to_the_reader(line: &str) -> bool {
    let words = unquoted_words(line);
    let has = |class: u32| words.classes & class != 0;
    // an imperative as the line's last word ("Mari simak.") orders with nothing after it
    let order = words.order || words.imperative;
    let page = has(PAGE);
    let publisher = has(PUBLISHER_WORD);
    let reader = has(READER_WORD);
    let ordered = order && (page || has(HERE_WORD));
    ordered
        || (publisher && page)
        || (words.pointing && (reader || publisher || has(PUBLISHING_WORD)))
        // the line opens by pointing at the article in Indonesian: "Artikel ini bersifat
        // informatif …" ("This post was shared …" opens many a story about a post)
        || opens_on_itself(line)
        // or as a report, with a verb of its making: "Laporan ini disusun dari data …", "This
        // report is based on interviews …" ("Laporan ini menyebutkan …" is news of a report,
        // "Pada waktu laporan ini ditulis, …" a report's own sentence)
        || has(PUBLISHING_WORD) && opens_as_report(line)
        // an order about the publisher: "Konsultasikan keluhan … dengan dokter spesialis kami."
        || (words.order && publisher)
        || (reader && has(NOTICE))
        // the reader called out to: a public notice's appeal, "Stop narkoba! Jika Anda atau
        // anggota keluarga membutuhkan bantuan rehabilitasi, …", "Ayo gunakan hak pilih Anda …
        // Jangan golput!"
        // (a line of a notice's length: a short one calling out is a post's, "@tiktok_id Update
        // buat kamu semua! pic.twitter.com/…", which the embedded posts' pass reads)
        || (reader && words.exclaims && line.split_whitespace().nth(MIN_CALL_WORDS - 1).is_some())
        // "Do you have a tip …? Let us know via science@newsweek.com."
        || (reader && has(CONTACT))
        // a poll's or a reaction box's question: "Bagaimana pendapat Anda tentang …?", not an
        // interviewer's after a speaker's label ("Q: What do you think of …?")
        || (reader && has(OPINION) && asks_unlabelled(line))
        // a question and an order after it, with the publisher, the page or a number to
        // call: "Bingung …? Konsultasikan langsung dengan dokter anak kami …"; with the reader
        // alone it is advice ("Siapkah Anda menjawab …? Catatlah detail semacam itu …")
        || (words.pitch && (publisher || page || holds_phone_number(line)))
        // an appeal for money to the reader: "If you value independent reporting …, please
        // consider making a contribution today.", "Salurkan donasi melalui rekening …"
        || ((reader || order) && (has(FUNDING_WORD) || asks_membership(line)))
        // or for the reporting's support, the reporting named with a verb or a noun of
        // supporting it: "Local journalism like this depends on readers like you. If you value
        // coverage of …, please consider a digital subscription …", "Stories like this are free
        // to read because thousands of people give what they can. If you can, join them today."
        || ((reader || order) && appeals_for_support(line))
        // the site's notice of its rights: "Dilarang keras mengambil konten … di situs web ini
        // tanpa izin …"
        || (has(PROHIBITION_WORD)
            && page
            && (words.pointing
                || has(THIS_AFTER | THIS_BEFORE)
                // or the page named three times after a word that forbids outright ("izin"
                // may be the story's: "… diambil dari sebuah situs berita tanpa izin"):
                // "Dilarang mengambil … artikel di atas untuk konten akun media sosial …
                // tanpa seizin redaksi."
                || forbids(line) && page_signs(line) >= MIN_PROHIBITED_SIGNS))
        // a disclaimer of advice: "This market report is for information purposes only and
        // should not be taken as investment advice."
        || disclaims_advice(line)
        // or of the views the page prints: "The views expressed by readers in the comments
        // section do not represent those of Brunei Direct."
        || page && disclaims_views(line)
        // or of what it links to: "Channels Television is not responsible for the content of
        // external websites linked from this story."
        || has(RESPONSIBLE_WORD) && disclaims_responsibility(line, words.pointing)
        // a rubric that addresses the reader over the story's summary: "What you need to
        // know:", "Yang perlu Anda ketahui:"
        || reader && is_rubric(line)
        // the site's disclaimer of its readers' comments: "Isi komentar sepenuhnya menjadi
        // tanggung jawab pengirim …", "Comments are the sole responsibility of their authors."
        || disclaims_comments(line)
        // or the page's disclosure of advertising: "Konten di bawah ini merupakan iklan dan
        // bukan bagian dari pemberitaan redaksi."
        || discloses_advertising(line)
        // or the print edition's note: "Published in The Express Tribune, March 12th, 2024."
        || is_print_note(line)
        // or its notice on corrections, which the desk or the readers give: "Redaksi menerima
        // hak jawab dan koreksi …" ("The newspaper's editor said the error would be
        // corrected." is news)
        || has(CORRECTION_WORD)
            && notes_corrections(line, publisher || reader || words.pointing, page)
        // the newsroom opening the line and naming the readers: "Redaksi Merauke Today mengajak
        // pembaca mengirimkan informasi …"
        || opens_with_desk(line)
            && (names_readers(line)
                || words.pointing
                // or welcoming what the page prints: "Redaksi Warta Nusantara menerima kiriman
                // tulisan opini dan berita warga. Naskah dikirim melalui surel redaksi …"
                || has(PAGE | CONTACT) && holds_any(line, WELCOMES))
        // the newsroom's warning against those who use its name: "… Jika ada pihak yang
        // mengatasnamakan wartawan Radar NTT dan meminta imbalan, segera laporkan kepada
        // redaksi." (news of an impostor names no newsroom to report to)
        || warns_of_impostors(line)
        // the readers named, with the page pointed at or an address to write to: "Readers who
        // wish to comment on this story may write to the Editor at letters@…"
        || (words.pointing || has(CONTACT)) && names_readers(line)
        // or addressed as the line's subject: "Pembaca yang ingin meringankan beban warga …
        // dapat menyalurkan donasi melalui …", "Readers who wish to help can …"
        || opens_with_readers_who(line)
        // the page pointed at with its newsroom named: "… melalui nomor redaksi yang tertera di
        // bagian bawah halaman ini."
        || words.pointing && holds_any(line, EDITOR)
        // an update's label over what the page changed in itself: "Update, 14 March: A paragraph
        // … was added after publication." (a live story's "Update: Police said …" is news)
        || opens_with_update(line)
            && (has(PUBLISHING_WORD | CORRECTION_WORD) || super::contains_any(line, PAGE_CHANGES))
        // or an update's time and what it brought, with no label's colon: "Updated at 2:15 p.m.
        // with details about the raffle …", "Updated on March 12 to correct the year of …"
        || notes_a_timed_update(line)
        // the page pointing at itself to warn that what it reports is no reference: "Harga yang
        // tercantum dalam berita ini … dapat berubah sewaktu-waktu.", "Data harga yang dimuat
        // dalam artikel ini … tidak dimaksudkan sebagai acuan …" (news of prices changing
        // points at no article)
        || words.pointing && super::contains_any(line, NO_REFERENCE)
        // the site arriving on a platform: "Kabar Timor kini hadir di kanal WhatsApp, ketuk …"
        || arrives_on_a_platform(line)
        // the page pointing at itself around an advertisement: "Konten ini dilanjutkan setelah
        // iklan berikut."
        || words.pointing && holds_any(line, ADVERTISING_NAMES)
        // or an advertisement's place with the story going on below it: "This ad has not
        // finished loading yet, but the story continues below."
        || has(PAGE) && has(HERE_WORD) && holds_any(line, ADVERTISING_NAMES)
        // the page's notice on letters from its readers: "We welcome letters from readers …,
        // but please keep them under 300 words.", "Letters to the editor must include the
        // writer's full name …"
        || invites_letters(line, publisher || reader || words.order)
        // the page's own coverage funded: "Heat coverage on azcentral.com is supported in part
        // by a grant from the Sonoran Futures Fund." (a project funded names no coverage)
        || has(PUBLISHING_WORD)
            && names_a_grant(line)
            && (words.pointing || holds_any(line, REPORTING_NOUNS))
        // the story going on past something: "Story continues below gallery.", "Artikel
        // berlanjut di bawah ini."
        || has(PAGE) && has(HERE_WORD) && holds_any(line, CONTINUES)

        // the site's notice that a part of it is down: "Mohon maaf, fitur komentar di
        // Harianinhil.com sedang dalam perbaikan …", "This site is undergoing maintenance …"
        || has(MAINTENANCE_WORD)
            && has(SITE_PART_WORD)
            && announces_maintenance(line, publisher || reader || words.pointing)
        // or a notice on the site itself: "This site is protected by reCAPTCHA and the Google
        // Privacy Policy and Terms of Service apply."
        || has(NOTICE) && points_at_a_part(line)
        // or on how a machine made a part of the page: "This article's audio is generated with
        // an AI voice.", "Ringkasan ini dibuat dengan bantuan AI."
        || discloses_automation(line)
        // or a writer's card: "Anya Petrovsky: apetrovsky@post-gazette.com or 412-555-0178."
        || is_contact_card(line)
        // or the writer's disclosure of interests: "Harriet Blake receives research funding
        // from … She has no other relevant affiliations."
        || has(AFFILIATION_WORD) && holds_one_of_each(line, &[DISCLOSURE_NEGATIONS, RELEVANT])
        // or the paywall's offer: "Unlimited Digital Access: $1 for 6 months."
        || offers_a_subscription(line)
        // or the reporting credited to who pays for it or shares it: "IndyStar's transportation
        // coverage is supported in part by the Crossroads Civic Media Fund."
        || has(BACKING_WORD) && credits_its_backers(line)
        // or the publisher's acknowledgement of the land's traditional owners, as Australian
        // pages close: "We acknowledge the Wiradjuri people as the traditional owners of the
        // land where the Cowra Guardian is written and published …"
        || publisher && acknowledges_the_land(line)
        // or a rule of its comment box: "Keep it civil. Personal attacks, slurs and profanity
        // will be removed.", "Jaga etika. Komentar yang mengandung SARA akan dihapus."
        || has(RULE_VERB) && states_a_comment_rule(line)
}

/// Verbs a comment box's rule opens with, lower case: "Keep it civil.", "Be truthful.", "Jaga
/// etika.".
const RULE_VERBS: &[&str] = &[
    "keep", "be", "stay", "don't", "no", "jaga", "hindari", "hormati", "gunakan",
];

/// Words of what a comment box's rule speaks of, lower case: the comments, their language,
/// what is removed ("Personal attacks, slurs and profanity will be removed.").
const RULE_OBJECTS: &[&str] = &[
    // "Be truthful. Do not knowingly post false information about any person."
    "post",
    "posts",
    "comment",
    "comments",
    "commenters",
    "profanity",
    "slurs",
    "obscene",
    "removed",
    "deleted",
    "moderated",
    "komentar",
    "dihapus",
    "sara",
];

/// Words of a comment rule's line, at most: a rule and a sentence on it.
const MAX_RULE_WORDS: usize = 30;

/// Whether `line` is a rule of the page's comment box: a sentence of at most three words opening
/// with a verb of [`RULE_VERBS`] and closing on a stop, then a sentence naming what the rule is
/// about ([`RULE_OBJECTS`]). A guide's tip in a story ("Stay calm. Call the emergency number …")
/// names no comments.
fn states_a_comment_rule(line: &str) -> bool {
    // the first word asked first, of one word read
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    if !RULE_VERBS.iter().any(|v| first.eq_ignore_ascii_case(v)) {
        return false;
    }
    let Some(stop) = line.find(". ") else {
        return false;
    };
    line[..stop].split_whitespace().count() <= 3
        && line.split_whitespace().nth(MAX_RULE_WORDS).is_none()
        && holds_any(&line[stop + 2..], RULE_OBJECTS)
}

/// Words of a writer's ties that a disclosure of interests denies, with a negation
/// ([`DISCLOSURE_NEGATIONS`]) and
/// [`RELEVANT`]: "… has disclosed no relevant affiliations beyond their academic appointment."
const AFFILIATIONS: &[&str] = &["affiliations", "affiliation", "afiliasi"];

/// Negations of a disclosure of interests (the disclaimers below keep lists of their own).
const DISCLOSURE_NEGATIONS: &[&str] = &["no", "not", "tidak", "nothing"];

/// The relevance a disclosure of interests denies: "no other relevant affiliations".
const RELEVANT: &[&str] = &["relevant", "relevan"];

/// Words of the reporting itself, a scheme's or a desk's, that a note on its backers names
/// as its subject (a wider list than [`REPORTING_NOUNS`]: the Indonesian page's own column).
const REPORTED_WORK: &[&str] = &[
    "coverage",
    "reporting",
    "journalism",
    "liputan",
    "jurnalisme",
    "rubrik",
];

/// Words of backing or sharing the note gives the reporting: who funds it, supports it or
/// shares it ("… is funded by the BBC", "… terselenggara atas dukungan Bank …", "… shared
/// with partner publications").
const BACKING: &[&str] = &[
    "funded",
    "supported",
    "support",
    "sponsored",
    "partner",
    "partners",
    "partnership",
    "didukung",
    "dukungan",
    "disponsori",
    "mitra",
];

/// Words into the line where the reporting the note is about stands, at most: it is the
/// note's subject.
const BACKED_WORK_AT: usize = 5;

/// Whether `line` is the page's note on who backs its reporting: the reporting its subject,
/// named as a scheme in capitals or as a site's own ("The Local Democracy Reporting Service
/// is funded by the BBC …", "IndyStar's transportation coverage is supported in part by …",
/// "Rubrik Ekonomi Sumselnews terselenggara atas dukungan Bank Sumsel Babel."), and a word of
/// backing (asked first, of the line's words outside quotation marks). A story's funding names
/// no reporting scheme as its subject ("Health coverage is supported by federal funds." opens
/// on a common noun).
fn credits_its_backers(line: &str) -> bool {
    // one walk over the first words, with the word before and the one after at hand
    let mut words = line.split_whitespace().take(BACKED_WORK_AT + 1).peekable();
    let (mut before, mut possessive) = (None::<&str>, false);
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    while let Some(w) = words.next() {
        if is_one_of(w, REPORTED_WORK)
            && (
                // in a name: "… Democracy Reporting Service", "Rubrik Ekonomi …"
                capitalized(w)
                    && (before.is_some_and(capitalized) || words.peek().is_some_and(|n| capitalized(n)))
                // or a site's own: "IndyStar's … coverage", "VOA’s Press Freedom coverage"
                || possessive
            )
        {
            return true;
        }
        possessive |= capitalized(w) && (w.ends_with("'s") || w.ends_with("’s"));
        before = Some(w);
    }
    false
}

/// Whether `line` acknowledges a land's traditional owners or custodians: a verb of
/// acknowledging and the owners named so ([`speaks_to_the_reader`] asks it of the publisher's
/// "we" only: a story reports a council's acknowledgement in the third person).
fn acknowledges_the_land(line: &str) -> bool {
    // one byte search first: most lines name no traditional owners
    if !line.contains("raditional") {
        return false;
    }
    // (the owners' word right after "traditional", one walk with the word before at hand)
    let mut traditional = false;
    holds_any(line, &["acknowledge", "acknowledges", "pay"])
        && line.split_whitespace().any(|token| {
            let owners = traditional && is_one_of(token, &["owners", "custodians"]);
            traditional = is_one_of(token, &["traditional"]);
            owners
        })
}

/// Words of a slogan's sentence that a notice calls out, at most: "Jangan golput!".
const MAX_SLOGAN_WORDS: usize = 3;

/// Words of a line calling out to the reader, at least, for it to be a notice's appeal.
const MIN_CALL_WORDS: usize = 8;

/// Words of the paywall's terms: what it sells and how ("Unlimited Digital Access", "Billed
/// as …", "Cancel any time", "Berlangganan …").
const OFFER_WORDS: &[&str] = &[
    "access",
    "billed",
    "cancel",
    "offer",
    "trial",
    "unlimited",
    "subscribers",
    "subscription",
    "akses",
    "berlangganan",
    "langganan",
    "penawaran",
];

// the terms seen are kept as bits of a u32
const _: () = assert!(OFFER_WORDS.len() <= 32);

/// Periods a price is paid for: "$1 for 6 months", "every four weeks", "per bulan".
const PRICE_PERIODS: &[&str] = &[
    "month", "months", "week", "weeks", "year", "years", "monthly", "annually", "bulan", "minggu",
    "tahun", "hari",
];

/// Whether `line` is the paywall's offer: a price (a currency's sign or "Rp" before a digit), a
/// period it is paid for, and two words of the offer's terms ("Unlimited Digital Access: $1 for
/// 6 months.", "*Billed as $4.00 plus GST every four weeks. Offer only available to new and
/// qualified returning subscribers. Cancel any time."). News of a price names one term at most
/// ("Netflix raised its basic subscription to $15.49 a month.").
fn offers_a_subscription(line: &str) -> bool {
    // byte searches first: most lines hold no price ("$", and the first bytes of "€" and "£")
    let bytes = line.as_bytes();
    let priced = memchr::memchr3_iter(b'$', 0xE2, 0xC2, bytes).any(|at| {
        let rest = &line[at..];
        let sign = ['$', '€', '£'].into_iter().find(|&c| rest.starts_with(c));
        sign.is_some_and(|c| rest[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()))
    }) || memchr::memmem::find_iter(bytes, b"Rp").any(|at| {
        line[at + 2..]
            .trim_start_matches([' ', '.'])
            .starts_with(|d: char| d.is_ascii_digit())
    });
    if !priced {
        return false;
    }
    // one walk over the words: the distinct terms seen, as bits, and a period
    let (mut terms, mut period) = (0u32, false);
    for token in line.split_whitespace() {
        let word = super::prose::word_of(token);
        if let Some(k) = OFFER_WORDS
            .iter()
            .position(|t| word.eq_ignore_ascii_case(t))
        {
            terms |= 1 << k;
        }
        period |= PRICE_PERIODS.iter().any(|p| word.eq_ignore_ascii_case(p));
    }
    terms.count_ones() >= 2 && period
}

/// Whether `line` is a name and nothing but ways to reach them: "Anya Petrovsky:
/// apetrovsky@post-gazette.com or 412-555-0178.", "Budi Santoso, budi@contoh.id". Two to four
/// capitalized words, a colon or a comma, then e-mail addresses and telephone numbers joined by
/// "or", "and", "atau", "dan", commas or slashes.
fn is_contact_card(line: &str) -> bool {
    // a byte search first: a card holds an address
    if !line.contains('@') {
        return false;
    }
    let line = line.trim_end_matches('.');
    // or the name, a verb of being reached and the ways: "Connor Halvorsen may be reached at
    // chalvorsen@example.com.", "Budi Santoso dapat dihubungi melalui budi@contoh.id"
    let reach = REACHED_AT.iter().find_map(|phrase| {
        let at = line.find(phrase)?;
        let name = line[..at].trim_end();
        let name = MODALS
            .iter()
            .find_map(|m| name.strip_suffix(m))
            .map_or(name, str::trim_end);
        Some((name, &line[at + phrase.len()..]))
    });
    // (with the verb, the surname alone names the writer: "Marchbank may be contacted at …")
    let least = if reach.is_some() { 1 } else { 2 };
    let Some((name, ways)) = reach
        .or_else(|| line.split_once(": "))
        .or_else(|| line.split_once(", "))
    else {
        return false;
    };
    // (and the small words between the ways: "… at 360-452-2345, ext. 56654, or at …")
    const JOINS: &[&str] = &[
        "or", "and", "atau", "dan", "/", "|", "at", "by", "ext.", "ext", "di", "melalui",
    ];
    let mut phone = String::new();
    let mut reached = false;
    for token in ways.split([' ', ',']).filter(|t| !t.is_empty()) {
        if token.contains('@') && token.contains('.') {
            reached = true;
        } else if token
            .bytes()
            .all(|b| b.is_ascii_digit() || b"-().+".contains(&b))
        {
            phone.push_str(token);
            reached |= holds_phone_number(&phone);
        } else if !JOINS.contains(&token) {
            return false;
        }
    }
    reached && super::capitalized_words(name, least..=4)
}

/// How a writer's contact line says where they are reached, before the addresses.
const REACHED_AT: &[&str] = &[
    " be reached at ",
    " be reached by email at ",
    " be contacted at ",
    " dihubungi melalui ",
    " dihubungi di ",
];

/// The modal verbs before [`REACHED_AT`]: "may be reached at", "dapat dihubungi melalui".
const MODALS: &[&str] = &[" may", " can", " dapat", " bisa"];

/// The page's parts that a machine may make, pointed at: the audio, a summary.
const MACHINE_MADE: &[&str] = &[
    "this audio",
    "this article's audio",
    "this article’s audio",
    "this summary",
    "the audio version",
    "audio ini",
    "ringkasan ini",
    "suara ini",
];

/// What made it, as the page names it: "AI" in capitals, a word apart ("… with an AI voice.").
const MACHINE_MARKS: &[&str] = &[" AI ", " AI.", " AI-"];

/// ... or in words, in any case: an artificial voice or intelligence.
const MACHINE_WORDS: &[&str] = &[
    "artificial intelligence",
    "automated voice",
    "computer-generated",
    "kecerdasan buatan",
];

/// Whether `line` says that a machine made a part of the page: it opens (after a label such
/// as "Note:") with [`MACHINE_MADE`] and names a machine ([`MACHINE_MARKS`], [`MACHINE_WORDS`]):
/// ("Note: This audio is read
/// by an automated voice and may contain errors in pronunciation."). A story about a voice
/// cloned by AI opens on its own subject ("Scammers used an AI voice to copy this summary …").
fn discloses_automation(line: &str) -> bool {
    // a byte search first: most lines name no machine
    if !(line.contains("AI")
        || line.contains("utomated")
        || line.contains("rtificial")
        || line.contains("ecerdasan"))
    {
        return false;
    }
    let opening = match line.split_once(": ") {
        Some((label, rest)) if !label.contains(' ') => rest,
        _ => line,
    };
    MACHINE_MADE
        .iter()
        .any(|part| super::starts_with_ignore_case(opening, part))
        && (MACHINE_MARKS.iter().any(|m| line.contains(m)) || {
            let lower = line.to_lowercase();
            MACHINE_WORDS.iter().any(|m| lower.contains(m))
        })
}

/// The page's reporting by name, which a funding note on it names.
const REPORTING_NOUNS: &[&str] = &[
    "coverage",
    "reporting",
    "journalism",
    "liputan",
    "jurnalisme",
];

/// Whether `line` names a grant in lower case, as a word and not a name ("Grant Reeher").
fn names_a_grant(line: &str) -> bool {
    (line.contains("grant") || line.contains("hibah"))
        && line
            .split_whitespace()
            .any(|w| matches!(super::prose::word_of(w), "grant" | "grants" | "hibah"))
}

/// Verbs of a story going on past something on the page.
const CONTINUES: &[&str] = &[
    "continues",
    "continue",
    "berlanjut",
    "bersambung",
    "dilanjutkan",
];

/// Words of work on the site itself, which its notice of a part down names ("perawatan" is
/// more often care, "perawatan kesehatan").
const MAINTENANCE: &[&str] = &[
    "pemeliharaan",
    "perbaikan",
    "pembaruan",
    "memperbarui",
    "maintenance",
    "downtime",
    "upgrade",
    "upgrading",
];

/// Parts of a site that its maintenance notice names: the site, a feature, a service.
const SITE_PARTS: &[&str] = &[
    "situs", "fitur", "layanan", "laman", "website", "site", "feature", "features", "server",
    "arsip", "archive", "komentar", "comments", "aplikasi", "app",
];

/// Words of an apology, of thanks for patience or of a notice's label, which a notice to the
/// reader holds and a report of a broken service does not.
const APOLOGY: &[&str] = &[
    "pemberitahuan",
    "pengumuman",
    "notice",
    "announcement",
    "maaf",
    "sorry",
    "apologise",
    "apologize",
    "apologies",
    "inconvenience",
    "ketidaknyamanan",
    "pengertian",
    "understanding",
    "patience",
    "kesabaran",
];

/// Whether `line`, which holds a word of maintenance ([`MAINTENANCE`]) and a part of a site
/// ([`SITE_PARTS`] or a web address), is the site's notice that the part is down for work: it
/// holds an apology ([`APOLOGY`]) or the page's own voice (`voiced`: the publisher, the reader,
/// the page pointed at: "Situs ini sedang menjalani pemeliharaan …", or the site unnamed
/// opening the line). A report of a service down has none of these ("Warga mengeluhkan situs
/// Dukcapil yang sedang dalam perbaikan.").
fn announces_maintenance(line: &str, voiced: bool) -> bool {
    voiced || holds_any(line, APOLOGY) || points_at_a_part(line) || opens_unnamed(line)
}

/// Whether `line` points at a part of the site ([`SITE_PARTS`]) as its own: "situs ini",
/// "this site".
fn points_at_a_part(line: &str) -> bool {
    let mut before = "";
    line.split_whitespace().any(|w| {
        let pair = (is_one_of(before, SITE_PARTS) && is_one_of(w, &["ini"]))
            || (is_one_of(before, &["this", "our"]) && is_one_of(w, SITE_PARTS));
        before = w;
        pair
    })
}

/// Whether `line` opens with a part of the site ([`SITE_PARTS`]) that no name follows, the site
/// speaking of itself: "Situs sedang dalam pemeliharaan berkala." ("Situs KPU sedang …" names
/// another's).
fn opens_unnamed(line: &str) -> bool {
    let mut words = line.split_whitespace();
    // (or named by its own address: "Kabarjogja.id sedang menjalani pemeliharaan sistem …")
    words
        .next()
        .is_some_and(|w| is_one_of(w, SITE_PARTS) || is_web_address(&w.to_ascii_lowercase()))
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// What a page says of the figures it prints, pointing at itself: they may change, or are no
/// reference to trade by ("… dapat berubah sewaktu-waktu.", "… prices are subject to change.").
const NO_REFERENCE: &[&str] = &[
    "berubah sewaktu-waktu",
    "sebagai acuan",
    "sebagai patokan",
    "subject to change",
    "may change without notice",
];

/// Whether `line` opens as an update's note with no label's colon: "Updated", then its time or
/// day within [`TIMED_UPDATE_HEAD`] bytes, then what the update brought ([`UPDATE_BROUGHT`]):
/// "Updated at 2:15 p.m. with details about the raffle of the diner's counter stools.",
/// "Updated on March 12 to correct the year of …". News of an update names no time of its own
/// page ("Updated figures released on Monday show …" brings nothing "with" or "to correct").
fn notes_a_timed_update(line: &str) -> bool {
    const UPDATED: &[&str] = &["updated", "diperbarui"];
    let Some((first, _)) = line.split_once(' ') else {
        return false;
    };
    if !UPDATED.iter().any(|u| first.eq_ignore_ascii_case(u)) {
        return false;
    }
    let head = &line[..super::floor_char_boundary(line, TIMED_UPDATE_HEAD)];
    let timed = super::holds_clock(head) || super::holds_date(head);
    timed && super::contains_any(line, UPDATE_BROUGHT)
}

/// Bytes of an update's note within which its time or day stands.
const TIMED_UPDATE_HEAD: usize = 40;

/// What an update's note says it brought: "… with details about …", "… to correct …".
const UPDATE_BROUGHT: &[&str] = &[
    " with details",
    " with comment",
    " with information",
    " with new ",
    " with additional",
    " to correct",
    " to include",
    " to add ",
    " to reflect",
    " to clarify",
    " dengan tambahan",
];

/// What a page did to itself, in the passive of an update's note: "Update: The information
/// about the injured worker was added at 11:25." (a live story's "Update: Police added that
/// …" reports what someone said).
const PAGE_CHANGES: &[&str] = &[
    "was added",
    "were added",
    "been added",
    "was removed",
    "were removed",
    "been removed",
    "telah ditambahkan",
    "telah dihapus",
];

/// Whether `line` opens with an update's label, perhaps dated, closed by a colon within its
/// first words: "Update, 14 March:", "Updated:", "Pembaruan:", "Update at 7.10 pm, May 15:".
fn opens_with_update(line: &str) -> bool {
    const UPDATES: &[&str] = &["update", "updated", "pembaruan", "diperbarui"];
    // a date and a time: "at 7.10 pm, May 15:"
    const LABEL_WORDS: usize = 6;
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first_word = first.trim_end_matches([',', ':']);
    UPDATES.iter().any(|u| first_word.eq_ignore_ascii_case(u))
        && (first.ends_with(':') || words.take(LABEL_WORDS).any(|w| w.ends_with(':')))
}

/// Whether `line` announces the site on a platform: "… kini hadir di kanal WhatsApp …", "… is
/// now on Viber …", a platform of [`PLATFORMS`] after the phrase.
fn arrives_on_a_platform(line: &str) -> bool {
    const ARRIVES: [&str; 3] = ["hadir di ", "is now on ", "are now on "];
    // searchers built once: every short line of a page is asked
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 3]> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| ARRIVES.map(memchr::memmem::Finder::new));
    finders.iter().any(|finder| {
        finder.find(line.as_bytes()).is_some_and(|at| {
            line[at + finder.needle().len()..]
                .split_whitespace()
                .take(3)
                .any(|w| is_one_of(w, PLATFORMS))
        })
    })
}

/// Whether `line` warns of those who use the newsroom's name: a word of using a name
/// ("mengatasnamakan", "impersonating") and the newsroom named as the desk ([`EDITOR`]).
fn warns_of_impostors(line: &str) -> bool {
    const IMPERSONATING: &[&str] = &["mengatasnamakan", "impersonating", "impersonate"];
    // most lines use no one's name, which one byte search says
    (line.contains("atasnama") || line.contains("mperson"))
        && holds_any(line, IMPERSONATING)
        && holds_any(line, EDITOR)
}

/// Words that name advertising, which the page points at itself around: "Konten ini
/// dilanjutkan setelah iklan berikut."
const ADVERTISING_NAMES: &[&str] = &["iklan", "advertisement", "advertisements", "ad", "ads"];

/// Whether a word of `line` is one of `list`, in any case, its marks around it read past.
#[inline(always)]
fn holds_any(line: &str, list: &[&str]) -> bool {
    line.split_whitespace().any(|w| is_one_of(w, list))
}

/// Whether `token`, its marks around it read past, is one of `list` in any case.
#[inline(always)]
fn is_one_of(token: &str, list: &[&str]) -> bool {
    let w = super::prose::word_of(token);
    list.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Whether `line` is the page's notice on letters from its readers: letters, the readers or
/// the editor named, and the publisher speaking, the reader addressed or an order given
/// (`voiced`), or a rule the letters must keep ("must", "should", "harus", "wajib"). News of
/// letters names no such rule ("Readers sent letters to the editor complaining about …").
fn invites_letters(line: &str, voiced: bool) -> bool {
    const LETTERS: &[&str] = &["letters", "letter", "surat"];
    // (or, in the page's voice, their publication: "Tell us what you think. Letters that
    // include your full name may be considered for publication …")
    const PRINTED: &[&str] = &["publication", "published", "dimuat", "diterbitkan"];
    const RULES: &[&str] = &["must", "should", "harus", "wajib"];
    // most lines name no letters, which one byte search says ("letter", "Letter", "surat")
    (line.contains("etter") || line.contains("surat"))
        && holds_any(line, LETTERS)
        && (names_readers(line) || holds_any(line, EDITOR) || voiced && holds_any(line, PRINTED))
        && (voiced || holds_any(line, RULES))
}

/// Whether `line` names the readers (`READERS`: "readers", "pembaca", …).
pub fn names_readers(line: &str) -> bool {
    // most lines name none, which byte searches say before the words are read
    (line.contains("eader")
        || line.contains("embaca")
        || line.contains("ubscriber")
        || line.contains("elanggan"))
        && holds_any(line, READERS)
}

/// Whether `line` opens by addressing the page's readers as its subject, in the third person:
/// "Pembaca yang …", "Readers who …". A story speaks of its own people, not of the page's
/// readers.
fn opens_with_readers_who(line: &str) -> bool {
    const READERS_WHO: &[&str] = &[
        "pembaca yang ",
        "para pembaca yang ",
        "readers who ",
        "readers wishing ",
    ];
    READERS_WHO
        .iter()
        .any(|p| super::starts_with_ignore_case(line, p))
}

/// Verbs of a newsroom welcoming what readers send.
const WELCOMES: &[&str] = &[
    "menerima",
    "mengundang",
    "membuka",
    "welcomes",
    "accepts",
    "invites",
];

/// Whether `line` opens with the newsroom's name for itself ([`EDITOR`]): "Redaksi menerima …".
fn opens_with_desk(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .is_some_and(|w| is_one_of(w, EDITOR))
}

/// Whether `line`, holding a word of a correction, is the page's notice on corrections: it
/// names the page or its editor, and the publisher speaks, the reader is addressed or the page
/// pointed at (`voiced`: "Berita ini telah mengalami perbaikan …"), the readers are named, or
/// the line opens with the newsroom ("Redaksi menerima …"). "Berita perbaikan jalan itu viral
/// …" is news.
fn notes_corrections(line: &str, voiced: bool, page: bool) -> bool {
    (page || holds_any(line, EDITOR)) && (voiced || names_readers(line) || opens_with_desk(line))
}

/// Whether `line` notes where and when the story was printed: "Published in" opening a line of
/// a few words that closes on the year ("Published in The Express Tribune, March 12th,
/// 2024."). A story's sentence goes on after it ("Published in Nature on Monday, the study
/// found …").
fn is_print_note(line: &str) -> bool {
    const MOST_WORDS: usize = 12;
    const OPENINGS: &[&str] = &["published in ", "printed in ", "terbit di ", "dimuat di "];
    let opened = OPENINGS.iter().any(|o| {
        line.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
    });
    let last = line.trim_end().trim_end_matches('.');
    let year = last
        .get(last.len().saturating_sub(4)..)
        .is_some_and(super::is_year);
    // or the edition named, with the headline the story had in it: "Published in the print
    // edition of the March 25, 2024, issue, with the headline “Crossing Over.”"
    const EDITIONS: &[&str] = &["print edition", "edisi cetak"];
    let edition = || {
        line.split_whitespace().nth(2 * MOST_WORDS).is_none()
            && EDITIONS.iter().any(|e| line.contains(e))
    };
    opened && (year && line.split_whitespace().nth(MOST_WORDS).is_none() || edition())
}

/// Whether `line` tells the reader that the page's content it marks is advertising and not the
/// newsroom's: a word of the page's content, of advertising, a negation and a word of the
/// newsroom ("Konten di bawah ini merupakan iklan dan bukan bagian dari pemberitaan redaksi",
/// "The content below is sponsored and not produced by our newsroom"). News of advertising
/// rules names no content of the page ("Iklan rokok tidak boleh tayang …, kata Dewan Pers
/// kepada redaksi.").
fn discloses_advertising(line: &str) -> bool {
    // "isi berita": the news's content
    const CONTENT: &[&str] = &["konten", "content", "artikel", "article", "isi"];
    const ADVERTISING: &[&str] = &[
        "iklan",
        "advertorial",
        "advertisement",
        "sponsored",
        "berbayar",
    ];
    const NEGATIONS: &[&str] = &["bukan", "tidak", "not"];
    const NEWSROOM: &[&str] = &[
        "redaksi",
        "pemberitaan",
        "berita",
        "editorial",
        "newsroom",
        "news",
        "jurnalistik",
    ];
    // most lines name no advertising, which a byte search says ("iklan", "advertorial",
    // "advertisement", "sponsored", "berbayar")
    if !(line.contains("klan")
        || line.contains("dvert")
        || line.contains("ponsor")
        || line.contains("erbayar"))
    {
        return false;
    }
    holds_one_of_each(line, &[CONTENT, ADVERTISING, NEGATIONS, NEWSROOM])
}

/// Whether `line` holds a word of each of `lists`, in any case: the disclaimers' test, a
/// subject, a negation and what is disclaimed.
fn holds_one_of_each(line: &str, lists: &[&[&str]]) -> bool {
    let mut found = vec![false; lists.len()];
    for token in line.split_whitespace() {
        let word = super::prose::word_of(token);
        for (list, found) in lists.iter().zip(found.iter_mut()) {
            *found |= list.iter().any(|l| word.eq_ignore_ascii_case(l));
        }
    }
    found.into_iter().all(|f| f)
}

/// The most words of a rubric over a summary ([`is_rubric`]).
const MAX_RUBRIC_WORDS: usize = 8;

/// Whether `line` is a rubric that introduces what follows: a few words closed by a colon.
fn is_rubric(line: &str) -> bool {
    line.trim_end().ends_with(':') && line.split_whitespace().nth(MAX_RUBRIC_WORDS).is_none()
}

/// Whether `line` disclaims the comments under the story: a word of comments, a word of
/// responsibility and who is responsible, the one who wrote them ("… tanggung jawab
/// pengirim", "… responsibility of their authors"). News of a company taking responsibility
/// for its chief's comments names no commenter.
fn disclaims_comments(line: &str) -> bool {
    const COMMENTS: &[&str] = &["komentar", "comment", "comments"];
    const RESPONSIBILITY: &[&str] = &["tanggung", "responsibility", "responsible"];
    const WRITERS: &[&str] = &[
        "pengirim",
        "penulis",
        "pengguna",
        "pembaca",
        "author",
        "authors",
        "writer",
        "writers",
        "user",
        "users",
        "commenter",
        "commenters",
        "readers",
    ];
    // most lines name no responsibility, which a byte search says
    if !(line.contains("anggung") || line.contains("esponsib")) {
        return false;
    }
    holds_one_of_each(line, &[COMMENTS, RESPONSIBILITY, WRITERS])
}

/// Whether `line` asks to become a member, as an appeal for money does: "… please consider
/// becoming a member for as little as Tk 100 a month." (a member alone may be news: "the
/// Schengen member countries").
fn asks_membership(line: &str) -> bool {
    const ASKS: &[&str] = &["become a member", "becoming a member", "menjadi anggota"];
    ASKS.iter().any(|a| line.contains(a))
}

/// Words of the page a notice of the site's rights names, at least, when it does not point
/// at the page.
const MIN_PROHIBITED_SIGNS: usize = 3;

/// Whether `line` holds a word that forbids outright: "dilarang", "prohibited", "forbidden".
fn forbids(line: &str) -> bool {
    const OUTRIGHT: &[&str] = &["dilarang", "prohibited", "forbidden"];
    holds_any(line, OUTRIGHT)
}

/// Whether `line` disclaims views: views or opinions, a negation and a verb of reflecting
/// ("… do not represent those of Brunei Direct.", "Opinions expressed in the comments section
/// … do not reflect the views of Samoa News."). The caller asks for a word of the page too:
/// news of views that reflect no one's names none.
fn disclaims_views(line: &str) -> bool {
    const VIEWS: &[&str] = &["views", "opinions", "pendapat", "opini"];
    const NEGATIONS: &[&str] = &["not", "tidak", "bukan"];
    const REFLECT: &[&str] = &[
        "reflect",
        "represent",
        "necessarily",
        "mencerminkan",
        "mewakili",
    ];
    holds_one_of_each(line, &[VIEWS, NEGATIONS, REFLECT])
}

/// Whether `line`, holding a word of responsibility ([`RESPONSIBLE`]), disclaims the page's
/// responsibility for what it links to or prints from others: a negation, and the page pointed
/// at (`pointing`) or what lies outside it ("external", "pihak ketiga"). A report of someone denying responsibility
/// names neither ("The ministry said it was not responsible for the leak.").
fn disclaims_responsibility(line: &str, pointing: bool) -> bool {
    const NEGATIONS: &[&str] = &["not", "tidak", "bukan", "no"];
    const OUTSIDE: &[&str] = &["external", "eksternal", "third-party", "ketiga"];
    holds_any(line, NEGATIONS) && (pointing || holds_any(line, OUTSIDE))
}

/// Words of responsibility, which the page disclaims for what it links to.
const RESPONSIBLE: &[&str] = &["responsible", "liable", "responsibility", "bertanggung"];

/// Whether `line` disclaims giving advice: a word of advice, a negation, and what the page
/// gives instead, information for its own sake ("… is for information purposes only and
/// should not be taken as investment advice.", "Konten ini bersifat informatif dan bukan
/// nasihat keuangan."), or the diagnosis a health site does not give with it. News of advice not given names no such purpose ("Farmers had no
/// information and no advice on the new seeds.").
fn disclaims_advice(line: &str) -> bool {
    // most lines name no advice, which a byte search says ("advice", "saran", "nasihat"; not
    // "sasaran")
    if !(line.contains("dvice")
        || line.contains(" saran")
        || line.contains(" Saran")
        || line.contains("asihat"))
    {
        return false;
    }
    const ADVICE: &[&str] = &["advice", "saran", "nasihat"];
    const NEGATIONS: &[&str] = &["not", "no", "tidak", "bukan"];
    // or what is only general: "The information in this article is general in nature and does
    // not take into account your personal objectives … seek independent financial advice …",
    // "Informasi ini bersifat umum dan bukan merupakan saran investasi."
    const INFORMATION: &[&str] = &[
        "information",
        "informational",
        "informasi",
        "informatif",
        "nature",
        "umum",
    ];
    // "information purposes only", "informational purposes", "bersifat informatif",
    // "informasi semata", "in nature"
    const PURPOSE_AFTER: &[&str] = &["purposes", "purpose", "only", "semata"];
    const PURPOSE_BEFORE: &[&str] = &["bersifat", "in"];
    // or a health site's: "Hello Health Group tidak menyediakan saran medis, diagnosis, atau
    // pengobatan.", "… does not provide medical advice, diagnosis or treatment."
    const DIAGNOSIS: &[&str] = &["diagnosis", "diagnosa"];
    let (mut advice, mut negation, mut information) = (false, false, false);
    let mut words = line
        .split_whitespace()
        .map(super::prose::word_of)
        .peekable();
    let mut before = "";
    while let Some(word) = words.next() {
        let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
        advice |= is(word, ADVICE);
        negation |= is(word, NEGATIONS);
        information |= is(word, INFORMATION)
            && (is(before, PURPOSE_BEFORE) || words.peek().is_some_and(|&w| is(w, PURPOSE_AFTER)))
            || is(word, DIAGNOSIS);
        before = word;
    }
    advice && negation && information
}

/// Whether `line` opens with an Indonesian article pointing at itself: "Artikel ini …",
/// "Tulisan ini …" ("Berita ini dibantah oleh kepolisian" speaks of news the story reports).
fn opens_on_itself(line: &str) -> bool {
    // or the site itself: "Portal ini dikelola Bidang Humas Polda …" ("Situs ini ditemukan
    // arkeolog …" may be a dig's)
    opens_with_pair(
        line,
        &[
            ("artikel", "ini"),
            ("tulisan", "ini"),
            ("portal", "ini"),
            ("laman", "ini"),
            ("website", "ini"),
        ],
    )
    // "Situs ini …" with a word of the page beside it: "Situs ini lebih nyaman dibaca melalui
    // aplikasi …" ("Situs ini ditemukan arkeolog …" is a dig's)
    || opens_with_pair(line, &[("situs", "ini")])
        && line.split_whitespace().skip(2).any(|w| {
            let mut buffer = [0u8; MAX_WORD];
            super::prose::lowercase(super::prose::word_of(w), &mut buffer)
                .and_then(|lower| word_classes().get(lower))
                .is_some_and(|c| c & (PAGE | READER_WORD | PUBLISHER_WORD) != 0)
        })
}

/// Whether `line` opens by pointing at itself as a report: "Laporan ini …", "This report …",
/// "This feature is part of a series … produced with the support of …", "This piece …".
fn opens_as_report(line: &str) -> bool {
    opens_with_pair(
        line,
        &[
            ("laporan", "ini"),
            ("this", "report"),
            ("this", "feature"),
            ("this", "piece"),
        ],
    )
}

/// Whether the first two words of `line` are one of `pairs`, ignoring case.
fn opens_with_pair(line: &str, pairs: &[(&str, &str)]) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    pairs
        .iter()
        .any(|(a, b)| first.eq_ignore_ascii_case(a) && second.eq_ignore_ascii_case(b))
}

/// Whether `line` holds a telephone number: seven digits or more in a run of digits, spaces
/// and dashes ("0810 000 0000", "(021) 555-0192").
fn holds_phone_number(line: &str) -> bool {
    const MIN_DIGITS: usize = 7;
    let mut digits = 0;
    for b in line.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b' ' | b'-' | b'(' | b')' if digits > 0 => {}
            _ => digits = 0,
        }
        if digits >= MIN_DIGITS {
            return true;
        }
    }
    false
}

/// Whether `line` is a question of its own (it opens with a capital and ends with a question
/// mark, perhaps before a closing quotation mark) that does not open with a speaker's label
/// ("Q:", "VOA:", "Tanya:"). A transcript's turn in lower case ("so do you think that …?") is
/// someone speaking.
fn asks_unlabelled(line: &str) -> bool {
    if !line.starts_with(char::is_uppercase) {
        return false;
    }
    let asks = line
        .trim_end()
        .trim_end_matches(['"', '”', '\'', '’'])
        .ends_with('?');
    let labelled = line
        .split_whitespace()
        .next()
        .is_some_and(|first| first.ends_with(':'));
    asks && !labelled
}

/// How many words of `line` are words of the page or of publishing:
/// "Middle East Eye delivers independent … coverage … To learn more about republishing this
/// content …" holds three.
pub fn page_signs(line: &str) -> usize {
    let classes = word_classes();
    let mut buffer = [0u8; MAX_WORD];
    line.split_whitespace()
        .map(word_keeping_apostrophes)
        .filter(|word| {
            lowercase_word(word, &mut buffer).is_some_and(|lower| {
                classes
                    .get(lower)
                    .is_some_and(|class| class & (PAGE | PUBLISHING_WORD) != 0)
            })
        })
        .count()
}

/// The page's readers named as such: with the site's name, a line that speaks of them is the
/// page's own ("Readers can now have the Sunday Times delivered …").
const READERS: &[&str] = &["readers", "pembaca", "subscribers", "pelanggan"];

/// Whether `line`, outside quotation marks, speaks in the publisher's voice or to the reader,
/// names the readers or a donation, or gives an order: "… welcomes your views …; write to the
/// editor",
/// "Redaksi Radar Sampit menerima kiriman … di sekitar Anda …", "… call our circulation desk
/// …". Alone it proves nothing (a column says "we"); with the site's own name in the line it
/// is the site's note to its readers (the site module).
pub fn speaks_for_the_page(line: &str) -> bool {
    let words = unquoted_words(line);
    // an order may open a clause after a comma: "Jurnal Medan kini hadir di Google News, klik
    // ikuti …"
    let mut after_comma = false;
    words.classes & (PUBLISHER_WORD | READER_WORD | FUNDING_WORD) != 0
        || words.order
        || words.imperative
        || line.split_whitespace().any(|token| {
            let w = super::prose::word_of(token);
            let ordered = after_comma && IMPERATIVES.iter().any(|i| w.eq_ignore_ascii_case(i));
            after_comma = token.ends_with([',', ';']);
            ordered || READERS.iter().any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// How the page's forms and players say that something failed or was refused, each with an
/// example, in lower case: the line opens with one.
const INTERFACE_OPENINGS: &[(&str, &str)] = &[
    (
        "something went wrong",
        "Something went wrong, please try again later.",
    ),
    ("oops", "Oops! We could not load the comments."),
    (
        "sorry, there seem",
        "Sorry, there seem to be some issues. Please try again later.",
    ),
    (
        "an error occurred",
        "An error occurred while loading the video.",
    ),
    (
        "an error has occurred",
        "An error has occurred. Please refresh the page.",
    ),
    ("invalid email", "Invalid email"),
    ("invalid e-mail", "Invalid e-mail address"),
    ("that's an invalid", "Sorry. That's an invalid e-mail."),
    (
        "that\u{2019}s an invalid",
        "Sorry. That\u{2019}s an invalid e-mail.",
    ),
    // a player's placeholder: "Audio player loading…", "Video Loading"
    ("audio player loading", "Audio player loading…"),
    ("video player loading", "Video player loading…"),
    ("video loading", "Video Loading"),
    ("terjadi kesalahan", "Terjadi kesalahan, silakan coba lagi."),
    (
        "maaf, terjadi kesalahan",
        "Maaf, terjadi kesalahan saat memuat halaman.",
    ),
    ("email tidak valid", "Email tidak valid"),
    // a log-in form's recovery box, as a common news theme prints it on every page
    ("a password will be", "A password will be e-mailed to you."),
    (
        "kata sandi akan dikirim",
        "Kata sandi akan dikirim ke email Anda.",
    ),
];

/// What such a message asks of the reader, anywhere in the line: "… Please try again later.",
/// "… Silakan coba lagi."; a search box's placeholder asks for the Enter key ("Type keywords
/// and hit enter", "Ketik kata kunci lalu tekan enter...").
const INTERFACE_REQUESTS: &[&str] = &[
    "please try again",
    "try again later",
    "silakan coba lagi",
    "press enter",
    "hit enter",
    "tekan enter",
];

/// The most words a form's or a player's message has.
const MAX_INTERFACE_WORDS: usize = 14;

/// Whether `line` is what the page's forms and players say when something failed
/// ("Something went wrong, please try again later.", "Sorry. That's an invalid e-mail.",
/// "Terjadi kesalahan, silakan coba lagi."): short, not quoted, and opening as
/// `INTERFACE_OPENINGS` do (after an apology, "Sorry. ") or asking as `INTERFACE_REQUESTS`
/// do. A story says such words inside a sentence of its own ("Tom knew something went wrong,
/// didn't he?") or quotes them.
pub fn is_interface_message(line: &str) -> bool {
    if line.len() > MAX_INTERFACE_WORDS * 12
        || line.split_whitespace().nth(MAX_INTERFACE_WORDS).is_some()
        || line.contains(['"', '“', '”'])
    {
        return false;
    }
    let lower = line.to_lowercase();
    let body = lower
        .strip_prefix("sorry. ")
        .or_else(|| lower.strip_prefix("maaf. "))
        .unwrap_or(&lower);
    INTERFACE_OPENINGS
        .iter()
        .any(|(opening, _)| body.starts_with(opening))
        || INTERFACE_REQUESTS
            .iter()
            .any(|request| lower.contains(request))
}

/// Where the page's greetings wish, each with an example: a government's, a party's or a
/// company's advertisement on a regional site, or the site's own banner. What follows is the
/// occasion, capitalized as a name is.
const GREETINGS: &[(&str, &str)] = &[
    // "Pemerintah Kota Ternate mengucapkan Selamat Hari Jadi Kota Ternate ke-774."
    (
        " mengucapkan Selamat ",
        "Keluarga Besar DPRD … mengucapkan Selamat Menunaikan …",
    ),
    (
        " mengucapkan Selamat dan Sukses ",
        "PT … mengucapkan Selamat dan Sukses atas …",
    ),
    // (the verb capitalized too, as a banner in title case prints it)
    (
        " Mengucapkan Selamat ",
        "Pemerintah Desa … Mengucapkan Selamat Tahun Baru Islam …",
    ),
    // a banner opening with the wish: "Selamat Datang di Website Resmi …", "Selamat dan
    // Sukses atas Pelantikan …"
    ("Selamat ", "Selamat Hari Guru Nasional 2024"),
    ("SELAMAT ", "SELAMAT HARI JADI KE-774 KOTA TERNATE"),
];

/// Whether `line` is a greeting the page prints, an advertisement or a banner: the wish and
/// the occasion in capitals ("Keluarga Besar DPRD Kabupaten Sumenep mengucapkan Selamat
/// Menunaikan Ibadah Puasa Ramadan 1445 H. Mohon maaf lahir dan batin."), not reported as
/// someone's words. A story says its greetings in lower case ("Bupati mengucapkan selamat
/// kepada para pemenang") or quotes them ("… kata Wali Kota").
pub fn is_greeting(line: &str) -> bool {
    // a byte says whether any greeting can be there
    if !line.contains("elamat") && !line.contains("SELAMAT") {
        return false;
    }
    // a banner is printed in capitals as a headline is ("Selamat Riyadi, warga Desa …, menjemur
    // padi …" is a man named Selamat); a wish after its giver names no one it is given to, as
    // the story's congratulations do ("… mengucapkan Selamat Hari Bhayangkara kepada …")
    let banner = || {
        let (mut words, mut capitals) = (0usize, 0usize);
        for word in line.split_whitespace() {
            words += 1;
            capitals += usize::from(word.starts_with(|c: char| c.is_uppercase() || c.is_numeric()));
        }
        3 * capitals >= 2 * words
    };
    let occasion = GREETINGS.iter().find_map(|(wish, _)| {
        if wish.starts_with(' ') {
            // (in the wish's own sentence: the advertisement's next sentence may speak of
            // kindness "kepada sesama")
            line.find(wish)
                .map(|at| &line[at + wish.len()..])
                .filter(|rest| {
                    let sentence = rest.split_once(". ").map_or(*rest, |(first, _)| first);
                    !sentence.contains(" kepada ")
                })
        } else {
            line.strip_prefix(wish).filter(|_| banner())
        }
    });
    // the occasion's first word a name's: "Hari", "Menunaikan", "Datang", "dan Sukses"
    let named = occasion.is_some_and(|rest| {
        let mut words = rest
            .split_whitespace()
            .filter(|w| !["dan", "atas"].contains(w));
        words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    });
    let quoted = line.contains(['"', '“', '”']);
    let reported = [
        " kata ", " ujar ", " ucap ", " tutur ", "katanya", "ujarnya",
    ]
    .iter()
    .any(|verb| line.contains(verb));
    named && !quoted && !reported
}

/// Whether `line` opens with an order to the reader: its first word is one of `IMPERATIVES`
/// or has the form of an Indonesian imperative ("Kunjungi …", "Dapatkan …", "Visit …").
pub fn opens_with_order(line: &str) -> bool {
    // a quoted order is someone's speech
    let Some(first) = line
        .split_whitespace()
        .next()
        .filter(|w| !w.starts_with(['"', '“', '\'', '‘']))
    else {
        return false;
    };
    let mut buffer = [0u8; MAX_WORD];
    let Some(lower) = lowercase_word(word_keeping_apostrophes(first), &mut buffer) else {
        return false;
    };
    word_classes()
        .get(lower)
        .is_some_and(|c| c & IMPERATIVE != 0)
        || is_indonesian_imperative(std::str::from_utf8(lower).unwrap_or_default())
}

// The classes of a word, as bits: one lookup a word.
const PAGE: u32 = 1;
const PUBLISHER_WORD: u32 = 1 << 1;
const READER_WORD: u32 = 1 << 2;
const IMPERATIVE: u32 = 1 << 3;
const HERE_WORD: u32 = 1 << 4;
const SELF: u32 = 1 << 5;
const PUBLISHING_WORD: u32 = 1 << 6;
const NOTICE: u32 = 1 << 7;
/// "artikel ini": the demonstrative after the noun
const THIS_AFTER: u32 = 1 << 8;
/// "this story": the demonstrative before it
const THIS_BEFORE: u32 = 1 << 9;
/// an e-mail address: the page's desk to write to
const CONTACT: u32 = 1 << 10;
const OPINION: u32 = 1 << 11;
const FUNDING_WORD: u32 = 1 << 12;
const PROHIBITION_WORD: u32 = 1 << 13;
const CORRECTION_WORD: u32 = 1 << 14;
const MAINTENANCE_WORD: u32 = 1 << 15;
/// a part of a site ([`SITE_PARTS`]) or a web address
const SITE_PART_WORD: u32 = 1 << 16;
const RESPONSIBLE_WORD: u32 = 1 << 17;
/// a word of time before the article named ([`UNTIL_WORDS`])
const UNTIL: u32 = 1 << 18;
/// a word of backing the page's reporting ([`BACKING`])
const BACKING_WORD: u32 = 1 << 19;
/// a word of a writer's ties ([`AFFILIATIONS`])
const AFFILIATION_WORD: u32 = 1 << 20;
/// a verb a comment box's rule opens with ([`RULE_VERBS`])
const RULE_VERB: u32 = 1 << 21;

/// Words of time after which the article named is the moment of its writing, the story's own
/// clause and no note on the page: "Hingga berita ini ditulis, listrik … sudah kembali
/// menyala.", "Sampai berita ini diturunkan, …" ("A version of this story appeared …" is a
/// note: "of" is no word of time).
const UNTIL_WORDS: &[&str] = &["hingga", "sampai", "until"];

/// Every table's words with their classes, built once.
fn word_classes() -> &'static FastMap<&'static [u8], u32> {
    static CLASSES: OnceLock<FastMap<&'static [u8], u32>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut map: FastMap<&'static [u8], u32> = FastMap::default();
        let tables: [(&[&'static str], u32); 22] = [
            (PAGE_WORDS, PAGE),
            (PLATFORMS, PAGE),
            (PUBLISHER, PUBLISHER_WORD),
            (READER, READER_WORD),
            (IMPERATIVES, IMPERATIVE),
            (HERE, HERE_WORD),
            (SELF_NOUNS, SELF),
            (PUBLISHING, PUBLISHING_WORD),
            (NOTICE_WORDS, NOTICE),
            (OPINION_WORDS, OPINION),
            (FUNDING, FUNDING_WORD),
            (PROHIBITION, PROHIBITION_WORD),
            (CORRECTION, CORRECTION_WORD),
            (MAINTENANCE, MAINTENANCE_WORD),
            (SITE_PARTS, SITE_PART_WORD),
            (RESPONSIBLE, RESPONSIBLE_WORD),
            (&["ini"], THIS_AFTER),
            // "this story", "these stories"
            (&["this", "these"], THIS_BEFORE),
            (UNTIL_WORDS, UNTIL),
            (BACKING, BACKING_WORD),
            (AFFILIATIONS, AFFILIATION_WORD),
            (RULE_VERBS, RULE_VERB),
        ];
        for (table, class) in tables {
            for &word in table {
                *map.entry(word.as_bytes()).or_default() |= class;
            }
        }
        map
    })
}

/// What the words of a line outside quotation marks hold, gathered in one pass.
#[derive(Default)]
struct Words {
    /// every class any of them has
    classes: u32,
    /// one that opens a sentence is an order ([`IMPERATIVE`])
    order: bool,
    /// the last word opened a sentence as an imperative: an order, unless the next word
    /// closes a label with it ("Cek Fakta: Video …", "[Cek Fakta] Foto …")
    imperative: bool,
    /// two in a row point at the page itself ("artikel ini", "this story")
    pointing: bool,

    /// an order opens the sentence after a question outside quotation marks: an
    /// advertisement's or a service's pitch ("Bingung …? Konsultasikan …", "Need …? Call …")
    pitch: bool,

    /// a sentence of a slogan's few words outside quotation marks closes on an exclamation
    /// mark: the page calling out ("Stop narkoba!", "Jangan golput!"), which a story's prose,
    /// or a guide's advice, does not do in so few words ("… dan jangan sentuh wajah Anda!")
    exclaims: bool,

    /// the classes of the last one, for the next pair
    last: Option<u32>,
    /// the classes of the one before it: a pair after a word of time ([`UNTIL`]) points at
    /// no page
    before_last: u32,
}

impl Words {
    /// `labels`: the word is capitalized and closes a label (a colon or a bracket after it).
    fn push(&mut self, classes: u32, opens: bool, labels: bool) {
        self.classes |= classes;
        // a rubric's name of two words before a headline ("Cek Fakta: …") holds a verb's
        // form, but gives no order
        self.order |= self.imperative && !labels;
        self.imperative = opens && classes & IMPERATIVE != 0;
        if let Some(last) = self.last {
            self.pointing |= self.before_last & UNTIL == 0
                && ((last & SELF != 0 && classes & THIS_AFTER != 0)
                    || (last & THIS_BEFORE != 0 && classes & SELF != 0));
            self.before_last = last;
        }
        self.last = Some(classes);
    }
}

/// Words that give an order only when "us" follows them, opening a sentence: "Like us on
/// Facebook and follow us on X …"; elsewhere "like" compares.
const ORDERS_BEFORE_US: &[&str] = &["like"];

/// Words that open an order by negating it, the order's verb after them: "Jangan lewatkan …".
const NEGATED_ORDERS: &[&str] = &["jangan"];

/// The longest word looked up, in bytes; longer words are in no table.
const MAX_WORD: usize = 24;

/// The words of `line` outside quotation marks, with their classes and whether they open a
/// sentence. A quoted order ("\"Baca dulu aturannya,\" kata Budi") is someone's speech.
fn unquoted_words(line: &str) -> Words {
    let classes = word_classes();
    let mut words = Words::default();
    let mut quoted = false;
    let mut opened = false;
    let mut opens = true;
    let mut asked = false;
    // words of the sentence so far
    let mut sentence_words = 0;
    let mut buffer = [0u8; MAX_WORD];
    let mut tokens = line.split_whitespace().peekable();
    // whether the line opens with a clause of purpose not yet closed by its comma
    let mut purpose = line
        .split_whitespace()
        .next()
        .is_some_and(|first| PURPOSE.iter().any(|p| first.eq_ignore_ascii_case(p)));
    while let Some(token) = tokens.next() {
        let starts_quote = token.starts_with(['"', '“']);
        let ends_quote = token
            .trim_end_matches(['.', ',', '!', '?'])
            .ends_with(['"', '”']);
        if starts_quote {
            quoted = true;
        }
        let word = word_keeping_apostrophes(token);
        // two orders joined by a slash open a prompt as the first does: "Copy/paste the …"
        let word = match opens.then(|| word.split_once('/')).flatten() {
            Some((first, _)) if !first.is_empty() => first,
            _ => word,
        };
        if !quoted && !word.is_empty() {
            let mut class = 0;
            // an address to write to, longer than the words the tables hold:
            // "mariela.ochoa@arizonarepublic.com"
            if word.len() > MAX_WORD && word.contains('@') && word.contains('.') {
                class |= PAGE | CONTACT;
            }
            if let Some(lower) = lowercase_word(word, &mut buffer) {
                class = classes.get(lower).copied().unwrap_or(0);
                // the word is ASCII: as text only for the two tests that read it as such, an
                // order (which counts only as a sentence's first word) and a web address
                let text = || std::str::from_utf8(lower).unwrap_or_default();
                if opens && is_indonesian_imperative(text()) {
                    class |= IMPERATIVE;
                }
                // a verb that is an order only before "us": "Like us on Facebook …" ("Like
                // the council, …" compares)
                if opens
                    && ORDERS_BEFORE_US.contains(&text())
                    && tokens.peek().is_some_and(|next| {
                        word_keeping_apostrophes(next).eq_ignore_ascii_case("us")
                    })
                {
                    class |= IMPERATIVE;
                }
                if lower.contains(&b'.') && is_web_address(text()) {
                    class |= PAGE | SITE_PART_WORD;
                    // "science@newsweek.com": an address to write to
                    if lower.contains(&b'@') {
                        class |= CONTACT;
                    }
                }
            }
            // a page's word inside a name, in a line in sentence case, is no page's: "… di tepi
            // Kanal Pannampu" (a prompt in title case capitalizes it: "Ikuti Kanal WhatsApp …";
            // a platform's name is capitalized anyway: "Ikuti saluran WhatsApp Jatimpos …")
            if class & PAGE != 0
                && !opens
                && word.starts_with(char::is_uppercase)
                && !PLATFORMS.iter().any(|p| word.eq_ignore_ascii_case(p))
                && tokens
                    .peek()
                    .is_some_and(|next| next.starts_with(char::is_uppercase))
                && super::in_sentence_case(line)
            {
                class &= !PAGE;
            }
            // asked only after an imperative, the one word it changes
            let labels = words.imperative
                && token.ends_with([':', ']'])
                && word.starts_with(char::is_uppercase);
            words.pitch |= asked && opens && class & IMPERATIVE != 0;
            words.push(class, opens, labels);
        }
        sentence_words += 1;
        words.exclaims |=
            !quoted && !ends_quote && token.ends_with('!') && sentence_words <= MAX_SLOGAN_WORDS;
        if ends_quote && !quoted && !opened {
            // a quotation running on from the paragraph before closes here: 'So are we," she
            // added.' — what came before was speech
            words = Words::default();
        }
        if starts_quote {
            opened = true;
        }
        if ends_quote {
            quoted = false;
        }
        // an order opens the clause after a purpose's: "Untuk pengalaman membaca yang lebih
        // nyaman, unduh aplikasi …", "For the latest updates, follow us on …"; the page it
        // points to is named after it, and what the purpose names does not count ("Untuk
        // berita tentang turnamen …, kunjungi Asociacion Argentina de Polo." is a guide's
        // advice)
        let closes_purpose = purpose && token.ends_with(',');
        if closes_purpose {
            words.classes &= !(PAGE | HERE_WORD);
        }
        // a negation opening an order leaves the order to the word after it: "Jangan
        // lewatkan kabar terbaru …, unduh aplikasi …" ("Jangan mencoreng situs …" gives none)
        let negates = opens && NEGATED_ORDERS.iter().any(|n| token.eq_ignore_ascii_case(n));
        // and "please" opens the order after it wherever it stands: "If it does not appear,
        // please check your junk folder."
        let pleads = token.eq_ignore_ascii_case("please");
        // (a mark alone, a dash or a bullet, leaves the opening to the word after it: "–
        // Contact us at …")
        let mark = !token.chars().any(char::is_alphanumeric);
        // (a title or an archive's mark that announces what follows ends no sentence: "Foto:
        // Dok. Pokdakan Mina Sejahtera" holds no order in "Pokdakan")
        opens = token.ends_with(['.', '!', '?', ':'])
            && !crate::sentences::announces_what_follows(token)
            || closes_purpose
            || negates
            || pleads
            || mark && opens;
        purpose = purpose && !closes_purpose;
        asked = !quoted && token.ends_with('?');
        if token.ends_with(['.', '!', '?']) {
            sentence_words = 0;
        }
    }
    words
}

/// `word` in lower case in `buffer`, a typographic apostrophe read as the typewriter's ("Don’t
/// miss out …" opens as "Don't" does), or `None` when it holds other characters than ASCII or
/// is longer than the buffer ([`super::prose::lowercase`]).
fn lowercase_word<'b>(word: &str, buffer: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    if word.is_ascii() {
        return super::prose::lowercase(word, buffer);
    }
    if word.len() > MAX_WORD || !word.contains('’') {
        return None;
    }
    let mut len = 0;
    for c in word.chars() {
        let b = match c {
            '’' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buffer.get_mut(len)? = b;
        len += 1;
    }
    Some(&buffer[..len])
}

/// `token` without the characters around it that are neither letters, digits nor an
/// apostrophe ("\"Baca" gives "Baca", "don't" stays); most tokens start and end with an ASCII
/// letter or digit and are returned as they are.
fn word_keeping_apostrophes(token: &str) -> &str {
    match (token.as_bytes().first(), token.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => token,
        _ => token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
    }
}

/// A web address is a word of the page, whatever the site: "Read more at straitstimes.com",
/// "Baca selengkapnya di kompas.com", "Kunjungi www.bmkg.go.id".
fn is_web_address(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        ".com", ".co.id", ".go.id", ".or.id", ".ac.id", ".id", ".net", ".org", ".co", ".news",
    ];
    word.contains('.')
        && (word.starts_with("www.")
            || ENDINGS.iter().any(|e| word.ends_with(e))
            || under_country_domain(word))
        && word.len() > 4
}

/// Countries' domains that news sites in English or Indonesian sit under, beside ".id" (a
/// sentence glued to the next by a scraper, "pekerjaan.Ia", ends in no country's).
const COUNTRY_DOMAINS: &[&str] = &[
    "au", "nz", "uk", "in", "my", "sg", "ph", "za", "ng", "ke", "ug", "tz", "gh", "zw", "zm", "pk",
    "lk", "bd", "np", "ca", "ie", "jp", "kr", "hk", "tw", "fj", "ws", "pg", "sb", "vu", "tt", "jm",
    "bb", "bz", "lc", "gy", "tl", "mv", "bt", "mm", "kh", "vn", "th", "us", "ae", "qa", "bh", "om",
    "kw", "lb", "jo", "eg", "mw", "na", "bw", "rw", "et",
];

/// Whether `word`, in lower case, is a site's name under a country's domain
/// ([`COUNTRY_DOMAINS`]): "cowraguardian.com.au", "stuff.co.nz", "thehindu.in" (its first part
/// three letters or more and every part letters, digits or hyphens, so "a.m." is none).
fn under_country_domain(word: &str) -> bool {
    let first = word.split('.').next().unwrap_or_default();
    let last = word.rsplit('.').next().unwrap_or_default();
    // (a word without a dot is its own first and last part, longer than a country's)
    first.len() >= 3
        && COUNTRY_DOMAINS.contains(&last)
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// Indonesian nouns of a root in "-k" and "-an", which read as an order in "-kan" and are
/// none: "Tumpukan sampah di Depo Pengok … (foto: …)" is a caption, "Lonjakan harga cabai …" a
/// headline. Sorted, for a binary search.
const NOUNS_IN_KAN: &[&str] = &[
    "bentukan", "bidikan", "cetakan", "desakan", "gerakan", "hentakan", "injakan", "jebakan",
    "kutukan", "ledakan", "lonjakan", "masakan", "masukan", "pasokan", "petikan", "pijakan",
    "racikan", "sentakan", "sorakan", "tabrakan", "tanjakan", "tarikan", "tebakan", "tembakan",
    "teriakan", "tindakan", "tolakan", "tumbukan", "tumpukan", "tusukan",
];

/// An Indonesian imperative by its form: a base with `-kan` or `-lah` and no prefix of the
/// indicative ("Nantikan", "Dapatkan", "Temukan", "Bagikan", "Dukunglah"), as a sentence's
/// first word. "Dikatakan", "Menurutkan", "Perusahaan" carry a prefix or another suffix;
/// "Bukan" and "Akan" are too short to be a verb with `-kan`.
fn is_indonesian_imperative(word: &str) -> bool {
    const PREFIXES: &[&str] = &["me", "di", "ber", "ter", "pe", "ke", "se"];
    if NOUNS_IN_KAN.binary_search(&word).is_ok() {
        return false;
    }
    const MIN_LETTERS: usize = 7;
    // an intransitive verb in "ber-" takes "-lah" as an order: "Bergabunglah dengan kanal
    // Telegram …" ("berdasarkan" is no order)
    let joined = word.starts_with("ber") && word.ends_with("lah") && word.len() >= MIN_LETTERS + 2;
    word.len() >= MIN_LETTERS
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (word.ends_with("kan") || word.ends_with("lah"))
        && (joined || !PREFIXES.iter().any(|p| word.starts_with(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typographic_apostrophe_reads_as_the_typewriters() {
        for line in [
            "Don’t miss out on the headlines from Cairns. Followed categories will be added to My News.",
            "Don't miss out on the headlines from Cairns. Followed categories will be added to My News.",
        ] {
            assert!(opens_with_order(line), "{line}");
            assert!(is_prompt(line, Lang::En), "{line}");
        }
        let mut buffer = [0u8; MAX_WORD];
        assert_eq!(lowercase_word("We’re", &mut buffer), Some(&b"we're"[..]));
        assert_eq!(lowercase_word("Kafé", &mut buffer), None);
        // a story's sentence with one stays the story's
        assert!(!is_prompt(
            "The council’s plan would close the beach for two weeks.",
            Lang::En
        ));
    }

    #[test]
    fn like_before_us_gives_an_order() {
        assert!(is_prompt(
            "Like us on Facebook and follow us on X for the latest Comox Valley news.",
            Lang::En
        ));
        assert!(is_prompt("Like us on Facebook.", Lang::En));
        // "like" compares everywhere else
        assert!(!is_prompt("Like us, the council wants answers.", Lang::En));
        assert!(!is_prompt(
            "Like many towns, the valley relies on tourism.",
            Lang::En
        ));
    }

    #[test]
    fn an_appeal_to_become_a_supporter() {
        assert!(is_prompt(
            "If you value local reporting like this, please consider becoming a supporter.",
            Lang::En
        ));
        // supporters of a cause in a story are news
        assert!(!is_prompt(
            "Supporters of the plan say the reporting requirements are too strict.",
            Lang::En
        ));
    }

    #[test]
    fn the_article_amended_or_generated_is_the_pages_note() {
        for (line, lang) in [
            (
                "This article was amended on March 8 to correct the name of the school.",
                Lang::En,
            ),
            (
                "This report is auto-generated from ANI news service.",
                Lang::En,
            ),
            (
                "This report was prepared with information from our correspondent in Mandalgovi.",
                Lang::En,
            ),
            (
                "Pembaruan (14/4/2024, 19.10 WIB): Artikel ini telah ditambahkan keterangan soal \
                 penertiban juru parkir.",
                Lang::Id,
            ),
        ] {
            assert!(is_prompt(line, lang), "{line}");
        }
        // a law amended is news
        assert!(!is_prompt(
            "The law was amended in 2019 to allow councils to raise the fee.",
            Lang::En
        ));
    }

    #[test]
    fn an_appeal_for_the_support_of_the_reporting() {
        for (line, lang) in [
            (
                "You just read a story that took hours of reporting to put together. Stories \
                 like this are free to read because thousands of people give what they can. If \
                 you can, join them today.",
                Lang::En,
            ),
            (
                "Local journalism like this depends on readers like you. If you value coverage \
                 of the valley's outdoors, please consider a digital subscription.",
                Lang::En,
            ),
            (
                "Dukung jurnalisme lokal dengan berlangganan edisi digital kami.",
                Lang::Id,
            ),
        ] {
            assert!(is_prompt(line, lang), "{line}");
        }
        // a story on subscriptions names no reporting, and one on journalism does not speak
        // to the reader
        for line in [
            "If you subscribe to two streaming services, the new tax adds about $4 a month.",
            "The union said it would support journalists who lost their jobs at the paper.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_forms_message_and_an_appeal_to_donors_are_the_pages() {
        for line in [
            "Something went wrong, please try again later.",
            "Sorry. That\u{2019}s an invalid e-mail.",
            "Sorry, there seem to be some issues with your sign-up. Please try again later.",
            "Invalid email",
            "Terjadi kesalahan, silakan coba lagi.",
            "Audio player loading\u{2026}",
            "Ketik kata kunci lalu tekan enter...",
            "Start typing and press Enter to search",
            "A password will be e-mailed to you.",
        ] {
            assert!(is_interface_message(line), "{line}");
        }
        for line in [
            "Tom knew something went wrong, didn't he?",
            "\"Something went wrong with the pump,\" the operator said.",
            "Modal kami habis, jadi sekarang kami coba lagi dengan benih bantuan.",
            "An investigation found that something went wrong in the control room on the night \
             of the fire, when two of the three operators had left their posts.",
        ] {
            assert!(!is_interface_message(line), "{line}");
        }
        let appeal = "Support press freedom & help us reach 1,200 monthly donors: 100% \
                      independent, governed by an ethics code & not-for-profit.";
        assert!(is_prompt(appeal, Lang::En));
        assert!(!is_prompt(
            "The hospital said its donors had paid for the new wing, which opens in May.",
            Lang::En
        ));
    }

    #[test]
    fn the_page_calling_out_to_the_reader_is_the_pages() {
        for line in [
            "Stop narkoba! Jika Anda atau keluarga membutuhkan bantuan rehabilitasi, hubungi \
             klinik terdekat.",
            "Ayo gunakan hak pilih Anda pada 27 November. Jangan golput!",
            "Get jabbed today! Book your free flu jab at any pharmacy near you.",
        ] {
            assert!(is_prompt(line, Lang::Id), "{line}");
        }
        for line in [
            // the call quoted, or no reader addressed
            "\"Jangan golput! Suara Anda menentukan,\" kata Ketua KPU di depan warga.",
            "Warga berteriak \"Stop tambang!\" saat rombongan Anda lewat.",
            "12' GOL! Marcelo Duarte membuka skor lewat sepakan kaki kiri.",
            // no order after an archive's mark: "Pokdakan" is a group's acronym in -kan
            "Foto: Dok. Pokdakan Mina Sejahtera",
            // a guide's advice closing on an exclamation in a whole sentence
            "Akhirnya, mohon cuci tangan Anda dan jangan sentuh wajah Anda!",
            "One size fits all for men! You can borrow a skirt at the entrance.",
        ] {
            assert!(!is_prompt(line, Lang::Id), "{line}");
        }
    }

    #[test]
    fn the_publishers_acknowledgement_of_the_lands_owners() {
        assert!(is_prompt(
            "We acknowledge the Wiradjuri people as the traditional owners of the land where \
             this paper is written and published, and pay our respects to their Elders.",
            Lang::En
        ));
        // a council's, reported
        assert!(!is_prompt(
            "The mayor acknowledged the Wiradjuri people as the traditional owners of the land \
             at the opening of the new pool on Saturday.",
            Lang::En
        ));
    }

    #[test]
    fn orders_to_buy_bookmark_and_let_the_page_know() {
        // a site under a country's domain is the page's
        assert!(under_country_domain("cowraguardian.com.au"));
        assert!(under_country_domain("stuff.co.nz"));
        assert!(!under_country_domain("a.m"));
        assert!(!under_country_domain("jl.sudirman"));
        assert!(!under_country_domain("pekerjaan.ia"));
        assert!(!under_country_domain("u.s"));
        for line in [
            "Save cowraguardian.com.au to your home screen and check back each day.",
            "Buy prints of any picture from the show in our online photo shop.",
            "Do you think the council made the right call? Let us know in the comments below.",
            "Bookmark our site and check in every day for the latest local stories.",
        ] {
            assert!(is_prompt(line, Lang::En), "{line}");
        }
        for line in [
            "Buy-now-pay-later loans have grown fast among young shoppers, the bank said.",
            "Let down by the council, residents formed their own committee in 2019.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_note_on_who_backs_the_reporting_is_the_pages() {
        for line in [
            "The Local Democracy Reporting Service is funded by the BBC and provides local news \
             coverage to media organisations across the country.",
            "Pikeville Ledger's rural health coverage is supported in part by the Upland \
             Community Fund. The Ledger keeps full control of its reporting.",
            "Rubrik Pertanian Lembahnews terselenggara atas dukungan Bank Daerah Lembah.",
            "The Northern Journalism Initiative places reporters in small newsrooms; its \
             stories are shared with partner publications.",
        ] {
            assert!(is_prompt(line, Lang::En), "{line}");
        }
        for line in [
            // a story's funding: the coverage a common noun, or no reporting at all
            "Health coverage is supported by federal funds and a state levy on insurers.",
            "The Rural Water Project is funded by the World Bank and will reach 40 villages.",
            "Reporting by the agency was supported by satellite images, officials said.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_greeting_of_the_page_is_told_from_a_storys() {
        for line in [
            "Keluarga Besar DPRD Kabupaten Sumenep mengucapkan Selamat Menunaikan Ibadah Puasa \
             Ramadan 1445 H. Mohon maaf lahir dan batin.",
            "Pemerintah Kota Ternate mengucapkan Selamat Hari Jadi Kota Ternate ke-774.",
            "Pemerintah Desa Sungai Raya Mengucapkan Selamat Hari Raya Idul Adha 1445 H.",
            "Selamat dan Sukses atas Pelantikan Pengurus KNPI Kabupaten Kaimana",
            "Selamat Datang di Website Resmi Pemerintah Kota Tanjungpinang",
            "SELAMAT HARI JADI KE-774 KOTA TERNATE",
            // "kepada" in the advertisement's next sentence names no one the wish is given to
            "Pemerintah Kabupaten Sumenep mengucapkan Selamat Menunaikan Ibadah Puasa Ramadan 1445 \
             H. Mari jadikan bulan suci sebagai momentum mempererat persaudaraan dan kepedulian \
             kepada sesama.",
        ] {
            assert!(is_greeting(line), "{line}");
        }
        for line in [
            // the story's greetings: in lower case, quoted, or reported
            "Bupati mengucapkan selamat kepada para pemenang lomba desa tahun ini.",
            "\"Selamat Hari Guru untuk semua guru di Ketapang,\" kata Bupati.",
            "Wali Kota mengucapkan Selamat Hari Jadi kepada warga, ujar Kabag Humas.",
            "Selamat, warga yang rumahnya terendam, mulai membersihkan lumpur.",
            "Keselamatan penumpang menjadi prioritas utama operator kapal.",
            // a man named Selamat, and congratulations given to someone
            "Selamat Riyadi, warga Desa Sukamaju, menjemur padi di halaman rumahnya.",
            "Kapolres mengucapkan Selamat Hari Bhayangkara kepada seluruh anggota.",
        ] {
            assert!(!is_greeting(line), "{line}");
        }
    }

    #[test]
    fn what_speaks_for_the_page_when_the_site_is_named() {
        for (line, speaks) in [
            (
                "Jurnal Medan kini hadir di Google News, klik ikuti untuk kabar terbaru.",
                true,
            ),
            (
                "Bantu korban banjir melalui program donasi Jurnal Medan Peduli.",
                true,
            ),
            (
                "Readers can have the Sunday Times delivered; call our desk.",
                true,
            ),
            // the story's words: no reader, no publisher, no order, no donation
            (
                "Commuters told the Sunday Times they could not get a bus on Monday.",
                false,
            ),
            (
                "Kepada Jurnal Medan, warga mengaku sudah tiga hari mengungsi.",
                false,
            ),
        ] {
            assert_eq!(speaks_for_the_page(line), speaks, "{line}");
        }
    }

    #[test]
    fn a_rubric_to_the_reader_and_a_disclaimer_of_comments() {
        for (line, lang, prompt) in [
            ("What you need to know:", Lang::En, true),
            ("Yang perlu Anda ketahui:", Lang::Id, true),
            // a rubric without the reader, or a sentence that addresses the reader
            ("Gejala yang perlu diwaspadai:", Lang::Id, false),
            (
                "Here is what residents told us about the floods that hit the town:",
                Lang::En,
                false,
            ),
            (
                "Isi komentar sepenuhnya menjadi tanggung jawab pengirim dan diatur dalam \
                 ketentuan Undang-Undang ITE.",
                Lang::Id,
                true,
            ),
            (
                "Konten di bawah ini merupakan iklan dan bukan bagian dari pemberitaan redaksi.",
                Lang::Id,
                true,
            ),
            (
                "Konten berikut adalah iklan dan tidak terkait dengan isi berita.",
                Lang::Id,
                true,
            ),
            ("You must be logged in to post a comment.", Lang::En, true),
            ("Anda harus login untuk berkomentar.", Lang::Id, true),
            (
                "Published in The Express Tribune, March 12th, 2024.",
                Lang::En,
                true,
            ),
            (
                "Published in Nature on Monday, the study found that reefs recover faster.",
                Lang::En,
                false,
            ),
            (
                "Published in the print edition of the March 25, 2024, issue, with the \
                 headline \u{201c}Crossing Over.\u{201d}",
                Lang::En,
                true,
            ),
            (
                "Published in the print edition of the paper, the letter drew hundreds of \
                 replies from readers across the state within a week of its appearance, and \
                 the council answered it at its next meeting.",
                Lang::En,
                false,
            ),
            (
                "Iklan rokok tidak boleh tayang sebelum pukul 21.30, kata Dewan Pers kepada \
                 redaksi.",
                Lang::Id,
                false,
            ),
            (
                "Comments are the sole responsibility of their authors.",
                Lang::En,
                true,
            ),
            // news of responsibility for someone's comments names no commenter
            (
                "The company took responsibility for comments made by its chief executive.",
                Lang::En,
                false,
            ),
        ] {
            assert_eq!(is_prompt(line, lang), prompt, "{line}");
        }
    }

    #[test]
    fn notes_on_how_the_story_was_made_and_an_advertiser_s_pitch_are_prompts() {
        for (line, prompt) in [
            (
                "Editor's note: This story was compiled from a press briefing at City Hall and \
                 from interviews on Jomtien Beach.",
                true,
            ),
            ("This story was reported from Yangon and Mandalay.", true),
            (
                "Names of some workers in this story have been changed for their safety.",
                true,
            ),
            (
                "Ralat: Versi awal artikel ini menyebut lokasi jalan ambles berada di \
                 Kecamatan Leuwiliang.",
                true,
            ),
            (
                "The views expressed in this column are the author's own and do not \
                 necessarily reflect the editorial position of this newspaper.",
                true,
            ),
            (
                "Want to reach thousands of expats in Pattaya? Advertise your business with us \
                 by emailing our sales team today.",
                true,
            ),
            (
                "Berlangganan kumparanPLUS untuk membaca kelanjutan cerita ini tanpa gangguan \
                 iklan.",
                true,
            ),
            (
                "Liputan ini disusun dari wawancara dengan 14 petambak di Sumenep.",
                true,
            ),
            (
                "This market report is for information purposes only and should not be taken \
                 as investment advice.",
                true,
            ),
            (
                "Konten ini bersifat informatif dan bukan nasihat keuangan.",
                true,
            ),
            (
                "Berita ini dapat dikutip sebagian atau seluruhnya dengan mencantumkan Warta \
                 Pemeriksa sebagai sumber.",
                true,
            ),
            (
                "Dilarang mengambil dan/atau menayangkan ulang artikel di atas untuk konten akun \
                 media sosial komersil tanpa seizin redaksi.",
                true,
            ),
            // news of advice given, and of a ban on content
            (
                "The ministry said farmers had no information and no advice on the new seeds.",
                false,
            ),
            (
                "Warga dilarang mengunggah video kejadian itu ke media sosial.",
                false,
            ),
            (
                "Berita ini telah diperbaiki pada Senin (18/3/2024) pukul 16.05 WIB.",
                true,
            ),
            (
                "This story is part of Kinta Revisited, an FMT Lifestyle series on the family \
                 businesses of Ipoh.",
                true,
            ),
            (
                "Add Bangkokbiznews on LINE to get the day's top business stories every morning.",
                true,
            ),
            (
                "Join the conversation below and tell us what you think of the new beach rules.",
                true,
            ),
            (
                "Laporan ini disusun dari data Dinas Perkebunan dan wawancara dengan petani.",
                true,
            ),
            (
                "This report is based on interviews with forest officials in the Gosaba block.",
                true,
            ),
            (
                "This feature is part of a series on climate adaptation in South Asia produced \
                 with the support of a media grant.",
                true,
            ),
            (
                "Hello Health Group tidak menyediakan saran medis, diagnosis, atau pengobatan.",
                true,
            ),
            (
                "This site does not provide medical advice, diagnosis or treatment.",
                true,
            ),
            (
                "Berita ini telah mengalami perbaikan pada paragraf kedua terkait jumlah rumah.",
                true,
            ),
            (
                "Berita perbaikan jalan rusak di Jalan Sudirman viral di media sosial.",
                false,
            ),
            (
                "Redaksi Merauke Today mengajak pembaca mengirimkan informasi seputar layanan \
                 kesehatan di kampung masing-masing.",
                true,
            ),
            (
                "Floresku adalah media independen yang hidup dari dukungan pembaca. Bantu kami \
                 terus meliput dari kampung-kampung di Flores dengan berdonasi mulai Rp10.000.",
                true,
            ),
            (
                "Situs ini lebih nyaman dibaca melalui aplikasi Koran Sulut yang bisa diunduh \
                 gratis.",
                true,
            ),
            (
                "Situs ini ditemukan oleh arkeolog pada 1920 di tepi Sungai Batanghari.",
                false,
            ),
            (
                "Redaksi Kalteng24.com membuka layanan pengaduan melalui nomor yang tertera di \
                 bagian bawah halaman ini.",
                true,
            ),
            (
                "We're changing how comments work: from next week you will need to sign in to \
                 join the conversation.",
                true,
            ),
            (
                "Laporan ini dihimpun dari wawancara dengan petani di tiga kecamatan.",
                true,
            ),
            (
                "Informasi pada laman ini boleh dikutip dan disebarluaskan dengan menyebutkan \
                 sumbernya.",
                true,
            ),
            (
                "Konten ini dilanjutkan setelah iklan berikut.",
                true,
            ),
            (
                "Kabar Timor kini hadir di kanal WhatsApp, ketuk tombol Ikuti agar kabar tidak \
                 terlewat.",
                true,
            ),
            (
                "Kabar Timor membuka ruang bagi warga untuk mengirimkan foto melalui nomor \
                 redaksi yang tertera di bagian bawah halaman ini.",
                true,
            ),
            (
                "Some patients' names have been withheld in this story to protect their privacy.",
                true,
            ),
            (
                "Presiden kini hadir di Bali untuk membuka pertemuan para menteri keuangan.",
                false,
            ),
            (
                "Update, 14 March: A paragraph on the distributor's explanation was added after \
                 publication.",
                true,
            ),
            (
                "Update at 7.10 pm, May 15: This report has been updated with the response of \
                 the company's legal team.",
                true,
            ),
            (
                "Update: The figures on the flooded farmland were added at 14:05.",
                true,
            ),
            (
                "Update: Police said the death toll had risen to 12.",
                false,
            ),
            (
                "Update: Police added that two more bodies were found near the river.",
                false,
            ),
            (
                "Updated at 4:40 p.m. with comment from the county's water district.",
                true,
            ),
            (
                "Updated figures released on Monday show the harvest fell by a third.",
                false,
            ),
            (
                "Harga cabai yang tercantum dalam berita ini merupakan hasil pantauan di pasar \
                 dan dapat berubah sewaktu-waktu.",
                true,
            ),
            (
                "Pedagang mengatakan harga cabai dapat berubah sewaktu-waktu karena pasokan \
                 terganggu hujan.",
                false,
            ),
            (
                "Update at 7.10 pm, May 15: Police said the death toll had risen to 12.",
                false,
            ),
            (
                "Pembaca yang ingin meringankan beban warga terdampak kekeringan dapat \
                 menyalurkan donasi melalui Dana Kemanusiaan.",
                true,
            ),
            (
                "Warga yang ingin meringankan beban tetangganya dapat menyalurkan donasi melalui \
                 posko desa.",
                false,
            ),
            (
                "Berita ini telah melalui proses verifikasi sesuai Pedoman Pemberitaan Media \
                 Siber.",
                true,
            ),
            (
                "Radar NTT tidak memungut bayaran dari narasumber. Jika ada pihak yang \
                 mengatasnamakan wartawan Radar NTT dan meminta imbalan, segera laporkan kepada \
                 redaksi.",
                true,
            ),
            (
                "Polisi menangkap pria yang mengatasnamakan wartawan untuk memeras kepala desa.",
                false,
            ),
            (
                "Redaksi SulutPost membuka ruang hak jawab bagi pihak yang merasa dirugikan oleh \
                 pemberitaan ini.",
                true,
            ),
            (
                "Readers who wish to comment on this story may write to the Editor at \
                 letters@example.co.tz, giving their full name and address.",
                true,
            ),
            (
                "We welcome letters from readers on this and other issues, but please keep them \
                 under 300 words.",
                true,
            ),
            (
                "Letters to the editor must include the writer's full name and village.",
                true,
            ),
            (
                "Readers sent letters to the editor complaining about the new parking fees.",
                false,
            ),
            // the page's notice on corrections, and news of one
            (
                "Redaksi menerima hak jawab dan koreksi atas pemberitaan sesuai Undang-Undang \
                 Nomor 40 Tahun 1999 tentang Pers.",
                true,
            ),
            (
                "Readers are requested to bring any factual error in our reports to the notice \
                 of the Editor so that it can be corrected at the earliest.",
                true,
            ),
            (
                "The newspaper's editor said the error would be corrected on Monday.",
                false,
            ),
            (
                "Iklan di bawah ini tidak berkaitan dengan isi berita dan sepenuhnya menjadi \
                 tanggung jawab pengiklan.",
                true,
            ),
            // orders to play, reload or not to miss
            (
                "Putar podcast Obrolan Bernas episode terbaru melalui pemutar di bawah ini.",
                true,
            ),
            (
                "Halaman ini ditampilkan dalam mode hemat data. Muat ulang halaman untuk \
                 menampilkan gambar beresolusi penuh.",
                true,
            ),
            (
                "Jangan lewatkan kabar terbaru dari Bengkulu, unduh aplikasi kami di Play Store.",
                true,
            ),
            // a report's own sentence, and news of a report
            (
                "Pada waktu laporan ini ditulis, penyakit ini sudah menyebar ke seluruh Tiongkok.",
                false,
            ),
            (
                "Laporan ini menyebutkan 40 persen kios di lantai atas tutup.",
                false,
            ),
            (
                "If you run a business in Myanmar, we would love to hear from you. Write to us \
                 using the contact form.",
                true,
            ),
            (
                "Please note that all comments are moderated and may take some time to appear.",
                true,
            ),
            (
                "Dengan mengakses situs ini, Anda menyetujui Syarat dan Ketentuan yang berlaku.",
                true,
            ),
            (
                "Berita ini telah mengalami perubahan pada paragraf keenam setelah redaksi \
                 menerima keterangan tertulis.",
                true,
            ),
            (
                "Bagi pelaku usaha yang ingin beriklan, silakan hubungi bagian pemasaran untuk \
                 informasi pemasangan iklan.",
                true,
            ),
            (
                "The views expressed by readers in the comments section do not represent those \
                 of Brunei Direct.",
                true,
            ),
            (
                "Pendapat yang disampaikan dalam kolom komentar tidak mencerminkan sikap redaksi.",
                true,
            ),
            // news of views, with no word of the page
            (
                "The minister said her views do not reflect those of the ruling party.",
                false,
            ),
            // a website the story is about; a sentence of a text that addresses its reader
            ("Situs ini diblokir Kominfo sejak Senin.", false),
            (
                "Pekerjaan Anda memungkinkan ini terjadi, entah Anda memastikan situs ini tetap \
                 berjalan.",
                false,
            ),
            (
                "By having a Schengen visa, you do not need to apply for visas to each of the \
                 Schengen member countries.",
                false,
            ),
            (
                "Sedang mencari kabar terkini dari Kepulauan Riau? Bergabunglah dengan kanal \
                 Telegram KabarBatam agar tidak ketinggalan berita penting.",
                true,
            ),
            (
                "Reporting for this story included visits to five villages in Xaythany district.",
                true,
            ),
            (
                "This story first appeared in the March 2024 issue of Thailand Tatler.",
                true,
            ),
            (
                "Berita ini telah mengalami koreksi. Sebelumnya tertulis jumlah pedagang 214 orang.",
                true,
            ),
            (
                "Anda sedang membuka versi ringan halaman ini.",
                true,
            ),
            (
                "If you value independent reporting from Bangladesh, please consider becoming a \
                 member for as little as Tk 100 a month.",
                true,
            ),
            // an order opening the clause after a purpose's
            (
                "Untuk pengalaman membaca yang lebih nyaman, unduh aplikasi Lampung Post di Play \
                 Store.",
                true,
            ),
            (
                "Untuk mengurangi antrean, warga diminta membaca jadwal di laman kelurahan.",
                false,
            ),
            (
                "Untuk berita tentang turnamen dan tempat membeli tiket pertandingan polo, \
                 kunjungi Asociacion Argentina de Polo.",
                false,
            ),
            // a report the story is about, not the story
            (
                "The report was compiled by the World Bank from data of 40 countries.",
                false,
            ),
            (
                "Versi awal rancangan itu menyebut tarif naik 10 persen.",
                false,
            ),
        ] {
            assert_eq!(is_prompt(line, Lang::En), prompt, "{line}");
        }
    }

    #[test]
    fn a_page_word_inside_a_name_is_no_page_word() {
        // "Tampilkan" is an order; "Kanal" is a canal's name here ("Tumpukan", a pile, has the
        // shape of an order too and is none: NOUNS_IN_KAN)
        assert!(!is_prompt(
            "Tampilkan lumpur dan sampah hasil pengerukan di tepi Kanal Pannampu",
            Lang::Id
        ));
        assert!(is_prompt(
            "Tampilkan lumpur dan sampah hasil pengerukan di tepi kanal Pannampu",
            Lang::Id
        ));
        // a prompt in title case capitalizes its words, and a platform's name is capitalized
        assert!(is_prompt("Ikuti Kanal WhatsApp Kami", Lang::Id));
        assert!(is_prompt(
            "Ikuti saluran WhatsApp Jatimpos untuk mendapatkan kabar terbaru dari Gresik setiap \
             hari.",
            Lang::Id
        ));
    }

    #[test]
    fn a_pitch_an_appeal_and_these_stories_are_prompts() {
        for (line, prompt) in [
            (
                "Bingung dengan gejala yang dialami si kecil? Konsultasikan langsung dengan \
                 dokter anak kami lewat fitur Tanya Dokter, tanpa perlu antre.",
                true,
            ),
            (
                "Need a reliable borehole drilling company in Abuja? Call Tunde on 0810 000 \
                 0000 for a free site survey.",
                true,
            ),
            (
                "If you value independent reporting from communities that rarely make the \
                 headlines, please consider making a contribution today.",
                true,
            ),
            (
                "Readers like you are keeping these stories free for everyone...",
                true,
            ),
            // advice to the reader, a question answered in a story, an order quoted: no pitch
            (
                "Siapkah Anda menjawab berbagai pertanyaan tentang pengobatan? Catatlah detail \
                 semacam itu sehingga Anda siap menjawab.",
                false,
            ),
            (
                "Mengapa harga naik? Pedagang menyebut pasokan dari Brebes berkurang.",
                false,
            ),
            (
                "Apa yang harus dilakukan warga? \"Tinggalkan rumah dan naik ke bukit,\" kata \
                 Budi.",
                false,
            ),
            // the reader and a gift that is no appeal to the reader for the page
            (
                "The charity said the donation would pay for two new classrooms.",
                false,
            ),
            ("These stories of survival moved the judges.", false),
            (
                "Artikel ini bersifat informatif dan tidak menggantikan konsultasi langsung \
                 dengan dokter.",
                true,
            ),
            (
                "Konsultasikan keluhan THT anak Anda dengan dokter spesialis kami.",
                true,
            ),
            // the story's own sentence about its making, not opening with it
            (
                "Perusahaan perkebunan yang dihubungi belum memberikan tanggapan hingga berita \
                 ini diturunkan.",
                false,
            ),
            // the moment of writing, with a verb of publishing: the story's clause
            (
                "Hingga berita ini ditulis, listrik di sebagian dusun sudah kembali menyala.",
                false,
            ),
            (
                "Sampai berita ini diterbitkan, pihak perusahaan belum memberikan tanggapan.",
                false,
            ),
            (
                "Salurkan donasi melalui rekening Bank Syariah Indonesia 7123456789 a.n. Yayasan \
                 Media Jurnal Islam.",
                true,
            ),
            (
                "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis \
                 untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
                true,
            ),
            (
                "Reproduction of this article without permission is prohibited.",
                true,
            ),
            (
                "Kominfo menyatakan situs judi daring dilarang beroperasi di Indonesia.",
                false,
            ),
            (
                "I would like to be emailed about offers, events and updates from Evening \
                 Standard. Read our privacy notice.",
                true,
            ),
            (
                "The court ruled that the app had breached its users' privacy.",
                false,
            ),
        ] {
            assert_eq!(is_prompt(line, Lang::Id), prompt, "{line}");
        }
    }

    #[test]
    fn a_disclaimer_of_links_and_an_invitation_to_comment() {
        for (line, prompt) in [
            (
                "Channels Television is not responsible for the content of external websites \
                 linked from this story.",
                true,
            ),
            ("Be the first to comment on this story.", true),
            (
                "Should governments face tighter limits on advertising? Tell us what you think. \
                 Letters that include your full name may be considered for publication.",
                true,
            ),
            (
                "Reach reporter Mariela Ochoa at mariela.ochoa@arizonarepublic.com or on X.",
                true,
            ),
            ("Story continues below gallery.", true),
            (
                "This article is part of The Arizona Republic's ongoing coverage of extreme heat.",
                true,
            ),
            (
                "Heat coverage on azcentral.com is supported in part by a grant from the Sonoran \
                 Futures Fund.",
                true,
            ),
            (
                "The project is supported by a grant from the World Bank, the ministry's website \
                 says.",
                false,
            ),
            (
                "Rescuers could not reach the village, which covers two hills.",
                false,
            ),
            ("– Contact us at [email protected]", true),
            (
                "This coverage is part of Traffic Lab, a Seattle Times project that looks at how \
                 people get around. It receives partial funding from a foundation.",
                true,
            ),
            (
                "The council said the coverage of the new scheme would depend on funding.",
                false,
            ),
            (
                "The sales figures in this article were provided by the developer and have not \
                 been independently verified by Arabian Business.",
                true,
            ),
            (
                "Police said the video had not been verified by investigators.",
                false,
            ),
            (
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of \
                 Service apply.",
                true,
            ),
            (
                "For all the latest news from around the country, head to the Irish Mirror \
                 homepage, which is updated around the clock.",
                true,
            ),
            (
                "This ad has not finished loading yet, but the story continues below.",
                true,
            ),
            (
                "A welcome email will arrive shortly. If it does not appear, please check your \
                 junk folder.",
                true,
            ),
            (
                "Redaksi Warta Nusantara menerima kiriman tulisan opini dan berita warga. Naskah \
                 dikirim melalui surel redaksi dengan melampirkan identitas lengkap penulis.",
                true,
            ),
            ("Redaksi Tempo menolak mencabut berita tersebut.", false),
            // someone denying responsibility, someone declining to comment
            (
                "The ministry said it was not responsible for the content of the leaked files.",
                false,
            ),
            (
                "The company did not respond to requests to comment for this story.",
                false,
            ),
        ] {
            assert_eq!(is_prompt(line, Lang::En), prompt, "{line}");
        }
    }

    #[test]
    fn no_word_is_listed_twice_in_a_table() {
        for (name, table) in [
            ("IMPERATIVES", IMPERATIVES),
            ("PAGE_WORDS", PAGE_WORDS),
            ("SELF_NOUNS", SELF_NOUNS),
            ("PUBLISHING", PUBLISHING),
            ("NOTICE_WORDS", NOTICE_WORDS),
            ("FUNDING", FUNDING),
            ("CORRECTION", CORRECTION),
            ("MAINTENANCE", MAINTENANCE),
            ("SITE_PARTS", SITE_PARTS),
            ("APOLOGY", APOLOGY),
        ] {
            let mut seen = std::collections::HashSet::new();
            for word in table {
                assert!(seen.insert(word), "{name} lists {word:?} twice");
            }
        }
    }

    #[test]
    fn a_notice_that_a_part_of_the_site_is_down() {
        for (line, lang, prompt) in [
            (
                "Mohon maaf, fitur komentar di Harianinhil.com sedang dalam perbaikan dan akan \
                 kembali dapat digunakan dalam waktu dekat.",
                Lang::Id,
                true,
            ),
            (
                "Situs ini sedang menjalani pemeliharaan rutin setiap Sabtu malam.",
                Lang::Id,
                true,
            ),
            (
                "Pemberitahuan: situs WonosoboZone akan menjalani pemeliharaan server pada Sabtu \
                 malam.",
                Lang::Id,
                true,
            ),
            (
                "Situs Radar Bangka sedang dalam tahap pembaruan sistem, mohon maaf apabila \
                 sebagian halaman untuk sementara lambat diakses.",
                Lang::Id,
                true,
            ),
            (
                "Sorry, our archive is down for scheduled maintenance until Friday.",
                Lang::En,
                true,
            ),
            // a report of a service down: no apology, no page's voice
            (
                "Situs sedang dalam pemeliharaan berkala. Beberapa fitur mungkin tidak dapat \
                 diakses.",
                Lang::Id,
                true,
            ),
            (
                "Kabarjogja.id sedang menjalani pemeliharaan sistem pada Minggu dini hari.",
                Lang::Id,
                true,
            ),
            (
                "Situs KPU sedang dalam perbaikan sejak Senin, kata komisioner.",
                Lang::Id,
                false,
            ),
            (
                "Warga mengeluhkan situs Dukcapil yang sedang dalam perbaikan sejak Senin.",
                Lang::Id,
                false,
            ),
            (
                "Mohon maaf, kata Bupati, jalan itu masih dalam perbaikan hingga akhir bulan.",
                Lang::Id,
                false,
            ),
        ] {
            assert_eq!(is_prompt(line, lang), prompt, "{line}");
        }
    }

    #[test]
    fn a_share_boxs_notice_to_the_reader_is_a_prompt() {
        assert!(is_prompt(
            "The code has been copied to your clipboard.",
            Lang::En
        ));
        assert!(is_prompt("Kode telah disalin ke clipboard Anda.", Lang::Id));
        // the word alone, in a story, is none
        assert!(!is_prompt(
            "Para peretas mencuri data yang disalin ke clipboard komputer korban.",
            Lang::Id
        ));
    }

    #[test]
    fn prompts_and_news() {
        let cases: &[(&str, bool)] = &[
            ("Scroll untuk melanjutkan membaca.", true),
            ("Simak juga video pilihan di bawah ini:", true),
            ("Temukan berita menarik lainnya di aplikasi kami.", true),
            (
                "Nantikan ulasan menarik berikutnya hanya di kanal ini.",
                true,
            ),
            ("Konten ini dipersembahkan oleh mitra kami.", true),
            (
                "(Tulisan ini telah diperbarui pada Senin pukul 14.00 WIB.)",
                true,
            ),
            ("Kami menghargai privasi Anda.", true),
            (
                "Want more stories like this? Subscribe to our newsletter.",
                true,
            ),
            (
                "This story has been updated with comment from the police.",
                true,
            ),
            ("Our journalists rely on readers like you.", true),
            // an affiliate's disclosure
            (
                "If you buy through our links, we may get a commission.",
                true,
            ),
            (
                "Bagaimana pendapat Anda tentang usulan jam malam bagi pelajar?",
                true,
            ),
            ("How does this make you feel?", true),
            // an interviewer's question after the speaker's label, an opinion told
            ("Q: What do you think of the new sea wall?", false),
            ("Anda bisa menyampaikan pendapat di kantor kelurahan.", false),
            (
                "so do you think that some of these symptoms could be related to it?",
                false,
            ),
            (
                "Liputan ini merupakan bagian dari kolaborasi Jaring.id, didukung oleh dana hibah jurnalisme.",
                true,
            ),
            (
                "This story was supported by a grant from a journalism fund.",
                true,
            ),
            (
                "Liputan ini merupakan hasil kolaborasi Ekuatorial dengan jaringan jurnalis di Kalimantan.",
                true,
            ),
            (
                "This story is a collaboration between a newspaper and a radio station.",
                true,
            ),
            (
                "Ringkasan ini dibuat oleh kecerdasan buatan dan telah diperiksa oleh editor.",
                true,
            ),
            ("This summary was generated by AI and checked by our editors.", true),
            // a rule made or a summary in the news is none
            ("Aturan ini dibuat untuk melindungi nelayan kecil.", false),
            // a collaboration in the news is none
            (
                "Proyek ini merupakan hasil kolaborasi pemerintah daerah dengan swasta.",
                false,
            ),
            // support in the news is none
            (
                "Rencana itu didukung oleh sebagian besar anggota dewan.",
                false,
            ),
            // a post or an interview pointing at its own making
            ("Wawancara ini telah disunting agar lebih ringkas.", true),
            (
                "This interview has been edited for length and clarity.",
                true,
            ),
            (
                "This post was originally published in Indonesian on Project Multatuli.",
                true,
            ),
            // a press office's release of itself, and news of a release
            (
                "Berita ini disiarkan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan RI.",
                true,
            ),
            (
                "Laporan itu dirilis oleh Badan Pusat Statistik pada Senin pagi.",
                false,
            ),
            // a sponsor's note, a correction, a print edition's line
            (
                "Konten ini merupakan kerja sama Tempo dengan mitra dan diproduksi oleh tim Info Tempo.",
                true,
            ),
            (
                "Correction: An earlier version of this story misstated the number of passengers.",
                true,
            ),
            (
                "A version of this article appears in print on March 29, 2024, Section B, Page 12.",
                true,
            ),
            (
                "Dan Novak adapted this story for Learning English based on reports from The Associated Press.",
                true,
            ),
            ("Artikel ini diterjemahkan dari bahasa Inggris oleh tim redaksi.", true),
            // news of a letter someone wrote
            ("Surat itu ditulis oleh warga desa kepada bupati.", false),
            // news of content and of how someone appears
            ("Konten itu diproduksi oleh sebuah rumah produksi di Bandung.", false),
            // news of a post that went around, and of an interview given
            ("This post was shared ten thousand times in a day.", false),
            (
                "Wawancara itu berlangsung selama dua jam di kantornya.",
                false,
            ),
            ("Click here to read the full report.", true),
            // a rubric's name before a headline holds a verb's form but gives no order; a bare
            // imperative before its colon does
            (
                "Cek Fakta: Video Banjir Bandang di Sumatra Barat Bukan Kejadian Tahun Ini",
                false,
            ),
            (
                "[Cek Fakta] Foto Antrean Bensin Ini Bukan di Jakarta",
                false,
            ),
            ("Simak: Video Banjir Bandang di Sumatra Barat", true),
            ("Cek videonya di sini:", true),
            ("Read more at straitstimes.com.", true),
            // the reader and an address to write to
            (
                "Do you have a tip on a science story? Let us know via tips@ledger.com.",
                true,
            ),
            ("Copy/paste the article video embed link below:", true),
            // an address without the reader addressed is a story's
            (
                "Warga dapat melapor melalui pengaduan@pemkot.go.id setiap hari kerja.",
                false,
            ),
            ("Baca selengkapnya di kompas.com", true),
            (
                "Situs bmkg.go.id mencatat gempa itu pukul 06.40 WIB.",
                false,
            ),
            // news: an order inside a quotation, a report named as news, a report pointing at
            // itself with no voice of the page, an order with no page in it, the reader
            // addressed by service journalism, a warning about privacy with no reader
            ("\"Baca dulu aturannya,\" kata Budi kepada wartawan.", false),
            (
                "Berita ini dibantah oleh kepolisian pada Senin malam.",
                false,
            ),
            ("Laporan ini menyebutkan harga beras naik 12 persen.", false),
            (
                "Jangan sampai warga kehilangan tempat tinggal, ujarnya.",
                false,
            ),
            (
                "Anda dapat mengecek status bantuan melalui laman resmi Kemensos.",
                false,
            ),
            (
                "Polisi menyelidiki kebocoran data yang melanggar privasi warga.",
                false,
            ),
            (
                "Get ready for higher prices, the bank warned on Monday.",
                false,
            ),
            (
                "Jangan mencoreng situs dengan mencorat-coret dinding bangunan.",
                false,
            ),
            (
                "Dikatakan, pembangunan jalan itu selesai tahun depan.",
                false,
            ),
            ("Share prices fell on the news of the merger.", false),
            (
                "So are we,\" she added. Before the show, the rapper announced on Twitter that he \
                 had changed his name.",
                false,
            ),
            (
                "Namun, iklan yang telah dipublikasikan di halaman Facebook perusahaan ini \
                 menuai kritik. Video ini telah ditonton 77.000 kali.",
                false,
            ),
            ("If you want to work, we support you.", false),
            (
                "But I have come to believe that we too often measure reading the way we \
                 measure everything else.",
                false,
            ),
            (
                "His comments come as US. Secretary of State Mike Pompeo visits Seoul.",
                false,
            ),
        ];
        for &(line, expected) in cases {
            assert_eq!(is_prompt(line, Lang::Id), expected, "{line}");
        }
    }

    #[test]
    fn a_notice_too_long_for_a_prompt_is_read_by_its_first_and_last_sentence() {
        // invented notices of the length a consent box and an adviser's warning have
        let cookies = "We and our partners store and read information on your device, such as \
            cookies and similar identifiers, and process personal data such as your browsing \
            history and the pages you read on this site in order to show you personalised ads \
            and content, to measure how well they perform and to improve our services over time. \
            You can change your choices at any time by clicking the privacy settings link at the \
            bottom of the page.";
        assert!(cookies.split_whitespace().count() > MAX_PROMPT_WORDS);
        assert!(is_prompt(cookies, Lang::En));
        let advice = "General advice warning: The information in this article is general in \
            nature and does not take into account your personal objectives, financial \
            situation or needs, and nothing in it is a recommendation to buy or sell any \
            product. You should consider whether it is appropriate for you and seek independent \
            financial advice before acting on it.";
        assert!(advice.split_whitespace().count() > MAX_PROMPT_WORDS);
        assert!(is_prompt(advice, Lang::En));
        // a story's long paragraph that speaks to its reader only in its last sentence is news
        let story = "The city council voted on Tuesday to extend the night bus service on \
            three routes until the end of the year, after a trial that carried more than 40,000 \
            passengers between March and June and cost less than the council had planned, \
            according to a report presented to the meeting by the transport department. If you \
            take the night bus, the fare stays the same as in the daytime.";
        assert!(story.split_whitespace().count() > MAX_PROMPT_WORDS);
        assert!(!is_prompt(story, Lang::En));
        // and the page's words quoted in a story are the story's
        let quoted = "\"We use cookies on our site and you can refuse them at any time, as \
            the law requires,\" the company's lawyer told the court, reading from the notice \
            that the site had shown to its readers since the start of the year and that the \
            regulator had found misleading. \"You can change your choices in the privacy \
            settings,\" the notice said.";
        assert!(quoted.split_whitespace().count() > MAX_PROMPT_WORDS);
        assert!(!is_prompt(quoted, Lang::En));
    }

    #[test]
    fn machines_making_the_page_a_writers_card_and_consent() {
        // invented notices
        for (line, lang) in [
            (
                "Note: This audio is read by an automated voice and may contain errors in \
                 pronunciation.",
                Lang::En,
            ),
            (
                "This article's audio is generated with an AI voice. Spot an error? Let us know.",
                Lang::En,
            ),
            (
                "Ringkasan ini dibuat dengan bantuan AI dan diperiksa oleh redaksi.",
                Lang::Id,
            ),
            (
                "Anya Petrovsky: apetrovsky@post-gazette.com or 412-555-0178.",
                Lang::En,
            ),
            (
                "By signing up you consent to receive the above newsletter from the publisher.",
                Lang::En,
            ),
        ] {
            assert!(is_prompt(line, lang), "{line}");
        }
        // news of a machine's voice, and a source's contact in a sentence, are the story's
        for line in [
            "Scammers used an AI voice to copy this summary of her speech, police said.",
            "Police said: send tips to tips@police.gov or call 911.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_comment_boxs_rules_are_the_pages() {
        for (line, lang) in [
            (
                "Keep it civil. Personal attacks, slurs and profanity will be removed.",
                Lang::En,
            ),
            (
                "Be truthful. Do not knowingly post false information about any person.",
                Lang::En,
            ),
            (
                "Jaga etika. Komentar yang mengandung SARA akan dihapus.",
                Lang::Id,
            ),
        ] {
            assert!(is_prompt(line, lang), "{line}");
        }
        // a guide's tip in a story names no comments
        for line in [
            "Stay calm. Call the emergency number and wait for the rescue team.",
            "Be prepared. Pack water, a torch and your documents before the storm.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_writers_contact_line_disclosure_and_sources_note_are_the_pages() {
        for (line, lang) in [
            (
                "Connor Halvorsen may be reached at chalvorsen@example.com.",
                Lang::En,
            ),
            (
                "Dewi Lestari dapat dihubungi melalui dewi@contoh.id atau 0812-3456-7890.",
                Lang::Id,
            ),
            // the surname alone before the verb, and an extension between the ways
            (
                "Marchbank may be contacted at cmarchbank@example.com or (208) 555-0172.",
                Lang::En,
            ),
            (
                "Reporter Dana Whitfield can be reached at 360-452-2345, ext. 56654, or at \
                 dwhitfield@example.com.",
                Lang::En,
            ),
            (
                "Harriet Blake receives research funding from a charitable trust. She has no \
                 other relevant affiliations.",
                Lang::En,
            ),
            (
                "This article was put together with information supplied by the Friends of the \
                 Park group and the city council.",
                Lang::En,
            ),
            (
                "This story was put together from information provided by the harbour authority \
                 and interviews by our reporters.",
                Lang::En,
            ),
        ] {
            assert!(is_prompt(line, lang), "{line}");
        }
        // a source to reach named in a sentence, and a minister's ties, are the story's
        for line in [
            "Anyone with information may be reached by police at a hotline, officers said.",
            "Tips may be sent at any time to tips@example.com, the police said.",
            "The minister said he had no conflict of interest in the contract.",
            "Investigators said the affiliations of the two men were not yet known.",
        ] {
            assert!(!is_prompt(line, Lang::En), "{line}");
        }
    }

    #[test]
    fn a_noun_in_kan_opening_a_caption_is_no_order() {
        assert!(NOUNS_IN_KAN.windows(2).all(|w| w[0] < w[1]));
        // invented captions naming a photo
        for line in [
            "Tumpukan sampah di Depo Pengok, Kota Yogyakarta (foto: Bayu/Istimewa) meluber.",
            "Lonjakan penumpang di Terminal Purabaya, Surabaya, Minggu (7/4). Foto: Dok. Dishub",
        ] {
            assert!(!is_prompt(line, Lang::Id), "{line}");
        }
        // an order in "-kan" with the page still is one
        assert!(is_prompt(
            "Dapatkan foto dan berita terbaru di kanal WhatsApp kami.",
            Lang::Id
        ));
    }

    #[test]
    fn a_paywalls_offer_is_the_pages() {
        // invented offers
        for line in [
            "Unlimited Digital Access: $1 for 6 months.",
            "*Billed as $4.00 plus GST every four weeks. Offer only available to new \
             subscribers. Cancel any time.",
            "Akses tanpa batas: berlangganan Rp 29.000 per bulan.",
        ] {
            assert!(offers_a_subscription(line), "{line}");
        }
        // a price in the news names one of the offer's terms at most
        for line in [
            "The council raised parking fees to $4 an hour for the first month of the trial.",
            "Harga langganan listrik naik Rp 2.000 per bulan mulai Juli.",
        ] {
            assert!(!offers_a_subscription(line), "{line}");
        }
    }
}
