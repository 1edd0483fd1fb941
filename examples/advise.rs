//! Advice for intakes given as JSON Lines: one intake per line on stdin, one advice per line
//! on stdout, in order.
//!
//! `cargo run --release --example advise < intakes.jsonl`
//!
//! A line that is not a valid intake gives `{"error": {"line": n, "message": …, "problems":
//! […]}}` on its line and the run goes on. Blank lines are skipped without output (editors
//! and `cat` leave them; they carry no intake), so output line k answers the k-th non-blank
//! input line; errors carry their input line number to make the mapping explicit.

use std::io::{self, BufRead, Write};

use painmap::engine::advise;
use painmap::model::{Intake, IntakeError, RawValue};
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
    let stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    let mut buffer = Vec::new();
    let mut reader = io::BufReader::new(stdin);
    let mut number = 0;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            break;
        }
        number += 1;
        let line = String::from_utf8_lossy(&buffer);
        if line.trim().is_empty() {
            continue;
        }
        let intake = serde_json::from_str::<RawValue>(&line)
            .map_err(IntakeError::unreadable)
            .and_then(|raw| Intake::from_raw(&raw));
        let written = match intake {
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
