//! What an upload's bytes say before anything is decoded: the format, from the magic
//! numbers, and a walk over the container (JPEG markers, PNG chunks) that finds the
//! declared dimensions and whether the file runs complete up to its end marker.

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
