//! What makes a rebuild incremental: fingerprints of the input files and the record of the
//! previous build (`.taskguide-site/manifest`).
//!
//! An input file's fingerprint is its content hash, looked up by its `stat` (size, modified
//! and changed time in nanoseconds, inode): a file whose stat is the one recorded is not read
//! again, unless it was modified too close to the recording build (the "racy" case of git and
//! ninja: an edit within the file system's time granularity of the stat leaves the same
//! stamp), in which case its content is hashed again.
//!
//! The manifest is a line-oriented text file, read once into one buffer and parsed without
//! copying: fields are tab-separated, `\`, tab and line feed escaped. It is a journal (as
//! ninja's logs are): a build that changed little appends a segment with only what changed
//! (a later record of a path replaces an earlier one, `R` removes one), and the file is
//! written anew, compacted, when the engine changed or the segments outgrow the records.
//!
//! ```text
//! taskguide-site 2
//! E <engine and build flags key> <stamped at, ns since the epoch>   a segment's start
//! F <path> <size> <mtime ns> <ctime ns> <inode> <hash>     an input file
//! L <locale> <hash of the locale's document ids>
//! P <rel> <key> <guided 0|1> <out size> <out mtime ns> <title>   a page, followed by its
//!   I <id> <0|1>              documents it links to, and whether they had a page
//!   X <path> <hash or ->      files it refers to (a copied asset with its hash, - if absent)
//!   A <rel>                   assets copied beside it
//! O <rel> <key> <size> <mtime ns>   any other file written (indexes, search, root, sitemap)
//! R <rel>                   a page or other file removed
//! .                         a segment's end (a manifest cut short is no record)
//! ```

use std::borrow::Cow;
use std::path::Path;

use rustc_hash::FxHashMap as HashMap;

use super::Hasher;

/// An edit within this time before a build's stat may leave the stamp it recorded.
const RACY_NS: i64 = 2_000_000_000;

const MAGIC: &str = "taskguide-site 2";
/// The last line: a manifest cut short is no record.
const END: &str = ".\n";

/// What `stat` says of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Stamp {
    pub size: u64,
    pub mtime: i64,
    pub ctime: i64,
    pub ino: u64,
}

impl Stamp {
    /// The stamp of `meta`.
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                size: meta.len(),
                mtime: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
                ctime: meta.ctime() * 1_000_000_000 + meta.ctime_nsec(),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let ns = |t: std::io::Result<std::time::SystemTime>| {
                t.ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as i64)
            };
            Stamp {
                size: meta.len(),
                mtime: ns(meta.modified()),
                ctime: ns(meta.created()),
                ino: 0,
            }
        }
    }

    /// The stamp of the file at `path`, if it is a file.
    pub fn of_file(path: &Path) -> Option<Stamp> {
        std::fs::metadata(path)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| Stamp::of(&m))
    }

    /// Whether two stamps of an output file say it was not touched (size and modified time).
    pub fn same_output(&self, other: &Stamp) -> bool {
        self.size == other.size && self.mtime == other.mtime
    }
}

/// Nanoseconds since the epoch, now.
pub(crate) fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// The content hash of `bytes`.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = Hasher::default();
    h.add(bytes);
    h.finish()
}

/// An input file as fingerprinted by this build.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Print {
    pub stamp: Stamp,
    pub hash: u64,
}

/// The fingerprint of the file at `path` (`None`: not a file), reading it only when its stamp
/// is not the trusted one recorded by the previous build.
pub(crate) fn fingerprint(path: &Path, old: &Old<'_>) -> Option<Print> {
    let meta = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_file)?;
    let stamp = Stamp::of(&meta);
    if let Some(rec) = old.files.get(&*path.to_string_lossy()) {
        if rec.trusted(&stamp) {
            return Some(Print {
                stamp,
                hash: rec.hash,
            });
        }
    }
    let bytes = std::fs::read(path).ok()?;
    Some(Print {
        stamp,
        hash: hash_bytes(&bytes),
    })
}

/// A page of the previous build.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OldPage<'a> {
    pub key: u64,
    pub guided: bool,
    pub out: Stamp,
    pub title: &'a str,
    /// Its `I`, `X` and `A` lines, as written.
    pub deps: &'a str,
}

impl<'a> OldPage<'a> {
    /// The page's title.
    pub fn title(&self) -> Cow<'a, str> {
        unescape(self.title)
    }

    /// The documents it links to: id and whether it had a page.
    pub fn ids(&self) -> impl Iterator<Item = (Cow<'a, str>, bool)> + 'a {
        self.deps.lines().filter_map(|l| {
            let mut f = l.strip_prefix("I\t")?.split('\t');
            Some((unescape(f.next()?), f.next()? == "1"))
        })
    }

    /// The files it refers to: path and content hash (`None`: absent).
    pub fn files(&self) -> impl Iterator<Item = (Cow<'a, str>, Option<u64>)> + 'a {
        self.deps.lines().filter_map(|l| {
            let mut f = l.strip_prefix("X\t")?.split('\t');
            let path = unescape(f.next()?);
            let hash = u64::from_str_radix(f.next()?, 16).ok();
            Some((path, hash))
        })
    }

    /// The assets copied beside it.
    pub fn assets(&self) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.deps
            .lines()
            .filter_map(|l| l.strip_prefix("A\t").map(unescape))
    }
}

/// An input file of the previous build.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OldFile {
    pub stamp: Stamp,
    pub hash: u64,
    /// When the build that recorded it began.
    pub stamped_at: i64,
}

impl OldFile {
    /// Whether a file with `stamp` is the one recorded, without reading it: the same stamp,
    /// modified well before it was recorded (else an edit within the file system's time
    /// granularity could have kept the stamp).
    pub fn trusted(&self, stamp: &Stamp) -> bool {
        self.stamp == *stamp && stamp.mtime < self.stamped_at - RACY_NS
    }
}

/// Another output of the previous build.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OldOut {
    pub key: u64,
    pub stamp: Stamp,
}

/// The previous build, borrowed from the manifest's text.
#[derive(Debug, Default)]
pub(crate) struct Old<'a> {
    pub engine: u64,
    /// Record lines in the file (to know when to compact it).
    pub lines: usize,
    pub files: HashMap<Cow<'a, str>, OldFile>,
    pub locales: HashMap<&'a str, u64>,
    pub pages: HashMap<Cow<'a, str>, OldPage<'a>>,
    pub outs: HashMap<Cow<'a, str>, OldOut>,
}

impl<'a> Old<'a> {
    /// Parses a manifest; anything unreadable is an empty record (a full build).
    pub fn parse(text: &'a str) -> Old<'a> {
        Self::try_parse(text).unwrap_or_default()
    }

    fn try_parse(text: &'a str) -> Option<Old<'a>> {
        let mut lines = text.split_inclusive('\n');
        if lines.next()?.trim_end() != MAGIC {
            return None;
        }
        let mut old = Old::default();
        let mut offset = MAGIC.len() + 1;
        let mut page: Option<(Cow<'a, str>, OldPage<'a>, usize)> = None;
        let hex = |s: &str| u64::from_str_radix(s, 16).ok();
        let num = |s: &str| s.parse::<i64>().ok();
        // Within a segment (after its `E` line), and when that build began.
        let mut open = false;
        let mut stamped_at = 0;
        for raw in lines {
            let start = offset;
            offset += raw.len();
            let line = raw.strip_suffix('\n')?;
            let (kind, rest) = line.split_once('\t').unwrap_or((line, ""));
            if matches!(kind, "I" | "X" | "A") {
                page.as_ref()?;
                continue;
            }
            if let Some((rel, mut p, from)) = page.take() {
                p.deps = &text[from..start];
                old.pages.insert(rel, p);
            }
            if kind == "." {
                open = open.then_some(false)?;
                continue;
            }
            if kind == "E" {
                open = (!open).then_some(true)?;
            } else if !open {
                return None;
            }
            old.lines += 1;
            // At most six fields, without allocating.
            let mut fields = [""; 6];
            let mut n = 0;
            for field in rest.split('\t') {
                *fields.get_mut(n)? = field;
                n += 1;
            }
            match (kind, &fields[..n]) {
                ("E", [engine, at]) => {
                    old.engine = hex(engine)?;
                    stamped_at = num(at)?;
                }
                ("F", [path, size, mtime, ctime, ino, hash]) => {
                    let stamp = Stamp {
                        size: size.parse().ok()?,
                        mtime: num(mtime)?,
                        ctime: num(ctime)?,
                        ino: ino.parse().ok()?,
                    };
                    old.files.insert(
                        unescape(path),
                        OldFile {
                            stamp,
                            hash: hex(hash)?,
                            stamped_at,
                        },
                    );
                }
                ("L", [locale, hash]) => {
                    old.locales.insert(locale, hex(hash)?);
                }
                ("P", [rel, key, guided, size, mtime, title]) => {
                    let p = OldPage {
                        key: hex(key)?,
                        guided: *guided == "1",
                        out: Stamp {
                            size: size.parse().ok()?,
                            mtime: num(mtime)?,
                            ..Stamp::default()
                        },
                        title,
                        deps: "",
                    };
                    page = Some((unescape(rel), p, offset));
                }
                ("O", [rel, key, size, mtime]) => {
                    old.outs.insert(
                        unescape(rel),
                        OldOut {
                            key: hex(key)?,
                            stamp: Stamp {
                                size: size.parse().ok()?,
                                mtime: num(mtime)?,
                                ..Stamp::default()
                            },
                        },
                    );
                }
                ("R", [rel]) => {
                    let rel = unescape(rel);
                    old.pages.remove(rel.as_ref());
                    old.outs.remove(rel.as_ref());
                }
                _ => return None,
            }
        }
        (!open && old.lines > 0).then_some(old)
    }
}

/// The manifest being written.
pub(crate) struct Writer {
    /// The header, files and locales.
    head: String,
    /// The pages and outputs.
    body: String,
}

impl Writer {
    /// A whole manifest (`full`), or a segment to append to one.
    pub fn new(engine: u64, stamped_at: i64, full: bool) -> Writer {
        let mut head = String::with_capacity(if full { 1 << 20 } else { 1 << 10 });
        if full {
            head.push_str(MAGIC);
            head.push('\n');
        }
        head.push_str(&format!("E\t{engine:016x}\t{stamped_at}\n"));
        Writer {
            head,
            body: String::with_capacity(1 << 22),
        }
    }

    /// The manifest's text.
    pub fn finish(mut self) -> String {
        self.head.push_str(&self.body);
        self.head.push_str(END);
        self.head
    }

    pub fn file(&mut self, path: &str, p: &Print) {
        use std::fmt::Write as _;
        self.head.push_str("F\t");
        escape_into(path, &mut self.head);
        let s = p.stamp;
        let _ = writeln!(
            self.head,
            "\t{}\t{}\t{}\t{}\t{:016x}",
            s.size, s.mtime, s.ctime, s.ino, p.hash
        );
    }

    pub fn locale(&mut self, tag: &str, hash: u64) {
        self.head.push_str(&format!("L\t{tag}\t{hash:016x}\n"));
    }

    /// A page; `deps` are its dependency lines, as [`OldPage::deps`] or [`Writer::deps`] made.
    pub fn page(&mut self, rel: &str, key: u64, guided: bool, out: Stamp, title: &str, deps: &str) {
        use std::fmt::Write as _;
        self.body.push_str("P\t");
        escape_into(rel, &mut self.body);
        let _ = write!(
            self.body,
            "\t{key:016x}\t{}\t{}\t{}\t",
            u8::from(guided),
            out.size,
            out.mtime
        );
        escape_into(title, &mut self.body);
        self.body.push('\n');
        self.body.push_str(deps);
    }

    /// The dependency lines of a page just rendered.
    pub fn deps(ids: &[(String, bool)], files: &[(String, Option<u64>)], assets: &[String]) -> String {
        let mut out = String::new();
        for (id, has) in ids {
            out.push_str("I\t");
            escape_into(id, &mut out);
            out.push_str(if *has { "\t1\n" } else { "\t0\n" });
        }
        for (path, hash) in files {
            out.push_str("X\t");
            escape_into(path, &mut out);
            match hash {
                Some(h) => out.push_str(&format!("\t{h:016x}\n")),
                None => out.push_str("\t-\n"),
            }
        }
        for rel in assets {
            out.push_str("A\t");
            escape_into(rel, &mut out);
            out.push('\n');
        }
        out
    }

    /// A page or other file removed (in a segment appended).
    pub fn removed(&mut self, rel: &str) {
        self.body.push_str("R\t");
        escape_into(rel, &mut self.body);
        self.body.push('\n');
    }

    pub fn out(&mut self, rel: &str, key: u64, stamp: Stamp) {
        self.body.push_str("O\t");
        escape_into(rel, &mut self.body);
        self.body
            .push_str(&format!("\t{key:016x}\t{}\t{}\n", stamp.size, stamp.mtime));
    }
}

fn escape_into(s: &str, out: &mut String) {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(c) => out.push(c),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_what_was_written() {
        let mut w = Writer::new(0xabc, 42, true);
        let stamp = Stamp {
            size: 3,
            mtime: 5,
            ctime: 6,
            ino: 7,
        };
        w.file("a\tb/c.md", &Print { stamp, hash: 9 });
        w.locale("nb-NO", 11);
        let deps = Writer::deps(
            &[("x/y".to_owned(), true), ("z".to_owned(), false)],
            &[("/p/img.png".to_owned(), Some(12)), ("/p/none".to_owned(), None)],
            &["nb-NO/img.png".to_owned()],
        );
        w.page("nb-NO/x.html", 13, true, stamp, "Tittel \\ én", &deps);
        w.page("nb-NO/y.html", 14, false, stamp, "Y", "");
        w.out("sitemap.xml", 15, stamp);
        let text = w.finish();
        let old = Old::parse(&text);
        assert_eq!(old.engine, 0xabc);
        assert_eq!(old.files["a\tb/c.md"].stamped_at, 42);
        assert_eq!(old.files["a\tb/c.md"].hash, 9);
        assert_eq!(old.files["a\tb/c.md"].stamp, stamp);
        assert_eq!(old.locales["nb-NO"], 11);
        let x = old.pages["nb-NO/x.html"];
        assert_eq!((x.key, x.guided, x.title().as_ref()), (13, true, "Tittel \\ én"));
        assert_eq!(
            x.ids().collect::<Vec<_>>(),
            [("x/y".into(), true), ("z".into(), false)]
        );
        assert_eq!(
            x.files().collect::<Vec<_>>(),
            [("/p/img.png".into(), Some(12)), ("/p/none".into(), None)]
        );
        assert_eq!(x.assets().collect::<Vec<_>>(), ["nb-NO/img.png"]);
        assert!(old.pages["nb-NO/y.html"].deps.is_empty());
        assert_eq!(old.outs["sitemap.xml"].key, 15);
        // A damaged or older manifest is no record: a full build.
        assert!(Old::parse("{\"version\":1}").pages.is_empty());
        assert!(Old::parse(&text[..text.len() - 5]).pages.is_empty());
        // A segment appended: its records replace or remove those before.
        let mut seg = Writer::new(0xdef, 50, false);
        seg.file("a\tb/c.md", &Print { stamp, hash: 10 });
        seg.page("nb-NO/x.html", 16, false, stamp, "Ny", "");
        seg.removed("nb-NO/y.html");
        seg.removed("sitemap.xml");
        let text = format!("{text}{}", seg.finish());
        let old = Old::parse(&text);
        assert_eq!(old.engine, 0xdef);
        assert_eq!(
            (old.files["a\tb/c.md"].hash, old.files["a\tb/c.md"].stamped_at),
            (10, 50)
        );
        let x = old.pages["nb-NO/x.html"];
        assert_eq!((x.key, x.title().as_ref(), x.deps), (16, "Ny", ""));
        assert!(!old.pages.contains_key("nb-NO/y.html") && old.outs.is_empty());
        assert_eq!(old.locales["nb-NO"], 11);
        assert_eq!(old.lines, 11);
        // A segment cut short: no record.
        assert!(Old::parse(&text[..text.len() - 2]).pages.is_empty());
    }

    #[test]
    fn a_file_is_read_again_only_when_its_stamp_changed_or_is_racy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "one").unwrap();
        let first = fingerprint(&path, &Old::default()).unwrap();
        assert_eq!(first.hash, hash_bytes(b"one"));
        // Recorded long after the edit: trusted, not read (a wrong recorded hash shows it).
        let mut old = Old::default();
        let key = path.to_string_lossy().into_owned();
        let mut rec = OldFile {
            stamp: first.stamp,
            hash: 1,
            stamped_at: first.stamp.mtime + 10 * RACY_NS,
        };
        old.files.insert(Cow::Owned(key.clone()), rec);
        assert_eq!(fingerprint(&path, &old).unwrap().hash, 1);
        // Recorded right after the edit: racy, read again.
        rec.stamped_at = first.stamp.mtime + 1;
        old.files.insert(Cow::Owned(key.clone()), rec);
        assert_eq!(fingerprint(&path, &old).unwrap().hash, first.hash);
        // Another stamp: read again.
        rec.stamped_at = first.stamp.mtime + 10 * RACY_NS;
        rec.stamp.ino += 1;
        old.files.insert(Cow::Owned(key), rec);
        assert_eq!(fingerprint(&path, &old).unwrap().hash, first.hash);
        assert!(fingerprint(&dir.path().join("none"), &old).is_none());
    }
}
