//! The draw's contract with the public: the seed, the commitment to it
//! (published before the draw) and the record published after it, which
//! anyone can check with [`verify`](super::verify).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{DrawError, DrawParams, DrawRequest, Placement, SlotOffer, VerifyError};

/// Name and version of these rules, published with every draw. A verifier
/// refuses a draw made under rules it does not implement.
pub const ALGORITHM: &str = "garita-draw-v1";

/// What the server publishes at `GET /api/v1/draws/{date}`: the whole input,
/// the seed (revealed after the draw), the commitment to the seed (published
/// before), and the results. Anyone can check it with [`verify`](super::verify).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedDraw {
    /// [`ALGORITHM`] at the time of the draw.
    pub algorithm: String,
    /// The day of the draw.
    pub date: NaiveDate,
    /// Hex SHA-256 of the 32 seed bytes, published before the draw.
    pub commitment: String,
    /// The seed, 64 hex characters.
    pub seed: String,
    pub params: DrawParams,
    pub offers: Vec<SlotOffer>,
    pub requests: Vec<DrawRequest>,
    /// Sorted by request id, as in [`DrawOutcome::placements`](super::DrawOutcome::placements).
    pub results: Vec<Placement>,
}

/// Hex SHA-256 of the 32 seed bytes (lowercase).
pub fn commitment(seed_hex: &str) -> Result<String, DrawError> {
    let seed = parse_seed(seed_hex)?;
    Ok(hex::encode(Sha256::digest(seed)))
}

/// The seed's 32 bytes from its 64 hex characters.
pub(super) fn parse_seed(seed_hex: &str) -> Result<[u8; 32], DrawError> {
    let mut seed = [0u8; 32];
    if seed_hex.len() != 64 {
        return Err(DrawError::InvalidSeed);
    }
    hex::decode_to_slice(seed_hex, &mut seed).map_err(|_| DrawError::InvalidSeed)?;
    Ok(seed)
}

/// Checks that `published` (hex, any case, surrounding spaces ignored) is the
/// SHA-256 of `seed`.
pub(super) fn check_commitment(seed: &[u8; 32], published: &str) -> Result<(), VerifyError> {
    let computed = hex::encode(Sha256::digest(seed));
    let matches = hex::decode(published.trim())
        .map(|c| c == hex::decode(&computed).expect("own hex"))
        .unwrap_or(false);
    if !matches {
        return Err(VerifyError::CommitmentMismatch {
            published: published.to_string(),
            computed,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::SEED;
    use super::*;

    #[test]
    fn commitment_is_sha256_of_seed_bytes() {
        // SHA-256 of the 32 bytes 00 01 .. 1f.
        assert_eq!(
            commitment(SEED).unwrap(),
            "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"
        );
        assert_eq!(commitment(&SEED.to_uppercase()), commitment(SEED));
    }
}
