//! The fuzz targets (`garita::fuzz_targets`) as bounded tests on stable Rust: each target
//! replays every file of its corpus (`fuzz/corpus/<target>/`, where `cargo fuzz` also keeps
//! what it finds), then runs a fixed number of cases from a fixed seed, so one commit gets one
//! verdict. A case is a corpus file after a few edits (byte flips, cuts, insertions, splices,
//! tokens the parsers care about) or random bytes. For long runs use `cargo +nightly fuzz run
//! <target>` (SECURITY.md).
//!
//! `cargo test -p garita --test suite -- --ignored fuzz::write_seed_corpus` writes the seed files
//! again (photos, bodies and a draw record made by the code itself).

use std::path::{Path, PathBuf};

use garita::fuzz_targets::TARGETS;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// The one seed: change it and the cases change with it.
const SEED: [u8; 32] = *b"garita-fuzz-seed-2025-0000000001";

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target)
}

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = corpus_dir(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let bytes = std::fs::read(&path).ok()?;
            Some((path.file_name()?.to_string_lossy().into_owned(), bytes))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no seed", dir.display());
    files
}

/// Text the parsers give meaning to, inserted whole.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-",
    "0",
    "1e999",
    "-1e999",
    "NaN",
    "inf",
    "-inf",
    "9007199254740993",
    "18446744073709551616",
    "-0.0",
    "\\u0000",
    "\\ud800",
    "%",
    "%FF",
    "%00",
    "+",
    "&",
    "=",
    "&csrf_token=",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "é",
    "\0",
    "\n",
    "//",
    "/..",
    "\\",
    "O",
    "l",
    " ",
    "2024-02-29",
    "23:59",
    "24:00",
    "America/Tijuana",
];

/// One edit to a file; positions are resolved against its length when applied.
#[derive(Debug, Clone)]
enum Edit {
    Set(Index, u8),
    Truncate(Index),
    Insert(Index, u8),
    Token(Index, Index),
    /// Copies up to 63 bytes from one place in the file over another.
    Splice(Index, Index, usize),
    /// Repeats a slice of up to 63 bytes, up to 16 times (deep nesting, long fields).
    Repeat(Index, usize, usize),
}

impl Edit {
    fn apply(&self, bytes: &mut Vec<u8>) {
        if bytes.is_empty() {
            bytes.push(b' ');
        }
        match *self {
            Edit::Set(at, b) => {
                let at = at.index(bytes.len());
                bytes[at] = b;
            }
            Edit::Truncate(at) => bytes.truncate(at.index(bytes.len())),
            Edit::Insert(at, b) => bytes.insert(at.index(bytes.len() + 1), b),
            Edit::Token(at, which) => {
                let at = at.index(bytes.len() + 1);
                let token = TOKENS[which.index(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            Edit::Splice(at, from, len) => {
                let at = at.index(bytes.len());
                let len = len.min(bytes.len() - at);
                let from = from.index(bytes.len() - len + 1);
                let chunk = bytes[from..from + len].to_vec();
                bytes[at..at + len].copy_from_slice(&chunk);
            }
            Edit::Repeat(at, len, times) => {
                let at = at.index(bytes.len());
                let len = len.min(bytes.len() - at);
                let chunk = bytes[at..at + len].to_vec();
                for _ in 0..times {
                    bytes.splice(at..at, chunk.iter().copied());
                }
            }
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(a, b)| Edit::Set(a, b)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, t)| Edit::Token(a, t)),
        1 => (any::<Index>(), any::<Index>(), 0usize..64).prop_map(|(a, f, l)| Edit::Splice(a, f, l)),
        1 => (any::<Index>(), 1usize..64, 1usize..16).prop_map(|(a, l, t)| Edit::Repeat(a, l, t)),
    ]
}

/// A corpus file after 1 to 6 edits (three cases in four), or up to 512 random bytes.
fn input(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let mutated = (
        prop::sample::select(seeds),
        prop::collection::vec(edit(), 1..=6),
    )
        .prop_map(|(mut bytes, edits)| {
            for e in &edits {
                e.apply(&mut bytes);
            }
            bytes
        });
    prop_oneof![
        3 => mutated,
        1 => prop::collection::vec(any::<u8>(), 0..512),
    ]
}

/// Replays the corpus, then runs `cases` seeded cases; a failure names the input.
fn run(target: &str, cases: u32) {
    let (_, f) = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .unwrap_or_else(|| panic!("no target {target}"));
    let seeds = corpus(target);
    for (name, bytes) in &seeds {
        if std::panic::catch_unwind(|| f(bytes)).is_err() {
            panic!("{target}: corpus file {name} fails");
        }
    }
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &SEED);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let strategy = input(seeds.into_iter().map(|(_, b)| b).collect());
    if let Err(e) = runner.run(&strategy, |bytes| {
        f(&bytes);
        Ok(())
    }) {
        panic!("{target}: {e}");
    }
}

// Case counts keep the whole file under a minute in debug on two cores (the photo decodes
// and re-encodes; the others take microseconds).

#[test]
fn photo_uploads_never_panic_and_come_out_clean() {
    run("photo", 20_000);
}

#[test]
fn json_bodies_are_accepted_valid_or_refused_with_a_4xx() {
    run("api_json", 30_000);
}

#[test]
fn form_bodies_are_accepted_valid_or_refused_with_a_4xx() {
    run("form", 20_000);
}

#[test]
fn query_strings_and_headers_never_panic() {
    run("query_and_headers", 30_000);
}

#[test]
fn draw_records_verify_only_when_they_follow_from_their_seed() {
    run("draw_record", 30_000);
}

#[test]
fn wait_time_reports_are_within_bounds_or_refused() {
    run("wait_times_report", 30_000);
}

#[test]
fn pass_codes_normalize_idempotently() {
    run("pass_code", 30_000);
}

#[test]
fn ports_files_load_valid_ports_or_are_refused() {
    run("ports_file", 20_000);
}

#[test]
fn positions_including_nan_and_infinity_are_judged_not_panicked_on() {
    run("geofence", 30_000);
}

#[test]
fn api_keys_in_bearer_headers_parse_only_in_their_shape() {
    run("api_key", 30_000);
}

#[test]
fn every_target_has_a_test_and_a_corpus() {
    let source = include_str!("fuzz.rs");
    for (name, _) in TARGETS {
        assert!(
            source.contains(&format!("run(\"{name}\"")),
            "{name} has no test"
        );
        assert!(!corpus(name).is_empty());
        let bin = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/fuzz_targets")
            .join(format!("{name}.rs"));
        assert!(bin.exists(), "{} is missing", bin.display());
    }
}

// ----- the seed corpus ---------------------------------------------------------------------

mod seeds {
    use super::corpus_dir;
    use image::codecs::jpeg::JpegEncoder;
    use image::codecs::png::PngEncoder;
    use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

    fn picture(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let n = ((u64::from(x) << 32 | u64::from(y)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40)
                as u8
                % 24;
            Rgb([
                ((x * 255 / width) as u8).saturating_add(n),
                (y * 255 / height) as u8,
                n * 8,
            ])
        })
    }

    fn jpeg(width: u32, height: u32, quality: u8) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, quality)
            .encode_image(&picture(width, height))
            .unwrap();
        out
    }

    /// A JPEG with an EXIF block (orientation 6 and a GPS pointer) after SOI.
    fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
        let mut tiff = b"II\x2A\x00\x08\x00\x00\x00".to_vec();
        tiff.extend_from_slice(&2u16.to_le_bytes());
        tiff.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
        tiff.extend_from_slice(&[0x25, 0x88, 4, 0, 1, 0, 0, 0, 38, 0, 0, 0]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        tiff.extend_from_slice(&1u16.to_le_bytes());
        tiff.extend_from_slice(&[0x01, 0x00, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let plain = jpeg(width, height, 80);
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&plain[2..]);
        out
    }

    fn png_rgba(width: u32, height: u32) -> Vec<u8> {
        let img = RgbaImage::from_fn(width, height, |x, y| {
            Rgba([x as u8, y as u8, 128, ((x + y) % 256) as u8])
        });
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    fn png_gray(width: u32, height: u32) -> Vec<u8> {
        let img = image::GrayImage::from_fn(width, height, |x, y| image::Luma([(x ^ y) as u8]));
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(img.as_raw(), width, height, image::ExtendedColorType::L8)
            .unwrap();
        out
    }

    /// A small draw (five requests, three slots) published by the code itself.
    fn draw_record() -> Vec<u8> {
        use garita_domain::draw::{publish, DrawInput, DrawRequest, Rule, SlotOffer};
        let date = chrono::NaiveDate::from_ymd_opt(2025, 6, 15).unwrap();
        let request = |id: &str, size, days_waited, vulnerable, preferences: &[&str]| DrawRequest {
            id: id.to_string(),
            size,
            days_waited,
            vulnerable,
            preferences: preferences.iter().map(|p| p.to_string()).collect(),
            priority: id.ends_with('5'),
            registration_rank: None,
        };
        let offer = |port: &str, start: &str, capacity| SlotOffer {
            port: port.to_string(),
            date: date.succ_opt().unwrap(),
            start: chrono::NaiveTime::parse_from_str(start, "%H:%M").unwrap(),
            capacity,
        };
        let input = DrawInput {
            seed: "5e".repeat(32),
            rule: Rule::default(),
            requests: vec![
                request("a1", 2, 0, false, &["san-ysidro"]),
                request("b2", 1, 3, true, &["otay-mesa", "san-ysidro"]),
                request("c3", 4, 10, false, &["otay-mesa"]),
                request("d4", 1, 1, false, &["tecate", "otay-mesa"]),
                request("e5", 3, 0, false, &["san-ysidro"]),
            ],
            offers: vec![
                offer("san-ysidro", "09:00", 4),
                offer("otay-mesa", "09:30", 3),
                offer("tecate", "10:00", 1),
            ],
        };
        let published = publish(date, input).unwrap();
        garita_domain::draw::verify(&published).unwrap();
        serde_json::to_vec_pretty(&published).unwrap()
    }

    fn ports_file() -> Vec<u8> {
        let all: Vec<serde_json::Value> =
            serde_json::from_str(garita::config::BUILTIN_PORTS).unwrap();
        serde_json::to_vec_pretty(&all[..2]).unwrap()
    }

    fn write(target: &str, name: &str, bytes: &[u8]) {
        let dir = corpus_dir(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), bytes).unwrap();
    }

    #[test]
    #[ignore = "writes fuzz/corpus; run by hand when a parser's input changes"]
    fn write_seed_corpus() {
        write("photo", "jpeg-96x80", &jpeg(96, 80, 75));
        write(
            "photo",
            "jpeg-exif-gps-orientation-6",
            &jpeg_with_exif(80, 64),
        );
        write("photo", "png-rgba-80x96", &png_rgba(80, 96));
        write("photo", "png-gray-72x72", &png_gray(72, 72));

        let json: &[(&str, &str)] = &[
            (
                "registration",
                r#"{"email":"ana@example.org","password":"correct horse battery staple","language":"es"}"#,
            ),
            (
                "credentials",
                r#"{"email":"ana@example.org","password":"correct horse battery staple"}"#,
            ),
            (
                "traveler",
                r#"{"full_name":"Ana María López","date_of_birth":"1990-04-12","citizenship":"HN","language":"es","document_type":"passport","document_number":"P1234567","contact":"+52 664 123 4567"}"#,
            ),
            ("traveler-partial", r#"{"contact":"ana@example.org"}"#),
            (
                "submission",
                r#"{"ports":["san-ysidro","otay-mesa"],"answers":["medical"],"location":{"latitude":32.5149,"longitude":-117.0382,"accuracy_m":25}}"#,
            ),
            (
                "submission-us-side",
                r#"{"ports":["san-ysidro"],"answers":[],"location":{"latitude":32.56,"longitude":-117.03,"accuracy_m":5}}"#,
            ),
            (
                "check-in",
                r#"{"code":"7K3M-9QXZ-2PRT","port":"san-ysidro"}"#,
            ),
            (
                "decision",
                r#"{"identity":"confirmed","outcome":"processed-other"}"#,
            ),
            (
                "capacity",
                r#"{"slots":[{"start":"09:00","capacity":40},{"start":"09:30","capacity":2040.0}]}"#,
            ),
            (
                "wait-times",
                r#"{"lanes":[{"lane":"passenger-standard","status":"open","lanes_open":12,"delay_minutes":45},{"lane":"pedestrian-standard","status":"closed"}]}"#,
            ),
        ];
        for (name, body) in json {
            write("api_json", name, body.as_bytes());
        }

        let forms: &[(&str, &str)] = &[
            ("request", "port_1=san-ysidro&port_2=otay-mesa&port_3=&answer_medical=on&latitude=32.5149&longitude=-117.0382&accuracy=25"),
            ("request-typed-nan", "port_1=tecate&latitude=NaN&longitude=inf&accuracy="),
            ("member", "full_name=Ana+Mar%C3%ADa+L%C3%B3pez&date_of_birth=1990-04-12&citizenship=HN&language=es&document_type=passport&document_number=P1234567&contact=%2B52+664+123+4567&idempotency_key=form-0123456789&is_holder=on"),
            ("login", "email=ana%40example.org&password=correct+horse+battery+staple&next=%2Fgroup"),
            ("wait-times", "passenger-standard.status=open&passenger-standard.lanes_open=4&passenger-standard.delay_minutes=30&pedestrian-ready.status=closed"),
            ("capacity", "port=san-ysidro&date=2025-06-16&cap_09%3A00=40&cap_09%3A30=0"),
            ("decision", "identity=confirmed&outcome=paroled-nta&code=7K3M9QXZ"),
        ];
        for (name, body) in forms {
            write("form", name, body.as_bytes());
        }

        let queries: &[(&str, &str)] = &[
            ("audit", "after=120&limit=50"),
            ("day", "port=san-ysidro&date=2025-06-16"),
            ("history", "days=7"),
            ("next", "next=%2Fappointment%3Fx%3D1&lang=pt-BR"),
            ("accept-language", "es-MX,es;q=0.9,en;q=0.8,*;q=0.1"),
            ("idempotency-key", "0b6c2f5e-4f0a-4a55-9d1c-7f1d1f2f8e11"),
        ];
        for (name, body) in queries {
            write("query_and_headers", name, body.as_bytes());
        }

        write("draw_record", "published-v2", &draw_record());
        write(
            "wait_times_report",
            "lanes",
            br#"{"lanes":[{"lane":"passenger-standard","status":"open","lanes_open":12,"delay_minutes":45},{"lane":"passenger-ready","status":"lanes-reduced","lanes_open":"3","delay_minutes":"20"},{"lane":"pedestrian-standard","status":"closed"}]}"#,
        );
        write("pass_code", "typed", b"7k3m-9qxz 2prt");
        write("pass_code", "look-alikes", b"OIL0-1ll0");
        write("ports_file", "two-ports", &ports_file());
        write("geofence", "tijuana", b"32.5149,-117.0382,25");
        write("geofence", "us-side", b"32.56,-117.03,5");
        write("geofence", "nan-inf", b"NaN,inf,-1");
        let raw: Vec<u8> = [f64::NAN, f64::INFINITY, 25.0]
            .iter()
            .flat_map(|f| f.to_le_bytes())
            .collect();
        write("geofence", "raw-nan-inf", &raw);
    }
}
