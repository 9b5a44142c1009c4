//! QR codes for passes, as inline SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG (no XML prolog, suitable for inline HTML) of a QR code carrying `text`, with quiet
/// zone, dark modules black on white, sized by viewBox so CSS can scale it; `label` goes into
/// <title> and aria-label for screen readers.
///
/// Error correction is level M. If `text` does not fit in a QR code, the result is a small
/// placeholder SVG (a crossed-out square) with the same label, and no code.
pub fn qr_svg(text: &str, label: &str) -> String {
    let label = xml_escape(label);
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return fallback_svg(&label);
    };
    // One unit per module; the renderer adds the 4-module quiet zone.
    let rendered = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // Keep the renderer's drawing (background rect and module path) but write our own root
    // element: no prolog, no fixed width/height, with role, label and title.
    let Some(open) = rendered.find("<svg") else {
        return fallback_svg(&label);
    };
    let Some(body_start) = rendered[open..].find('>').map(|end| open + end + 1) else {
        return fallback_svg(&label);
    };
    let side = code.width() + 2 * 4;
    let view_box = attribute(&rendered[open..body_start], "viewBox")
        .map(str::to_owned)
        .unwrap_or_else(|| format!("0 0 {side} {side}"));
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}""#,
            r#" role="img" aria-label="{label}" shape-rendering="crispEdges">"#,
            "<title>{label}</title>{body}"
        ),
        view_box = view_box,
        label = label,
        body = &rendered[body_start..],
    )
}

/// Shown in place of a code that could not be made: a crossed-out square, same label.
fn fallback_svg(escaped_label: &str) -> String {
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29""#,
            r#" role="img" aria-label="{label}">"#,
            "<title>{label}</title>",
            r##"<rect x="0.5" y="0.5" width="28" height="28" fill="#fff" stroke="#000"/>"##,
            r##"<path d="M4 4L25 25M25 4L4 25" stroke="#000" stroke-width="1"/>"##,
            "</svg>"
        ),
        label = escaped_label,
    )
}

/// The value of `name="…"` in an element's opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Escapes text for XML/HTML element content and attribute values, and drops characters
/// that are not allowed in XML 1.0 (control characters other than tab, LF and CR).
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://garita.example/p/7f3a9c2e-4b1d-4e8a-9c6f-1a2b3c4d5e6f";

    #[test]
    fn is_inline_svg_with_label_and_role() {
        let svg = qr_svg(URL, "Pase de Ana López");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(!svg.contains("<?xml"));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-label="Pase de Ana López""#));
        assert!(svg.contains("<title>Pase de Ana López</title>"));
        assert!(svg.contains(r#"viewBox="0 0 "#));
        // Scaled by CSS: the root element has no fixed size.
        let root = &svg[..svg.find('>').unwrap()];
        assert!(!root.contains(" width="), "{root}");
        assert!(!root.contains(" height="), "{root}");
        // Black modules on a white background.
        assert!(svg.contains(r##"fill="#fff""##));
        assert!(svg.contains(r##"<path fill="#000" d="M"##));
    }

    #[test]
    fn view_box_includes_the_quiet_zone() {
        let svg = qr_svg("A", "x");
        // Version 1 is 21 modules, plus 4 on each side.
        assert!(svg.contains(r#"viewBox="0 0 29 29""#), "{svg}");
    }

    #[test]
    fn label_is_escaped() {
        let svg = qr_svg(URL, "Ana \"la <jefa>\" & O'Neil\u{0}");
        assert!(svg.contains("Ana &quot;la &lt;jefa&gt;&quot; &amp; O&#39;Neil"));
        assert!(!svg.contains("<jefa>"));
        assert!(!svg.contains('\u{0}'));
        assert!(svg.contains(r#"aria-label="Ana &quot;la &lt;jefa&gt;&quot; &amp; O&#39;Neil""#));
    }

    #[test]
    fn same_text_same_svg_different_text_different_svg() {
        assert_eq!(qr_svg(URL, "pase"), qr_svg(URL, "pase"));
        assert_ne!(qr_svg(URL, "pase"), qr_svg(&format!("{URL}0"), "pase"));
        assert_ne!(qr_svg("a", "pase"), qr_svg("b", "pase"));
    }

    #[test]
    fn long_text_does_not_panic() {
        // 2,000 characters still fit (version 40-M holds 2,331 bytes).
        let svg = qr_svg(&"x".repeat(2000), "pase");
        assert!(svg.starts_with("<svg") && svg.contains("<path"));
        // Too long for any QR code: a labelled placeholder, no code.
        let svg = qr_svg(&"x".repeat(5000), "pase");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"role="img""#) && svg.contains("<title>pase</title>"));
        assert!(!svg.contains(r##"fill="#000""##));
        assert_eq!(svg, fallback_svg("pase"));
    }
}
