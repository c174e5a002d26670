//! The authorization code grant with PKCE (RFC 7636, S256) and a loopback redirect
//! (RFC 8252): a one-shot listener on `127.0.0.1` at a free port, the system browser sent to
//! the authorize endpoint with `redirect_uri=http://localhost:<port>`, the code taken from the
//! redirect (its `state` checked) and exchanged with the verifier.

use std::fmt;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{token_request, Authority, TokenSet};
use crate::store::graph::auth::Secret;
use crate::store::graph::fault::RemoteError;
use crate::store::graph::http::{encode, Http};

/// A PKCE verifier and its S256 challenge, and the `state` that ties the redirect to this
/// sign-in.
pub struct Pkce {
    /// The verifier: 43 characters of base64url from 32 random bytes.
    pub verifier: Secret,
    /// `BASE64URL(SHA256(verifier))`.
    pub challenge: String,
    /// A random value the redirect must bring back.
    pub state: String,
}

impl fmt::Debug for Pkce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pkce")
            .field("verifier", &self.verifier)
            .field("challenge", &self.challenge)
            .finish_non_exhaustive()
    }
}

impl Pkce {
    /// A new verifier and state from the system's random source.
    pub fn new() -> Result<Self, RemoteError> {
        let verifier = base64url_encode(&random_bytes()?);
        let state = base64url_encode(&random_bytes()?[..16]);
        Ok(Pkce {
            challenge: challenge(&verifier),
            verifier: Secret::new(verifier),
            state,
        })
    }
}

/// `BASE64URL(SHA256(verifier))`, unpadded.
pub fn challenge(verifier: &str) -> String {
    base64url_encode(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()).as_ref())
}

fn random_bytes() -> Result<[u8; 32], RemoteError> {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| RemoteError::Loopback {
            detail: "random".to_owned(),
        })?;
    Ok(bytes)
}

/// Unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Signs in through the browser: `open` is given the authorize URL and says whether a
/// browser was started (if not, nothing else happens and [`RemoteError::NoBrowser`] tells the
/// caller to use the device code). `page` is the text the browser shows afterwards. Waits at
/// most `timeout`, and stops when `cancel` is set.
pub fn code_flow(
    http: &Http,
    authority: &Authority,
    open: &mut dyn FnMut(&str) -> bool,
    page: &str,
    timeout: Duration,
    cancel: &AtomicBool,
) -> Result<TokenSet, RemoteError> {
    let loopback = |e: std::io::Error| RemoteError::Loopback {
        detail: e.to_string(),
    };
    let listener = TcpListener::bind("127.0.0.1:0").map_err(loopback)?;
    let port = listener.local_addr().map_err(loopback)?.port();
    let redirect = format!("http://localhost:{port}");
    let pkce = Pkce::new()?;
    let url = format!(
        "{}?client_id={}&response_type=code&redirect_uri={}&response_mode=query&scope={}&state={}&code_challenge={}&code_challenge_method=S256&prompt=select_account",
        authority.endpoint("authorize"),
        encode(&authority.client_id),
        encode(&redirect),
        encode(&authority.scopes()),
        encode(&pkce.state),
        pkce.challenge,
    );
    if !open(&url) {
        return Err(RemoteError::NoBrowser);
    }
    listener.set_nonblocking(true).map_err(loopback)?;
    let deadline = Instant::now() + timeout;
    let code = loop {
        if cancel.load(Ordering::SeqCst) {
            return Err(RemoteError::Cancelled);
        }
        if Instant::now() >= deadline {
            return Err(RemoteError::CodeExpired);
        }
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
            Err(e) => return Err(loopback(e)),
        };
        if let Some(result) = redirect_answer(stream, &pkce.state, page) {
            break result?;
        }
    };
    let form = vec![
        ("grant_type", "authorization_code".to_owned()),
        ("client_id", authority.client_id.clone()),
        ("code", code.expose().to_owned()),
        ("redirect_uri", redirect),
        ("code_verifier", pkce.verifier.expose().to_owned()),
        ("scope", authority.scopes()),
    ];
    match token_request(http, authority, form)? {
        Ok(tokens) => Ok(tokens),
        Err((status, e)) => Err(e.into_error(status, &[&code, &pkce.verifier])),
    }
}

/// Reads one request on the loopback listener. `None` for a request that is not the redirect
/// (a browser's `favicon.ico`); else the code, or why there is none.
fn redirect_answer(stream: TcpStream, state: &str, page: &str) -> Option<Result<Secret, RemoteError>> {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let target = line.split_whitespace().nth(1).unwrap_or("");
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect();
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let (code, error) = (get("code"), get("error"));
    let mut stream = stream;
    if code.is_none() && error.is_none() {
        let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return None;
    }
    let body = format!(
        "<!doctype html><meta charset=\"utf-8\"><title>taskguide</title><p>{}</p>",
        html_escape(page)
    );
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if get("state").as_deref() != Some(state) {
        return Some(Err(RemoteError::StateMismatch));
    }
    if let Some(error) = error {
        let description = get("error_description").unwrap_or_default();
        let first = description.lines().next().unwrap_or("").to_owned();
        if error == "access_denied" {
            return Some(Err(RemoteError::Declined));
        }
        return Some(Err(RemoteError::SignIn {
            status: 400,
            code: error,
            description: first,
        }));
    }
    code.map(|c| Ok(Secret::new(c)))
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Percent-decoding of a query value (`+` is a space).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_rfc_7636s_example() {
        // RFC 7636, appendix B.
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        let p = Pkce::new().unwrap();
        assert_eq!(p.verifier.expose().len(), 43);
        assert_eq!(format!("{p:?}").matches("***").count(), 1);
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(decode("a%20b+c%2Fd"), "a b c/d");
        assert_eq!(decode("100%"), "100%");
    }
}
