//! What an upload's bytes say before anything is decoded: the format, from the magic
//! numbers, and a walk over the container (JPEG markers, PNG chunks) that finds the
//! declared dimensions, whether the file runs complete up to its end marker, and what the
//! JPEG decoder will hold besides the pixels. Also drops the PNG chunks the decoder would
//! otherwise inflate or copy for nothing ([`png_without_extras`]).

use std::borrow::Cow;

use image::ImageFormat;

pub(super) const JPEG_MAGIC: [u8; 3] = [0xFF, 0xD8, 0xFF];
pub(super) const PNG_MAGIC: [u8; 8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

/// The format named by the first bytes, if it is one we accept.
pub(super) fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&JPEG_MAGIC) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(&PNG_MAGIC) {
        Some(ImageFormat::Png)
    } else {
        None
    }
}

/// What a walk over a file's container structure found.
pub(super) struct Structure {
    /// Width and height from the header, if the header was there and readable.
    pub(super) dimensions: Option<(u32, u32)>,
    /// Whether the file runs, well-formed, up to its end marker (JPEG EOI, PNG IEND).
    pub(super) complete: bool,
    /// Bytes the decoder keeps besides its output: a progressive JPEG's DCT coefficients
    /// (two bytes each, every component at its own sampling), held until the last scan.
    pub(super) coefficient_bytes: u64,
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
pub(super) fn jpeg_structure(bytes: &[u8]) -> Structure {
    let mut dimensions = None;
    let mut coefficient_bytes = 0;
    let mut seen_scan = false;
    let incomplete = |dimensions| Structure {
        dimensions,
        complete: false,
        coefficient_bytes: 0,
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
                    coefficient_bytes,
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
                    // SOF2, SOF6, SOF10, SOF14: progressive.
                    if matches!(marker, 0xC2 | 0xC6 | 0xCA | 0xCE) {
                        let segment = &bytes[i + 2..i + length];
                        coefficient_bytes = progressive_coefficient_bytes(segment);
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

/// What a progressive decoder holds for a frame whose SOF segment (after its length) is
/// `sof`: for each component, one 64-coefficient block of 2 bytes for each 8 × 8 block of
/// its samples, over whole MCUs (zune-jpeg's layout). Zero if the segment is malformed (the
/// decoder refuses it then).
fn progressive_coefficient_bytes(sof: &[u8]) -> u64 {
    // precision(1) height(2) width(2) count(1), then id(1) sampling(1) table(1) each.
    let (Some(height), Some(width), Some(&count)) = (be_u16(sof, 1), be_u16(sof, 3), sof.get(5))
    else {
        return 0;
    };
    let components: Vec<(u64, u64)> = sof
        .get(6..)
        .unwrap_or_default()
        .chunks_exact(3)
        .take(usize::from(count))
        .map(|c| (u64::from(c[1] >> 4).max(1), u64::from(c[1] & 0x0F).max(1)))
        .collect();
    let h_max = components.iter().map(|c| c.0).max().unwrap_or(1);
    let v_max = components.iter().map(|c| c.1).max().unwrap_or(1);
    let mcus_x = u64::from(width).div_ceil(8 * h_max);
    let mcus_y = u64::from(height).div_ceil(8 * v_max);
    components
        .iter()
        .map(|(h, v)| mcus_x * mcus_y * h * v * 64 * 2)
        .sum()
}

/// Walks a PNG's chunks from the signature up to IEND, checking that each fits in the file.
/// Reads the size from IHDR, which must come first. Anything after IEND is ignored.
pub(super) fn png_structure(bytes: &[u8]) -> Structure {
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
                coefficient_bytes: 0,
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
                coefficient_bytes: 0,
            };
        };
        if kind == b"IEND" {
            return Structure {
                complete: dimensions.is_some(),
                dimensions,
                coefficient_bytes: 0,
            };
        }
        i = end;
    }
}

/// Largest eXIf chunk kept: room for any orientation tag and its IFDs; bigger ones carry
/// maker notes and thumbnails, which the stored photo drops anyway.
pub(super) const PNG_MAX_EXIF: usize = 64 * 1024;

/// A complete PNG (per [`png_structure`]) with only what the decoder needs to draw it: the
/// critical chunks (IHDR, PLTE, IDAT, IEND, and any unknown one, which the decoder refuses),
/// tRNS (transparency) and an eXIf of at most [`PNG_MAX_EXIF`] bytes (orientation). The rest
/// goes: the decoder would inflate an iCCP profile whole (200 KB of it can inflate to
/// 200 MB) and copy text chunks, none of which reaches the stored JPEG. Borrowed if nothing
/// is dropped; otherwise one copy, at most the size of the upload.
pub(super) fn png_without_extras(bytes: &[u8]) -> Cow<'_, [u8]> {
    let needed = |kind: &[u8], length: usize| {
        let critical = kind.first().is_some_and(u8::is_ascii_uppercase);
        critical || kind == b"tRNS" || (kind == b"eXIf" && length <= PNG_MAX_EXIF)
    };
    let mut kept: Option<Vec<u8>> = None;
    let mut i = PNG_MAGIC.len();
    while let (Some(length), Some(kind)) = (be_u32(bytes, i), bytes.get(i + 4..i + 8)) {
        let Some(length) = usize::try_from(length).ok() else {
            break;
        };
        let end = i.saturating_add(12).saturating_add(length).min(bytes.len());
        match (&mut kept, needed(kind, length)) {
            (None, true) => {}
            (None, false) => {
                // Sized once: growing by doubling would hold two copies for a moment.
                let mut out = Vec::with_capacity(bytes.len());
                out.extend_from_slice(&bytes[..i]);
                kept = Some(out);
            }
            (Some(out), true) => out.extend_from_slice(&bytes[i..end]),
            (Some(_), false) => {}
        }
        if kind == b"IEND" {
            break;
        }
        i = end;
    }
    kept.map_or(Cow::Borrowed(bytes), Cow::Owned)
}
