//! Embeds every `locales/<locale>/taskguide.ftl` (the engine's own messages) into the binary,
//! so that adding a language is adding one FTL file: no Rust change.

use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&root).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    if let Ok(dir) = fs::read_dir(&locales) {
        for entry in dir.flatten() {
            let ftl = entry.path().join("taskguide.ftl");
            if ftl.is_file() {
                println!("cargo:rerun-if-changed={}", ftl.display());
                let tag = entry.file_name().to_string_lossy().into_owned();
                entries.push((tag, ftl));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// Engine catalogs embedded at build time: (locale, FTL source).\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for (tag, path) in &entries {
        out.push_str(&format!(
            "    ({tag:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("engine_locales.rs");
    fs::write(dest, out).expect("write generated engine_locales.rs");
}
