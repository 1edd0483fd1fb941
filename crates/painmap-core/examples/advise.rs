//! Advice for intakes given as JSON Lines: one intake per line on stdin, one advice per line
//! on stdout, in order.
//!
//! `cargo run --release -p painmap-core --example advise < intakes.jsonl`
//!
//! A line that is not a valid intake gives `{"error": {"line": n, "message": …, "problems":
//! […]}}` on its line and the run goes on. Blank lines are skipped without output (editors
//! and `cat` leave them; they carry no intake), so output line k answers the k-th non-blank
//! input line; errors carry their input line number to make the mapping explicit.
//!
//! Input is bounded: a line longer than 64 KiB (a full intake is under 3 KB) is an error line
//! and is skipped without being held in memory; the [`limits`] on nesting, keys and values
//! apply as in the browser. A UTF-8 byte-order mark at the start of a line (as some editors
//! write at the start of a file) is skipped.

use std::io::{self, BufRead, Read, Write};

use painmap_core::engine::advise;
use painmap_core::model::{limits, Intake, IntakeError, Limit, RawValue};
use serde::Serialize;

#[derive(Serialize)]
struct ErrorLine<'a> {
    error: Located<'a>,
}

#[derive(Serialize)]
struct Located<'a> {
    line: usize,
    #[serde(flatten)]
    error: &'a IntakeError,
}

fn main() -> io::Result<()> {
    let mut reader = io::BufReader::new(io::stdin().lock());
    let mut stdout = io::stdout().lock();
    let mut buffer = Vec::new();
    let mut number = 0;
    while let Some(whole) = read_line(&mut reader, &mut buffer)? {
        number += 1;
        if without_bom(&buffer).trim_ascii().is_empty() && whole {
            continue;
        }
        let written = match intake(&buffer, whole) {
            Ok(intake) => serde_json::to_writer(&mut stdout, &advise(&intake)),
            Err(error) => serde_json::to_writer(
                &mut stdout,
                &ErrorLine {
                    error: Located {
                        line: number,
                        error: &error,
                    },
                },
            ),
        };
        written.map_err(io::Error::other)?;
        stdout.write_all(b"\n")?;
    }
    stdout.flush()
}

/// Reads the next line into `buffer`, at most [`limits::TEXT_BYTES`] of it: `Some(true)` for
/// a whole line, `Some(false)` for one that was longer (the rest is read and dropped), `None`
/// at the end of the input.
pub fn read_line(reader: &mut impl BufRead, buffer: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buffer.clear();
    let most = limits::TEXT_BYTES as u64 + 1;
    let read = reader.by_ref().take(most).read_until(b'\n', buffer)?;
    if read == 0 {
        return Ok(None);
    }
    if buffer.last() == Some(&b'\n') || (read as u64) < most {
        return Ok(Some(true));
    }
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            break;
        }
        match available.iter().position(|byte| *byte == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                break;
            }
            None => {
                let length = available.len();
                reader.consume(length);
            }
        }
    }
    Ok(Some(false))
}

fn without_bom(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
}

/// The intake on one line, or what is wrong with it.
pub fn intake(line: &[u8], whole: bool) -> Result<Intake, IntakeError> {
    let one = |problem| IntakeError {
        problems: vec![problem],
    };
    if !whole {
        return Err(one(Limit::Text.problem(String::new())));
    }
    let text = std::str::from_utf8(without_bom(line)).map_err(|error| {
        let mut reason = "not UTF-8 text: the byte at column ".to_owned();
        reason.push_str(&(error.valid_up_to() + 1).to_string());
        reason.push_str(" is not part of a character");
        IntakeError::unreadable(reason)
    })?;
    let mut json = serde_json::Deserializer::from_str(text);
    let raw = RawValue::read(&mut json)
        .and_then(|raw| json.end().map(|()| raw).map_err(IntakeError::unreadable))
        .map_err(|error| match lone_surrogate(text) {
            Some(reason) => IntakeError::unreadable(reason),
            None => error,
        })?;
    Intake::from_raw(&raw)
}

/// Says which `\u` escape is half of a UTF-16 surrogate pair, where serde_json would only
/// say "unexpected end of hex escape": JSON may spell such a half, but it is not a character
/// and no text can hold it.
fn lone_surrogate(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut index = 0;
    let mut high: Option<usize> = None;
    while let Some(&byte) = bytes.get(index) {
        if byte != b'\\' {
            if let Some(at) = high {
                return Some(surrogate_reason(text, at));
            }
            index += 1;
            continue;
        }
        let unit = (bytes.get(index + 1) == Some(&b'u'))
            .then(|| text.get(index + 2..index + 6))
            .flatten()
            .and_then(|hex| u16::from_str_radix(hex, 16).ok());
        match (unit, high) {
            (Some(0xDC00..=0xDFFF), Some(_)) => high = None,
            (Some(0xDC00..=0xDFFF), None) => return Some(surrogate_reason(text, index)),
            (_, Some(at)) => return Some(surrogate_reason(text, at)),
            (Some(0xD800..=0xDBFF), None) => high = Some(index),
            _ => {}
        }
        index += if unit.is_some() { 6 } else { 2 };
    }
    high.map(|at| surrogate_reason(text, at))
}

fn surrogate_reason(text: &str, at: usize) -> String {
    let escape = text.get(at..at + 6).unwrap_or_default();
    format!(
        "\"{escape}\" at column {} is half of a UTF-16 surrogate pair, not a character; \
         JSON text must be valid Unicode",
        at + 1
    )
}
