//! The ports definition: read from the agency's ports file and mirrored into the database,
//! where other tables refer to the ports by id.

use garita_domain::ports::{parse_ports, Port};

use super::Db;

pub fn load(json: &str) -> anyhow::Result<Vec<Port>> {
    Ok(parse_ports(json, |zone| {
        zone.parse::<chrono_tz::Tz>().is_ok()
    })?)
}

/// Writes the ports into the database in one transaction (insert or update each).
pub async fn sync(db: &Db, ports: &[Port]) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for p in ports {
        sqlx::query(
            "INSERT INTO ports (id, name, time_zone, latitude, longitude, daily_capacity, definition)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
               latitude = excluded.latitude, longitude = excluded.longitude,
               daily_capacity = excluded.daily_capacity, definition = excluded.definition",
        )
        .bind(&p.id)
        .bind(&p.name)
        .bind(&p.time_zone)
        .bind(p.latitude)
        .bind(p.longitude)
        .bind(i64::from(p.daily_capacity))
        .bind(serde_json::to_string(p)?)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
