//! Personal data at rest: records are sealed with AES-256-GCM under a key derived from the
//! master key, with the row's id as associated data so a sealed blob cannot be moved to another
//! row. Keyed fingerprints (HMAC-SHA-256) find a record by e-mail without decrypting anything.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::config::MasterKey;

#[derive(Clone)]
pub struct Vault {
    cipher: Aes256Gcm,
    fingerprint_key: [u8; 32],
    csrf_key: [u8; 32],
    pseudonym_key: [u8; 32],
    /// Sealed values opened since start: a cheap count that shows (in tests and metrics)
    /// that a request unseals only what it needs.
    opened: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

#[derive(Debug, thiserror::Error)]
#[error("sealed data could not be opened (wrong key or tampered)")]
pub struct Unsealable;

const NONCE_LEN: usize = 12;

fn derive(master: &MasterKey, purpose: &str) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(&master.0).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

impl Vault {
    pub fn new(master: &MasterKey) -> Vault {
        let seal_key = derive(master, "garita/seal/v1");
        Vault {
            cipher: Aes256Gcm::new((&seal_key).into()),
            fingerprint_key: derive(master, "garita/fingerprint/v1"),
            csrf_key: derive(master, "garita/csrf/v1"),
            pseudonym_key: derive(master, "garita/pseudonym/v1"),
            opened: Default::default(),
        }
    }

    pub fn seal(&self, row_id: &str, plaintext: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: row_id.as_bytes(),
                },
            )
            .expect("AES-GCM encryption of an in-memory buffer cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        out
    }

    /// How many sealed values have been opened since start.
    pub fn opened(&self) -> u64 {
        self.opened.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn open(&self, row_id: &str, sealed: &[u8]) -> Result<Vec<u8>, Unsealable> {
        self.opened
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if sealed.len() < NONCE_LEN {
            return Err(Unsealable);
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        self.cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: row_id.as_bytes(),
                },
            )
            .map_err(|_| Unsealable)
    }

    fn mac(key: &[u8; 32], parts: &[&[u8]]) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
        for p in parts {
            mac.update(&(p.len() as u64).to_be_bytes());
            mac.update(p);
        }
        hex::encode(mac.finalize().into_bytes())
    }

    /// A stable, keyed fingerprint of an already-normalised value (e.g. a lower-cased e-mail).
    pub fn fingerprint(&self, value: &str) -> String {
        Self::mac(&self.fingerprint_key, &[value.as_bytes()])
    }

    /// The CSRF token that matches a browser's CSRF cookie.
    pub fn csrf_token(&self, cookie: &str) -> String {
        Self::mac(&self.csrf_key, &[cookie.as_bytes()])
    }

    /// A pseudonymous id for publishing (e.g. a request in the draw) that reveals nothing.
    pub fn pseudonym(&self, kind: &str, id: &str) -> String {
        Self::mac(&self.pseudonym_key, &[kind.as_bytes(), id.as_bytes()])[..32].to_string()
    }
}

/// A random, URL-safe token (256 bits).
pub fn random_token() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A random id for rows whose ids appear in URLs (not guessable, not a counter).
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn sha256_hex(s: &str) -> String {
    use sha2::Digest;
    hex::encode(Sha256::digest(s.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_data_is_bound_to_key_and_row() {
        let v = Vault::new(&MasterKey([7; 32]));
        let sealed = v.seal("row-1", b"Maria");
        assert!(!sealed.windows(5).any(|w| w == b"Maria"));
        assert_eq!(v.open("row-1", &sealed).unwrap(), b"Maria");
        assert!(v.open("row-2", &sealed).is_err());
        assert!(Vault::new(&MasterKey([8; 32]))
            .open("row-1", &sealed)
            .is_err());
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(v.open("row-1", &tampered).is_err());
        assert!(v.open("row-1", b"short").is_err());
    }

    #[test]
    fn fingerprints_are_keyed() {
        let a = Vault::new(&MasterKey([1; 32]));
        let b = Vault::new(&MasterKey([2; 32]));
        assert_eq!(a.fingerprint("x@y.org"), a.fingerprint("x@y.org"));
        assert_ne!(a.fingerprint("x@y.org"), b.fingerprint("x@y.org"));
        assert_ne!(a.csrf_token("c"), a.fingerprint("c"));
    }
}
