//! Checks an uploaded photo and re-encodes it as a small, metadata-free JPEG.
//!
//! The bytes are the only thing trusted: the file name, extension and content type sent
//! with the upload are ignored. The checks run cheapest first and refuse before anything
//! large is allocated:
//!
//! 1. size of the upload (`max_bytes`);
//! 2. magic bytes: JPEG (`FF D8 FF`) or PNG (`89 50 4E 47 0D 0A 1A 0A`), nothing else;
//! 3. dimensions read from the header alone (JPEG SOF segment, PNG IHDR chunk) against
//!    `max_pixels`, `max_side` and `min_side`, so a 100-megapixel image is refused without
//!    decoding it;
//! 4. structure: the file must be complete, i.e. a JPEG's segments and scans must run up to
//!    an EOI marker and a PNG's chunks up to IEND. The JPEG decoder (zune-jpeg, used by
//!    `image` in its lenient mode) fills a truncated image with gray instead of failing, so
//!    this walk is what turns an upload cut short into [`PhotoError::Corrupt`];
//! 5. memory: what decoding and re-encoding will hold at their peak, worked out from the
//!    header and the decoder's color type before the pixels are allocated, against
//!    `max_decode_bytes`; a PNG's ancillary chunks that the decoder would inflate or copy
//!    (iCCP, text) are dropped first;
//! 6. decoding, with `image::Limits` (side and allocation caps) set on the decoder too.
//!
//! So one photo in check costs at most `max_decode_bytes` (64 MiB) beyond its upload, and
//! the photo routes, which admit `Settings::max_uploads_in_flight` (8) requests at a time,
//! at most 8 × 64 MiB = 512 MiB for decoding. Before these bounds a 164 KB flat PNG of
//! 40 megapixels took 267 MiB, and a 200 KB iCCP chunk 153 MiB
//! (`tests/photo_limits.rs` measures both).
//!
//! The decoded image is flattened onto white if it has alpha, downscaled so its longer side
//! is at most `output_max_side`, turned upright per its EXIF orientation, and re-encoded as a
//! baseline JPEG. Nothing of the original file is copied over, so EXIF (with any GPS
//! position), XMP, ICC profiles, comments and trailers are all dropped.
//!
//! The parts: `header` reads what the bytes say before any decoding (format, dimensions,
//! completeness); `reencode` turns a decoded image into the stored JPEG. This module holds
//! the limits, the errors and [`normalize`], which runs the steps in order.

mod header;
mod reencode;
#[cfg(test)]
mod test_support;

use std::borrow::Cow;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use image::metadata::Orientation;
use image::{ColorType, DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};

use header::{jpeg_structure, png_structure, png_without_extras, sniff};
use reencode::reencode;

/// What a decoder holds besides the pixels and the coefficients counted apart: row and
/// MCU buffers, Huffman and inflate tables, a small eXIf.
const DECODER_OVERHEAD: u64 = 2 * 1024 * 1024;

/// What an upload may be. [`Default`] is what the service uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhotoLimits {
    /// Largest upload, in bytes.
    pub max_bytes: usize,
    /// Most pixels (width × height) an upload may have.
    pub max_pixels: u64,
    /// Longest side an upload may have, in pixels.
    pub max_side: u32,
    /// Longest side of the stored photo; larger uploads are scaled down to it.
    pub output_max_side: u32,
    /// Shortest side an upload must have, in pixels.
    pub min_side: u32,
    /// Most memory checking one upload may take, in bytes: the decoded pixels, any
    /// conversion to RGB, the decoder's own buffers, the stored photo. Also the `max_alloc`
    /// given to the decoder.
    pub max_decode_bytes: u64,
}

impl Default for PhotoLimits {
    /// 12 megapixels (4096 × 3072): what a phone's main camera takes by default (an
    /// iPhone's 4032 × 3024, Android's 4000 × 3000, the 12 MP binned output of 48–200 MP
    /// sensors), so nobody has to resize a photo first; a face for an officer to look at
    /// needs far less (the stored photo is 1024 px at most). An 8-bit RGBA image of that
    /// size decodes into 48 MiB, within the 64 MiB budget; deeper or progressive files get
    /// fewer pixels, by what they cost.
    fn default() -> Self {
        PhotoLimits {
            max_bytes: 8 * 1024 * 1024,
            max_pixels: 4096 * 3072,
            max_side: 8192,
            output_max_side: 1024,
            min_side: 64,
            max_decode_bytes: 64 * 1024 * 1024,
        }
    }
}

/// A photo ready to be stored: a baseline JPEG without metadata, upright.
#[derive(Clone, PartialEq, Eq)]
pub struct NormalizedPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl std::fmt::Debug for NormalizedPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NormalizedPhoto")
            .field("jpeg_bytes", &self.jpeg.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// Why an upload was refused. [`PhotoError::code`] is the stable identifier for clients.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    #[error("the photo is empty")]
    Empty,
    #[error("the photo is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("the file is not a JPEG or PNG image")]
    NotAnImage,
    #[error("the photo has too many pixels (at most {max_pixels})")]
    TooManyPixels { max_pixels: u64 },
    #[error("the photo is too small (each side must be at least {min_side} pixels)")]
    TooSmall { min_side: u32 },
    #[error("the photo is damaged or incomplete")]
    Corrupt,
}

impl PhotoError {
    /// A stable, kebab-case code for API clients and translated messages.
    pub fn code(&self) -> &'static str {
        match self {
            PhotoError::Empty => "photo-empty",
            PhotoError::TooLarge { .. } => "photo-too-large",
            PhotoError::NotAnImage => "photo-not-an-image",
            PhotoError::TooManyPixels { .. } => "photo-too-many-pixels",
            PhotoError::TooSmall { .. } => "photo-too-small",
            PhotoError::Corrupt => "photo-corrupt",
        }
    }
}

/// Checks `bytes` against `limits` and re-encodes them as a metadata-free JPEG whose longer
/// side is at most `limits.output_max_side`. Never panics: should a decoder panic on some
/// input, the photo is refused as [`PhotoError::Corrupt`].
pub fn normalize(bytes: &[u8], limits: &PhotoLimits) -> Result<NormalizedPhoto, PhotoError> {
    catch_unwind(AssertUnwindSafe(|| normalize_inner(bytes, limits)))
        .unwrap_or(Err(PhotoError::Corrupt))
}

fn normalize_inner(bytes: &[u8], limits: &PhotoLimits) -> Result<NormalizedPhoto, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(PhotoError::TooLarge {
            max_bytes: limits.max_bytes,
        });
    }
    let format = sniff(bytes).ok_or(PhotoError::NotAnImage)?;

    // Header only: dimensions before anything is decoded.
    let structure = match format {
        ImageFormat::Png => png_structure(bytes),
        _ => jpeg_structure(bytes),
    };
    let (width, height) = structure.dimensions.ok_or(PhotoError::Corrupt)?;
    check_dimensions(width, height, limits)?;
    if !structure.complete {
        return Err(PhotoError::Corrupt);
    }
    let bytes: Cow<[u8]> = match format {
        ImageFormat::Png => png_without_extras(bytes),
        _ => Cow::Borrowed(bytes),
    };

    // The decoder gets its own caps too, in case it reads the header differently.
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_image_width = Some(limits.max_side);
    decoder_limits.max_image_height = Some(limits.max_side);
    decoder_limits.max_alloc = Some(limits.max_decode_bytes);
    let mut reader = ImageReader::with_format(Cursor::new(&bytes[..]), format);
    reader.limits(decoder_limits);
    let mut decoder = reader.into_decoder().map_err(|e| decode_error(e, limits))?;
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height, limits)?;
    let cost = peak_cost(
        width,
        height,
        decoder.color_type(),
        bytes.len(),
        structure.coefficient_bytes,
        limits,
    );
    if cost > limits.max_decode_bytes {
        return Err(PhotoError::TooManyPixels {
            max_pixels: limits.max_pixels,
        });
    }
    // A broken orientation tag is not worth refusing a photo over.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let decoded = DynamicImage::from_decoder(decoder).map_err(|e| decode_error(e, limits))?;

    reencode(decoded, orientation, limits.output_max_side)
}

fn check_dimensions(width: u32, height: u32, limits: &PhotoLimits) -> Result<(), PhotoError> {
    let too_many = PhotoError::TooManyPixels {
        max_pixels: limits.max_pixels,
    };
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(too_many);
    }
    if width > limits.max_side || height > limits.max_side {
        return Err(too_many);
    }
    if width < limits.min_side || height < limits.min_side {
        return Err(PhotoError::TooSmall {
            min_side: limits.min_side,
        });
    }
    Ok(())
}

/// The most that checking a `width × height` image of `color` will hold at once, in bytes:
/// the copy of the file the decoder takes (JPEG) or the PNG without its extras (at most
/// `file_bytes` either way), the decoder's buffers, the decoded pixels, their conversion to
/// 8-bit RGB unless they are 8-bit RGB or RGBA already (RGBA is flattened in place), and the
/// scaled-down photo.
fn peak_cost(
    width: u32,
    height: u32,
    color: ColorType,
    file_bytes: usize,
    coefficient_bytes: u64,
    limits: &PhotoLimits,
) -> u64 {
    let pixels = u64::from(width) * u64::from(height);
    let decoded = pixels.saturating_mul(u64::from(color.bytes_per_pixel()));
    let converted = match color {
        ColorType::Rgb8 | ColorType::Rgba8 => 0,
        c if c.has_alpha() => pixels.saturating_mul(4),
        _ => pixels.saturating_mul(3),
    };
    let side = u64::from(limits.output_max_side.min(width.max(height)));
    let output = side * side * 3;
    [
        file_bytes as u64,
        DECODER_OVERHEAD,
        coefficient_bytes,
        decoded,
        converted,
        output,
    ]
    .into_iter()
    .fold(0u64, u64::saturating_add)
}

fn decode_error(error: ImageError, limits: &PhotoLimits) -> PhotoError {
    match error {
        ImageError::Limits(_) => PhotoError::TooManyPixels {
            max_pixels: limits.max_pixels,
        },
        _ => PhotoError::Corrupt,
    }
}

#[cfg(test)]
mod tests {
    use super::header::{JPEG_MAGIC, PNG_MAGIC};
    use super::test_support::*;
    use super::*;
    use image::codecs::png::PngEncoder;
    use image::{ImageEncoder, Rgba, RgbaImage};
    use proptest::prelude::*;
    use proptest::sample::Index;
    use std::sync::OnceLock;

    fn assert_normalized(photo: &NormalizedPhoto, width: u32, height: u32) {
        assert_eq!((photo.width, photo.height), (width, height));
        assert!(photo.jpeg.starts_with(&[0xFF, 0xD8, 0xFF]));
        assert!(photo.jpeg.ends_with(&[0xFF, 0xD9]));
        let back = image::load_from_memory_with_format(&photo.jpeg, ImageFormat::Jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (width, height));
        // Baseline: SOF0, not progressive SOF2.
        assert!(header_markers(&photo.jpeg).contains(&0xC0));
    }

    #[test]
    fn valid_jpeg_is_normalized_and_downscaled() {
        let photo = normalize(&jpeg(1600, 1200), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 1024, 768);
    }

    #[test]
    fn valid_png_is_normalized_and_downscaled() {
        let photo = normalize(&png(900, 1500), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 614, 1024);
    }

    #[test]
    fn small_photo_keeps_its_size() {
        let photo = normalize(&jpeg(640, 480), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 640, 480);
    }

    #[test]
    fn png_with_alpha_is_flattened_on_white() {
        let img = RgbaImage::from_pixel(100, 80, Rgba([0, 0, 0, 0]));
        let mut bytes = Vec::new();
        PngEncoder::new(&mut bytes)
            .write_image(img.as_raw(), 100, 80, image::ExtendedColorType::Rgba8)
            .unwrap();
        let photo = normalize(&bytes, &PhotoLimits::default()).unwrap();
        let back = image::load_from_memory(&photo.jpeg).unwrap().into_rgb8();
        assert!(back.pixels().all(|p| p.0.iter().all(|&c| c > 245)));
    }

    #[test]
    fn text_is_not_an_image() {
        let text = b"name,photo\nAna,ana.jpg\n".repeat(20);
        assert_eq!(
            normalize(&text, &PhotoLimits::default()),
            Err(PhotoError::NotAnImage)
        );
        // Other real formats are refused by their magic bytes too (GIF, WebP/RIFF).
        assert_eq!(
            normalize(b"GIF89a\x01\x00\x01\x00", &PhotoLimits::default()),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(
            normalize(b"RIFF\0\0\0\0WEBPVP8 ", &PhotoLimits::default()),
            Err(PhotoError::NotAnImage)
        );
    }

    #[test]
    fn hundred_megapixel_png_header_is_refused_before_decoding() {
        let mut bytes = PNG_MAGIC.to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&10_000u32.to_be_bytes());
        ihdr.extend_from_slice(&10_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
        png_chunk(&mut bytes, b"IHDR", &ihdr);
        png_chunk(&mut bytes, b"IDAT", &[0x78, 0x9C, 0x03, 0x00]);
        png_chunk(&mut bytes, b"IEND", &[]);
        assert_eq!(
            normalize(&bytes, &PhotoLimits::default()),
            Err(PhotoError::TooManyPixels {
                max_pixels: PhotoLimits::default().max_pixels
            })
        );
        // The header alone (no IDAT, no IEND) is refused for its size, not as corrupt.
        assert_eq!(
            normalize(&bytes[..33], &PhotoLimits::default()).map_err(|e| e.code()),
            Err("photo-too-many-pixels")
        );
    }

    #[test]
    fn side_too_long_is_refused() {
        let mut bytes = PNG_MAGIC.to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&20_000u32.to_be_bytes());
        ihdr.extend_from_slice(&100u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        png_chunk(&mut bytes, b"IHDR", &ihdr);
        assert_eq!(
            normalize(&bytes, &PhotoLimits::default()).map_err(|e| e.code()),
            Err("photo-too-many-pixels")
        );
    }

    #[test]
    fn huge_jpeg_header_is_refused_before_decoding() {
        // A real JPEG whose SOF0 is patched to claim 65000 × 65000.
        let mut bytes = jpeg(64, 64);
        let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        bytes[sof + 5..sof + 9].copy_from_slice(&[0xFD, 0xE8, 0xFD, 0xE8]);
        assert_eq!(
            normalize(&bytes, &PhotoLimits::default()).map_err(|e| e.code()),
            Err("photo-too-many-pixels")
        );
    }

    #[test]
    fn truncated_jpeg_is_corrupt() {
        let bytes = jpeg(800, 600);
        // The decoder alone would accept this and paint the missing half gray.
        let lenient =
            image::load_from_memory_with_format(&bytes[..bytes.len() / 2], ImageFormat::Jpeg);
        assert!(
            lenient.is_ok(),
            "image's JPEG decoder now refuses truncation by itself"
        );
        for cut in [bytes.len() / 2, bytes.len() - 2, bytes.len() - 1, 300] {
            assert_eq!(
                normalize(&bytes[..cut], &PhotoLimits::default()),
                Err(PhotoError::Corrupt),
                "cut at {cut} of {}",
                bytes.len()
            );
        }
    }

    #[test]
    fn truncated_png_is_corrupt() {
        let bytes = png(300, 200);
        for cut in [bytes.len() / 2, bytes.len() - 1, 40] {
            assert_eq!(
                normalize(&bytes[..cut], &PhotoLimits::default()),
                Err(PhotoError::Corrupt),
                "cut at {cut} of {}",
                bytes.len()
            );
        }
    }

    #[test]
    fn trailing_data_after_the_end_marker_is_accepted() {
        // Phones append trailers (Samsung) or whole videos (motion photos) after EOI.
        let mut bytes = jpeg(200, 150);
        bytes.extend_from_slice(b"SEFHtrailer\xFF\xD8\xFF\x00junk");
        let photo = normalize(&bytes, &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 200, 150);
        assert!(!contains(&photo.jpeg, b"SEFH"));
    }

    #[test]
    fn empty_is_refused() {
        assert_eq!(
            normalize(&[], &PhotoLimits::default()),
            Err(PhotoError::Empty)
        );
    }

    #[test]
    fn oversize_is_refused_before_anything_else() {
        let limits = PhotoLimits {
            max_bytes: 1000,
            ..PhotoLimits::default()
        };
        assert_eq!(
            normalize(&[0u8; 1001], &limits),
            Err(PhotoError::TooLarge { max_bytes: 1000 })
        );
        assert_eq!(
            normalize(&jpeg(400, 300), &limits).map_err(|e| e.code()),
            Err("photo-too-large")
        );
    }

    #[test]
    fn tiny_is_too_small() {
        assert_eq!(
            normalize(&jpeg(10, 10), &PhotoLimits::default()),
            Err(PhotoError::TooSmall { min_side: 64 })
        );
        assert_eq!(
            normalize(&png(10, 10), &PhotoLimits::default()),
            Err(PhotoError::TooSmall { min_side: 64 })
        );
        assert_eq!(
            normalize(&png(640, 63), &PhotoLimits::default()),
            Err(PhotoError::TooSmall { min_side: 64 })
        );
    }

    #[test]
    fn png_extras_are_dropped_before_decoding() {
        let plain = png(200, 150);
        let ihdr_end = 8 + 12 + 13;
        let mut bytes = plain[..ihdr_end].to_vec();
        png_chunk(
            &mut bytes,
            b"iCCP",
            b"profile\0\0\x78\x9C\x03\x00\x00\x00\x00\x01",
        );
        png_chunk(&mut bytes, b"tEXt", b"Comment\0hello");
        png_chunk(&mut bytes, b"eXIf", &exif_tiff(6));
        png_chunk(&mut bytes, b"eXIf", &vec![0; header::PNG_MAX_EXIF + 1]);
        png_chunk(&mut bytes, b"tRNS", &[0, 0, 0, 0, 0, 0]);
        bytes.extend_from_slice(&plain[ihdr_end..]);

        let kept = header::png_without_extras(&bytes);
        for gone in [&b"iCCP"[..], b"tEXt", b"hello"] {
            assert!(!contains(&kept, gone), "{}", String::from_utf8_lossy(gone));
        }
        assert!(contains(&kept, b"tRNS"));
        assert!(contains(&kept, &exif_tiff(6)));
        assert_eq!(kept.len(), plain.len() + 12 + exif_tiff(6).len() + 12 + 6);
        assert!(png_structure(&kept).complete);
        // Nothing to drop: the upload itself, not a copy.
        assert!(matches!(
            header::png_without_extras(&plain),
            std::borrow::Cow::Borrowed(_)
        ));
        // The small eXIf still turns the photo upright.
        let photo = normalize(&bytes, &PhotoLimits::default()).unwrap();
        assert_eq!((photo.width, photo.height), (150, 200));
    }

    #[test]
    fn progressive_jpegs_count_their_coefficients() {
        // A baseline JPEG patched to say progressive (SOF2). `image` encodes 4:4:4: three
        // full-size components, 2 bytes a coefficient, over whole 8 × 8 MCUs.
        let mut bytes = jpeg(96, 80);
        assert_eq!(jpeg_structure(&bytes).coefficient_bytes, 0);
        let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        bytes[sof + 1] = 0xC2;
        let structure = jpeg_structure(&bytes);
        assert!(structure.complete);
        assert_eq!(structure.coefficient_bytes, (12 * 10) * 3 * 64 * 2);
        // 4:2:0 (Y sampled 2 × 2): Y is 2 bytes a pixel, Cb and Cr half a byte each.
        let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC2]).unwrap();
        assert_eq!(bytes[sof + 9], 3);
        bytes[sof + 11] = 0x22;
        assert_eq!(
            jpeg_structure(&bytes).coefficient_bytes,
            (6 * 5) * (4 + 1 + 1) * 64 * 2
        );
    }

    #[test]
    fn what_a_photo_costs_decides_if_it_is_decoded() {
        let limits = PhotoLimits::default();
        let (w, h) = (4096, 3072);
        let eight_mib = 8 * 1024 * 1024;
        let cost = |color, coefficients| peak_cost(w, h, color, eight_mib, coefficients, &limits);
        // The largest 8-bit photos fit, with the largest upload.
        for color in [ColorType::Rgba8, ColorType::Rgb8, ColorType::L8] {
            assert!(cost(color, 0) <= limits.max_decode_bytes, "{color:?}");
        }
        // 16-bit, gray with alpha and progressive (4:2:0: 3 bytes a pixel) at the same
        // size do not, and are refused before their pixels are allocated.
        for color in [ColorType::Rgba16, ColorType::Rgb16, ColorType::La8] {
            assert!(cost(color, 0) > limits.max_decode_bytes, "{color:?}");
        }
        assert!(cost(ColorType::Rgb8, u64::from(w * h) * 3) > limits.max_decode_bytes);
        // 8 uploads in flight (`Settings::max_uploads_in_flight`) decode in 512 MiB at most.
        assert!(8 * limits.max_decode_bytes <= 512 * 1024 * 1024);
    }

    #[test]
    fn exif_and_gps_are_stripped() {
        let input = with_exif(&jpeg(300, 200), 1);
        assert!(contains(&input, b"Exif\0\0"));
        assert!(contains(&input, &gps_needle()));
        assert!(header_markers(&input).contains(&0xE1));

        let photo = normalize(&input, &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 300, 200);
        assert!(!contains(&photo.jpeg, b"Exif"));
        assert!(!contains(&photo.jpeg, &gps_needle()));
        assert!(!contains(&photo.jpeg, b"II\x2A\x00"));
        assert!(!header_markers(&photo.jpeg).contains(&0xE1));
    }

    #[test]
    fn exif_orientation_is_applied() {
        // 6 = rotate 90° clockwise to display: a 300 × 200 sensor image shows as 200 × 300.
        let photo = normalize(&with_exif(&jpeg(300, 200), 6), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 200, 300);
        // 3 = rotate 180°: same size.
        let photo = normalize(&with_exif(&jpeg(300, 200), 3), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 300, 200);
        // A nonsense orientation value is ignored, not refused.
        let photo = normalize(&with_exif(&jpeg(300, 200), 77), &PhotoLimits::default()).unwrap();
        assert_normalized(&photo, 300, 200);
    }

    #[test]
    fn codes_are_stable() {
        let all = [
            (PhotoError::Empty, "photo-empty"),
            (PhotoError::TooLarge { max_bytes: 1 }, "photo-too-large"),
            (PhotoError::NotAnImage, "photo-not-an-image"),
            (
                PhotoError::TooManyPixels { max_pixels: 1 },
                "photo-too-many-pixels",
            ),
            (PhotoError::TooSmall { min_side: 1 }, "photo-too-small"),
            (PhotoError::Corrupt, "photo-corrupt"),
        ];
        for (error, code) in all {
            assert_eq!(error.code(), code);
            assert!(!error.to_string().is_empty());
        }
    }

    // ----- hostile input ------------------------------------------------------------------
    //
    // These call `normalize_inner`, not `normalize`, so a decoder panic is not hidden by
    // `catch_unwind`. The case counts keep the whole file's tests to a few seconds.

    /// The valid files the mutations start from: a JPEG, a PNG, a JPEG with EXIF.
    fn valid_files() -> &'static [Vec<u8>; 3] {
        static FILES: OnceLock<[Vec<u8>; 3]> = OnceLock::new();
        FILES.get_or_init(|| [jpeg(96, 80), png(80, 96), with_exif(&jpeg(80, 64), 6)])
    }

    /// One edit to a file. Positions are resolved against the file's length when the edit is
    /// applied; no edit leaves the file empty, so a position always exists.
    #[derive(Debug, Clone)]
    enum Mutation {
        /// Overwrites the byte at a position.
        Set(Index, u8),
        /// Cuts the file at a position (keeping at least one byte).
        Truncate(Index),
        /// Inserts a byte before a position.
        Insert(Index, u8),
        /// Copies up to 63 bytes from one place in the file over another.
        Splice { at: Index, from: Index, len: usize },
    }

    impl Mutation {
        fn apply(&self, bytes: &mut Vec<u8>) {
            match *self {
                Mutation::Set(at, byte) => {
                    let at = at.index(bytes.len());
                    bytes[at] = byte;
                }
                Mutation::Truncate(at) => bytes.truncate(at.index(bytes.len()).max(1)),
                Mutation::Insert(at, byte) => bytes.insert(at.index(bytes.len()), byte),
                Mutation::Splice { at, from, len } => {
                    let at = at.index(bytes.len());
                    let len = len.min(bytes.len() - at);
                    let from = from.index(bytes.len() - len + 1);
                    let chunk = bytes[from..from + len].to_vec();
                    bytes[at..at + len].copy_from_slice(&chunk);
                }
            }
        }
    }

    /// Byte flips, truncations, insertions and splices, flips twice as likely as the others.
    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            2 => (any::<Index>(), any::<u8>()).prop_map(|(at, b)| Mutation::Set(at, b)),
            1 => any::<Index>().prop_map(Mutation::Truncate),
            1 => (any::<Index>(), any::<u8>()).prop_map(|(at, b)| Mutation::Insert(at, b)),
            1 => (any::<Index>(), any::<Index>(), 0usize..64)
                .prop_map(|(at, from, len)| Mutation::Splice { at, from, len }),
        ]
    }

    /// Up to 600 random bytes behind a JPEG magic number, a PNG one, or none.
    fn random_file() -> impl Strategy<Value = Vec<u8>> {
        let magic: [&'static [u8]; 3] = [&JPEG_MAGIC, &PNG_MAGIC, &[]];
        (
            prop::sample::select(magic.to_vec()),
            prop::collection::vec(any::<u8>(), 0..600),
        )
            .prop_map(|(magic, rest)| [magic, &rest[..]].concat())
    }

    /// A side: ordinary and tiny, near `max_pixels` (3 547² ≈ 12.58 M) and `max_side`, or
    /// any.
    fn side() -> impl Strategy<Value = u32> {
        prop_oneof![0u32..128, 3_500u32..3_600, 8_180u32..8_200, any::<u32>()]
    }

    /// A PNG that stops after an IHDR declaring `width × height`.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = PNG_MAGIC.to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
        png_chunk(&mut bytes, b"IHDR", &ihdr);
        bytes
    }

    /// A real JPEG cut after its SOF0 segment, patched to declare `width × height`.
    fn jpeg_header(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = jpeg(64, 64);
        let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        bytes[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
        bytes[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
        let length = usize::from(u16::from_be_bytes([bytes[sof + 2], bytes[sof + 3]]));
        bytes.truncate(sof + 2 + length);
        bytes
    }

    /// What every accepted file must look like, however it came in.
    fn check_accepted(result: Result<NormalizedPhoto, PhotoError>, limits: &PhotoLimits) {
        if let Ok(photo) = result {
            assert!(photo.jpeg.starts_with(&[0xFF, 0xD8]));
            assert!(photo.width.max(photo.height) <= limits.output_max_side);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Random bytes, a third of them behind a valid magic number, never panic.
        #[test]
        fn random_bytes_never_panic(bytes in random_file()) {
            let limits = PhotoLimits::default();
            check_accepted(normalize_inner(&bytes, &limits), &limits);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Valid files after 1 to 8 edits never panic; those still accepted (an edit inside
        /// pixel data may well decode) come out as small JPEGs.
        #[test]
        fn mutated_files_never_panic(
            file in 0usize..3,
            edits in prop::collection::vec(mutation(), 1..=8),
        ) {
            let limits = PhotoLimits::default();
            let mut bytes = valid_files()[file].clone();
            for edit in &edits {
                edit.apply(&mut bytes);
            }
            check_accepted(normalize_inner(&bytes, &limits), &limits);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A header alone is judged on the dimensions it declares, whatever they are: too
        /// many pixels, a side too long or too short, and otherwise incomplete.
        #[test]
        fn declared_dimensions_are_judged_before_decoding(
            width in side(),
            height in side(),
            is_png in any::<bool>(),
        ) {
            let limits = PhotoLimits::default();
            let (bytes, width, height) = if is_png {
                (png_header(width, height), width, height)
            } else {
                let (w, h) = (width as u16, height as u16);
                (jpeg_header(w, h), u32::from(w), u32::from(h))
            };
            let expected = check_dimensions(width, height, &limits)
                .err()
                .unwrap_or(PhotoError::Corrupt);
            prop_assert_eq!(normalize_inner(&bytes, &limits), Err(expected));
        }
    }

    /// `cargo test --release -- --ignored --nocapture timing`
    #[test]
    #[ignore = "timing; run in release mode"]
    fn timing_12_megapixel_jpeg() {
        let bytes = jpeg(4000, 3000);
        println!("input: 4000x3000 JPEG, {} bytes", bytes.len());
        let limits = PhotoLimits::default();
        let _ = normalize(&bytes, &limits).unwrap();
        let runs = 5;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            let photo = normalize(&bytes, &limits).unwrap();
            assert_eq!((photo.width, photo.height), (1024, 768));
        }
        println!(
            "normalize: {:.1} ms per 12 MP JPEG (mean of {runs})",
            start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
        );
    }
}
