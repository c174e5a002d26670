//! Embeds, at build time, by scanning the folders (adding a language or a task is adding files,
//! no Rust change):
//! - every `locales/<locale>/taskguide.ftl` (the engine's own messages) → `engine_locales.rs`;
//! - the product's tasks → `builtin_content.rs`: every `content/<locale>/**/*.md` document, every
//!   `content/*.task.toml` binding, and the documents' catalogs `locales/<locale>/<doc-id>.ftl`
//!   with their `.ftl.state.toml`, plus a fingerprint of all of it for `taskguide --version`.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let locales = root.join("locales");
    let content = root.join("content");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-changed={}", content.display());
    engine_locales(&locales, &out);
    builtin_content(&content, &locales, &out);
}

/// The sub-folders of `dir` whose names look like locale tags (`nb-NO`, `zh-CN`, `en-US`), sorted.
fn locale_folders(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .filter(|(name, _)| looks_like_locale(name))
        .collect();
    found.sort();
    found
}

/// `ll`, `lll`, or those followed by `-Xxxx` / `-RR` subtags: ASCII letters and digits.
fn looks_like_locale(name: &str) -> bool {
    let mut parts = name.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn lit(path: &Path) -> String {
    format!("include_str!({:?})", path.display().to_string())
}

fn engine_locales(locales: &Path, out: &Path) {
    let mut entries = Vec::new();
    for (tag, dir) in locale_folders(locales) {
        println!("cargo:rerun-if-changed={}", dir.display());
        let ftl = dir.join("taskguide.ftl");
        if ftl.is_file() {
            println!("cargo:rerun-if-changed={}", ftl.display());
            entries.push((tag, ftl));
        }
    }
    let mut text = String::from("/// Engine catalogs embedded at build time: (locale, FTL source).\n");
    text.push_str("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for (tag, path) in &entries {
        text.push_str(&format!("    ({tag:?}, {}),\n", lit(path)));
    }
    text.push_str("];\n");
    write(&out.join("engine_locales.rs"), &text);
}

/// Every `*.md` under `dir`, recursively, sorted; hidden entries skipped.
fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

fn builtin_content(content: &Path, locales: &Path, out: &Path) {
    let mut hash = Fnv::default();
    // Documents: (locale, path under content/<locale>/ with `/`, doc id = file stem, text).
    let mut docs = Vec::new();
    for (tag, dir) in locale_folders(content) {
        let mut files = Vec::new();
        markdown_files(&dir, &mut files);
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file.strip_prefix(&dir).expect("under its folder");
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let id = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            hash.file(&file);
            docs.push((tag.clone(), rel, id, file));
        }
    }
    let mut ids: Vec<&str> = docs.iter().map(|d| d.2.as_str()).collect();
    ids.sort();
    ids.dedup();
    // Bindings: content/<doc-id>.task.toml.
    let mut bindings = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(content)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if let Some(id) = name.strip_suffix(".task.toml") {
            if path.is_file() {
                println!("cargo:rerun-if-changed={}", path.display());
                hash.file(&path);
                bindings.push((id.to_owned(), path));
            }
        }
    }
    // Catalogs of the documents: locales/<locale>/<doc-id>.ftl (+ .ftl.state.toml).
    let mut catalogs = Vec::new();
    for (tag, dir) in locale_folders(locales) {
        for id in &ids {
            let ftl = dir.join(format!("{id}.ftl"));
            if !ftl.is_file() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", ftl.display());
            hash.file(&ftl);
            let state = dir.join(format!("{id}.ftl.state.toml"));
            let state = state.is_file().then(|| {
                println!("cargo:rerun-if-changed={}", state.display());
                hash.file(&state);
                state
            });
            catalogs.push((tag.clone(), (*id).to_owned(), ftl, state));
        }
    }

    let mut text = String::from("// Generated by build.rs: the built-in content.\n");
    text.push_str("/// Documents: (locale folder, path under it, document id, text).\n");
    text.push_str("pub static DOCS: &[(&str, &str, &str, &str)] = &[\n");
    for (tag, rel, id, path) in &docs {
        text.push_str(&format!("    ({tag:?}, {rel:?}, {id:?}, {}),\n", lit(path)));
    }
    text.push_str("];\n/// Bindings: (document id, `.task.toml` text).\n");
    text.push_str("pub static BINDINGS: &[(&str, &str)] = &[\n");
    for (id, path) in &bindings {
        text.push_str(&format!("    ({id:?}, {}),\n", lit(path)));
    }
    text.push_str("];\n/// Catalogs: (locale, document id, FTL text, state file text).\n");
    text.push_str("pub static CATALOGS: &[(&str, &str, &str, Option<&str>)] = &[\n");
    for (tag, id, ftl, state) in &catalogs {
        let state = state
            .as_ref()
            .map_or_else(|| "None".to_owned(), |s| format!("Some({})", lit(s)));
        text.push_str(&format!("    ({tag:?}, {id:?}, {}, {state}),\n", lit(ftl)));
    }
    text.push_str("];\n/// A fingerprint of all of the above (FNV-1a, 64 bits).\n");
    text.push_str(&format!("pub const FINGERPRINT: &str = \"{:016x}\";\n", hash.0));
    write(&out.join("builtin_content.rs"), &text);
}

/// FNV-1a over the files' names and bytes, so the fingerprint names what is embedded.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn file(&mut self, path: &Path) {
        // The folder and file names (`nb-NO/x.md`), not the machine's absolute path.
        let parent = path.parent().and_then(Path::file_name).unwrap_or_default();
        let name = path.file_name().unwrap_or_default();
        self.bytes(parent.to_string_lossy().as_bytes());
        self.bytes(name.to_string_lossy().as_bytes());
        self.bytes(&fs::read(path).unwrap_or_default());
    }
}

fn write(path: &Path, text: &str) {
    // Unchanged output is not rewritten, so nothing that includes it is rebuilt for nothing.
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).expect("write generated file");
    }
}
