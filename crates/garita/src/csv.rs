//! The one CSV writer for what Garita exports (open statistics, lists for an agency, later
//! more): RFC 4180 quoting, and no cell a spreadsheet would run as a formula — a cell that
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (OWASP's
//! advice on CSV injection), so a name typed as `=HYPERLINK(…)` stays text.

/// Appends one row, ending it with CRLF.
pub fn write_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_cell(out, cell.as_ref());
    }
    out.push_str("\r\n");
}

fn write_cell(out: &mut String, cell: &str) {
    let neutral = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = neutral || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if neutral {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn row(cells: &[&str]) -> String {
        let mut out = String::new();
        write_row(&mut out, cells);
        out
    }

    #[test]
    fn formulas_stay_text_and_quoting_follows_rfc_4180() {
        assert_eq!(row(&["San Ysidro", "42"]), "San Ysidro,42\r\n");
        assert_eq!(
            row(&["=1+1", "+cmd", "-2", "@SUM(A1)"]),
            "\"'=1+1\",\"'+cmd\",\"'-2\",\"'@SUM(A1)\"\r\n"
        );
        assert_eq!(row(&["\tx", "\rx"]), "\"'\tx\",\"'\rx\"\r\n");
        assert_eq!(
            row(&["a,b", "say \"hi\"", "two\nlines"]),
            "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
        assert_eq!(row(&["María López", "中文"]), "María López,中文\r\n");
    }

    /// Reads one row back by RFC 4180 (quotes doubled inside quoted cells).
    fn parse_row(line: &str) -> Vec<String> {
        let mut cells = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.trim_end_matches("\r\n").chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut().unwrap().push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => cells.push(String::new()),
                (c, _) => cells.last_mut().unwrap().push(c),
            }
        }
        cells
    }

    proptest! {
        #[test]
        fn any_cell_reads_back_and_never_starts_a_formula(cells in proptest::collection::vec(".{0,12}", 1..5)) {
            let out = row(&cells.iter().map(String::as_str).collect::<Vec<_>>());
            let back = parse_row(&out);
            prop_assert_eq!(back.len(), cells.len());
            for (b, c) in back.iter().zip(&cells) {
                let dangerous = c.starts_with(['=', '+', '-', '@', '\t', '\r']);
                if dangerous {
                    prop_assert_eq!(b, &format!("'{c}"));
                } else {
                    prop_assert_eq!(b, c);
                }
                prop_assert!(!b.starts_with(['=', '+', '-', '@', '\t', '\r']));
            }
        }
    }
}
