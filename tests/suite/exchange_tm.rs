//! Translation memory and word counts: `leverage` on the zh-CN corpus restores deleted
//! translations from exact matches elsewhere (never reviewed), TMX round trip, `status --words`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use taskguide::l10n::ftl;

use super::common::{read, taskguide};

fn corpus(locale: &str) -> Option<PathBuf> {
    let base = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::common::root().join("../shared/corpus"));
    let dir = base.join(locale).join("sxs");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("notice: {} is absent; skipping corpus test", dir.display());
        None
    }
}

fn catalogs_of(dir: &Path, locale: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.join(locale)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ftl") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Per catalog: message id → (recorded English, state).
fn records(catalog: &Path) -> HashMap<String, (String, String)> {
    let state: toml::Value =
        toml::from_str(&read(&PathBuf::from(format!("{}.state.toml", catalog.display())))).unwrap();
    state["messages"]
        .as_table()
        .unwrap()
        .iter()
        .filter_map(|(id, r)| {
            let en = r.get("english")?.as_str()?.to_owned();
            Some((id.clone(), (en, r["state"].as_str().unwrap().to_owned())))
        })
        .collect()
}

#[test]
fn leverage_restores_deleted_zh_cn_translations_from_exact_matches_never_reviewed() {
    let Some(zh) = corpus("zh-CN") else { return };
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    taskguide()
        .arg("import")
        .arg(&zh)
        .arg("--locales-dir")
        .arg(&locales)
        .assert()
        .success();
    let catalogs = catalogs_of(&locales, "zh-CN");
    // How often each English is translated in the set.
    let mut english_count: HashMap<String, usize> = HashMap::new();
    let mut all: Vec<(PathBuf, String, String)> = Vec::new();
    for c in &catalogs {
        let text = read(c);
        let cat = ftl::read(&text).catalog;
        let recs = records(c);
        for e in &cat.entries {
            if let Some((en, _)) = recs.get(&e.id) {
                *english_count.entry(en.clone()).or_default() += 1;
                all.push((c.clone(), e.id.clone(), en.clone()));
            }
        }
    }
    // Delete 100 translations: 60 whose English is translated elsewhere too, 40 others.
    let mut chosen: Vec<&(PathBuf, String, String)> = Vec::new();
    let (mut repeated, mut single) = (0, 0);
    for (i, m) in all.iter().enumerate() {
        if i % 7 != 0 {
            continue;
        }
        if english_count[&m.2] > 1 && repeated < 60 {
            repeated += 1;
            chosen.push(m);
        } else if english_count[&m.2] == 1 && single < 40 {
            single += 1;
            chosen.push(m);
        }
    }
    assert_eq!(chosen.len(), 100);
    let mut by_catalog: HashMap<&Path, Vec<&str>> = HashMap::new();
    for (c, id, _) in &chosen {
        by_catalog.entry(c.as_path()).or_default().push(id.as_str());
    }
    for (c, ids) in &by_catalog {
        let mut cat = ftl::read(&read(c)).catalog;
        cat.entries.retain(|e| !ids.contains(&e.id.as_str()));
        std::fs::write(c, ftl::write(&cat)).unwrap();
    }
    // What exists elsewhere after the deletion: an English still translated in a kept message.
    let mut deleted_per_english: HashMap<&str, usize> = HashMap::new();
    for (_, _, en) in &chosen {
        *deleted_per_english.entry(en.as_str()).or_default() += 1;
    }
    let expected = chosen
        .iter()
        .filter(|(_, _, en)| english_count[en] > deleted_per_english[en.as_str()])
        .count();
    assert!(
        expected >= 50,
        "the sample has exact matches to restore: {expected}"
    );
    let out = taskguide()
        .args([
            "leverage",
            "--locale",
            "zh-CN",
            "--format",
            "json",
            "--locales-dir",
        ])
        .arg(&locales)
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    eprintln!(
        "leverage zh-CN: {} missing, {} filled (expected at least {expected}), {} fuzzy only, {} no match",
        report["missing"], report["filled"], report["fuzzy_only"], report["no_match"]
    );
    assert_eq!(report["missing"], 100, "{report}");
    let filled = report["filled"].as_u64().unwrap() as usize;
    assert!(filled >= expected, "{filled} < {expected}");
    // Each restored message is leveraged, none reviewed, and its text is an existing translation
    // of the same English.
    let mut leveraged = 0;
    for (c, ids) in &by_catalog {
        let recs = records(c);
        let cat = ftl::read(&read(c)).catalog;
        for id in ids {
            if let Some(e) = cat.get(id) {
                assert!(!e.value.is_empty());
                assert_eq!(recs[*id].1, "leveraged", "{} {id}", c.display());
                leveraged += 1;
            }
        }
        assert!(recs.values().all(|(_, s)| s != "reviewed"));
    }
    assert_eq!(leveraged, filled);
    // Running it again finds nothing more to fill from exact matches.
    let out = taskguide()
        .args([
            "leverage",
            "--locale",
            "zh-CN",
            "--format",
            "json",
            "--locales-dir",
        ])
        .arg(&locales)
        .assert()
        .success();
    let again: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(again["filled"], 0, "{again}");
    assert_eq!(again["missing"].as_u64().unwrap() as usize, 100 - filled);
}

#[test]
fn a_tmx_export_seeds_another_catalog_folder() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("a");
    taskguide()
        .args(["import", "content/nb-NO", "--locales-dir"])
        .arg(&source)
        .assert()
        .success();
    let tmx = dir.path().join("nb.tmx");
    taskguide()
        .args(["export", "--locale", "nb-NO", "--format", "tmx", "--out"])
        .arg(&tmx)
        .arg("--locales-dir")
        .arg(&source)
        .assert()
        .success();
    let text = read(&tmx);
    assert!(
        text.contains("<tuv xml:lang=\"nb-NO\"><seg>Velg **Lisenser og apper** i høyre rute.</seg></tuv>"),
        "{text}"
    );
    // A new folder with only the English: everything missing, then filled from the TMX.
    let target = dir.path().join("b");
    std::fs::create_dir_all(target.join("en-US")).unwrap();
    for f in [
        "how-to-assign-a-license-to-a-user.ftl",
        "how-to-assign-a-license-to-a-user.ftl.state.toml",
    ] {
        std::fs::copy(source.join("en-US").join(f), target.join("en-US").join(f)).unwrap();
    }
    std::fs::create_dir_all(target.join("nb-NO")).unwrap();
    let out = taskguide()
        .args(["leverage", "--locale", "nb-NO", "--format", "json", "--tm"])
        .arg(&tmx)
        .arg("--locales-dir")
        .arg(&target)
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["missing"], 9, "{report}");
    assert_eq!(report["filled"], 9, "{report}");
    let catalog = read(&target.join("nb-NO/how-to-assign-a-license-to-a-user.ftl"));
    assert!(
        catalog.contains("seg-107 = Velg **Lisenser og apper** i høyre rute."),
        "{catalog}"
    );
    // Render takes them.
    let out = taskguide()
        .args([
            "render",
            "content/nb-NO/how-to-assign-a-license-to-a-user.md",
            "--locale",
            "nb-NO",
            "--locales-dir",
        ])
        .arg(&target)
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout)
        .contains("Velg **Lisenser og apper** i høyre rute."));
}

#[test]
fn word_counts_by_category_in_json_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    taskguide()
        .args(["import", "content/nb-NO", "--locales-dir"])
        .arg(&locales)
        .assert()
        .success();
    let out = taskguide()
        .args([
            "status",
            "--words",
            "--what",
            "all",
            "--format",
            "json",
            "--locales-dir",
        ])
        .arg(&locales)
        .assert()
        .success();
    let all: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let total = &all[0]["total"];
    assert_eq!(all[0]["locale"], "nb-NO");
    assert_eq!(total["messages"], 9, "{total}");
    // The set is not its own memory: the title, whose English is the heading's, is a
    // repetition (6 words); nothing else matches.
    assert_eq!(total["repetition"], 6, "{total}");
    assert_eq!(total["tm-100"], 0, "{total}");
    assert_eq!(total["words"], 104, "{total}");
    assert_eq!(total["new"], 98, "{total}");
    let sum: u64 = [
        "new",
        "stale",
        "repetition",
        "tm-100",
        "fuzzy-95-99",
        "fuzzy-85-94",
        "fuzzy-75-84",
        "fuzzy-50-74",
    ]
    .iter()
    .map(|k| total[*k].as_u64().unwrap())
    .sum();
    assert_eq!(
        sum,
        total["words"].as_u64().unwrap(),
        "categories add up: {total}"
    );
    let out = taskguide()
        .args(["status", "--words", "--what", "all", "--locales-dir"])
        .arg(&locales)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("how-to-assign-a-license-to-a-user"), "{text}");
    assert!(text.contains("Han, kana, Thai"), "{text}");
}
