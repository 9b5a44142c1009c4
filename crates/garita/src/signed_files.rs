//! Files signed by someone outside Garita (an agency's batch, an organisation's roster): an
//! Ed25519 detached signature over the file's exact bytes, checked against the public keys an
//! administrator registered before a single byte of the file is parsed. Keys and signatures
//! are accepted as raw bytes or as hex / base64 text.

use base64::Engine;
use ed25519_dalek::{Signature, VerifyingKey};

/// `N` raw bytes, or their hex, base64 or URL-safe base64 text.
pub fn decode_bytes<const N: usize>(raw: &[u8]) -> Option<[u8; N]> {
    if raw.len() == N {
        return raw.try_into().ok();
    }
    let text = std::str::from_utf8(raw).ok()?.trim();
    let bytes = hex::decode(text)
        .ok()
        .or_else(|| base64::engine::general_purpose::STANDARD.decode(text).ok())
        .or_else(|| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text)
                .ok()
        })?;
    bytes.try_into().ok()
}

/// A public key as registered: 32 bytes as hex or base64.
pub fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    decode_bytes::<32>(text.as_bytes()).and_then(|b| VerifyingKey::from_bytes(&b).ok())
}

/// The id of the first key (of `keys`: id and registered text) whose strict signature over
/// `file` this is; `None` for a malformed signature, an unknown signer or a changed file.
pub fn signer(keys: &[(i64, String)], file: &[u8], signature: &[u8]) -> Option<i64> {
    let sig = Signature::from_bytes(&decode_bytes::<64>(signature)?);
    keys.iter().find_map(|(id, text)| {
        parse_public_key(text)
            .filter(|key| key.verify_strict(file, &sig).is_ok())
            .map(|_| *id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    #[test]
    fn only_the_registered_key_over_the_same_bytes_is_the_signer() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let other = SigningKey::from_bytes(&[8u8; 32]);
        let keys = vec![
            (1, hex::encode(other.verifying_key().as_bytes())),
            (2, hex::encode(key.verifying_key().as_bytes())),
        ];
        let file = b"roster_id,full_name\n";
        let sig = key.sign(file).to_bytes();
        assert_eq!(signer(&keys, file, &sig), Some(2));
        assert_eq!(signer(&keys, file, hex::encode(sig).as_bytes()), Some(2));
        let b64 = base64::engine::general_purpose::STANDARD.encode(sig);
        assert_eq!(signer(&keys, file, b64.as_bytes()), Some(2));
        assert_eq!(signer(&keys, b"roster_id,full_name\r\n", &sig), None);
        assert_eq!(signer(&keys[..1], file, &sig), None);
        assert_eq!(signer(&keys, file, b"not a signature"), None);
    }
}
