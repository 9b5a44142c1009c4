//! The OpenAPI document at `/api/v1/openapi.json` against the service it describes: every
//! refusal is problem+json with a `code`, every authenticated operation documents 401, no two
//! schemas share a name, and real answers match the statuses and schemas documented.

use crate::common;

use common::{member, spawn_app, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

async fn document(app: &TestApp) -> Value {
    let res = app.get_json("/api/v1/openapi.json", None).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

/// Asserts `res` is problem+json with a `code`, and returns (status, code).
async fn problem(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let content_type = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = res.text().await.unwrap();
    assert_eq!(content_type, "application/problem+json", "{status}: {body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    let code = body["code"].as_str().expect("a code").to_string();
    assert_eq!(body["status"], status);
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    (status, code)
}

#[tokio::test]
async fn malformed_parameters_and_oversized_bodies_answer_problem_json() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let (_, traveler) = app.traveler().await;

    let res = app
        .get_json("/api/v1/audit?limit=9223372036854775808", Some(&admin))
        .await;
    assert_eq!(problem(res).await, (400, "malformed-request".into()));

    let res = app.get_json("/api/v1/draws/not-a-date", None).await;
    assert_eq!(problem(res).await.0, 404);

    let res = app
        .get_json(
            "/api/v1/ports/san-ysidro/capacity/not-a-date",
            Some(&officer),
        )
        .await;
    assert_eq!(problem(res).await, (400, "malformed-request".into()));

    let res = app
        .get_json(
            "/api/v1/console/appointments?date=yesterday",
            Some(&officer),
        )
        .await;
    assert_eq!(problem(res).await, (400, "malformed-request".into()));

    let m: Value = app
        .post_json("/api/v1/travelers", Some(&traveler), &member("Ana Pérez"))
        .await
        .json()
        .await
        .unwrap();
    let id = m["id"].as_str().unwrap();
    let res = app
        .api
        .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(&traveler)
        .header("content-type", "image/jpeg")
        .body(vec![0u8; 10 * 1024 * 1024 + 1])
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await, (413, "payload-too-large".into()));
}

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if ["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                out.push((method.clone(), path.clone(), op));
            }
        }
    }
    out
}

#[tokio::test]
async fn every_authenticated_operation_documents_401_and_403() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let mut secured = 0;
    for (method, path, op) in operations(&doc) {
        if op["security"].as_array().is_some_and(|s| !s.is_empty()) {
            secured += 1;
            for status in ["401", "403"] {
                assert!(
                    op["responses"].get(status).is_some(),
                    "{method} {path} does not document {status}"
                );
            }
        }
        if op.get("requestBody").is_some() {
            for status in ["400", "413", "422"] {
                assert!(
                    op["responses"].get(status).is_some(),
                    "{method} {path}: {status}"
                );
            }
        }
    }
    assert!(secured >= 20, "{secured} authenticated operations");
    for (method, path) in [
        ("post", "/api/v1/sessions"),
        ("post", "/api/v1/accounts"),
        ("post", "/api/v1/appointment-requests"),
        ("put", "/api/v1/travelers/{id}/photo"),
    ] {
        assert!(
            doc["paths"][path][method]["responses"].get("429").is_some(),
            "{method} {path} is throttled"
        );
    }
}

/// A query parameter once declared `in: path` (`days` of the wait-time history): clients and
/// schemathesis then sent it where the service never reads it. Every path parameter is a
/// `{name}` of its path, and every `{name}` is declared.
#[tokio::test]
async fn parameters_are_declared_where_they_are_read() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    for (method, path, op) in operations(&doc) {
        let params = op["parameters"].as_array().cloned().unwrap_or_default();
        for p in &params {
            let name = p["name"].as_str().unwrap();
            if p["in"] == "path" {
                assert!(
                    path.contains(&format!("{{{name}}}")),
                    "{method} {path}: {name} is not in the path"
                );
            }
        }
        for segment in path.split('/').filter(|s| s.starts_with('{')) {
            let name = segment.trim_matches(|c| c == '{' || c == '}');
            assert!(
                params
                    .iter()
                    .any(|p| p["name"] == name && p["in"] == "path"),
                "{method} {path}: {name} is not declared"
            );
        }
    }
    let history = &doc["paths"]["/api/v1/ports/{port_id}/wait-times/history"]["get"]["parameters"];
    assert!(history
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "days" && p["in"] == "query"));
    let res = app
        .get_json("/api/v1/ports/el-paso/wait-times/history?days=0", None)
        .await;
    assert_eq!(problem(res).await.0, 422);
    let res = app
        .get_json("/api/v1/ports/el-paso/wait-times/history?days=3", None)
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["days"], 3);
}

/// Every documented body is an object: serde would have read a struct from an array
/// (`[null, null]` changed a traveler's channels), and an optional body may be `null`.
#[tokio::test]
async fn bodies_are_objects_and_an_optional_body_may_be_null() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let put = |body: &'static str| {
        app.api
            .put(app.url("/api/v1/notifications/channels"))
            .bearer_auth(&traveler)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    assert_eq!(
        problem(put("[null, null]").await.unwrap()).await,
        (400, "malformed-json".into())
    );
    assert_eq!(
        problem(put("[true]").await.unwrap()).await,
        (400, "malformed-json".into())
    );
    assert_eq!(
        put(r#"{"email": true, "sms": false}"#)
            .await
            .unwrap()
            .status(),
        200
    );
    let cancel = app
        .api
        .post(app.url("/api/v1/appointments/nothing-here/cancel"))
        .bearer_auth(&traveler)
        .header("content-type", "application/json")
        .body("null")
        .send()
        .await
        .unwrap();
    assert_eq!(
        problem(cancel).await.0,
        404,
        "null is no body, not a malformed one"
    );
}

/// JSON Schema counts `12.0` as an integer: a capacity written so is a valid body, and the
/// read-only `taken` sent back in a change is ignored, never trusted.
#[tokio::test]
async fn capacity_accepts_integers_as_json_schema_counts_them() {
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let day = app.now().date_naive() + chrono::Duration::days(1);
    let path = format!("/api/v1/ports/san-ysidro/capacity/{day}");
    let slots: Value = app
        .get_json(&path, Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    let start = slots[0]["start"].as_str().unwrap().to_string();
    let res = app
        .api
        .put(app.url(&path))
        .bearer_auth(&officer)
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"slots": [{{"start": "{start}", "capacity": 12.0, "taken": 9999}}]}}"#
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let slots: Value = app
        .get_json(&path, Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(slots[0]["capacity"], 12);
    assert_eq!(slots[0]["taken"], 0);
    let res = app
        .api
        .put(app.url(&path))
        .bearer_auth(&officer)
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"slots": [{{"start": "{start}", "capacity": 12.5}}]}}"#
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await, (400, "malformed-json".into()));
}

/// Two types that were both named `Status` overwrote each other: the wait times then answered
/// with a lane state that is not what the document calls `Status`.
#[tokio::test]
async fn schema_names_are_unique() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(!schemas.contains_key("Status"), "an ambiguous name");
    assert!(schemas.contains_key("LaneStatus"));
    assert!(schemas.contains_key("CurrentRequest"));
    // Every reference names a schema that exists, and each schema is referred to by one name.
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    for r in refs {
        let name = r.trim_start_matches("#/components/schemas/");
        assert!(schemas.contains_key(name), "dangling {r}");
    }
}

/// Fields a request must carry, and fields an answer always carries (even as null), are
/// required in the document.
#[tokio::test]
async fn required_fields_are_marked_required() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let schemas = &doc["components"]["schemas"];
    for (schema, fields) in [
        ("Credentials", &["email", "password"][..]),
        ("Registration", &["email", "password"]),
        ("WaitTimesUpdate", &["lanes"]),
        ("LaneUpdateInput", &["lane", "status"]),
        ("Submission", &["ports", "location"]),
        ("Traveler", &["contact", "document_type", "document_number"]),
        ("CurrentRequest", &["request", "appointment"]),
        ("LaneWaitTime", &["delay_minutes"]),
    ] {
        let required = schemas[schema]["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for f in fields {
            assert!(required.contains(&json!(f)), "{schema}.{f} is not required");
        }
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// A small validator for the subset of JSON Schema that utoipa writes; returns the problems.
fn validate(doc: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        return validate(doc, target, value, at, problems);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema[key].as_array() {
            let fits = options.iter().any(|o| {
                let mut p = Vec::new();
                validate(doc, o, value, at, &mut p);
                p.is_empty()
            });
            if !fits {
                problems.push(format!("{at}: {value} fits none of {key}"));
            }
            return;
        }
    }
    if let Some(all) = schema["allOf"].as_array() {
        for s in all {
            validate(doc, s, value, at, problems);
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() {
        let fits = types.iter().any(|t| match *t {
            "null" => value.is_null(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        });
        if !fits {
            problems.push(format!("{at}: {value} is not {types:?}"));
            return;
        }
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            problems.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema["required"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap();
            if !object.contains_key(name) {
                problems.push(format!("{at}: missing required {name}"));
            }
        }
        if let Some(properties) = schema["properties"].as_object() {
            for (name, s) in properties {
                if let Some(v) = object.get(name) {
                    validate(doc, s, v, &format!("{at}.{name}"), problems);
                }
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, v) in array.iter().enumerate() {
            validate(doc, items, v, &format!("{at}[{i}]"), problems);
        }
    }
}

/// Checks that `res`'s status is documented for `method path`, and its body matches the schema
/// documented for that status and content type.
async fn conforms(doc: &Value, method: &str, path: &str, res: reqwest::Response) -> u16 {
    let status = res.status().as_u16();
    let documented = &doc["paths"][path][method]["responses"][status.to_string()];
    assert!(
        !documented.is_null(),
        "{method} {path}: {status} is not documented"
    );
    let content_type = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body: Value = res.json().await.unwrap();
    let media = &documented["content"][&content_type];
    assert!(
        !media.is_null(),
        "{method} {path} {status}: {content_type} is not documented"
    );
    let mut problems = Vec::new();
    validate(doc, &media["schema"], &body, "$", &mut problems);
    assert!(
        problems.is_empty(),
        "{method} {path} {status}: {problems:#?}"
    );
    status
}

#[tokio::test]
async fn real_answers_match_the_documented_statuses_and_schemas() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let (_, traveler) = app.traveler().await;

    // Wait times, with a report of each state so every lane status appears.
    let res = app
        .post_json(
            "/api/v1/ports/san-ysidro/wait-times",
            Some(&officer),
            &json!({"lanes": [
                {"lane": "passenger-standard", "status": "open", "lanes_open": 12, "delay_minutes": 25},
                {"lane": "pedestrian-ready", "status": "lanes-reduced", "lanes_open": 1, "delay_minutes": 95},
                {"lane": "commercial-fast", "status": "closed", "lanes_open": null, "delay_minutes": null},
            ]}),
        )
        .await;
    assert_eq!(
        conforms(&doc, "post", "/api/v1/ports/{port_id}/wait-times", res).await,
        200
    );
    let res = app.get_json("/api/v1/wait-times", None).await;
    assert_eq!(conforms(&doc, "get", "/api/v1/wait-times", res).await, 200);
    let res = app
        .get_json("/api/v1/ports/san-ysidro/wait-times", None)
        .await;
    assert_eq!(
        conforms(&doc, "get", "/api/v1/ports/{port_id}/wait-times", res).await,
        200
    );
    let res = app.get_json("/api/v1/ports/nowhere/wait-times", None).await;
    assert_eq!(
        conforms(&doc, "get", "/api/v1/ports/{port_id}/wait-times", res).await,
        404
    );

    // Travelers: each documented status of the list.
    app.post_json("/api/v1/travelers", Some(&traveler), &member("Ana Pérez"))
        .await;
    let res = app.get_json("/api/v1/travelers", Some(&traveler)).await;
    assert_eq!(conforms(&doc, "get", "/api/v1/travelers", res).await, 200);
    let res = app.get_json("/api/v1/travelers", None).await;
    assert_eq!(conforms(&doc, "get", "/api/v1/travelers", res).await, 401);
    let res = app.get_json("/api/v1/travelers", Some(&officer)).await;
    assert_eq!(conforms(&doc, "get", "/api/v1/travelers", res).await, 403);
    let res = app
        .post_json("/api/v1/travelers", Some(&traveler), &json!({"name": 3}))
        .await;
    let status = conforms(&doc, "post", "/api/v1/travelers", res).await;
    assert!([400, 422].contains(&status), "{status}");

    // The group's current request (the other former `Status`).
    let res = app
        .get_json("/api/v1/appointment-requests/current", Some(&traveler))
        .await;
    assert_eq!(
        conforms(&doc, "get", "/api/v1/appointment-requests/current", res).await,
        200
    );
}
