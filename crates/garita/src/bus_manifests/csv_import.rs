//! A manifest from a CSV file: decoded (UTF-8 with or without a BOM, or Windows-1252 when the
//! carrier chose it; invalid UTF-8 is refused naming the first bad line), then read twice. The
//! first pass checks every line, one record at a time, keeping only the problems (at most
//! `REPORT_MAX` listed), which lines are bad and each document's first line (for duplicates);
//! the second pass reads the file again and writes the good lines in one transaction, in
//! batches. No pass holds the parsed manifest, so memory is the file itself (bounded by the
//! route's body limit) plus a few bytes a line. Nothing is stored from a file with problems
//! unless the carrier chose "accept the valid rows".

use std::borrow::Cow;
use std::net::IpAddr;

use garita_domain::manifests::{
    CellProblem, Checks, Duplicates, Header, HeaderProblem, ManifestProblem, PassengerState,
    Traveler, TripInput, MAX_TRAVELERS,
};

use super::{begin, finish, resolve, BusLine, Failed, Found, Refusal, Source, Stored, Target};
use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// The file's encoding, as chosen at upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Utf8,
    Windows1252,
}

impl Encoding {
    pub fn parse(s: &str) -> Encoding {
        match s.trim() {
            "windows-1252" => Encoding::Windows1252,
            _ => Encoding::Utf8,
        }
    }
}

/// What the carrier chose at upload.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub encoding: Encoding,
    /// Store the good lines of a file that has bad ones.
    pub accept_valid: bool,
}

/// The file as text. UTF-8's byte order mark is dropped; a file that is not UTF-8 is refused
/// with the line of its first bad byte (1-based).
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Cow<'_, str>, Refusal> {
    match encoding {
        Encoding::Utf8 => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match std::str::from_utf8(body) {
                Ok(s) => Ok(Cow::Borrowed(s)),
                Err(e) => {
                    let line = body[..e.valid_up_to()]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count()
                        + 1;
                    Err(Refusal {
                        code: "bus-manifest-not-utf8",
                        args: vec![("line", line.to_string())],
                        problems: Vec::new(),
                        total: 0,
                    })
                }
            }
        }
        Encoding::Windows1252 => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(text)
        }
    }
}

/// What the first pass found.
#[derive(Debug, Default)]
pub struct FirstPass {
    /// People's lines read (the header not counted).
    pub rows: usize,
    /// Per line (0 = the first person's), whether it has a problem.
    pub bad: Vec<bool>,
    /// The problems, at most `REPORT_MAX`.
    pub problems: Vec<Found>,
    /// How many problems in all.
    pub total: usize,
}

impl FirstPass {
    pub fn valid(&self) -> usize {
        self.bad.iter().filter(|b| !**b).count()
    }
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn header_refusal(p: HeaderProblem) -> Refusal {
    let code = match p {
        HeaderProblem::Empty => "bus-manifest-header-empty",
        HeaderProblem::Missing(_) => "bus-manifest-header-missing",
        HeaderProblem::Unknown(_) => "bus-manifest-header-unknown",
        HeaderProblem::Repeated(_) => "bus-manifest-header-repeated",
    };
    Refusal {
        code,
        args: vec![("column", p.column().to_string())],
        problems: Vec::new(),
        total: 0,
    }
}

fn malformed(e: &csv::Error) -> Refusal {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    Refusal {
        code: "bus-manifest-malformed",
        args: vec![("line", line.to_string())],
        problems: Vec::new(),
        total: 0,
    }
}

/// Reads the header line: where each column is.
fn header_of(
    r: &mut csv::Reader<&[u8]>,
    record: &mut csv::StringRecord,
) -> Result<Header, Refusal> {
    match r.read_record(record) {
        Ok(true) => {
            let cells: Vec<&str> = record.iter().collect();
            Header::parse(&cells).map_err(header_refusal)
        }
        Ok(false) => Err(header_refusal(HeaderProblem::Empty)),
        Err(e) => Err(malformed(&e)),
    }
}

/// One line: the person, or its problems.
fn line(
    header: &Header,
    record: &csv::StringRecord,
    checks: Checks,
) -> Result<Traveler, Vec<CellProblem>> {
    if record.len() != header.width() {
        return Err(vec![CellProblem {
            column: "",
            problem: ManifestProblem::Width {
                expected: header.width(),
                found: record.len(),
            },
        }]);
    }
    let cells: Vec<&str> = record.iter().collect();
    header.input(&cells).parse(checks)
}

/// The first pass: every line checked, nothing kept but what is wrong.
pub fn first_pass(text: &str, checks: Checks) -> Result<FirstPass, Refusal> {
    let mut r = reader(text);
    let mut record = csv::StringRecord::new();
    let header = header_of(&mut r, &mut record)?;
    let mut out = FirstPass::default();
    let mut seen = Duplicates::default();
    loop {
        match r.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(malformed(&e)),
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            // A blank line (e.g. the spreadsheet's last) is no one.
            continue;
        }
        out.rows += 1;
        if out.rows > MAX_TRAVELERS {
            return Err(Refusal {
                code: "bus-manifest-too-many",
                args: vec![("limit", MAX_TRAVELERS.to_string())],
                problems: Vec::new(),
                total: 0,
            });
        }
        // The spreadsheet's row: the header is row 1.
        let row = out.rows + 1;
        let problems = match line(&header, &record, checks) {
            Ok(t) => match seen.see(row, &t) {
                Some(first) => vec![CellProblem {
                    column: "document_number",
                    problem: ManifestProblem::Duplicate { first },
                }],
                None => Vec::new(),
            },
            Err(ps) => ps,
        };
        out.bad.push(!problems.is_empty());
        for problem in problems {
            out.total += 1;
            if out.problems.len() < super::REPORT_MAX {
                out.problems.push(Found { row, problem });
            }
        }
    }
    Ok(out)
}

/// People written per statement in the second pass.
const BATCH: usize = 64;

async fn write_batch(
    app: &AppState,
    tx: &mut Tx,
    trip_id: &str,
    version: i64,
    batch: &[(usize, Traveler)],
) -> Result<(), Error> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "INSERT INTO bus_manifest_travelers (id, trip_id, version, position, sealed, added, state) VALUES ",
    );
    for i in 0..batch.len() {
        let b = i * 5;
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!(
            "(${}, ${}, ${}, ${}, ${}, 0, ${})",
            b + 1,
            b + 2,
            b + 3,
            b + 4,
            b + 5,
            batch.len() * 5 + 1
        ));
    }
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (position, t) in batch {
        let id = random_id();
        let sealed = app
            .vault
            .seal(&format!("bus-traveler:{id}"), &serde_json::to_vec(t)?);
        q = q
            .bind(id)
            .bind(trip_id)
            .bind(version)
            .bind(*position as i64)
            .bind(sealed);
    }
    q.bind(PassengerState::Expected.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The second pass: the good lines, written in the caller's transaction. Returns how many.
pub async fn second_pass(
    app: &AppState,
    tx: &mut Tx,
    text: &str,
    checks: Checks,
    first: &FirstPass,
    trip_id: &str,
    version: i64,
) -> Result<usize, Error> {
    let mut r = reader(text);
    let mut record = csv::StringRecord::new();
    let header = header_of(&mut r, &mut record)
        .map_err(|_| Error::Internal(anyhow::anyhow!("header changed between passes")))?;
    let mut index = 0;
    let mut written = 0;
    let mut batch = Vec::with_capacity(BATCH);
    while r
        .read_record(&mut record)
        .map_err(|e| Error::Internal(anyhow::anyhow!("second pass: {e}")))?
    {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let bad = first.bad.get(index).copied().unwrap_or(true);
        index += 1;
        if bad {
            continue;
        }
        let t = line(&header, &record, checks)
            .map_err(|_| Error::Internal(anyhow::anyhow!("a line changed between passes")))?;
        written += 1;
        batch.push((written, t));
        if batch.len() == BATCH {
            write_batch(app, tx, trip_id, version, &batch).await?;
            batch.clear();
        }
    }
    write_batch(app, tx, trip_id, version, &batch).await?;
    Ok(written)
}

/// A CSV upload, whole: checked, then stored in one transaction (or refused, nothing stored).
pub async fn import(
    app: &AppState,
    bus: &BusLine,
    ip: IpAddr,
    target: Target,
    trip: &TripInput,
    bytes: &[u8],
    options: Options,
) -> Result<Stored, Failed> {
    let resolved = resolve(app, trip).map_err(Failed::Refused)?;
    let text = decode(bytes, options.encoding).map_err(Failed::Refused)?;
    let checks = resolved.checks(app);
    let first = first_pass(&text, checks).map_err(Failed::Refused)?;
    let valid = first.valid();
    if (first.total > 0 && !options.accept_valid) || valid == 0 {
        let code = if first.total > 0 {
            "bus-manifest-invalid"
        } else {
            "bus-manifest-empty"
        };
        return Err(Failed::Refused(Refusal {
            code,
            args: Vec::new(),
            total: first.total,
            problems: first.problems,
        }));
    }
    let (mut tx, id, version) = begin(app, bus, &target, &resolved, Source::Csv, valid).await?;
    let written = second_pass(app, &mut tx, &text, checks, &first, &id, version).await?;
    let stored = Stored {
        id,
        version,
        travelers: written,
        skipped: first.rows - valid,
    };
    finish(app, tx, bus, ip, &stored, Source::Csv).await?;
    Ok(stored)
}

/// The template to download: the header and one example line.
pub fn template() -> String {
    let mut out = String::new();
    crate::csv::write_row(&mut out, &garita_domain::manifests::COLUMNS);
    crate::csv::write_row(
        &mut out,
        &[
            "passenger",
            "López",
            "María Fernanda",
            "1991-04-12",
            "F",
            "MX",
            "MX",
            "passport",
            "G12345678",
            "MX",
            "2030-01-31",
            "100 N Stanton St, El Paso, TX 79901",
        ],
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn checks() -> Checks {
        Checks {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            arrival_day: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        }
    }

    #[test]
    fn the_template_passes_its_own_check() {
        let t = template();
        let first = first_pass(&t, checks()).unwrap();
        assert_eq!((first.rows, first.total), (1, 0));
    }

    #[test]
    fn invalid_utf8_names_its_line_and_a_bom_is_dropped() {
        let mut bytes = b"\xEF\xBB\xBFa\nb\nc\xFF\n".to_vec();
        match decode(&bytes, Encoding::Utf8) {
            Err(r) => assert_eq!(r.args, vec![("line", "3".to_string())]),
            Ok(_) => panic!("accepted"),
        }
        bytes.truncate(7);
        assert_eq!(decode(&bytes, Encoding::Utf8).unwrap(), "a\nb\n");
        assert_eq!(decode(b"Pe\xF1a", Encoding::Windows1252).unwrap(), "Peña");
    }
}
