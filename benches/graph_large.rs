//! A large tenant behind Microsoft Graph: the wizard against the fake Graph of the tests with
//! 100,000 users, every answer delayed by 100 ms (a far-away tenant). Measured: the time from
//! opening the store to the first question (the user picker), and the time each typed filter
//! takes to show its matches (one server-side `$search` with `$top`). The wizard reads no
//! whole directory: totals come from `$count`. Then the product-to-users task (Defender for
//! Office 365 to 20 users picked by name): its time, its requests and its `$batch`es (one per
//! 20 users: the picker's search results are the state the writes are planned from).
//!
//! Run: `cargo bench --bench graph_large` (optionally `-- USERS DELAY_MS`).

use std::time::{Duration, Instant};

use taskguide::locale::parse_locale;
use taskguide::store::{demo, ChangeContext};
use taskguide::wizard::{
    self, Answers, Choice, ConfirmPrompt, Interrupt, MultiPrompt, Prompter, Scripted, SelectPrompt,
    TextPrompt, Tone,
};
use taskguide::Catalogs;

#[allow(unused_imports)]
#[path = "../tests/suite/graph_fake/mod.rs"]
mod graph_fake;

/// Answers nothing; at the user picker, records when it was reached and times each filter.
struct Probe {
    start: Instant,
    first_prompt: Option<Duration>,
    filters: Vec<(String, Duration, usize)>,
}

impl Prompter for Probe {
    fn show(&mut self, _tone: Tone, _text: &str) {}
    fn select(&mut self, _prompt: &SelectPrompt<'_>) -> Result<usize, Interrupt> {
        Err(Interrupt::Cancel)
    }
    fn multi_select(&mut self, _prompt: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt> {
        Err(Interrupt::Cancel)
    }
    fn confirm(&mut self, _prompt: &ConfirmPrompt) -> Result<bool, Interrupt> {
        Err(Interrupt::Cancel)
    }
    fn text(&mut self, _prompt: &TextPrompt) -> Result<String, Interrupt> {
        Err(Interrupt::Cancel)
    }
    fn search_select(
        &mut self,
        _prompt: &SelectPrompt<'_>,
        find: &mut dyn FnMut(&str) -> Vec<Choice>,
    ) -> Result<(String, usize), Interrupt> {
        self.first_prompt = Some(self.start.elapsed());
        for filter in ["", "User 4242", "user099999", "User 7777", "nobody-here"] {
            let t = Instant::now();
            let found = find(filter).len();
            self.filters.push((filter.to_owned(), t.elapsed(), found));
        }
        Err(Interrupt::Cancel)
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let users: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let delay: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let built = Instant::now();
    let fake = graph_fake::FakeGraph::with_tenant(&demo::numbered_tenant(users));
    eprintln!(
        "fake tenant of {users} users built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    fake.state().faults.delay = Duration::from_millis(delay);
    let locale = parse_locale("en-US").unwrap();
    let task = taskguide::task::load(
        "content/nb-NO/how-to-assign-a-license-to-a-user.md".as_ref(),
        &locale,
        &Catalogs::open(std::path::PathBuf::from("locales")),
    )
    .expect("the seed task");
    let options = wizard::Options {
        dry_run: true,
        context: ChangeContext {
            actor: "bench".into(),
            command: "graph_large".into(),
            dry_run: true,
        },
    };
    for round in 1..=3 {
        let before = fake.requests().len();
        let mut probe = Probe {
            start: Instant::now(),
            first_prompt: None,
            filters: Vec::new(),
        };
        let (mut store, _) = fake.store();
        let _ = wizard::run(&task, &mut store, &mut probe, &options);
        let first = probe.first_prompt.expect("the user picker was reached");
        let requests = fake.requests()[before..].len();
        println!(
            "round {round}: {users} users, {delay} ms per request: first prompt after {:.2} s; {requests} requests in all",
            first.as_secs_f64()
        );
        for (filter, took, found) in &probe.filters {
            println!(
                "  filter {filter:?}: {found} matches in {:.2} s",
                took.as_secs_f64()
            );
        }
    }
    let task = taskguide::task::load(
        "content/nb-NO/assign-atp-licenses.md".as_ref(),
        &locale,
        &Catalogs::open(std::path::PathBuf::from("locales")),
    )
    .expect("the Defender task");
    let options = wizard::Options {
        dry_run: false,
        context: ChangeContext {
            actor: "bench".into(),
            command: "graph_large".into(),
            dry_run: false,
        },
    };
    for round in 1..=3 {
        let before = fake.requests().len();
        let picked: Vec<String> = (0..20)
            .map(|k| format!("user{:06}", (round * 20 + k) * (users / 100).max(1) % users))
            .collect();
        let mut answers = Scripted::from_answers(Answers {
            product: Some("ATP_ENTERPRISE".into()),
            users: Some(picked),
            confirm: Some(true),
            ..Answers::default()
        });
        let (mut store, _) = fake.store();
        let t = Instant::now();
        let ending = wizard::run(&task, &mut store, &mut answers, &options);
        let took = t.elapsed();
        assert!(ending.is_ok(), "{ending:?}");
        let requests = fake.requests();
        let mine = &requests[before..];
        let batches = mine
            .iter()
            .filter(|r| !r.batched && r.path == "/v1.0/$batch")
            .count();
        let searches = mine.iter().filter(|r| r.path.contains("$search=")).count();
        println!(
            "product to 20 users, round {round}: {:.2} s; {} requests: {searches} searches, {batches} $batch",
            took.as_secs_f64(),
            mine.iter().filter(|r| !r.batched).count()
        );
    }
}
