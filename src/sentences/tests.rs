//! Table-driven tests of the sentence rules. Each row is a realistic news-style example
//! (written for these tests) and the sentences it must give; together they document the rules.
use super::*;

fn texts(input: &str, lang: Lang) -> Vec<&str> {
    split(input, lang)
        .iter()
        .map(|s| s.span.of(input))
        .collect()
}

fn check(cases: &[(&str, &[&str])], lang: Lang) {
    for (input, expected) in cases {
        assert_eq!(texts(input, lang), *expected, "input: {input}");
    }
}

#[test]
fn indonesian_abbreviations() {
    check(
        &[
            // a prenominal title never ends a sentence
            (
                "Prof. Dr. Ir. H. Sutrisno membuka acara itu. Ia didampingi rektor.",
                &["Prof. Dr. Ir. H. Sutrisno membuka acara itu.", "Ia didampingi rektor."],
            ),
            // "Ny." and "Tn." before names
            (
                "Rumah Ny. Siti Aminah digeledah polisi kemarin. Tn. Rahman tidak di tempat.",
                &["Rumah Ny. Siti Aminah digeledah polisi kemarin.", "Tn. Rahman tidak di tempat."],
            ),
            // Muhammad and Abdul shortened inside a name
            (
                "Bantuan diserahkan Muh. Fadli Rasyid kepada warga. Abd. Rahman dan Mhd. Rizki ikut hadir.",
                &[
                    "Bantuan diserahkan Muh. Fadli Rasyid kepada warga.",
                    "Abd. Rahman dan Mhd. Rizki ikut hadir.",
                ],
            ),
            // a degree after a name may end the sentence before a starter word
            (
                "Gugatan itu diajukan oleh kuasa hukumnya, Andi Pratama, S.H. Ia meminta hakim menolak dakwaan.",
                &[
                    "Gugatan itu diajukan oleh kuasa hukumnya, Andi Pratama, S.H.",
                    "Ia meminta hakim menolak dakwaan.",
                ],
            ),
            // ... but not before another degree
            (
                "Surat itu ditandatangani Budi Hartono, S.E. M.M. selaku direktur.",
                &["Surat itu ditandatangani Budi Hartono, S.E. M.M. selaku direktur."],
            ),
            // a degree the lexicon lacks, shaped like one
            (
                "Sekolah itu dipimpin Ahmad Fauzi, S.Pd.I. Ia mengajar sejak 1998.",
                &["Sekolah itu dipimpin Ahmad Fauzi, S.Pd.I.", "Ia mengajar sejak 1998."],
            ),
            (
                "Pasien ditangani dr. Rina Wulandari, Sp.PD. Kondisinya membaik.",
                &["Pasien ditangani dr. Rina Wulandari, Sp.PD. Kondisinya membaik."],
            ),
            // address parts before numbers
            (
                "Kantornya di Jl. Gatot Subroto Kav. 52, RT. 03/RW. 05, Jakarta Selatan.",
                &["Kantornya di Jl. Gatot Subroto Kav. 52, RT. 03/RW. 05, Jakarta Selatan."],
            ),
            // "dll." often ends a sentence
            (
                "Pasar menjual beras, minyak goreng, gula, dll. Pedagang mengeluhkan harga.",
                &["Pasar menjual beras, minyak goreng, gula, dll.", "Pedagang mengeluhkan harga."],
            ),
            // ... and does not before a lowercase word
            (
                "Bantuan berupa beras, gula, dll. akan dibagikan pekan depan.",
                &["Bantuan berupa beras, gula, dll. akan dibagikan pekan depan."],
            ),
            // "dkk." in a citation
            (
                "Penelitian itu ditulis Suharto dkk. Mereka meneliti 200 desa.",
                &["Penelitian itu ditulis Suharto dkk.", "Mereka meneliti 200 desa."],
            ),
            // reference abbreviations before numbers
            (
                "Aturan itu tercantum dalam UU No. 11 Tahun 2020 hlm. 23 yang disahkan DPR.",
                &["Aturan itu tercantum dalam UU No. 11 Tahun 2020 hlm. 23 yang disahkan DPR."],
            ),
            // addresses
            (
                "Kantor itu berada di Jl. Merdeka Barat No. 9, Kec. Gambir. Gedungnya dijaga ketat.",
                &[
                    "Kantor itu berada di Jl. Merdeka Barat No. 9, Kec. Gambir.",
                    "Gedungnya dijaga ketat.",
                ],
            ),
            // a Roman numeral after "No." is a number too
            (
                "Aturan itu dicabut dengan Ketetapan MPRS No. XXV tahun 1966. Isinya dibahas lagi.",
                &[
                    "Aturan itu dicabut dengan Ketetapan MPRS No. XXV tahun 1966.",
                    "Isinya dibahas lagi.",
                ],
            ),
            // "Mr." before a jurist's name (meester in de rechten)
            (
                "Naskah itu disusun Mr. Soepomo dan Mr. Muhammad Yamin.",
                &["Naskah itu disusun Mr. Soepomo dan Mr. Muhammad Yamin."],
            ),
            // "Rp." before an amount, not an end
            (
                "Harga cabai naik menjadi Rp. 80.000 per kilogram. Pedagang mengeluh.",
                &["Harga cabai naik menjadi Rp. 80.000 per kilogram.", "Pedagang mengeluh."],
            ),
            // "Tbk." before a lowercase verb is not an end
            (
                "Saham PT Bank Rakyat Indonesia Tbk. naik 2 persen. Perusahaan itu mencatat laba.",
                &["Saham PT Bank Rakyat Indonesia Tbk. naik 2 persen.", "Perusahaan itu mencatat laba."],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn initials() {
    check(
        &[
            (
                "Penasihat keamanan H.R. McMaster bertemu wartawan. Ia menolak berkomentar.",
                &[
                    "Penasihat keamanan H.R. McMaster bertemu wartawan.",
                    "Ia menolak berkomentar.",
                ],
            ),
            (
                "Ruang pers James S. Brady penuh sesak pagi itu.",
                &["Ruang pers James S. Brady penuh sesak pagi itu."],
            ),
            // an initial at a sentence end before a starter word
            (
                "Ia lulus dengan nilai A. Dia lalu melanjutkan kuliah ke Bandung.",
                &[
                    "Ia lulus dengan nilai A.",
                    "Dia lalu melanjutkan kuliah ke Bandung.",
                ],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn numbers_dates_and_times() {
    check(
        &[
            // thousands separator and decimal comma
            (
                "Sebanyak 1.400 warga mengungsi. Suku bunga naik menjadi 4,75 persen.",
                &[
                    "Sebanyak 1.400 warga mengungsi.",
                    "Suku bunga naik menjadi 4,75 persen.",
                ],
            ),
            // a time with a period
            (
                "Rapat dimulai pukul 14.30 WIB. Presiden hadir tepat waktu.",
                &[
                    "Rapat dimulai pukul 14.30 WIB.",
                    "Presiden hadir tepat waktu.",
                ],
            ),
            // dates in parentheses
            (
                "Kedua menteri bertelepon pada Jumat (6/8). Mereka membahas bantuan.",
                &[
                    "Kedua menteri bertelepon pada Jumat (6/8).",
                    "Mereka membahas bantuan.",
                ],
            ),
            (
                "Putusan dibacakan Jumat (19/6/2020) di Jakarta. Terdakwa menerima.",
                &[
                    "Putusan dibacakan Jumat (19/6/2020) di Jakarta.",
                    "Terdakwa menerima.",
                ],
            ),
            // a year at a sentence end, then a number opening the next
            (
                "Pabrik itu ditutup pada 1998. 200 pekerja kehilangan pekerjaan.",
                &[
                    "Pabrik itu ditutup pada 1998.",
                    "200 pekerja kehilangan pekerjaan.",
                ],
            ),
            // a list number opening the paragraph
            (
                "1. Pemerintah menaikkan anggaran pendidikan.",
                &["1. Pemerintah menaikkan anggaran pendidikan."],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn ellipses_urls_and_emails() {
    check(
        &[
            (
                "Ia terdiam sejenak... Kemudian ia meninggalkan ruangan.",
                &["Ia terdiam sejenak...", "Kemudian ia meninggalkan ruangan."],
            ),
            (
                "“Kami tidak… Indonesia tetap netral,” kata juru bicara itu.",
                &["“Kami tidak… Indonesia tetap netral,” kata juru bicara itu."],
            ),
            (
                "Informasi ada di situs kemlu.go.id dan www.voaindonesia.com. Warga juga bisa menelepon.",
                &[
                    "Informasi ada di situs kemlu.go.id dan www.voaindonesia.com.",
                    "Warga juga bisa menelepon.",
                ],
            ),
            (
                "Laporan dikirim ke redaksi@contoh.co.id. Tim akan membalas dalam dua hari.",
                &["Laporan dikirim ke redaksi@contoh.co.id.", "Tim akan membalas dalam dua hari."],
            ),
            (
                "Unduh di https://contoh.go.id/data.pdf?v=2. Berkasnya berukuran 2 MB.",
                &["Unduh di https://contoh.go.id/data.pdf?v=2.", "Berkasnya berukuran 2 MB."],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn questions_and_exclamations() {
    check(
        &[
            (
                "Apa yang terjadi? Polisi masih menyelidiki. Awas! Jalan licin.",
                &[
                    "Apa yang terjadi?",
                    "Polisi masih menyelidiki.",
                    "Awas!",
                    "Jalan licin.",
                ],
            ),
            // a question quoted before its attribution
            (
                "“Mengapa harga naik?” tanya seorang ibu di pasar.",
                &["“Mengapa harga naik?” tanya seorang ibu di pasar."],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn quotations() {
    check(
        &[
            // a quotation followed by its attribution is one sentence
            (
                "“Kedua negara sepakat melanjutkan dialog,” kata kementerian tersebut.",
                &["“Kedua negara sepakat melanjutkan dialog,” kata kementerian tersebut."],
            ),
            // a sentence ending inside a quotation ends after the closing mark
            (
                "“Kami akan mengumumkan hasilnya hari ini.” Demikian kata juru bicara itu.",
                &["“Kami akan mengumumkan hasilnya hari ini.”", "Demikian kata juru bicara itu."],
            ),
            // straight quotation marks
            (
                "\"Semua warga sudah dievakuasi.\" Petugas lalu menutup jalan.",
                &["\"Semua warga sudah dievakuasi.\"", "Petugas lalu menutup jalan."],
            ),
            // a quotation of several sentences is split
            (
                "“Kami sangat prihatin. Bantuan akan tiba besok. Warga diminta tenang,” ujar Gubernur.",
                &[
                    "“Kami sangat prihatin.",
                    "Bantuan akan tiba besok.",
                    "Warga diminta tenang,” ujar Gubernur.",
                ],
            ),
            // a closing mark set apart by a space still ends the sentence it closes
            (
                "“Kami siap menghadapi sidang. ” Pengacara itu lalu pergi.",
                &["“Kami siap menghadapi sidang. ”", "Pengacara itu lalu pergi."],
            ),
            // a short quoted phrase inside a sentence
            (
                "Ia menyebut kebijakan itu “langkah mundur.” Menteri membantah.",
                &["Ia menyebut kebijakan itu “langkah mundur.”", "Menteri membantah."],
            ),
        ],
        Lang::Id,
    );
}

#[test]
fn in_quote_marks_split_and_whole_quotations() {
    let cases: &[(&str, &[bool])] = &[
        // attribution in the same sentence: not in_quote
        ("“Kami siap,” kata dia. Rapat ditutup.", &[false, false]),
        // a quotation over three sentences: each one in_quote
        (
            "“Kami sangat prihatin. Bantuan akan tiba besok. Warga diminta tenang,” ujar Gubernur. Rapat ditutup.",
            &[true, true, true, false],
        ),
        // a wholly quoted sentence
        ("“Kami siap.” Demikian kata juru bicara.", &[true, false]),
        // a quotation continued from the previous paragraph, not closed here
        ("“Kami juga meminta bantuan internasional. Warga butuh tenda.", &[true, true]),
        // an unbalanced mark affects its own paragraph only
        ("Dia menyebut “proyek gagal. Semua tahu itu.", &[true, true]),
    ];
    for (input, expected) in cases {
        let got: Vec<bool> = split(input, Lang::Id).iter().map(|s| s.in_quote).collect();
        assert_eq!(got, *expected, "input: {input}");
    }
}

#[test]
fn english_rules() {
    check(
        &[
            (
                "Mr. Blinken met Dr. Chung in Washington, D.C. on Friday. They discussed aid.",
                &[
                    "Mr. Blinken met Dr. Chung in Washington, D.C. on Friday.",
                    "They discussed aid.",
                ],
            ),
            (
                "The talks ended at 9 p.m. The ministers left without comment.",
                &[
                    "The talks ended at 9 p.m.",
                    "The ministers left without comment.",
                ],
            ),
            (
                "Aid arrived in the U.S. The Oct. 5 shipment was the largest.",
                &[
                    "Aid arrived in the U.S.",
                    "The Oct. 5 shipment was the largest.",
                ],
            ),
            // "Art." before a number, but not before the pronoun "I"
            (
                "See Art. 5 of the treaty. He studied at the School of Art. I loved it.",
                &[
                    "See Art. 5 of the treaty.",
                    "He studied at the School of Art.",
                    "I loved it.",
                ],
            ),
            (
                "U.S. President Joe Biden spoke. H.R. McMaster listened.",
                &["U.S. President Joe Biden spoke.", "H.R. McMaster listened."],
            ),
            (
                "\"We are ready,\" said John F. Kennedy. \"The time is now.\" He left.",
                &[
                    "\"We are ready,\" said John F. Kennedy.",
                    "\"The time is now.\"",
                    "He left.",
                ],
            ),
        ],
        Lang::En,
    );
}

#[test]
fn spans_are_trimmed_and_lossless() {
    let input = "  Satu.   Dua?\tTiga!  ";
    let sentences = split(input, Lang::Id);
    assert_eq!(texts(input, Lang::Id), ["Satu.", "Dua?", "Tiga!"]);
    let mut rebuilt = String::new();
    let mut at = 0;
    for s in &sentences {
        assert!(input[at..s.span.start].trim().is_empty());
        rebuilt.push_str(&input[at..s.span.end]);
        at = s.span.end;
    }
    rebuilt.push_str(&input[at..]);
    assert_eq!(rebuilt, input);
}

#[test]
fn degenerate_input_gives_no_or_one_sentence() {
    let cases: &[(&str, usize)] = &[
        ("", 0),
        ("   \t ", 0),
        (".", 1),
        ("...", 1),
        (". . .", 1),
        ("“", 1),
        ("\"\"\"", 1),
        ("tanpa tanda baca sama sekali", 1),
    ];
    for &(input, n) in cases {
        assert_eq!(split(input, Lang::Id).len(), n, "input: {input:?}");
    }
}

#[test]
fn an_abbreviation_that_announces_what_follows_in_any_case() {
    for token in ["Dok.", "dok.", "Dr.", "Moch.", "Jl.", "Mr."] {
        assert!(super::announces_what_follows(token), "{token}");
    }
    // a sentence's last word, an abbreviation that may end one, no period
    for token in ["Bali.", "dll.", "Dok", "itu."] {
        assert!(!super::announces_what_follows(token), "{token}");
    }
}
