//! Bulk assignment on SQLite: 100,000 users each get Microsoft 365 E3, with every Graph
//! rule checked and every change journaled, through the path `taskguide assign --users-from`
//! takes (`assign_many`: batches in one transaction, a savepoint per user, rows reported after
//! COMMIT). Each round starts from a fresh store file; the best and the median round are shown,
//! in wall time and in CPU time (on a shared machine the wall figure includes waiting for
//! the cores).
//!
//! Run: `cargo bench --bench store_bulk` (optionally `-- USERS ROUNDS`).

use std::time::Instant;

use taskguide::store::{demo, open_store, AssignedLicense, ChangeContext, LicenseChange, LicenseStore};

/// This thread's CPU time in seconds (Linux: /proc/thread-self/schedstat), if known.
fn cpu_time() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Runs the bulk change once; returns (wall seconds, CPU seconds, changed, unchanged).
fn run(store: &mut Box<dyn LicenseStore>, items: &[(String, LicenseChange)]) -> (f64, f64, usize, usize) {
    let ctx = ChangeContext {
        actor: "bench".into(),
        command: "store_bulk".into(),
        dry_run: false,
    };
    let cpu = cpu_time().unwrap_or(0.0);
    let start = Instant::now();
    let (mut changed, mut unchanged) = (0, 0);
    store
        .assign_many(items, &ctx, &mut |_, r| match r {
            Ok(o) if o.changed() => changed += 1,
            Ok(_) => unchanged += 1,
            Err(e) => panic!("row failed: {e:?}"),
        })
        .expect("bulk run");
    let wall = start.elapsed().as_secs_f64();
    (wall, cpu_time().unwrap_or(0.0) - cpu, changed, unchanged)
}

fn report(label: &str, n: usize, mut rounds: Vec<(f64, f64)>) {
    rounds.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (best, median) = (rounds[0], rounds[rounds.len() / 2]);
    println!(
        "{label}: {n} users; best {:.0}/s ({:.2} s), median {:.0}/s wall; best {:.0}/s per CPU-second",
        n as f64 / best.0,
        best.0,
        n as f64 / median.0,
        rounds.iter().map(|r| n as f64 / r.1).fold(0.0, f64::max),
    );
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let n = args.first().copied().unwrap_or(100_000);
    let rounds = args.get(1).copied().unwrap_or(3).max(1);
    let t = demo::numbered_tenant(n);
    let change = LicenseChange {
        add_licenses: vec![AssignedLicense {
            sku_id: "SPE_E3".into(),
            disabled_plans: Vec::new(),
        }],
        remove_licenses: Vec::new(),
    };
    let items: Vec<(String, LicenseChange)> = t
        .users
        .iter()
        .map(|u| (u.user_principal_name.clone(), change.clone()))
        .collect();
    let (mut assign, mut rerun) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite:{}", dir.path().join("bench.db").display());
        let mut store = open_store(&url).expect("open");
        store.journal().expect("a journal").init(&t, false).expect("init");
        let (wall, cpu, changed, _) = run(&mut store, &items);
        assert_eq!(changed, n);
        assign.push((wall, cpu));
        let (wall, cpu, _, unchanged) = run(&mut store, &items);
        assert_eq!(unchanged, n);
        rerun.push((wall, cpu));
        let consumed = store.list_skus().expect("skus")[0].consumed_units as usize;
        let journal = store
            .journal_ref()
            .expect("a journal")
            .history(None)
            .expect("history")
            .len();
        assert_eq!(
            (consumed, journal),
            (n, n),
            "consumed units and journal match the assignments"
        );
    }
    report("assign, journal on, every rule checked", n, assign);
    report("re-run, every row unchanged", n, rerun);
}
