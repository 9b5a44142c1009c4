//! The catalog check: every locale has every English message and no other, every file parses,
//! each translation uses the same variables as English; and no template holds user-facing
//! text of its own (all of it must come from the catalogs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

/// message id → variables, for one locale; panics with the file on a parse error.
fn catalog(locale: &str) -> (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>) {
    let dir = root().join("locales").join(locale);
    let mut files = BTreeSet::new();
    let mut messages = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        files.insert(path.file_name().unwrap().to_string_lossy().to_string());
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
        };
        for e in &resource.body {
            match e {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        pattern_vars(v, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        messages.insert(id.clone(), vars).is_none(),
                        "{locale}: {id} defined twice"
                    );
                }
                Entry::Junk { content } => {
                    panic!("{}: unparsable entry {content:?}", path.display())
                }
                _ => {}
            }
        }
    }
    (files, messages)
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_variables() {
    let (en_files, en) = catalog("en");
    assert!(en.len() > 100);
    let shipped: BTreeSet<String> = garita::i18n::LOCALES
        .iter()
        .map(|l| l.0.to_string())
        .collect();
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(
        shipped, on_disk,
        "every locale folder is served, and every served locale has a folder"
    );
    let mut problems = Vec::new();
    for locale in &on_disk {
        let (files, messages) = catalog(locale);
        if files != en_files {
            problems.push(format!(
                "{locale}: files {files:?} differ from English {en_files:?}"
            ));
        }
        for (id, vars) in &en {
            match messages.get(id) {
                None => problems.push(format!("{locale}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{locale}: {id} uses {v:?}, English uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in messages.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{locale}: extra {id}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_running_catalogs_load_every_locale() {
    let catalogs = garita::i18n::Catalogs::load().unwrap();
    for (i, l) in catalogs.locales().iter().enumerate() {
        assert!(catalogs.has_message(i, "app-name"), "{}", l.code);
    }
}

/// Text left in a template once its tags, expressions and comments are removed.
fn literal_text(template: &str) -> Vec<String> {
    let mut s = template.to_string();
    for (open, close) in [
        ("{#", "#}"),
        ("{%", "%}"),
        ("{{", "}}"),
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<style", "</style>"),
    ] {
        while let Some(a) = s.find(open) {
            let b = s[a..]
                .find(close)
                .map(|b| a + b + close.len())
                .unwrap_or(s.len());
            s.replace_range(a..b, " ");
        }
    }
    let mut words = Vec::new();
    // Text between tags.
    let mut out = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in s.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                // Attributes people read must not be literal either.
                for attr in ["alt=\"", "title=\"", "aria-label=\"", "placeholder=\""] {
                    if let Some(i) = tag.find(attr) {
                        let rest = &tag[i + attr.len()..];
                        let value = &rest[..rest.find('"').unwrap_or(rest.len())];
                        if value.chars().any(char::is_alphabetic) {
                            words.push(format!("{attr}{value}\""));
                        }
                    }
                }
                out.push(' ');
            }
            _ if in_tag => tag.push(c),
            _ => out.push(c),
        }
    }
    words.extend(
        out.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic) && !w.starts_with('&'))
            .map(str::to_string),
    );
    words
}

#[test]
fn templates_hold_no_user_facing_text_of_their_own() {
    let mut found = Vec::new();
    let mut stack = vec![root().join("crates/garita/templates")];
    let mut count = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "html") {
                count += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                for w in literal_text(&text) {
                    found.push(format!(
                        "{}: {w}",
                        path.strip_prefix(root()).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(count >= 10);
    assert!(
        found.is_empty(),
        "literal text in templates:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_literal_text() {
    assert_eq!(
        literal_text("<p>{{ ctx.t(\"x\") }}</p>"),
        Vec::<String>::new()
    );
    assert_eq!(literal_text("<p>Hello {{ name }}</p>"), vec!["Hello"]);
    assert_eq!(
        literal_text("<img alt=\"Photo\" src=\"/x\">"),
        vec!["alt=\"Photo\""]
    );
    assert_eq!(
        literal_text("<p>{% if x %}· {{ y }} #{% endif %}</p>"),
        Vec::<String>::new()
    );
}

/// Variables the code passes as numbers that count something: every variable English selects
/// on by plural category, and these names (the integers handed to `Tr::with`/`t1`: group sizes, lengths, limits,
/// minutes and hours, days, lanes, groups moved). A name here that a message uses for text
/// instead (a formatted wait, an ordinal label) is listed in `NOT_A_COUNT`.
const COUNT_NAMES: &[&str] = &[
    "count", "n", "min", "max", "limit", "minutes", "hours", "days", "lanes", "moved", "notified",
];
/// (message, variable) pairs whose value is not a count: "Choice 2" is a label, and the wait
/// chart's `max`/`median` are durations already written out ("1 h 5 min").
const NOT_A_COUNT: &[(&str, &str)] = &[
    ("request-port-choice", "n"),
    ("wait-times-chart-desc", "max"),
    ("wait-times-table-cell", "max"),
    ("wait-times-not-reported", "lanes"),
];

/// The CLDR plural categories a count must be able to take in each language checked.
const PLURAL_CATEGORIES: &[(&str, &[&str])] = &[
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("ps", &["one", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("uz", &["one", "other"]),
];

/// message id → (variables used, variable → variant keys of each select on it).
type Selects = BTreeMap<String, BTreeMap<String, Vec<BTreeSet<String>>>>;

fn selects_in_pattern(p: &Pattern<&str>, out: &mut BTreeMap<String, Vec<BTreeSet<String>>>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            selects_in_expression(expression, out);
        }
    }
}

fn selects_in_expression(e: &Expression<&str>, out: &mut BTreeMap<String, Vec<BTreeSet<String>>>) {
    match e {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                        fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                            value.to_string()
                        }
                    })
                    .collect();
                out.entry(id.name.to_string()).or_default().push(keys);
            }
            for v in variants {
                selects_in_pattern(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            selects_in_expression(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// Every message of a locale with the selects it makes on each variable.
fn selects(locale: &str) -> Selects {
    let dir = root().join("locales").join(locale);
    let mut all = Selects::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
        for e in &resource.body {
            if let Entry::Message(m) = e {
                let mut out = BTreeMap::new();
                if let Some(v) = &m.value {
                    selects_in_pattern(v, &mut out);
                }
                all.insert(m.id.name.to_string(), out);
            }
        }
    }
    all
}

/// A select on plural categories (or exact numbers), not on words like a weekday's name.
fn is_plural(keys: &BTreeSet<String>) -> bool {
    let category =
        |k: &String| ["zero", "one", "two", "few", "many", "other"].contains(&k.as_str());
    keys.iter().any(category) && keys.iter().all(|k| category(k) || k.parse::<f64>().is_ok())
}

#[test]
fn every_count_has_its_plural_forms_in_arabic_pashto_russian_and_uzbek() {
    let (_, en_vars) = catalog("en");
    let en_selects = selects("en");
    // (message, variable) pairs that are counts, decided from English.
    let counts: Vec<(String, String)> = en_vars
        .iter()
        .flat_map(|(id, vars)| {
            let selected = en_selects.get(id).cloned().unwrap_or_default();
            vars.iter()
                .filter(move |v| {
                    (selected.get(*v).is_some_and(|s| s.iter().all(is_plural))
                        || COUNT_NAMES.contains(&v.as_str()))
                        && !NOT_A_COUNT.contains(&(id.as_str(), v.as_str()))
                })
                .map(move |v| (id.clone(), v.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        counts
            .iter()
            .any(|(id, v)| id == "appointment-need-photos" && v == "count")
            && counts
                .iter()
                .any(|(id, v)| id == "group-full" && v == "max")
            && !counts.iter().any(|(id, _)| id == "request-port-choice"),
        "the rule finds counts: {counts:?}"
    );
    let mut problems = Vec::new();
    for (locale, categories) in PLURAL_CATEGORIES {
        let messages = selects(locale);
        for (id, var) in &counts {
            let Some(message) = messages.get(id) else {
                continue; // a missing message is the other test's finding
            };
            match message.get(var) {
                None => problems.push(format!("{locale}: {id} has no plural select on ${var}")),
                Some(selects) => {
                    for keys in selects {
                        let missing: Vec<_> =
                            categories.iter().filter(|c| !keys.contains(**c)).collect();
                        if !missing.is_empty() {
                            problems.push(format!(
                                "{locale}: {id} selects on ${var} without {missing:?}"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
