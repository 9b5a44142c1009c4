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
//! 5. decoding, with `image::Limits` (side and allocation caps) set on the decoder too.
//!
//! The decoded image is flattened onto white if it has alpha, downscaled so its longer side
//! is at most `output_max_side`, turned upright per its EXIF orientation, and re-encoded as a
//! baseline JPEG. Nothing of the original file is copied over, so EXIF (with any GPS
//! position), XMP, ICC profiles, comments and trailers are all dropped.

use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{
    DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage, RgbaImage,
};

/// JPEG quality of the re-encoded photo.
const OUTPUT_QUALITY: u8 = 82;

/// Bytes per pixel allowed for the decoder's allocations: an 8-bit RGBA image at
/// `max_pixels` fits; a 16-bit image gets proportionally fewer pixels.
const ALLOC_BYTES_PER_PIXEL: u64 = 4;

const JPEG_MAGIC: [u8; 3] = [0xFF, 0xD8, 0xFF];
const PNG_MAGIC: [u8; 8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

/// What an upload may be. [`Default`] is what the service uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhotoLimits {
    /// Largest upload, in bytes.
    pub max_bytes: usize,
    /// Most pixels (width × height) an upload may have; also sets the decoder's allocation
    /// budget at 4 bytes per pixel.
    pub max_pixels: u64,
    /// Longest side an upload may have, in pixels.
    pub max_side: u32,
    /// Longest side of the stored photo; larger uploads are scaled down to it.
    pub output_max_side: u32,
    /// Shortest side an upload must have, in pixels.
    pub min_side: u32,
}

impl Default for PhotoLimits {
    fn default() -> Self {
        PhotoLimits {
            max_bytes: 8 * 1024 * 1024,
            max_pixels: 40_000_000,
            max_side: 10_000,
            output_max_side: 1024,
            min_side: 64,
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

    // The decoder gets its own caps too, in case it reads the header differently.
    let alloc_budget = limits.max_pixels.saturating_mul(ALLOC_BYTES_PER_PIXEL);
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_image_width = Some(limits.max_side);
    decoder_limits.max_image_height = Some(limits.max_side);
    decoder_limits.max_alloc = Some(alloc_budget);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decoder_limits);
    let mut decoder = reader.into_decoder().map_err(|e| decode_error(e, limits))?;
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height, limits)?;
    if decoder.total_bytes() > alloc_budget {
        return Err(PhotoError::TooManyPixels {
            max_pixels: limits.max_pixels,
        });
    }
    // A broken orientation tag is not worth refusing a photo over.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let decoded = DynamicImage::from_decoder(decoder).map_err(|e| decode_error(e, limits))?;

    let rgb = if decoded.color().has_alpha() {
        flatten_on_white(decoded.into_rgba8())
    } else {
        decoded.into_rgb8()
    };
    // Downscale first (the longer side does not change with orientation), then rotate the
    // small image rather than the large one.
    let small = downscale(rgb, limits.output_max_side.max(1));
    let mut upright = DynamicImage::ImageRgb8(small);
    upright.apply_orientation(orientation);
    let upright = upright.into_rgb8();

    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, OUTPUT_QUALITY)
        .encode_image(&upright)
        .map_err(|_| PhotoError::Corrupt)?;
    Ok(NormalizedPhoto {
        jpeg,
        width: upright.width(),
        height: upright.height(),
    })
}

/// The format named by the first bytes, if it is one we accept.
fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&JPEG_MAGIC) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(&PNG_MAGIC) {
        Some(ImageFormat::Png)
    } else {
        None
    }
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

fn decode_error(error: ImageError, limits: &PhotoLimits) -> PhotoError {
    match error {
        ImageError::Limits(_) => PhotoError::TooManyPixels {
            max_pixels: limits.max_pixels,
        },
        _ => PhotoError::Corrupt,
    }
}

/// Composites an image with alpha onto white, so transparent areas do not turn black.
fn flatten_on_white(rgba: RgbaImage) -> RgbImage {
    let (width, height) = rgba.dimensions();
    let mut out = Vec::with_capacity(rgba.as_raw().len() / 4 * 3);
    for px in rgba.as_raw().chunks_exact(4) {
        let alpha = u32::from(px[3]);
        for &c in &px[..3] {
            let blended = (u32::from(c) * alpha + 255 * (255 - alpha) + 127) / 255;
            out.push(blended as u8);
        }
    }
    // The buffer has exactly width × height × 3 bytes.
    RgbImage::from_raw(width, height, out).unwrap_or_else(|| RgbImage::new(width, height))
}

/// Scales `image` down (never up) so its longer side is at most `max_side`.
fn downscale(image: RgbImage, max_side: u32) -> RgbImage {
    let (width, height) = image.dimensions();
    let longer = width.max(height);
    if longer <= max_side {
        return image;
    }
    let scale = |side: u32| -> u32 {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(longer) / 2) / u64::from(longer);
        u32::try_from(scaled).unwrap_or(max_side).clamp(1, max_side)
    };
    image::imageops::resize(&image, scale(width), scale(height), FilterType::Triangle)
}

/// What a walk over a file's container structure found.
struct Structure {
    /// Width and height from the header, if the header was there and readable.
    dimensions: Option<(u32, u32)>,
    /// Whether the file runs, well-formed, up to its end marker (JPEG EOI, PNG IEND).
    complete: bool,
}

fn be_u16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes([b[0], b[1]]))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// Walks a JPEG's markers from SOI: header segments by their lengths, entropy-coded scans
/// byte by byte, up to the first EOI. Anything after that EOI (phones append trailers and
/// secondary images there) is ignored. Reads the frame size from the first SOF segment.
fn jpeg_structure(bytes: &[u8]) -> Structure {
    let mut dimensions = None;
    let mut seen_scan = false;
    let incomplete = |dimensions| Structure {
        dimensions,
        complete: false,
    };
    let mut i = 2; // after SOI
    loop {
        // Lenient like libjpeg: skip stray bytes before a marker, then fill bytes (FF FF…).
        while bytes.get(i).is_some_and(|&b| b != 0xFF) {
            i += 1;
        }
        while bytes.get(i) == Some(&0xFF) {
            i += 1;
        }
        let Some(&marker) = bytes.get(i) else {
            return incomplete(dimensions);
        };
        i += 1;
        match marker {
            // EOI: complete if there was a frame and at least one scan.
            0xD9 => {
                return Structure {
                    complete: seen_scan && dimensions.is_some(),
                    dimensions,
                }
            }
            // A second SOI at the top level is not a well-formed file.
            0xD8 => return incomplete(dimensions),
            // Markers without a length (TEM, RSTn) and a stray stuffed zero.
            0x00 | 0x01 | 0xD0..=0xD7 => {}
            _ => {
                let Some(length) = be_u16(bytes, i) else {
                    return incomplete(dimensions);
                };
                let length = usize::from(length);
                if length < 2 || i + length > bytes.len() {
                    return incomplete(dimensions);
                }
                let is_sof =
                    matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF);
                if is_sof && dimensions.is_none() {
                    // length(2) precision(1) height(2) width(2) components(1)…
                    match (be_u16(bytes, i + 3), be_u16(bytes, i + 5)) {
                        (Some(h), Some(w)) if length >= 8 => {
                            dimensions = Some((u32::from(w), u32::from(h)));
                        }
                        _ => return incomplete(dimensions),
                    }
                }
                i += length;
                if marker == 0xDA {
                    seen_scan = true;
                    // Entropy-coded data runs to the next marker other than a stuffed zero
                    // (FF 00) or a restart marker (FF D0..D7).
                    loop {
                        match (bytes.get(i), bytes.get(i + 1)) {
                            (Some(0xFF), Some(0x00 | 0xD0..=0xD7)) => i += 2,
                            (Some(0xFF), Some(_)) => break,
                            (Some(_), Some(_)) => i += 1,
                            _ => return incomplete(dimensions),
                        }
                    }
                }
            }
        }
    }
}

/// Walks a PNG's chunks from the signature up to IEND, checking that each fits in the file.
/// Reads the size from IHDR, which must come first. Anything after IEND is ignored.
fn png_structure(bytes: &[u8]) -> Structure {
    const IHDR: &[u8] = b"IHDR";
    let dimensions = match (bytes.get(12..16), be_u32(bytes, 16), be_u32(bytes, 20)) {
        (Some(IHDR), Some(w), Some(h)) if be_u32(bytes, 8) == Some(13) => Some((w, h)),
        _ => None,
    };
    let mut i = PNG_MAGIC.len();
    loop {
        let (Some(length), Some(kind)) = (be_u32(bytes, i), bytes.get(i + 4..i + 8)) else {
            return Structure {
                dimensions,
                complete: false,
            };
        };
        // length(4) type(4) data(length) crc(4); PNG caps a chunk at 2^31 - 1 bytes.
        let end = usize::try_from(length)
            .ok()
            .filter(|&l| l <= 0x7FFF_FFFF)
            .and_then(|l| i.checked_add(12)?.checked_add(l))
            .filter(|&end| end <= bytes.len());
        let Some(end) = end else {
            return Structure {
                dimensions,
                complete: false,
            };
        };
        if kind == b"IEND" {
            return Structure {
                complete: dimensions.is_some(),
                dimensions,
            };
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::png::PngEncoder;
    use image::{ImageEncoder, Rgb, Rgba};

    /// A deterministic xorshift PRNG, so the tests need no extra crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn byte(&mut self) -> u8 {
            self.next() as u8
        }
    }

    /// A photo-like test picture: gradients plus some noise, so it compresses realistically.
    fn picture(width: u32, height: u32) -> RgbImage {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        RgbImage::from_fn(width, height, |x, y| {
            let n = (rng.next() % 24) as u8;
            Rgb([
                ((x * 255 / width.max(1)) as u8).saturating_add(n),
                ((y * 255 / height.max(1)) as u8).saturating_add(n),
                (((x + y) % 256) as u8) / 2 + n,
            ])
        })
    }

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&picture(width, height))
            .unwrap();
        out
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let img = picture(width, height);
        PngEncoder::new(&mut out)
            .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

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
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }

    /// A TIFF (EXIF) block, little-endian: IFD0 with Orientation and a GPS IFD pointer; the
    /// GPS IFD with GPSLatitudeRef "N" and GPSLatitude 32° 31' 45.67" (`GPS_RATIONALS`).
    const GPS_RATIONALS: [u32; 6] = [32, 1, 31, 1, 4567, 100];

    fn exif_tiff(orientation: u16) -> Vec<u8> {
        let mut t = Vec::new();
        t.extend_from_slice(b"II\x2A\x00");
        t.extend_from_slice(&8u32.to_le_bytes());
        // IFD0 at 8: 2 entries (2 + 24 + 4 = 30 bytes) → GPS IFD at 38.
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&0x0112u16.to_le_bytes());
        t.extend_from_slice(&3u16.to_le_bytes());
        t.extend_from_slice(&1u32.to_le_bytes());
        t.extend_from_slice(&orientation.to_le_bytes());
        t.extend_from_slice(&[0, 0]);
        t.extend_from_slice(&0x8825u16.to_le_bytes());
        t.extend_from_slice(&4u16.to_le_bytes());
        t.extend_from_slice(&1u32.to_le_bytes());
        t.extend_from_slice(&38u32.to_le_bytes());
        t.extend_from_slice(&0u32.to_le_bytes());
        assert_eq!(t.len(), 38);
        // GPS IFD at 38: 2 entries → rationals at 38 + 30 = 68.
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&1u16.to_le_bytes());
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&2u32.to_le_bytes());
        t.extend_from_slice(b"N\0\0\0");
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&5u16.to_le_bytes());
        t.extend_from_slice(&3u32.to_le_bytes());
        t.extend_from_slice(&68u32.to_le_bytes());
        t.extend_from_slice(&0u32.to_le_bytes());
        assert_eq!(t.len(), 68);
        for v in GPS_RATIONALS {
            t.extend_from_slice(&v.to_le_bytes());
        }
        t
    }

    fn gps_needle() -> Vec<u8> {
        GPS_RATIONALS.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// `jpeg` with an APP1 Exif segment inserted right after SOI.
    fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend_from_slice(&exif_tiff(orientation));
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&payload);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// The markers of the segments before the first scan.
    fn header_markers(jpeg: &[u8]) -> Vec<u8> {
        let mut markers = Vec::new();
        let mut i = 2;
        while i + 4 <= jpeg.len() && jpeg[i] == 0xFF {
            let marker = jpeg[i + 1];
            markers.push(marker);
            if marker == 0xDA {
                break;
            }
            i += 2 + usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        }
        markers
    }

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
                max_pixels: 40_000_000
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

    /// Arbitrary and mutated bytes never panic. Calls `normalize_inner`, not `normalize`, so
    /// a decoder panic is not hidden by `catch_unwind`.
    #[test]
    fn arbitrary_bytes_never_panic() {
        let limits = PhotoLimits::default();
        let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
        let seeds = [jpeg(96, 80), png(80, 96), with_exif(&jpeg(80, 64), 6)];

        // Random bytes, a third of them behind a valid magic number.
        for n in 0..2000 {
            let len = rng.below(600);
            let mut bytes: Vec<u8> = (0..len).map(|_| rng.byte()).collect();
            let prefix: &[u8] = match n % 3 {
                0 => &JPEG_MAGIC,
                1 => &PNG_MAGIC,
                _ => &[],
            };
            bytes.splice(0..0, prefix.iter().copied());
            let _ = normalize_inner(&bytes, &limits);
        }

        // Mutations of valid files: byte flips, truncations, insertions, splices.
        let mut accepted = 0;
        for n in 0..3000 {
            let mut bytes = seeds[n % seeds.len()].clone();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                match rng.below(5) {
                    0 | 1 => bytes[at] = rng.byte(),
                    2 => bytes.truncate(at.max(1)),
                    3 => bytes.insert(at, rng.byte()),
                    _ => {
                        let len = rng.below(64).min(bytes.len() - at);
                        let from = rng.below(bytes.len() - len + 1);
                        let chunk = bytes[from..from + len].to_vec();
                        bytes[at..at + len].copy_from_slice(&chunk);
                    }
                }
            }
            if let Ok(photo) = normalize_inner(&bytes, &limits) {
                accepted += 1;
                assert!(photo.jpeg.starts_with(&[0xFF, 0xD8]));
                assert!(photo.width.max(photo.height) <= limits.output_max_side);
            }
        }
        // Some mutations (say, inside pixel data) still decode; that's fine, not required.
        println!("{accepted} of 3000 mutated files still normalised");
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
