//! What checking one uploaded photo may cost in memory, measured in a child process (see
//! "measuring" below). Hostile PNGs — a flat image of 40 megapixels that compresses
//! to 150 KB, IDAT and iCCP streams that inflate a thousandfold — must be refused or handled
//! without going past the per-photo budget, `PhotoLimits::max_decode_bytes`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use garita::photos::processing::{normalize, PhotoLimits};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::ImageEncoder;
use proptest::prelude::*;

// ----- measuring ------------------------------------------------------------------------------
//
// The workspace forbids `unsafe`, so no counting allocator: each file is checked in a child
// process (this test binary, running only `child_checks_the_file_it_is_given`), which reports
// how far its peak resident memory (VmHWM) rose above what it held (VmRSS) just before
// `normalize`. That is what the server would pay, pages actually touched included.

const PROBE: &str = "GARITA_PHOTO_PROBE";

/// A field of /proc/self/status, in bytes.
fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        .map_or(0, |kib| kib * 1024)
}

/// The child's side: checks the file named in `GARITA_PHOTO_PROBE` and prints the outcome and
/// the rise of its peak.
#[test]
#[ignore = "the child process of `checked`; does nothing alone"]
fn child_checks_the_file_it_is_given() {
    let Ok(path) = std::env::var(PROBE) else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let before = status_bytes("VmRSS");
    let outcome = match normalize(&bytes, &PhotoLimits::default()) {
        Ok(photo) => format!("{}x{}", photo.width, photo.height),
        Err(e) => e.code().to_string(),
    };
    let rise = status_bytes("VmHWM").saturating_sub(before);
    println!("PROBE {outcome} {rise}");
}

/// Checks `bytes` in a child process: its outcome (`WxH` of the stored photo, or the error
/// code) and how many bytes the check added to the child's peak.
fn checked(bytes: &[u8]) -> (String, usize) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let path: PathBuf = std::env::temp_dir().join(format!(
        "garita-photo-probe-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_checks_the_file_it_is_given",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(PROBE, &path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| Some(l.split_once("PROBE ")?.1))
        .unwrap_or_else(|| {
            panic!(
                "no probe line: {stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let (outcome, rise) = line.rsplit_once(' ').unwrap();
    (outcome.to_string(), rise.parse().unwrap())
}

const MIB: usize = 1024 * 1024;

fn budget() -> usize {
    usize::try_from(PhotoLimits::default().max_decode_bytes).unwrap()
}

// ----- files built by hand ------------------------------------------------------------------

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

const PNG_MAGIC: [u8; 8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

/// An IHDR for `width × height`, 8 bits a sample, of color type `color` (0 gray, 2 RGB,
/// 6 RGBA).
fn ihdr(width: u32, height: u32, color: u8) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend_from_slice(&width.to_be_bytes());
    data.extend_from_slice(&height.to_be_bytes());
    data.extend_from_slice(&[8, color, 0, 0, 0]);
    data
}

/// Bits written least significant first, as deflate wants them.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    len: u32,
}

impl Bits {
    /// `count` bits of `value`, least significant first (header fields, extra bits).
    fn value(&mut self, value: u32, count: u32) {
        for i in 0..count {
            self.bit((value >> i) & 1);
        }
    }
    /// A Huffman code of `count` bits, most significant first.
    fn code(&mut self, code: u32, count: u32) {
        for i in (0..count).rev() {
            self.bit((code >> i) & 1);
        }
    }
    fn bit(&mut self, bit: u32) {
        self.acc |= u64::from(bit) << self.len;
        self.len += 1;
        if self.len == 8 {
            self.out.push(self.acc as u8);
            self.acc = 0;
            self.len = 0;
        }
    }
    fn finish(mut self) -> Vec<u8> {
        if self.len > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A zlib stream of `1 + 258 × repeats` zero bytes in about `repeats / 4` bytes: one dynamic
/// Huffman block whose codes are a literal 0 (2 bits), end of block (2 bits) and "258 bytes
/// at distance 1" (1 + 1 bits), which is deflate's best ratio, about 1 032 to 1.
fn zlib_of_zeros(repeats: usize) -> Vec<u8> {
    let mut b = Bits::default();
    b.value(1, 1); // BFINAL
    b.value(2, 2); // BTYPE = dynamic
    b.value(286 - 257, 5); // HLIT: literal/length codes up to 285
    b.value(2 - 1, 5); // HDIST: two distance codes
    b.value(18 - 4, 4); // HCLEN: code length codes up to "1" in the fixed order
                        // Code length code lengths in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
                        // "18" (a run of zeros) gets 1 bit, "1" and "2" get 2 bits.
    for length in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.value(length, 3);
    }
    // Canonical codes of that alphabet: 18 → 0, 1 → 10, 2 → 11.
    let zeros = |b: &mut Bits, run: u32| {
        b.code(0, 1);
        b.value(run - 11, 7);
    };
    b.code(0b11, 2); // literal 0: length 2
    zeros(&mut b, 138); // literals 1..=138
    zeros(&mut b, 117); // literals 139..=255
    b.code(0b11, 2); // end of block: length 2
    zeros(&mut b, 28); // lengths 257..=284
    b.code(0b10, 2); // length code 285 (258 bytes): length 1
    b.code(0b10, 2); // distance code 0 (distance 1): length 1
    b.code(0b10, 2); // distance code 1: length 1
                     // Literal/length codes: 285 → 0, literal 0 → 10, end of block → 11. Distance 0 → 0.
    b.code(0b10, 2);
    for _ in 0..repeats {
        b.code(0, 1);
        b.code(0, 1);
    }
    b.code(0b11, 2);
    let mut out = vec![0x78, 0x9C];
    out.extend_from_slice(&b.finish());
    let total = 1 + 258 * repeats as u64;
    let adler = ((total % 65_521) << 16) | 1;
    out.extend_from_slice(&(adler as u32).to_be_bytes());
    out
}

/// A PNG of `width × height` RGBA pixels of one color, compressed as hard as the encoder can.
fn flat_png(width: u32, height: u32) -> Vec<u8> {
    let pixels = [30u8, 60, 90, 255].repeat(width as usize * height as usize);
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Up)
        .write_image(&pixels, width, height, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

/// `png` with a chunk inserted right after IHDR.
fn with_chunk_after_ihdr(png: &[u8], kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let after_ihdr = 8 + 12 + 13;
    let mut out = png[..after_ihdr].to_vec();
    png_chunk(&mut out, kind, data);
    out.extend_from_slice(&png[after_ihdr..]);
    out
}

/// An iCCP chunk's data: a profile name, compression method 0, then `stream`.
fn iccp(stream: &[u8]) -> Vec<u8> {
    let mut data = b"bomb\0\0".to_vec();
    data.extend_from_slice(stream);
    data
}

/// A PNG declaring `width × height` (color type `color`) whose IDAT inflates to
/// `1 + 258 × repeats` zero bytes, however many the image needs.
fn png_with_idat_of_zeros(width: u32, height: u32, color: u8, repeats: usize) -> Vec<u8> {
    let mut out = PNG_MAGIC.to_vec();
    png_chunk(&mut out, b"IHDR", &ihdr(width, height, color));
    png_chunk(&mut out, b"IDAT", &zlib_of_zeros(repeats));
    png_chunk(&mut out, b"IEND", &[]);
    out
}

// ----- the tests ----------------------------------------------------------------------------

#[test]
fn the_bomb_stream_inflates_as_intended() {
    // 512 rows of a filter byte and 257 zero bytes, from 512 repeats plus one literal, then
    // one byte too many (ignored): a valid, all-black 257 × 512 gray image.
    let rows = 512;
    let mut exact = PNG_MAGIC.to_vec();
    png_chunk(&mut exact, b"IHDR", &ihdr(257, rows, 0));
    png_chunk(&mut exact, b"IDAT", &zlib_of_zeros(rows as usize));
    png_chunk(&mut exact, b"IEND", &[]);
    let decoded = image::load_from_memory(&exact).unwrap().into_luma8();
    assert_eq!(decoded.dimensions(), (257, rows));
    assert!(decoded.pixels().all(|p| p.0 == [0]));
}

#[test]
fn a_flat_forty_megapixel_png_is_refused_without_decoding_it() {
    let bytes = flat_png(6_300, 6_300);
    assert!(bytes.len() < 400 * 1024, "{} bytes", bytes.len());
    let (outcome, rise) = checked(&bytes);
    println!(
        "6300 x 6300 RGBA PNG ({} KB): {outcome}, peak rose {} KiB",
        bytes.len() / 1024,
        rise / 1024
    );
    assert_eq!(outcome, "photo-too-many-pixels");
    assert!(rise < 4 * MIB, "refusing it took {} MiB", rise / MIB);
}

#[test]
fn the_largest_photo_allowed_stays_within_the_budget() {
    let limits = PhotoLimits::default();
    // 4:3 at the pixel limit, with alpha: the dearest 8-bit PNG that is accepted.
    let height = ((limits.max_pixels * 3 / 4) as f64).sqrt() as u32;
    let width = (limits.max_pixels / u64::from(height)) as u32;
    let bytes = flat_png(width, height);
    let (outcome, rise) = checked(&bytes);
    assert_eq!(outcome, "1024x768");
    println!(
        "{width} x {height} RGBA PNG ({} KB): peak rose {} MiB",
        bytes.len() / 1024,
        rise / MIB
    );
    assert!(
        rise <= budget(),
        "{} MiB over a budget of {} MiB",
        rise / MIB,
        budget() / MIB
    );
}

#[test]
fn a_sixteen_bit_png_at_the_pixel_limit_is_refused_for_its_memory() {
    // 8 bytes a pixel: more than the budget at the pixel limit, so refused from the header.
    let mut bytes = PNG_MAGIC.to_vec();
    let mut header = ihdr(4_096, 3_072, 6);
    header[8] = 16;
    png_chunk(&mut bytes, b"IHDR", &header);
    png_chunk(&mut bytes, b"IDAT", &zlib_of_zeros(100));
    png_chunk(&mut bytes, b"IEND", &[]);
    let (outcome, rise) = checked(&bytes);
    assert_eq!(outcome, "photo-too-many-pixels");
    assert!(rise < 4 * MIB, "took {} MiB", rise / MIB);
}

#[test]
fn an_idat_that_inflates_past_the_image_costs_no_more_than_the_image() {
    // 64 × 64 gray needs 64 × 65 bytes; this IDAT inflates to 26 MB.
    let bytes = png_with_idat_of_zeros(64, 64, 0, 100_000);
    let (outcome, rise) = checked(&bytes);
    assert!(
        ["64x64", "photo-corrupt"].contains(&outcome.as_str()),
        "{outcome}"
    );
    assert!(rise < 4 * MIB, "took {} MiB", rise / MIB);
}

#[test]
fn a_two_hundred_kilobyte_icc_profile_is_never_inflated() {
    // 200 KB of iCCP that inflates to 206 MB, in front of an ordinary small photo.
    let stream = zlib_of_zeros(800_000);
    assert!(stream.len() < 210 * 1024);
    let bytes = with_chunk_after_ihdr(&flat_png(640, 480), b"iCCP", &iccp(&stream));
    let (outcome, rise) = checked(&bytes);
    println!(
        "640 x 480 PNG + 200 KB iCCP: {outcome}, peak rose {} KiB",
        rise / 1024
    );
    assert!(rise < 8 * MIB, "{outcome}: took {} MiB", rise / MIB);
    assert_eq!(outcome, "640x480");
}

#[test]
fn eight_uploads_in_flight_stay_under_the_stated_bound() {
    // `Settings::max_uploads_in_flight` (8) photos checked at once, each within its budget:
    // decoding needs at most this much on top of the bodies in flight.
    let uploads_in_flight = 8;
    assert!(uploads_in_flight * budget() <= 512 * MIB);
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Whatever size a PNG declares and however far its IDAT inflates, checking it never
    /// costs more than the budget.
    #[test]
    fn declared_sizes_never_cost_more_than_the_budget(
        width in prop_oneof![1u32..300, 3_000u32..4_200, 5_000u32..70_000, any::<u32>()],
        height in prop_oneof![1u32..300, 3_000u32..4_200, 5_000u32..70_000, any::<u32>()],
        color in prop::sample::select(vec![0u8, 2, 6]),
        repeats in 1usize..200_000,
    ) {
        let bytes = png_with_idat_of_zeros(width, height, color, repeats);
        let (outcome, rise) = checked(&bytes);
        prop_assert!(rise <= budget(), "{}x{}: {} took {} MiB", width, height, outcome, rise / MIB);
    }
}
