//! Indonesian rules: the abbreviation lexicon (`id-abbreviations.tsv`, embedded so the binary
//! needs no data files), a few abbreviations news text uses that the lexicon lacks, and the
//! words that begin Indonesian sentences but never names.
//! Categories map to a [`Policy`]; "often-sentence-final" and "postnominal-degree" may end one.
use super::rules::{Policy, Rules};
use std::sync::OnceLock;

/// The lexicon, columns `abbreviation<TAB>expansion<TAB>category<TAB>sources`, `#` comments.
pub const LEXICON: &str = include_str!("id-abbreviations.tsv");

/// What each lexicon category means at a sentence end.
const CATEGORY_POLICY: &[(&str, Policy)] = &[
    // "Prof. Dr. Ir. H. Budi" — titles announce a name.
    ("prenominal-title", Policy::Never),
    // "Budi Santoso, S.H., M.H. Ia ..." — degrees follow a name and may end the sentence.
    ("postnominal-degree", Policy::Starter),
    // "buah, sayur, dll. Pemerintah ..." — often the last word of a sentence.
    ("often-sentence-final", Policy::Capital),
    // "Jl. Sudirman", "Kec. Menteng"
    ("address", Policy::Never),
    // "s.d. Jumat", "a.n. Menteri"
    ("inline", Policy::Never),
    // "hlm. 23", "No. 5", "pk. 14.30", "tgl. 6 Agustus"
    ("reference", Policy::NumberFollows),
    // "6 Agu. 2021", "Sen. 9/8" — but "... pada 6 Agu. Ia ..." ends.
    ("month", Policy::Starter),
    ("weekday", Policy::Starter),
    // "PT Bank Central Asia Tbk. Perusahaan itu ..." vs "PT. Pertamina"
    ("corporate", Policy::Starter),
    // "Pemerintah R.I. Mereka ..." vs "R.I. Jakarta"
    ("geopolitical", Policy::Starter),
    // "masalah tsb. Ia ..." vs "yg. ada"
    ("informal", Policy::Starter),
    ("document", Policy::Starter),
    // "(Foto: dok. Humas)"
    ("caption-credit", Policy::Never),
];

/// Abbreviations common in news that the lexicon does not list.
const EXTRA: &[(&str, Policy)] = &[
    // "harga Rp. 5.000" — sloppy but common; the period is not an end.
    ("Rp.", Policy::NumberFollows),
    // "Telp. 021-555", "Hp. 0812"
    ("Telp.", Policy::NumberFollows),
    ("telp.", Policy::NumberFollows),
    ("Hp.", Policy::NumberFollows),
    // "Jend. Sudirman", "Letjen. Budi" — ranks before a name.
    ("Jend.", Policy::Never),
    ("Letjen.", Policy::Never),
    ("Mayjen.", Policy::Never),
    ("Brigjen.", Policy::Never),
    ("Kapt.", Policy::Never),
    ("Komjen.", Policy::Never),
    ("Irjen.", Policy::Never),
    // "Mr. Soepomo" (meester in de rechten, a title of Indonesian jurists) and the English
    // titles of translated wire stories: "surat Mr. Comey", "ujar Ms. Gillard".
    ("Mr.", Policy::Never),
    ("Mrs.", Policy::Never),
    ("Ms.", Policy::Never),
    ("Pres.", Policy::Never),
    // "Lt. 5" (lantai, floor), "Fax. (021) 555", "Faks. 021"
    ("Lt.", Policy::NumberFollows),
    ("Fax.", Policy::NumberFollows),
    ("Faks.", Policy::NumberFollows),
    // "mis. beras" — "misalnya" before an example.
    ("mis.", Policy::Never),
    // "Jl. Gatot Subroto Kav. 52", "RT. 03/RW. 05", "Ds. Sukamaju" — address parts.
    ("Kav.", Policy::NumberFollows),
    ("RT.", Policy::NumberFollows),
    ("RW.", Policy::NumberFollows),
    ("Ds.", Policy::Never),
    ("Dsn.", Policy::Never),
    // "Bp. Sutrisno" — bapak before a name.
    ("Bp.", Policy::Never),
    // "Muh. Fadli Rasyid", "Moch. Arifin", "Mhd. Rizki", "Abd. Rahman" — Muhammad and Abdul
    // shortened in a name, as bylines and officials' names print them (the lexicon has "Moh.")
    ("Muh.", Policy::Never),
    ("Moch.", Policy::Never),
    ("Mhd.", Policy::Never),
    ("Abd.", Policy::Never),
    // "Sept. 2021"
    ("Sept.", Policy::Starter),
    ("Okt.", Policy::Starter),
];

/// Capitalized words that open Indonesian sentences and are not names, so a period after a
/// degree, an initial or an ellipsis before them ends a sentence: "..., S.H. Ia menambahkan".
pub const STARTERS: &[&str] = &[
    // pronouns: "Ia", "Mereka"
    "Ia",
    "Dia",
    "Mereka",
    "Kami",
    "Kita",
    "Saya",
    "Aku",
    "Anda",
    "Beliau",
    "Engkau",
    "Kamu",
    // demonstratives: "Ini", "Hal itu"
    "Ini",
    "Itu",
    "Hal",
    "Begitu",
    "Demikian",
    "Tersebut",
    // conjunctions and connectives: "Namun", "Sementara itu"
    "Namun",
    "Tetapi",
    "Tapi",
    "Sementara",
    "Sedangkan",
    "Selain",
    "Bahkan",
    "Karena",
    "Sebab",
    "Meski",
    "Meskipun",
    "Walau",
    "Walaupun",
    "Jika",
    "Kalau",
    "Apabila",
    "Bila",
    "Ketika",
    "Saat",
    "Setelah",
    "Sesudah",
    "Sebelum",
    "Sebelumnya",
    "Kemudian",
    "Lalu",
    "Akhirnya",
    "Selanjutnya",
    "Adapun",
    "Maka",
    "Jadi",
    "Dan",
    "Atau",
    "Juga",
    "Padahal",
    "Sehingga",
    "Oleh",
    "Selama",
    "Sejak",
    "Hingga",
    "Sampai",
    "Agar",
    "Supaya",
    "Seperti",
    "Sebagai",
    "Pun",
    "Lagi",
    "Lantas",
    "Kendati",
    "Sayangnya",
    "Untungnya",
    "Misalnya",
    "Contohnya",
    // prepositions: "Di", "Menurut"
    "Di",
    "Ke",
    "Dari",
    "Dalam",
    "Pada",
    "Untuk",
    "Dengan",
    "Menurut",
    "Bagi",
    "Tentang",
    "Terkait",
    "Atas",
    "Antara",
    "Tanpa",
    "Terhadap",
    "Melalui",
    "Kepada",
    "Mengenai",
    // adverbs, negation, auxiliaries: "Tidak", "Sudah"
    "Tidak",
    "Tak",
    "Belum",
    "Bukan",
    "Sudah",
    "Telah",
    "Akan",
    "Masih",
    "Sedang",
    "Harus",
    "Perlu",
    "Bisa",
    "Dapat",
    "Mungkin",
    "Hanya",
    "Kini",
    "Sekarang",
    "Nanti",
    "Selalu",
    "Sering",
    "Kadang",
    "Memang",
    "Tentu",
    "Justru",
    "Apalagi",
    "Terlebih",
    // questions: "Apa", "Mengapa"
    "Apa",
    "Siapa",
    "Mengapa",
    "Kenapa",
    "Bagaimana",
    "Kapan",
    "Dimana",
    "Berapa",
    "Apakah",
    // determiners and quantifiers: "Para", "Sebuah"
    "Yang",
    "Para",
    "Sang",
    "Seorang",
    "Sebuah",
    "Beberapa",
    "Banyak",
    "Semua",
    "Seluruh",
    "Setiap",
    "Tiap",
    "Sejumlah",
    "Sebagian",
    "Kedua",
    "Pertama",
    "Sekitar",
    "Hampir",
    "Lebih",
    "Kurang",
    "Sedikitnya",
    "Setidaknya",
    "Ada",
    "Terdapat",
    "Adalah",
    "Merupakan",
];

/// The Indonesian rules, built on first use.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut table: Vec<(&'static str, Policy)> = lexicon_entries().collect();
        table.extend_from_slice(EXTRA);
        Rules::new(&table, STARTERS)
    })
}

/// Lexicon rows as (abbreviation, policy). Rows whose abbreviation has no final period
/// ("Lc", "d/h") never meet a period and are skipped; unknown categories count as `Starter`.
pub fn lexicon_entries() -> impl Iterator<Item = (&'static str, Policy)> {
    LEXICON
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut columns = line.split('\t');
            let abbreviation = columns.next()?.trim();
            let category = columns.nth(1)?.trim();
            if !abbreviation.ends_with('.') {
                return None;
            }
            Some((abbreviation, category_policy(category)))
        })
}

/// The policy of a category; "reference (followed by number)" counts as "reference".
pub fn category_policy(category: &str) -> Policy {
    let head = category.split(" (").next().unwrap_or(category);
    CATEGORY_POLICY
        .iter()
        .find(|(name, _)| *name == head)
        .map(|&(_, policy)| policy)
        .unwrap_or(Policy::Starter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_keeps_its_sources_header() {
        assert!(LEXICON.starts_with("# Indonesian abbreviations"));
        assert!(LEXICON.contains("# SOURCES"));
    }

    #[test]
    fn categories_map_to_policies() {
        let cases: &[(&str, Policy)] = &[
            ("Prof.", Policy::Never),
            ("Ny.", Policy::Never),
            ("S.H.", Policy::Starter),
            ("Ph.D.", Policy::Starter),
            ("dll.", Policy::Capital),
            ("dkk.", Policy::Capital),
            ("No.", Policy::NumberFollows),
            ("tgl.", Policy::NumberFollows),
            ("Jl.", Policy::Never),
            ("Tbk.", Policy::Starter),
            ("Rp.", Policy::NumberFollows),
        ];
        let rules = rules();
        for &(abbreviation, policy) in cases {
            assert_eq!(
                rules.abbreviations.get(abbreviation),
                Some(&policy),
                "{abbreviation}"
            );
        }
        assert!(!rules.abbreviations.contains_key("Lc"));
        assert!(rules.abbreviations.len() > 140);
    }
}
