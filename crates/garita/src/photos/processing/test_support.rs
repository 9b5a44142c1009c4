//! Test pictures and hand-built file pieces shared by the processing tests.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ImageEncoder, Rgb, RgbImage};

/// A photo-like test picture: gradients plus some noise, so it compresses realistically.
pub(super) fn picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let n = noise(x, y);
        Rgb([
            ((x * 255 / width.max(1)) as u8).saturating_add(n),
            ((y * 255 / height.max(1)) as u8).saturating_add(n),
            (((x + y) % 256) as u8) / 2 + n,
        ])
    })
}

/// Noise in `0..24` from a multiplicative hash of the pixel's position: the same picture
/// every time, without a random number generator.
fn noise(x: u32, y: u32) -> u8 {
    let h = (u64::from(x) << 32 | u64::from(y)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> 40) % 24) as u8
}

pub(super) fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&picture(width, height))
        .unwrap();
    out
}

pub(super) fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let img = picture(width, height);
    PngEncoder::new(&mut out)
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

pub(super) fn crc32(data: &[u8]) -> u32 {
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

pub(super) fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A TIFF (EXIF) block, little-endian: IFD0 with Orientation and a GPS IFD pointer; the
/// GPS IFD with GPSLatitudeRef "N" and GPSLatitude 32° 31' 45.67" (`GPS_RATIONALS`).
pub(super) const GPS_RATIONALS: [u32; 6] = [32, 1, 31, 1, 4567, 100];

pub(super) fn exif_tiff(orientation: u16) -> Vec<u8> {
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

pub(super) fn gps_needle() -> Vec<u8> {
    GPS_RATIONALS.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// `jpeg` with an APP1 Exif segment inserted right after SOI.
pub(super) fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&exif_tiff(orientation));
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The markers of the segments before the first scan.
pub(super) fn header_markers(jpeg: &[u8]) -> Vec<u8> {
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
