//! The API reference at `/api/docs`: the OpenAPI document the router was built from, read
//! once at start and rendered on the server as a plain page (operations by tag, with their
//! parameters, request fields and answers) — no JavaScript, no third-party viewer.

use std::sync::Arc;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde_json::Value;

use crate::http::context::Ctx;
use crate::pages::render;
use crate::state::AppState;

/// One tag's operations, in the document's order.
pub struct Section {
    pub name: String,
    pub description: String,
    pub operations: Vec<Operation>,
}

pub struct Operation {
    /// The element id, from method and path.
    pub anchor: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    /// Needs a bearer token.
    pub token: bool,
    pub parameters: Vec<Field>,
    /// The request body's media types (e.g. `application/json`), and its fields.
    pub body_types: Vec<String>,
    pub body: Vec<Field>,
    pub responses: Vec<(String, String)>,
}

/// A parameter (`place` is path, query, header…) or a field of a request body.
pub struct Field {
    pub name: String,
    pub place: String,
    pub kind: String,
    pub required: bool,
    pub description: String,
}

/// Where the document itself is served (a URL, not words to translate).
const DOCUMENT: &str = "/api/v1/openapi.json";

#[derive(Template)]
#[template(path = "api_docs/index.html")]
struct DocsPage<'a> {
    ctx: &'a Ctx,
    title: &'a str,
    version: &'a str,
    description: &'a str,
    sections: &'a [Section],
}

/// The reference read from the document.
pub struct Reference {
    pub title: String,
    pub version: String,
    pub description: String,
    pub sections: Vec<Section>,
}

pub fn router(document: &utoipa::openapi::OpenApi) -> Router<AppState> {
    let reference = Arc::new(reference(
        &serde_json::to_value(document).unwrap_or(Value::Null),
    ));
    Router::new().route(
        "/api/docs",
        get(move |ctx: Ctx| {
            let reference = reference.clone();
            async move { page(&ctx, &reference) }
        }),
    )
}

fn page(ctx: &Ctx, r: &Reference) -> Response {
    render(
        StatusCode::OK,
        &DocsPage {
            ctx,
            title: &r.title,
            version: &r.version,
            description: &r.description,
            sections: &r.sections,
        },
    )
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "patch", "head", "options"];

/// Reads the document (as JSON) into sections, one per tag; untagged operations go last.
pub fn reference(doc: &Value) -> Reference {
    let mut sections: Vec<Section> = doc
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| Section {
            name: text(t, "name"),
            description: text(t, "description"),
            operations: Vec::new(),
        })
        .collect();
    let empty = serde_json::Map::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let tag = op
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .unwrap_or("other")
                .to_string();
            let operation = operation(doc, path, method, item, op);
            match sections.iter_mut().find(|s| s.name == tag) {
                Some(s) => s.operations.push(operation),
                None => sections.push(Section {
                    name: tag,
                    description: String::new(),
                    operations: vec![operation],
                }),
            }
        }
    }
    sections.retain(|s| !s.operations.is_empty());
    for s in &mut sections {
        s.operations
            .sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    }
    let info = doc.get("info").unwrap_or(&Value::Null);
    Reference {
        title: text(info, "title"),
        version: text(info, "version"),
        description: text(info, "description"),
        sections,
    }
}

fn operation(doc: &Value, path: &str, method: &str, item: &Value, op: &Value) -> Operation {
    let parameters = item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| {
            let p = resolve(doc, p);
            Field {
                name: text(p, "name"),
                place: text(p, "in"),
                kind: p.get("schema").map(kind).unwrap_or_default(),
                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                description: text(p, "description"),
            }
        })
        .collect();
    let content = op
        .get("requestBody")
        .map(|b| resolve(doc, b))
        .and_then(|b| b.get("content"))
        .and_then(Value::as_object);
    let body_types = content
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    let body = content
        .and_then(|c| c.values().next())
        .and_then(|m| m.get("schema"))
        .map(|s| fields(doc, s))
        .unwrap_or_default();
    let mut responses: Vec<(String, String)> = op
        .get("responses")
        .and_then(Value::as_object)
        .map(|r| {
            r.iter()
                .map(|(status, v)| (status.clone(), text(resolve(doc, v), "description")))
                .collect()
        })
        .unwrap_or_default();
    responses.sort();
    let anchor = format!(
        "{method}{}",
        path.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    Operation {
        anchor,
        method: method.to_uppercase(),
        path: path.to_string(),
        summary: text(op, "summary"),
        description: text(op, "description"),
        token: op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(|s| {
                s.iter()
                    .any(|r| r.as_object().is_some_and(|o| !o.is_empty()))
            }),
        parameters,
        body_types,
        body,
        responses,
    }
}

/// `v`, or what its `$ref` points to inside the document.
fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|pointer| doc.pointer(pointer))
            .unwrap_or(v),
        None => v,
    }
}

/// A schema's type as a reader wants it: `string`, `integer`, `array of Member`, `Member`.
fn kind(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(options) = s.get(key).and_then(Value::as_array) {
            let kinds: Vec<String> = options.iter().map(kind).filter(|k| k != "null").collect();
            return kinds.join(" | ");
        }
    }
    let base = match s.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "object".to_string(),
    };
    let base = match s.get("format").and_then(Value::as_str) {
        Some(f) => format!("{base} ({f})"),
        None => base,
    };
    match s.get("items") {
        Some(items) if base.starts_with("array") => format!("array of {}", kind(items)),
        _ => base,
    }
}

/// The top-level fields of a request body's schema.
fn fields(doc: &Value, s: &Value) -> Vec<Field> {
    let s = resolve(doc, s);
    let required: Vec<&str> = s
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    match s.get("properties").and_then(Value::as_object) {
        Some(props) => props
            .iter()
            .map(|(name, p)| Field {
                name: name.clone(),
                place: String::new(),
                kind: kind(p),
                required: required.contains(&name.as_str()),
                description: text(p, "description"),
            })
            .collect(),
        None => vec![Field {
            name: String::new(),
            place: String::new(),
            kind: kind(s),
            required: true,
            description: text(s, "description"),
        }],
    }
}
