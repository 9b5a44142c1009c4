//! From a decoded image to the stored photo: flattened onto white, scaled down, turned
//! upright and encoded afresh as a baseline JPEG, so nothing of the original file survives.

use image::codecs::jpeg::JpegEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, RgbImage, RgbaImage};

use super::{NormalizedPhoto, PhotoError};

/// JPEG quality of the re-encoded photo.
const OUTPUT_QUALITY: u8 = 82;

/// The stored photo for `decoded`: longer side at most `output_max_side`, upright per
/// `orientation`, re-encoded as a baseline JPEG without metadata.
pub(super) fn reencode(
    decoded: DynamicImage,
    orientation: Orientation,
    output_max_side: u32,
) -> Result<NormalizedPhoto, PhotoError> {
    // 8-bit RGB and RGBA, the usual cases, are used as decoded; the others take one
    // conversion (counted in `peak_cost`).
    let rgb = match decoded {
        DynamicImage::ImageRgb8(rgb) => rgb,
        other if other.color().has_alpha() => flatten_on_white(other.into_rgba8()),
        other => other.into_rgb8(),
    };
    // Downscale first (the longer side does not change with orientation), then rotate the
    // small image rather than the large one.
    let small = downscale(rgb, output_max_side.max(1));
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

/// Composites an image with alpha onto white, so transparent areas do not turn black. In
/// place: pixel `n`'s three bytes go to `3n`, never past its own four at `4n`, which have
/// been read by then; so no second buffer the size of the image.
fn flatten_on_white(rgba: RgbaImage) -> RgbImage {
    let (width, height) = rgba.dimensions();
    let mut buf = rgba.into_raw();
    let pixels = buf.len() / 4;
    for n in 0..pixels {
        let [r, g, b, a] = [buf[4 * n], buf[4 * n + 1], buf[4 * n + 2], buf[4 * n + 3]];
        let alpha = u32::from(a);
        for (k, c) in [r, g, b].into_iter().enumerate() {
            let blended = (u32::from(c) * alpha + 255 * (255 - alpha) + 127) / 255;
            buf[3 * n + k] = blended as u8;
        }
    }
    buf.truncate(pixels * 3);
    // The buffer has exactly width × height × 3 bytes.
    RgbImage::from_raw(width, height, buf).unwrap_or_else(|| RgbImage::new(width, height))
}

/// Scales `image` down (never up) so its longer side is at most `max_side`, averaging the
/// source pixels under each output pixel. `imageops::thumbnail` allocates only the output;
/// `imageops::resize` would first build a 16-byte-per-pixel float image as wide as the
/// source (50 MB for a 12 MP photo).
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
    image::imageops::thumbnail(&image, scale(width), scale(height))
}
