//! The wait-time pages: the public list of every port (`/wait-times`, `list`), one port with its
//! last 7 days and the usual wait at this hour (`/wait-times/{port_id}`, `port`), and the
//! officers' report form (`/console/wait-times`, `console`). `words` puts lanes, waits and times
//! into the reader's language for all three.

mod console;
mod list;
mod port;
mod words;

use axum::routing::get;
use axum::Router;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/wait-times", get(list::list))
        .route("/wait-times/{port_id}", get(port::port_page))
        .route("/console/wait-times", get(console::console))
        .route(
            "/console/wait-times/{port_id}",
            get(console::console_port).post(console::console_save),
        )
}
