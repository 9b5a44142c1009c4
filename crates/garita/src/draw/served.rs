//! Published draws as served. A draw that has run never changes, yet its record holds every
//! participating request: 84,616 of them made `GET /api/v1/draws/{day}` a 2.5 MB body that
//! each read parsed from the stored JSON, turned into a tree, serialised and compressed again
//! (~1 s of CPU and ~50 MB each; at the day replay's public rate that kept both cores busy and
//! the server at 2 GB for the rest of the day). Here each published day is read and parsed
//! once, its API body built once and compressed once (gzip and Brotli, in a blocking thread),
//! and then served from memory for the life of the process: the page reads the parsed record
//! and looks a traveler's pseudonym up in a set. Only a draw that has run is kept (a
//! commitment is read each time: it becomes a result at the draw), and only the last
//! [`KEPT`] days read, so memory stays bounded whatever days people ask for.

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};
use chrono::NaiveDate;
use garita_domain::draw::PublishedDraw;
use sha2::{Digest, Sha256};

use crate::http::errors::Error;

/// Published days kept in memory (the days people read are today's and the few before it).
pub const KEPT: usize = 8;

/// One published draw, as its page and its API need it: the few fields the page shows, the
/// pseudonymous ids (sorted, for a traveler's "was my group in it"), and the API body ready
/// in each encoding. The parsed record itself is not kept.
pub struct Served {
    pub date: NaiveDate,
    pub commitment: String,
    pub seed: String,
    /// The pseudonymous ids of the requests that took part, and of those selected; sorted.
    participants: Vec<Box<str>>,
    selected: Vec<Box<str>>,
    /// `GET /api/v1/draws/{day}`'s body (the record with the policy it ran under).
    json: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    /// A strong validator: the body's SHA-256, quoted.
    etag: HeaderValue,
}

impl Served {
    /// Builds what is served from the record and the API body (CPU-heavy for a large draw:
    /// call it off the async threads).
    pub fn build(draw: PublishedDraw, json: Vec<u8>) -> Result<Served, Error> {
        let internal = |what: &str, e: std::io::Error| {
            Error::Internal(anyhow::anyhow!(
                "draw {}: compressing {what}: {e}",
                draw.date
            ))
        };
        let mut gz = flate2::write::GzEncoder::new(
            Vec::with_capacity(json.len() / 3),
            flate2::Compression::best(),
        );
        gz.write_all(&json).map_err(|e| internal("gzip", e))?;
        let gzip = gz.finish().map_err(|e| internal("gzip", e))?;
        let mut brotli = Vec::with_capacity(json.len() / 4);
        {
            // Quality 9 of 11, a 4 MiB window: near the best ratio at a fraction of 11's time.
            let mut w = brotli::CompressorWriter::new(&mut brotli, 64 * 1024, 9, 22);
            w.write_all(&json).map_err(|e| internal("Brotli", e))?;
            w.flush().map_err(|e| internal("Brotli", e))?;
        }
        let etag = HeaderValue::from_str(&format!("\"{}\"", hex::encode(Sha256::digest(&json))))
            .map_err(|e| Error::Internal(anyhow::anyhow!("draw etag: {e}")))?;
        let sorted = |ids: Vec<Box<str>>| {
            let mut ids = ids;
            ids.sort_unstable();
            ids.shrink_to_fit();
            ids
        };
        Ok(Served {
            participants: sorted(draw.requests.into_iter().map(|r| r.id.into()).collect()),
            selected: sorted(draw.results.into_iter().map(|r| r.request.into()).collect()),
            date: draw.date,
            commitment: draw.commitment,
            seed: draw.seed,
            json: Bytes::from(json),
            gzip: Bytes::from(gzip),
            brotli: Bytes::from(brotli),
            etag,
        })
    }

    pub fn participants(&self) -> usize {
        self.participants.len()
    }

    pub fn selected(&self) -> usize {
        self.selected.len()
    }

    pub fn took_part(&self, id: &str) -> bool {
        self.participants
            .binary_search_by(|p| (**p).cmp(id))
            .is_ok()
    }

    pub fn was_selected(&self, id: &str) -> bool {
        self.selected.binary_search_by(|p| (**p).cmp(id)).is_ok()
    }

    /// The API body for a request with these headers: `None` when the client already holds
    /// it (`If-None-Match`), else the encoding it accepts (Brotli, gzip, or none) and the body.
    pub fn body_for(&self, request: &HeaderMap) -> Option<(Option<&'static str>, Bytes)> {
        let held = request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t.as_bytes() == self.etag.as_bytes());
        if held {
            return None;
        }
        Some(if accepts(request, "br") {
            (Some("br"), self.brotli.clone())
        } else if accepts(request, "gzip") {
            (Some("gzip"), self.gzip.clone())
        } else {
            (None, self.json.clone())
        })
    }

    pub fn etag(&self) -> HeaderValue {
        self.etag.clone()
    }
}

/// True when `Accept-Encoding` names `coding` (or `*`) with a non-zero weight.
fn accepts(request: &HeaderMap, coding: &str) -> bool {
    request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|item| {
            let mut parts = item.split(';');
            let name = parts.next()?.trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (name.eq_ignore_ascii_case(coding) || name == "*").then_some(weight)
        })
        .any(|weight| weight > 0.0)
}

/// The last [`KEPT`] published draws read, most recent use last.
#[derive(Default)]
pub struct ServedDraws {
    held: Mutex<Vec<(NaiveDate, Arc<Served>)>>,
    build: tokio::sync::Mutex<()>,
}

impl ServedDraws {
    /// Held while a draw is built: one build at a time.
    pub async fn building(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.build.lock().await
    }

    pub fn get(&self, day: NaiveDate) -> Option<Arc<Served>> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        let at = held.iter().position(|(d, _)| *d == day)?;
        let entry = held.remove(at);
        let served = entry.1.clone();
        held.push(entry);
        Some(served)
    }

    /// Keeps `served` for `day` (a concurrent build of the same day keeps the first).
    pub fn put(&self, day: NaiveDate, served: Arc<Served>) -> Arc<Served> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, kept)) = held.iter().find(|(d, _)| *d == day) {
            return kept.clone();
        }
        if held.len() >= KEPT {
            held.remove(0);
        }
        held.push((day, served.clone()));
        served
    }

    #[cfg(test)]
    fn days(&self) -> Vec<NaiveDate> {
        let held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.iter().map(|(d, _)| *d).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn the_encoding_is_the_one_the_client_accepts() {
        assert!(accepts(&headers(&[("accept-encoding", "gzip, br")]), "br"));
        assert!(accepts(
            &headers(&[("accept-encoding", "GZIP;q=0.5")]),
            "gzip"
        ));
        assert!(!accepts(
            &headers(&[("accept-encoding", "br;q=0, gzip")]),
            "br"
        ));
        assert!(!accepts(&headers(&[("accept-encoding", "br;q=0.0")]), "br"));
        assert!(accepts(&headers(&[("accept-encoding", "*")]), "gzip"));
        assert!(!accepts(
            &headers(&[("accept-encoding", "identity")]),
            "gzip"
        ));
        assert!(!accepts(&headers(&[]), "gzip"));
        assert!(accepts(
            &headers(&[("accept-encoding", "deflate"), ("accept-encoding", "gzip")]),
            "gzip"
        ));
    }

    #[test]
    fn only_the_last_days_read_are_kept() {
        let kept = ServedDraws::default();
        let day = |n: u32| NaiveDate::from_ymd_opt(2026, 12, n).unwrap();
        let draw = |d: NaiveDate| {
            let json = format!(r#"{{"date":"{d}"}}"#).into_bytes();
            let draw = PublishedDraw {
                algorithm: "garita-draw-v3".into(),
                date: d,
                commitment: "c".into(),
                seed: "s".into(),
                rule: garita_domain::draw::Rule::default(),
                offers: vec![],
                requests: vec![],
                results: vec![],
            };
            Arc::new(Served::build(draw, json).unwrap())
        };
        for n in 1..=(KEPT as u32 + 1) {
            kept.put(day(n), draw(day(n)));
            if n == 2 {
                assert!(kept.get(day(1)).is_some(), "read again: kept longer");
            }
        }
        let days = kept.days();
        assert_eq!(days.len(), KEPT);
        assert!(days.contains(&day(1)), "the day read again is kept");
        assert!(!days.contains(&day(2)), "the least recently read day goes");
        assert!(days.contains(&day(3)));
        let first = kept.get(day(5)).unwrap();
        let again = kept.put(day(5), draw(day(5)));
        assert!(
            Arc::ptr_eq(&first, &again),
            "a second build keeps the first"
        );
    }
}
