//! JSON-RPC over a byte stream with `Content-Length` framing. A body that is
//! not JSON, or not a JSON-RPC message, gets an error response and the server
//! reads on (lsp-server's own stdio reader would stop there).

use super::{words, Flow, Server};
use lsp_server::{ErrorCode, Message};
use std::io::{self, BufRead, Read, Write};

/// The largest body read (a policy is a few hundred kilobytes).
const MAX_BODY: usize = 64 << 20;

/// One read from the stream.
pub enum Frame {
    /// A message.
    Message(Message),
    /// A body that could not be read as a message: the JSON-RPC error code and
    /// the request id, when one could be found.
    Bad(ErrorCode, serde_json::Value),
}

/// Reads one frame; `Ok(None)` at the end of input.
pub fn read(input: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length: Option<usize> = None;
    let mut line = String::new();
    let mut any = false;
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return if any {
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "end of input in a header",
                ))
            } else {
                Ok(None)
            };
        }
        let trimmed = line.trim_end_matches(['\r', '\n']);
        if trimmed.is_empty() {
            if any {
                break;
            }
            continue;
        }
        any = true;
        if let Some((name, value)) = trimmed.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(length) = length else {
        return Ok(Some(Frame::Bad(
            ErrorCode::ParseError,
            serde_json::Value::Null,
        )));
    };
    if length > MAX_BODY {
        io::copy(&mut input.take(length as u64), &mut io::sink())?;
        return Ok(Some(Frame::Bad(
            ErrorCode::InvalidRequest,
            serde_json::Value::Null,
        )));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => {
            return Ok(Some(Frame::Bad(
                ErrorCode::ParseError,
                serde_json::Value::Null,
            )))
        }
    };
    let id = match value.get("id") {
        Some(v @ (serde_json::Value::Number(_) | serde_json::Value::String(_))) => v.clone(),
        _ => serde_json::Value::Null,
    };
    // A request or notification has a string `method`; a response has an
    // `id` and a `result` or an `error`. Anything else is no message (serde
    // alone would read `{"id": 8}` as a response and drop it silently).
    let shaped = match value.get("method") {
        Some(m) => m.is_string(),
        None => {
            value.get("id").is_some()
                && (value.get("result").is_some() || value.get("error").is_some())
        }
    };
    if !shaped {
        return Ok(Some(Frame::Bad(ErrorCode::InvalidRequest, id)));
    }
    Ok(Some(match serde_json::from_value::<Message>(value) {
        Ok(m) => Frame::Message(m),
        Err(_) => Frame::Bad(ErrorCode::InvalidRequest, id),
    }))
}

/// Writes one message with its header.
pub fn write(output: &mut impl Write, body: &str) -> io::Result<()> {
    write!(output, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    output.flush()
}

/// Serves messages from `input` until `exit` or the end of input; returns the
/// exit status: 0 after `shutdown` and `exit`, 1 on `exit` without
/// `shutdown` or at the end of input, 2 when the stream breaks.
pub fn serve(server: &mut Server, input: &mut impl BufRead, output: &mut impl Write) -> u8 {
    loop {
        let frame = match read(input) {
            Ok(Some(f)) => f,
            Ok(None) => return 1,
            Err(_) => return 2,
        };
        let (out, flow) = match frame {
            Frame::Message(m) => server.handle(m),
            Frame::Bad(code, id) => {
                let body = serde_json::json!({
                    "jsonrpc": "2.0",
                    "id": id,
                    "error": {"code": code as i32, "message": words::BAD_MESSAGE.get(server.lang)},
                });
                if write(output, &body.to_string()).is_err() {
                    return 2;
                }
                continue;
            }
        };
        for m in out {
            let body = match serde_json::to_string(&with_version(m)) {
                Ok(b) => b,
                Err(_) => continue,
            };
            if write(output, &body).is_err() {
                return 2;
            }
        }
        if let Flow::Exit(status) = flow {
            return status;
        }
    }
}

/// The message as JSON-RPC 2.0 wants it on the wire (`"jsonrpc": "2.0"`).
fn with_version(m: Message) -> serde_json::Value {
    let mut v = serde_json::to_value(m).unwrap_or(serde_json::Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.insert("jsonrpc".into(), "2.0".into());
    }
    v
}
