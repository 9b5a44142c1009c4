//! A manifest from a CSV file, read as it arrives from the socket: each chunk is decoded
//! (UTF-8 with or without a BOM, or Windows-1252 when the carrier chose it; invalid UTF-8 is
//! refused naming the first bad line) and fed to an incremental CSV reader (`csv_core`), so no
//! more than one line is ever buffered; the byte limit is counted chunk by chunk and the upload
//! refused the moment it is passed, before the rest is read. Two passes, as before: the first
//! checks every line as it comes, keeping the problems (at most `REPORT_MAX` listed), each
//! document's first line (for duplicates) and each good line as a compact checked `Traveler`;
//! once the file has ended, and only if it has no problem (or the carrier chose "accept the
//! valid rows"), the second writes those people in one transaction, in batches. Memory is
//! therefore bounded by `MAX_TRAVELERS` checked people (each field of bounded length), whatever
//! the file's size; once a file with a problem is known to be refused, no more people are kept.

use std::net::IpAddr;

use csv_core::ReadRecordResult;
use encoding_rs::{Decoder, DecoderResult};
use garita_domain::manifests::{
    CellProblem, Checks, Duplicates, Header, HeaderProblem, ManifestProblem, PassengerState,
    Traveler, TripInput, MAX_TRAVELERS,
};

use super::{
    begin, finish, resolve, BusLine, Failed, Found, Refusal, Resolved, Source, Stored, Target,
};
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
        match s.trim().to_ascii_lowercase().as_str() {
            "windows-1252" | "cp1252" => Encoding::Windows1252,
            _ => Encoding::Utf8,
        }
    }

    fn decoder(self) -> Decoder {
        match self {
            // The BOM, if any, is dropped.
            Encoding::Utf8 => encoding_rs::UTF_8.new_decoder_with_bom_removal(),
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252.new_decoder_without_bom_handling(),
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

/// A line longer than this (a cell of megabytes, a quote never closed) is refused.
const LINE_MAX: usize = 64 * 1024;
/// At most this many cells on a line.
const CELLS_MAX: usize = 64;

fn refusal(code: &'static str, args: Vec<(&'static str, String)>) -> Refusal {
    Refusal {
        code,
        args,
        problems: Vec::new(),
        total: 0,
    }
}

fn header_refusal(p: HeaderProblem) -> Refusal {
    let code = match p {
        HeaderProblem::Empty => "bus-manifest-header-empty",
        HeaderProblem::Missing(_) => "bus-manifest-header-missing",
        HeaderProblem::Unknown(_) => "bus-manifest-header-unknown",
        HeaderProblem::Repeated(_) => "bus-manifest-header-repeated",
    };
    refusal(code, vec![("column", p.column().to_string())])
}

/// What the first pass found, once the file has ended.
#[derive(Debug, Default)]
pub struct Checked {
    /// People's lines read (the header not counted).
    pub rows: usize,
    /// Lines without a problem.
    pub valid: usize,
    /// The problems, at most `REPORT_MAX`.
    pub problems: Vec<Found>,
    /// How many problems in all.
    pub total: usize,
    /// The good lines' people, in order (empty once the file is known to be refused).
    pub people: Vec<Traveler>,
    /// Bytes received.
    pub bytes: usize,
    /// The carrier chose to store the good lines of a file with bad ones.
    pub accept_valid: bool,
}

/// The first pass over a file being read: feed it the chunks as they arrive, then `finish`.
pub struct FirstPass {
    checks: Checks,
    limit: usize,
    decoder: Decoder,
    /// Decoded text of the chunk at hand (reused).
    text: String,
    /// Line breaks decoded so far (for the line of a bad byte).
    breaks: usize,
    csv: csv_core::Reader,
    /// The line being read: its cells' bytes and where each ends.
    out: Vec<u8>,
    out_len: usize,
    ends: Vec<usize>,
    ends_len: usize,
    header: Option<Header>,
    seen: Duplicates,
    checked: Checked,
}

impl FirstPass {
    /// A file checked against `checks`, refused past `limit` bytes.
    pub fn new(checks: Checks, options: Options, limit: usize) -> FirstPass {
        FirstPass {
            checks,
            limit,
            decoder: options.encoding.decoder(),
            text: String::new(),
            breaks: 0,
            csv: csv_core::ReaderBuilder::new().build(),
            out: vec![0; 1024],
            out_len: 0,
            ends: vec![0; 16],
            ends_len: 0,
            header: None,
            seen: Duplicates::default(),
            checked: Checked {
                accept_valid: options.accept_valid,
                ..Checked::default()
            },
        }
    }

    /// The next chunk of the file. Past the limit: 413 at once, whatever is still to come; a
    /// refusal of the whole file (encoding, header, too many people) also ends the reading.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), Failed> {
        self.checked.bytes += chunk.len();
        if self.checked.bytes > self.limit {
            return Err(Failed::Error(Error::PayloadTooLarge));
        }
        self.decode(chunk, false).map_err(Failed::Refused)
    }

    fn decode(&mut self, mut src: &[u8], last: bool) -> Result<(), Refusal> {
        let mut text = std::mem::take(&mut self.text);
        loop {
            text.clear();
            let room = self
                .decoder
                .max_utf8_buffer_length_without_replacement(src.len())
                .unwrap_or(src.len() * 3 + 16);
            text.reserve(room.max(16));
            let (result, read) = self
                .decoder
                .decode_to_string_without_replacement(src, &mut text, last);
            src = &src[read..];
            self.breaks += text.bytes().filter(|b| *b == b'\n').count();
            self.parse(text.as_bytes(), false)?;
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(..) => {
                    return Err(refusal(
                        "bus-manifest-not-utf8",
                        vec![("line", (self.breaks + 1).to_string())],
                    ))
                }
            }
        }
        self.text = text;
        Ok(())
    }

    /// Feeds decoded text to the CSV reader; each complete line is checked. `end`: the file
    /// has ended (the last line may have no line break).
    fn parse(&mut self, mut input: &[u8], end: bool) -> Result<(), Refusal> {
        loop {
            if input.is_empty() && !end {
                return Ok(());
            }
            let (result, read, written, ended) = self.csv.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[read..];
            self.out_len += written;
            self.ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => {
                    if self.out.len() >= LINE_MAX {
                        return Err(self.malformed());
                    }
                    self.out.resize(self.out.len() * 2, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    if self.ends.len() >= CELLS_MAX {
                        return Err(self.malformed());
                    }
                    self.ends.resize(self.ends.len() * 2, 0);
                }
                ReadRecordResult::Record => {
                    self.line()?;
                    self.out_len = 0;
                    self.ends_len = 0;
                }
                ReadRecordResult::End => return Ok(()),
            }
        }
    }

    fn malformed(&self) -> Refusal {
        refusal(
            "bus-manifest-malformed",
            vec![("line", self.csv.line().to_string())],
        )
    }

    /// One complete line: the header, or a person checked.
    fn line(&mut self) -> Result<(), Refusal> {
        let mut cells: Vec<&str> = Vec::with_capacity(self.ends_len);
        let mut start = 0;
        for end in &self.ends[..self.ends_len] {
            // The text was decoded before it came here, and the reader only removes ASCII.
            let cell = std::str::from_utf8(&self.out[start..*end]).map_err(|_| self.malformed())?;
            cells.push(cell);
            start = *end;
        }
        let Some(header) = &self.header else {
            self.header = Some(Header::parse(&cells).map_err(header_refusal)?);
            return Ok(());
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            // A blank line (e.g. the spreadsheet's last) is no one.
            return Ok(());
        }
        let out = &mut self.checked;
        out.rows += 1;
        if out.rows > MAX_TRAVELERS {
            return Err(refusal(
                "bus-manifest-too-many",
                vec![("limit", MAX_TRAVELERS.to_string())],
            ));
        }
        // The spreadsheet's row: the header is row 1.
        let row = out.rows + 1;
        let checked = if cells.len() != header.width() {
            Err(vec![CellProblem {
                column: "",
                problem: ManifestProblem::Width {
                    expected: header.width(),
                    found: cells.len(),
                },
            }])
        } else {
            header.input(&cells).parse(self.checks)
        };
        let checked = checked.and_then(|t| match self.seen.see(row, &t) {
            Some(first) => Err(vec![CellProblem {
                column: "document_number",
                problem: ManifestProblem::Duplicate { first },
            }]),
            None => Ok(t),
        });
        match checked {
            Ok(t) => {
                out.valid += 1;
                // A file with a problem is refused whole unless the valid rows are accepted:
                // then no one needs keeping.
                if out.total == 0 || out.accept_valid {
                    out.people.push(t);
                }
            }
            Err(problems) => {
                if !out.accept_valid {
                    out.people = Vec::new();
                }
                for problem in problems {
                    out.total += 1;
                    if out.problems.len() < super::REPORT_MAX {
                        out.problems.push(Found { row, problem });
                    }
                }
            }
        }
        Ok(())
    }

    /// The end of the file: the first pass's result.
    pub fn finish(mut self) -> Result<Checked, Refusal> {
        self.decode(&[], true)?;
        self.parse(&[], true)?;
        if self.header.is_none() {
            return Err(header_refusal(HeaderProblem::Empty));
        }
        Ok(self.checked)
    }
}

/// A CSV upload for a trip: its fields are checked first (a bad trip is refused before any of
/// the file is read), then the file is fed as it arrives, then `store`.
pub struct Upload {
    resolved: Resolved,
    first: FirstPass,
}

impl Upload {
    pub fn start(
        app: &AppState,
        trip: &TripInput,
        options: Options,
        limit: usize,
    ) -> Result<Upload, Refusal> {
        let resolved = resolve(app, trip)?;
        let first = FirstPass::new(resolved.checks(app), options, limit);
        Ok(Upload { resolved, first })
    }

    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), Failed> {
        self.first.feed(chunk)
    }

    /// The end of the file, then (if the file may be stored) the second pass.
    pub async fn store(
        self,
        app: &AppState,
        bus: &BusLine,
        ip: IpAddr,
        target: Target,
    ) -> Result<Stored, Failed> {
        let checked = self.first.finish().map_err(Failed::Refused)?;
        store(app, bus, ip, target, &self.resolved, checked).await
    }
}

/// People written per statement in the second pass.
const BATCH: usize = 64;

async fn write_batch(
    app: &AppState,
    tx: &mut Tx,
    trip_id: &str,
    version: i64,
    first_position: usize,
    batch: &[Traveler],
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
    for (i, t) in batch.iter().enumerate() {
        let id = random_id();
        let sealed = app
            .vault
            .seal(&format!("bus-traveler:{id}"), &serde_json::to_vec(t)?);
        q = q
            .bind(id)
            .bind(trip_id)
            .bind(version)
            .bind((first_position + i) as i64)
            .bind(sealed);
    }
    q.bind(PassengerState::Expected.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The second pass: refused whole if the file has a problem (unless the carrier accepted the
/// valid rows) or no one; else the checked people written in one transaction.
async fn store(
    app: &AppState,
    bus: &BusLine,
    ip: IpAddr,
    target: Target,
    resolved: &Resolved,
    checked: Checked,
) -> Result<Stored, Failed> {
    if (checked.total > 0 && !checked.accept_valid) || checked.valid == 0 {
        let code = if checked.total > 0 {
            "bus-manifest-invalid"
        } else {
            "bus-manifest-empty"
        };
        return Err(Failed::Refused(Refusal {
            code,
            args: Vec::new(),
            total: checked.total,
            problems: checked.problems,
        }));
    }
    let valid = checked.valid;
    let (mut tx, id, version) = begin(app, bus, &target, resolved, Source::Csv, valid).await?;
    for (n, batch) in checked.people.chunks(BATCH).enumerate() {
        write_batch(app, &mut tx, &id, version, n * BATCH + 1, batch).await?;
    }
    let stored = Stored {
        id,
        version,
        travelers: valid,
        skipped: checked.rows - valid,
    };
    finish(app, tx, bus, ip, &stored, Source::Csv).await?;
    Ok(stored)
}

/// A file already in memory (tests, the bench's baseline), fed in 64 KiB chunks.
pub async fn import(
    app: &AppState,
    bus: &BusLine,
    ip: IpAddr,
    target: Target,
    trip: &TripInput,
    bytes: &[u8],
    options: Options,
) -> Result<Stored, Failed> {
    let mut upload =
        Upload::start(app, trip, options, super::UPLOAD_LIMIT).map_err(Failed::Refused)?;
    for chunk in bytes.chunks(64 * 1024) {
        upload.feed(chunk)?;
    }
    upload.store(app, bus, ip, target).await
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

    /// The file fed in chunks of `size` bytes.
    fn read(bytes: &[u8], encoding: Encoding, size: usize) -> Result<Checked, Refusal> {
        let options = Options {
            encoding,
            accept_valid: false,
        };
        let mut first = FirstPass::new(checks(), options, usize::MAX);
        for chunk in bytes.chunks(size) {
            match first.feed(chunk) {
                Ok(()) => {}
                Err(Failed::Refused(r)) => return Err(r),
                Err(Failed::Error(e)) => panic!("{e:?}"),
            }
        }
        first.finish()
    }

    #[test]
    fn the_template_passes_its_own_check_in_chunks_of_any_size() {
        let t = template();
        for size in [1, 2, 3, 7, 64, 1 << 20] {
            let c = read(t.as_bytes(), Encoding::Utf8, size).unwrap();
            assert_eq!((c.rows, c.total, c.people.len()), (1, 0, 1), "{size}");
            assert_eq!(c.people[0].family_name, "López");
        }
    }

    #[test]
    fn invalid_utf8_names_its_line_and_a_bom_is_dropped() {
        let header = garita_domain::manifests::COLUMNS.join(",");
        // A bad byte on the third line: refused, whichever chunk it falls in.
        let bad = format!("\u{FEFF}{header}\n\n").into_bytes();
        let bad = [bad.as_slice(), b"c\xFF\n"].concat();
        for size in [1, 5, 1024] {
            match read(&bad, Encoding::Utf8, size) {
                Err(r) => assert_eq!(r.args, vec![("line", "3".to_string())], "{size}"),
                Ok(_) => panic!("accepted"),
            }
        }
        // A BOM before the header is no part of its first column.
        let line =
            "passenger,Peña,Ana,1990-05-21,F,MX,MX,P,G1,MX,2030-01-01,\"1 Main St\nEl Paso\"";
        let file = format!("\u{FEFF}{header}\r\n{line}\r\n");
        let c = read(file.as_bytes(), Encoding::Utf8, 3).unwrap();
        assert_eq!((c.rows, c.total), (1, 0));
        assert_eq!(
            c.people[0].us_address.as_deref(),
            Some("1 Main St, El Paso")
        );
        // Windows-1252: ñ is one byte.
        let text = format!("{header}\n{line}\n");
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let c = read(&bytes, Encoding::Windows1252, 2).unwrap();
        assert_eq!(c.people[0].family_name, "Peña");
    }

    #[test]
    fn the_limit_is_counted_as_the_chunks_arrive() {
        let mut first = FirstPass::new(checks(), Options::default(), 10);
        assert!(first.feed(b"role,").is_ok());
        assert!(first.feed(b"family").is_err());
    }
}
