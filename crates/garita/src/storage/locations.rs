//! The locations files (`data/locations/*.tsv`, built into the binary): read at start and
//! mirrored into the `locations` table. What a file says about a place is refreshed at every
//! start; what an agency sets (hours, capacity, open/closed) is taken from the file only until
//! an administrator has edited it (`updated_at` set), and kept from then on.

use garita_domain::locations::{parse_file, Location, LocationKind, Locations};

use super::Db;

/// (kind, file name, text): each file's header names its source and licence.
pub const FILES: [(LocationKind, &str, &str); 4] = [
    (
        LocationKind::LandPort,
        "land_ports.tsv",
        include_str!("../../../../data/locations/land_ports.tsv"),
    ),
    (
        LocationKind::Airport,
        "airports.tsv",
        include_str!("../../../../data/locations/airports.tsv"),
    ),
    (
        LocationKind::CargoFacility,
        "cargo_facilities.tsv",
        include_str!("../../../../data/locations/cargo_facilities.tsv"),
    ),
    (
        LocationKind::EnrollmentCenter,
        "enrollment_centers.tsv",
        include_str!("../../../../data/locations/enrollment_centers.tsv"),
    ),
];

/// Every location of the files; refuses to start on a line that breaks a rule.
pub fn load() -> anyhow::Result<Locations> {
    let mut all = Vec::new();
    for (kind, file, text) in FILES {
        all.extend(parse_file(kind, file, text)?);
    }
    Ok(Locations::new(all)?)
}

fn functions_text(l: &Location) -> String {
    l.functions
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The upsert of one location, with the coordinates as parameters or as NULL. Why two: through
/// sqlx's `Any` driver (0.9) a NULL `f64` is sent to PostgreSQL as a `float4` parameter, and the
/// statement, prepared once, then refuses the next row's `f64` ("incorrect binary data
/// format"); a literal NULL keeps each statement's parameter types fixed.
macro_rules! upsert {
    ($coordinates:literal) => {
        concat!(
            "INSERT INTO locations (id, kind, name, port_code, iata_code, state, country, border,
               time_zone, functions, hours, capacity_per_hour, is_open, latitude, longitude)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ",
            $coordinates,
            ")
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
               port_code = excluded.port_code, iata_code = excluded.iata_code,
               state = excluded.state, country = excluded.country, border = excluded.border,
               time_zone = excluded.time_zone, latitude = excluded.latitude,
               longitude = excluded.longitude, functions = excluded.functions,
               hours = CASE WHEN locations.updated_at IS NULL THEN excluded.hours ELSE locations.hours END,
               capacity_per_hour = CASE WHEN locations.updated_at IS NULL
                 THEN excluded.capacity_per_hour ELSE locations.capacity_per_hour END,
               is_open = CASE WHEN locations.updated_at IS NULL THEN excluded.is_open ELSE locations.is_open END"
        )
    };
}

/// Writes every location in one transaction (insert, or refresh the file's fields; the
/// agency's fields only while no administrator has edited them).
pub async fn sync(db: &Db, locations: &Locations) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for l in locations.iter() {
        let coordinates = l.latitude.zip(l.longitude);
        let sql = match coordinates {
            Some(_) => upsert!("$14, $15"),
            None => upsert!("NULL, NULL"),
        };
        let mut q = sqlx::query(sql)
            .bind(&l.id)
            .bind(l.kind.as_str())
            .bind(&l.name)
            .bind(l.port_code.as_deref())
            .bind(l.iata_code.as_deref())
            .bind(&l.state)
            .bind(l.country)
            .bind(l.border.map(|b| b.as_str()))
            .bind(&l.time_zone)
            .bind(functions_text(l))
            .bind(l.defaults.hours.map(|h| h.to_string()))
            .bind(l.defaults.capacity_per_hour.map(i64::from))
            .bind(i64::from(l.defaults.is_open));
        if let Some((latitude, longitude)) = coordinates {
            q = q.bind(latitude).bind(longitude);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
