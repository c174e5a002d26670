//! Graph's JSON `$batch`: up to 20 requests in one, each answered (and throttled) on its
//! own. Items answered 429/503/504 are sent again, alone, after `Retry-After` (capped, with
//! jitter); an item that got any other answer is never sent again.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{json, Value};

use super::client::{retryable, Client};
use super::fault::RemoteError;
use super::http::Payload;

/// Graph's limit of requests in one `$batch`.
pub const MAX_BATCH: usize = 20;

/// Waits; injected so that tests do not wait real seconds.
pub trait Sleep: Send {
    /// Waits for `delay`.
    fn sleep(&self, delay: Duration);
}

/// Sleeps the thread.
#[derive(Debug, Clone, Copy, Default)]
pub struct ThreadSleep;

impl Sleep for ThreadSleep {
    fn sleep(&self, delay: Duration) {
        std::thread::sleep(delay);
    }
}

/// How often to try and how long to wait in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Times a request (or batch item) is sent at most, the first included.
    pub max_attempts: u32,
    /// The wait when the server gives no `Retry-After`, doubled each attempt.
    pub base: Duration,
    /// The longest wait, whatever `Retry-After` says.
    pub cap: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 6,
            base: Duration::from_secs(1),
            cap: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1`: `Retry-After` if given, else exponential
    /// backoff; capped; plus up to 20 % jitter so that many clients do not return together.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let backoff = || self.base.saturating_mul(1 << attempt.saturating_sub(1).min(16));
        let wait = retry_after.unwrap_or_else(backoff).min(self.cap);
        let jitter_ms = (wait.as_millis() as u64) / 5;
        let jitter = if jitter_ms == 0 {
            0
        } else {
            next_random() % (jitter_ms + 1)
        };
        wait + Duration::from_millis(jitter)
    }
}

/// A xorshift generator seeded from the clock: jitter needs no better.
fn next_random() -> u64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let mut x = STATE.load(Ordering::Relaxed);
    if x == 0 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        x = nanos | 1;
    }
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    STATE.store(x, Ordering::Relaxed);
    x
}

/// One request inside a batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// `GET`, `POST`, `PATCH`.
    pub method: &'static str,
    /// The URL relative to the API root, starting with `/`.
    pub url: String,
    /// The JSON body, if any.
    pub body: Option<Value>,
}

/// One item's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemReply {
    /// Its status.
    pub status: u16,
    /// Its JSON body (`Null` when empty).
    pub body: Value,
}

/// Sends `items` (at most [`MAX_BATCH`]) as `$batch` requests until each has a final answer;
/// the answers come in the order of `items`.
pub fn run(client: &Client, items: &[Item]) -> Vec<Result<ItemReply, RemoteError>> {
    let mut results: Vec<Option<Result<ItemReply, RemoteError>>> = vec![None; items.len()];
    let mut pending: Vec<usize> = (0..items.len()).collect();
    let mut attempt = 0u32;
    while !pending.is_empty() {
        attempt += 1;
        let (retry, wait, last_status) = match send_once(client, items, &pending) {
            Ok(answers) => settle(&pending, answers, &mut results),
            Err(e) => {
                for &i in &pending {
                    results[i] = Some(Err(e.clone()));
                }
                break;
            }
        };
        pending = retry;
        if pending.is_empty() {
            break;
        }
        if attempt >= client.policy.max_attempts {
            for &i in &pending {
                results[i] = Some(Err(RemoteError::Throttled {
                    status: last_status,
                    attempts: attempt,
                }));
            }
            break;
        }
        client.sleep(client.policy.delay(attempt, wait));
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(missing())))
        .collect()
}

/// The error for an item Graph's `$batch` answer left out.
pub(super) fn missing() -> RemoteError {
    RemoteError::BadResponse {
        detail: "$batch: no answer for an item".to_owned(),
        source: None,
    }
}

type Answers = BTreeMap<usize, (u16, Option<Duration>, Value)>;

/// Stores final answers; returns the items to send again, the longest `Retry-After` among
/// them and their last status.
fn settle(
    pending: &[usize],
    answers: Answers,
    results: &mut [Option<Result<ItemReply, RemoteError>>],
) -> (Vec<usize>, Option<Duration>, u16) {
    let mut retry = Vec::new();
    let mut wait: Option<Duration> = None;
    let mut last = 0;
    for &i in pending {
        match answers.get(&i) {
            Some((status, after, _)) if retryable(*status) => {
                retry.push(i);
                wait = wait.max(*after);
                last = *status;
            }
            Some((status, _, body)) => {
                results[i] = Some(Ok(ItemReply {
                    status: *status,
                    body: body.clone(),
                }))
            }
            None => results[i] = Some(Err(missing())),
        }
    }
    (retry, wait, last)
}

/// One `$batch` call for the `pending` items; item ids are their indexes in `items`. The
/// client itself retries a batch answered 429/503/504 as a whole.
fn send_once(client: &Client, items: &[Item], pending: &[usize]) -> Result<Answers, RemoteError> {
    let requests: Vec<Value> = pending
        .iter()
        .map(|&i| {
            let item = &items[i];
            let mut r = json!({ "id": i.to_string(), "method": item.method, "url": item.url });
            if let Some(body) = &item.body {
                r["body"] = body.clone();
                r["headers"] = json!({ "Content-Type": "application/json" });
            }
            r
        })
        .collect();
    let payload = Payload::Json(json!({ "requests": requests }).to_string());
    let reply = client.send("POST", "/$batch", &[], &payload)?;
    if !reply.ok() {
        return Err(super::map::remote_error(
            reply.status,
            &reply.body,
            client.policy.max_attempts,
        ));
    }
    let body: Value = serde_json::from_str(&reply.body).map_err(|e| RemoteError::BadResponse {
        detail: format!("$batch: {e}"),
        source: Some(crate::store::error::Cause::new(e)),
    })?;
    let mut answers = Answers::new();
    for r in body["responses"].as_array().into_iter().flatten() {
        let Some(id) = r["id"].as_str().and_then(|s| s.parse::<usize>().ok()) else {
            continue;
        };
        let status = r["status"].as_u64().unwrap_or(0) as u16;
        let after = header(&r["headers"], "retry-after").and_then(|v| super::http::parse_retry_after(&v));
        answers.insert(id, (status, after, r["body"].clone()));
    }
    Ok(answers)
}

/// A header of a batch item's answer, by name in any case.
fn header(headers: &Value, name: &str) -> Option<String> {
    let map = headers.as_object()?;
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_honoured_capped_and_jittered_upwards() {
        let p = RetryPolicy::default();
        for _ in 0..50 {
            let d = p.delay(1, Some(Duration::from_secs(10)));
            assert!(
                d >= Duration::from_secs(10) && d <= Duration::from_secs(12),
                "{d:?}"
            );
            let capped = p.delay(1, Some(Duration::from_secs(3600)));
            assert!(capped >= p.cap && capped <= p.cap + p.cap / 5, "{capped:?}");
        }
        assert_eq!(p.delay(3, Some(Duration::ZERO)), Duration::ZERO);
    }

    #[test]
    fn without_retry_after_the_wait_doubles() {
        let p = RetryPolicy::default();
        let d1 = p.delay(1, None);
        let d3 = p.delay(3, None);
        assert!(
            d1 >= Duration::from_secs(1) && d1 < Duration::from_secs(2),
            "{d1:?}"
        );
        assert!(
            d3 >= Duration::from_secs(4) && d3 < Duration::from_secs(5),
            "{d3:?}"
        );
    }

    #[test]
    fn batch_item_headers_are_found_in_any_case() {
        let h = json!({ "Retry-After": "2", "x": 1 });
        assert_eq!(header(&h, "retry-after").as_deref(), Some("2"));
        assert_eq!(header(&h, "missing"), None);
    }
}
