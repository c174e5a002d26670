//! Findings → a SARIF 2.1.0 log, the format CI code-scanning tools read: one run, one rule per
//! code, one result per finding with its file, line and column.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::{Finding, Severity};

/// The SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A relative or absolute path as a URI reference: `/` separators, reserved bytes %-encoded.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The SARIF log for `findings`.
pub fn log(findings: &[Finding]) -> Value {
    let mut rules: BTreeMap<&str, &Finding> = BTreeMap::new();
    for f in findings {
        rules.entry(f.code()).or_insert(f);
    }
    let index: BTreeMap<&str, usize> = rules.keys().enumerate().map(|(i, c)| (*c, i)).collect();
    let rules: Vec<Value> = rules
        .values()
        .map(|f| {
            json!({
                "id": f.code(),
                "name": f.code(),
                "help": { "text": f.kind.hint(true) },
                "defaultConfiguration": { "level": level(f.severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = findings.iter().map(|f| result(f, index[f.code()])).collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "taskguide",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

fn result(f: &Finding, rule_index: usize) -> Value {
    let mut r = json!({
        "ruleId": f.code(),
        "ruleIndex": rule_index,
        "level": level(f.severity()),
        "message": { "text": f.kind.message(true) },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&f.path) },
                "region": { "startLine": f.pos.line, "startColumn": f.pos.col },
            },
        }],
    });
    let mut props = serde_json::Map::new();
    if !f.id.is_empty() {
        props.insert("id".into(), json!(f.id));
    }
    if !f.full_source.is_empty() || !f.full_target.is_empty() {
        props.insert("source".into(), json!(f.full_source));
        props.insert("target".into(), json!(f.full_target));
    }
    props.insert("hint".into(), json!(f.kind.hint(true)));
    if !f.folded.is_empty() {
        props.insert("folded".into(), json!(f.folded));
    }
    r["properties"] = Value::Object(props);
    // Stable across runs while the message id stays (line numbers move when text is added), so
    // code-scanning tools recognise a finding they have seen.
    let key = format!(
        "{}\u{0}{}\u{0}{}\u{0}{}",
        f.path,
        f.code(),
        f.id,
        if f.id.is_empty() { f.pos.line } else { 0 }
    );
    r["partialFingerprints"] = json!({ "taskguideFinding/v1": crate::l10n::import::hash(&key) });
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Kind;
    use crate::position::LineCol;

    #[test]
    fn a_finding_becomes_a_result_with_its_rule_and_region() {
        let f = Finding {
            full_source: "Click **Save**now.".into(),
            full_target: "Klikk **Lagre**nå.".into(),
            ..Finding::new(
                "content/nb-NO/a b.md".into(),
                LineCol { line: 3, col: 7 },
                Kind::MissingSpace,
                "x-1".into(),
            )
        };
        let log = log(&[f]);
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"][0]["id"], "missing-space");
        let r = &run["results"][0];
        assert_eq!(r["ruleId"], "missing-space");
        assert_eq!(r["level"], "warning");
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "content/nb-NO/a%20b.md");
        assert_eq!(loc["region"]["startLine"], 3);
        assert_eq!(loc["region"]["startColumn"], 7);
        let fingerprint = r["partialFingerprints"]["taskguideFinding/v1"].as_str().unwrap();
        assert_eq!(fingerprint.len(), 8);
        assert_eq!(r["properties"]["id"], "x-1");
        assert_eq!(r["properties"]["target"], "Klikk **Lagre**nå.");
        assert!(!r["properties"]["hint"].as_str().unwrap().is_empty());
    }
}
