//! A small blocking HTTP client over `ureq` 3: one request in, status + `Retry-After` + body
//! out, with connect and read timeouts. Any HTTP status is an answer, not an error; only the
//! transport (DNS, connect, TLS, timeout) fails.

use std::time::Duration;

use ureq::http;

use super::fault::RemoteError;
use crate::store::error::Cause;

/// The time limits of every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// To open the connection (DNS, TCP, TLS).
    pub connect: Duration,
    /// To send the request and to receive the response and its body, each.
    pub read: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            read: Duration::from_secs(60),
        }
    }
}

/// What goes in a request body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// No body.
    Empty,
    /// A JSON document.
    Json(String),
    /// `application/x-www-form-urlencoded` pairs.
    Form(Vec<(&'static str, String)>),
}

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// `Retry-After` in seconds, if the server sent one.
    pub retry_after: Option<Duration>,
    /// The body as text.
    pub body: String,
    /// `Location`, for a redirect.
    pub location: Option<String>,
    /// `request-id` (or `client-request-id`), to quote to Microsoft support.
    pub request_id: Option<String>,
}

impl Reply {
    /// Whether the status is 2xx.
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A blocking client with a connection pool.
#[derive(Debug, Clone)]
pub struct Http {
    agent: ureq::Agent,
}

impl Http {
    /// A client with these time limits; redirects are not followed (Graph does not use them
    /// for the calls made here, and a redirect must not carry the token elsewhere).
    pub fn new(timeouts: Timeouts) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_connect(Some(timeouts.connect))
            .timeout_send_request(Some(timeouts.read))
            .timeout_recv_response(Some(timeouts.read))
            .timeout_recv_body(Some(timeouts.read))
            .user_agent(concat!("taskguide/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Http { agent }
    }

    /// Sends one request. `headers` are added as given (the caller adds `Authorization`).
    pub fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, String)],
        payload: &Payload,
    ) -> Result<Reply, RemoteError> {
        let host = origin(url);
        let fail = |e: http::Error| RemoteError::Network {
            host: host.clone(),
            detail: e.to_string(),
            source: Some(Cause::new(e)),
        };
        let mut builder = http::Request::builder().method(method).uri(url);
        for (name, value) in headers {
            builder = builder.header(*name, value.as_str());
        }
        let body = match payload {
            Payload::Empty => Vec::new(),
            Payload::Json(json) => {
                builder = builder.header("Content-Type", "application/json");
                json.clone().into_bytes()
            }
            Payload::Form(pairs) => {
                builder = builder.header("Content-Type", "application/x-www-form-urlencoded");
                form(pairs).into_bytes()
            }
        };
        let request = builder.body(body).map_err(fail)?;
        let mut response = self.agent.run(request).map_err(|e| transport(&host, e))?;
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let location = header("location");
        let request_id = header("request-id").or_else(|| header("client-request-id"));
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .read_to_string()
            .map_err(|e| transport(&host, e))?;
        Ok(Reply {
            status,
            retry_after,
            body,
            location,
            request_id,
        })
    }
}

fn transport(host: &str, e: ureq::Error) -> RemoteError {
    match e {
        ureq::Error::Timeout(_) => RemoteError::Timeout {
            host: host.to_owned(),
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => RemoteError::Timeout {
            host: host.to_owned(),
        },
        other => RemoteError::Network {
            host: host.to_owned(),
            detail: other.to_string(),
            source: Some(Cause::new(other)),
        },
    }
}

/// `scheme://host[:port]` of `url` (no path, query or user info).
pub fn origin(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if scheme.is_empty() {
        host.to_owned()
    } else {
        format!("{scheme}://{host}")
    }
}

/// `Retry-After` as delay-seconds or as an HTTP date (RFC 9110: IMF-fixdate, such as
/// `Wed, 21 Oct 2015 07:28:00 GMT`), which becomes the time from now until then (zero if it
/// has passed).
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = http_date(value)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Duration::from_secs(at.saturating_sub(now)))
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) as Unix seconds.
pub fn http_date(value: &str) -> Option<u64> {
    let rest = value.split_once(", ")?.1;
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let [day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as u64 + 1;
    let (day, year): (u64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let mut hms = time.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 || year < 1970 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days as u64 * 86_400 + h * 3600 + m * 60 + s)
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn form(pairs: &[(&'static str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_keeps_unreserved_characters_only() {
        assert_eq!(encode("a b/c@d.e~_-"), "a%20b%2Fc%40d.e~_-");
        assert_eq!(encode("ø"), "%C3%B8");
    }

    #[test]
    fn origin_drops_path_query_and_user_info() {
        assert_eq!(
            origin("https://u:p@graph.example:8443/v1.0/x?y"),
            "https://graph.example:8443"
        );
        assert_eq!(origin("http://127.0.0.1:9/v1.0"), "http://127.0.0.1:9");
    }

    #[test]
    fn retry_after_is_read_in_seconds_or_as_an_http_date() {
        assert_eq!(parse_retry_after(" 3 "), Some(Duration::from_secs(3)));
        assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(http_date("Wed, 21 Oct 2015 07:28:00 GMT"), Some(1_445_412_480));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(http_date("Sun, 06 Foo 1994 08:49:37 GMT"), None);
    }

    #[test]
    fn a_closed_port_is_a_network_error_not_a_hang() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let http = Http::new(Timeouts::default());
        let url = format!("http://127.0.0.1:{port}/v1.0/users");
        let err = http.send("GET", &url, &[], &Payload::Empty).unwrap_err();
        assert!(matches!(err, RemoteError::Network { .. }), "{err:?}");
    }
}
