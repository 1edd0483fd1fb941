//! A fuzzer for the readers of untrusted input: the intake parser (JSON text as the command
//! line reads it, [`RawValue::read`], [`Intake::from_raw`] and [`Intake::from_saved`]), the
//! config reader ([`Config::read`], from every source) and the restore of a saved journey
//! ([`AppState::restore`]).
//!
//! cargo-fuzz needs a nightly compiler; this harness runs on stable, for a set time. Its inputs
//! are the reviewed cases in `tests/cases/` mutated byte by byte and token by token, JSON
//! generated from the ids the readers know (and the retired ids, near misses of both, odd
//! Unicode, edge numbers), and adversarial shapes: deep nesting, hundreds of thousands of
//! keys or items, long strings, repeated keys. Each input must give no panic, take at most
//! [`BOUND`], and give an error of bounded size; an accepted intake must read back the same
//! after serialising, and a restored journey must restore the same again.
//!
//! `make fuzz` runs it for `FUZZ_SECONDS` (10 minutes by default) with optimisations;
//! `cargo test` runs it for `FUZZ_SECONDS` or 20 seconds. `FUZZ_SEED` repeats a run. Inputs that
//! fail are written to `target/fuzz-findings/`.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use painmap_core::config::{Config, Source};
use painmap_core::engine::advise;
use painmap_core::journey::AppState;
use painmap_core::model::{
    limits, Intake, IntakeError, ProblemKind, Question, RawValue, Region, INTAKE_FIELDS,
};

#[allow(dead_code)]
#[path = "../examples/advise.rs"]
mod advise_cli;

/// The most one input may take, every reader together (a debug build on a busy machine).
const BOUND: Duration = Duration::from_secs(5);

/// An input still running after this long is a hang: the watchdog saves it and stops the run.
const HANG: Duration = Duration::from_secs(30);

/// The longest error text allowed: 21 problems of at most a few hundred bytes each.
const ERROR_BYTES: usize = 32 * 1024;

/// splitmix64: small, fast and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// Mostly small, sometimes large: 0..n with a bias to the low end.
    fn size(&mut self, n: usize) -> usize {
        let bits = self.below(usize::BITS as usize - n.leading_zeros() as usize + 1);
        self.below((1usize << bits).min(n) + 1)
    }
}

const WORDS: [&str; 40] = [
    "yes",
    "no",
    "unsure",
    "sudden",
    "gradual",
    "ache",
    "stiffness",
    "knot",
    "spasm",
    "sharp",
    "burning",
    "tingling",
    "relaxation",
    "mobility",
    "pain_relief",
    "sport_recovery",
    "en",
    "es",
    "en-GB",
    "es-MX",
    "swedish,thai",
    "prenatal",
    "https://clinic.example/book",
    "https://[::1]/book",
    "http://",
    "javascript:alert(1)",
    "+44 20 7946 0000",
    "((((+++---1 2 3----))))",
    "112",
    "#0b6e69",
    "#fff",
    "red",
    "auto",
    "dark",
    "host",
    "v",
    "step",
    "intake",
    "Yes",
    "NO",
];

const ODD: [&str; 18] = [
    "",
    " ",
    "\u{202E}evil",
    "\u{200B}",
    "\u{FEFF}",
    "é",
    "e\u{301}",
    "𝄞",
    "\u{0}",
    "\\ud800",
    "\\udc00x",
    "\\ud83d\\ude00",
    "__proto__",
    "constructor",
    "prototype",
    "NaN",
    "\\\\",
    "\\\"",
];

const NUMBERS: [&str; 26] = [
    "0",
    "-0",
    "1",
    "3",
    "7",
    "10",
    "11",
    "45",
    "46",
    "110",
    "111",
    "2.5",
    "-1",
    "1e308",
    "-1e308",
    "1e400",
    "1e-320",
    "4294967296",
    "9007199254740993",
    "123456789012345678901234567890",
    "0.1",
    "1E2",
    "10.0",
    "100000",
    "100001",
    "-0.0",
];

/// A key the readers know, has retired, or nearly know.
fn id(rng: &mut Rng) -> String {
    let known = match rng.below(7) {
        0 => *rng.pick(&INTAKE_FIELDS),
        1 | 2 => *rng.pick(Region::IDS),
        3 | 4 => *rng.pick(Question::IDS),
        5 => Question::RETIRED[0].0,
        _ => *rng.pick(&Config::setting_names().collect::<Vec<_>>()),
    };
    if rng.chance(70) {
        known.to_owned()
    } else {
        near_miss(rng, known)
    }
}

fn near_miss(rng: &mut Rng, id: &str) -> String {
    let mut chars: Vec<char> = id.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 => chars.insert(at, *rng.pick(&['a', 'e', '_', '-', ' ', 'é', '\u{200B}'])),
            2 if at + 1 < chars.len() => chars.swap(at, at + 1),
            3 if at < chars.len() => chars[at] = chars[at].to_ascii_uppercase(),
            4 if at < chars.len() && chars[at] == '_' => chars[at] = '-',
            _ => chars.push('s'),
        }
    }
    chars.into_iter().collect()
}

fn push_string(rng: &mut Rng, out: &mut String) {
    out.push('"');
    match rng.below(10) {
        0..=3 => out.push_str(&id(rng)),
        4..=6 => out.push_str(rng.word(&WORDS)),
        7 | 8 => out.push_str(rng.word(&ODD)),
        _ => {
            let word = rng.word(&WORDS).to_owned();
            let n = rng.size(2_000);
            out.push_str(&word.repeat(n / word.len().max(1) + 1));
        }
    }
    out.push('"');
}

/// A JSON value made of the pieces the readers know; keys may repeat.
fn push_value(rng: &mut Rng, out: &mut String, depth: usize) {
    let leaf = depth > 6 || rng.chance(35 + depth * 8);
    match (leaf, rng.below(10)) {
        (true, 0..=3) => out.push_str(rng.word(&NUMBERS)),
        (true, 4..=7) => push_string(rng, out),
        (true, 8) => out.push_str(rng.word(&["true", "false"])),
        (true, _) => out.push_str("null"),
        (false, 0..=6) => {
            out.push('{');
            for i in 0..rng.size(if depth == 0 { 60 } else { 50 }) {
                if i > 0 {
                    out.push(',');
                }
                out.push('"');
                out.push_str(&if rng.chance(90) {
                    id(rng)
                } else {
                    rng.word(&ODD).to_string()
                });
                out.push_str("\":");
                push_value(rng, out, depth + 1);
            }
            out.push('}');
        }
        (false, _) => {
            out.push('[');
            for i in 0..rng.size(12) {
                if i > 0 {
                    out.push(',');
                }
                push_value(rng, out, depth + 1);
            }
            out.push(']');
        }
    }
}

/// An intake-shaped object: the known fields with values of about the right kind, so that
/// many are accepted and the checks behind the first error are reached.
fn intake_like(rng: &mut Rng) -> String {
    let mut fields = Vec::new();
    let mut regions = Vec::new();
    for _ in 0..1 + rng.size(24) {
        let region = if rng.chance(95) {
            rng.word(Region::IDS).to_owned()
        } else {
            id(rng)
        };
        let pain = if rng.chance(95) {
            (rng.below(11)).to_string()
        } else {
            rng.word(&NUMBERS).to_owned()
        };
        regions.push(format!("\"{region}\":{pain}"));
    }
    fields.push(format!("\"regions\":{{{}}}", regions.join(",")));
    let mut answers = Vec::new();
    for _ in 0..rng.size(45) {
        let question = if rng.chance(95) {
            rng.word(Question::IDS).to_owned()
        } else {
            id(rng)
        };
        let answer = if rng.chance(95) {
            rng.word(&["yes", "no", "unsure"])
        } else {
            rng.word(&WORDS)
        };
        answers.push(format!("\"{question}\":\"{answer}\""));
    }
    fields.push(format!("\"answers\":{{{}}}", answers.join(",")));
    let number = |rng: &mut Rng, max: usize| {
        if rng.chance(90) {
            rng.below(max + 1).to_string()
        } else {
            rng.word(&NUMBERS).to_owned()
        }
    };
    for (field, max) in [
        ("age", 110),
        ("duration_days", 4000),
        ("pregnancy_weeks", 45),
        ("massage_sessions_for_this_pain", 30),
    ] {
        if rng.chance(50) {
            fields.push(format!("\"{field}\":{}", number(rng, max)));
        }
    }
    for (field, words) in [
        ("onset", &["sudden", "gradual"][..]),
        ("improved_after_massage", &["yes", "no", "unsure"][..]),
    ] {
        if rng.chance(50) {
            fields.push(format!("\"{field}\":\"{}\"", rng.word(words)));
        }
    }
    for (field, words) in [("qualities", &WORDS[5..12]), ("goals", &WORDS[12..16])] {
        if rng.chance(50) {
            let items: Vec<String> = (0..rng.size(8))
                .map(|_| format!("\"{}\"", rng.word(words)))
                .collect();
            fields.push(format!("\"{field}\":[{}]", items.join(",")));
        }
    }
    // Field order matters to no reader, but shuffle so that every order is tried.
    for i in (1..fields.len()).rev() {
        fields.swap(i, rng.below(i + 1));
    }
    format!("{{{}}}", fields.join(","))
}

/// Inputs far past every limit.
fn adversarial(rng: &mut Rng) -> Vec<u8> {
    let n = *rng.pick(&[17, 300, 5_000, 100_000, 300_000]);
    let text = match rng.below(7) {
        0 => "[".repeat(n) + &"]".repeat(n),
        1 => "{\"regions\":".repeat(n) + "{}" + &"}".repeat(n),
        2 => {
            let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
            format!("{{\"regions\":{{{}}}}}", keys.join(","))
        }
        3 => {
            let keys: Vec<&str> = (0..n).map(|_| "\"fever\":\"no\"").collect();
            format!(
                "{{\"regions\":{{\"neck\":3}},\"answers\":{{{}}}}}",
                keys.join(",")
            )
        }
        4 => format!("{{\"qualities\":[{}]}}", vec!["\"ache\""; n].join(",")),
        5 => format!("{{\"clinicName\":\"{}\"}}", "é".repeat(n)),
        _ => {
            let mut out = String::from("{");
            for i in 0..n {
                if i > 0 {
                    out.push(',');
                }
                out.push('"');
                out.push_str(&id(rng));
                out.push_str("\":");
                out.push_str(rng.word(&NUMBERS));
            }
            out.push('}');
            out
        }
    };
    text.into_bytes()
}

/// A byte- or token-level change to a text.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(9) {
        0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.below(8),
        1 => bytes.insert(at, rng.next() as u8),
        2 if len > 0 => {
            let end = (at + rng.size(16)).min(len);
            bytes.drain(at.min(end)..end);
        }
        3 if len > 0 => {
            let start = rng.below(len);
            let end = (start + rng.size(64)).min(len);
            let chunk = bytes[start..end].to_vec();
            bytes.splice(at..at, chunk);
        }
        4 => {
            let token = format!("\"{}\"", id(rng));
            bytes.splice(at..at, token.into_bytes());
        }
        5 => {
            let token = format!("\"{}\":{},", id(rng), rng.word(&NUMBERS));
            bytes.splice(at..at, token.into_bytes());
        }
        6 => bytes.splice(at..at, rng.word(&ODD).bytes()).for_each(drop),
        7 => bytes.truncate(at),
        _ => {
            let mut value = String::new();
            push_value(rng, &mut value, 2);
            bytes.splice(at..at, value.into_bytes());
        }
    }
}

/// The reviewed cases' intakes, one JSON text each, and a few configs and saved journeys.
fn seeds() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let case: serde_json::Value = serde_json::from_str(&text).unwrap();
            serde_json::to_vec(&case["intake"]).unwrap()
        })
        .collect();
    seeds.sort();
    for extra in [
        r##"{"lang":"es","clinicName":"Clínica Sol","techniques":"swedish,thai","bookingUrl":"https://clinic.example/book","phone":"+34 600 000 000","emergencyNumber":"112","theme":"auto","accent":"#0b6e69"}"##,
        r#"{"v":2,"lang":"en","step":4,"intake":{"regions":{"neck":4},"age":40,"answers":{"fever":"no"}}}"#,
        "\u{FEFF}{\"regions\":{\"sacrum\":2}}",
    ] {
        seeds.push(extra.as_bytes().to_vec());
    }
    seeds
}

fn input(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    match rng.below(100) {
        0..=1 => adversarial(rng),
        2..=31 => {
            let mut bytes = intake_like(rng).into_bytes();
            if rng.chance(30) {
                mutate(rng, &mut bytes);
            }
            if rng.chance(10) {
                let journey = format!(
                    "{{\"v\":2,\"lang\":\"{}\",\"step\":{},\"intake\":{}}}",
                    rng.word(&["en", "es", "fr"]),
                    rng.below(11),
                    String::from_utf8_lossy(&bytes)
                );
                bytes = journey.into_bytes();
            }
            bytes
        }
        32..=61 => {
            let mut text = String::new();
            push_value(rng, &mut text, 0);
            let mut bytes = text.into_bytes();
            if rng.chance(30) {
                mutate(rng, &mut bytes);
            }
            bytes
        }
        _ => {
            let mut bytes = rng.pick(seeds).clone();
            for _ in 0..1 + rng.size(4) {
                mutate(rng, &mut bytes);
            }
            bytes
        }
    }
}

/// What one run saw, for the report.
#[derive(Default)]
struct Stats {
    executions: u64,
    accepted_intakes: u64,
    restored_journeys: u64,
    accepted_configs: u64,
    kinds: BTreeMap<String, u64>,
    slowest: Duration,
    longest_config_error: usize,
    findings: Vec<String>,
}

fn check_error(error: &IntakeError, what: &str) -> Result<(), String> {
    if error.problems.is_empty() || error.problems.len() > limits::PROBLEMS + 1 {
        return Err(format!("{what}: {} problems", error.problems.len()));
    }
    let text = error.to_string();
    if text.len() > ERROR_BYTES {
        return Err(format!("{what}: error of {} bytes", text.len()));
    }
    Ok(())
}

fn count_kinds(error: &IntakeError, stats: &mut Stats) {
    for problem in &error.problems {
        let kind = serde_json::to_value(problem.kind).unwrap();
        *stats
            .kinds
            .entry(kind.as_str().unwrap().to_owned())
            .or_default() += 1;
    }
}

/// A value built in Rust rather than read, so past the readers' limits: what a native caller
/// of `Intake::from_raw` could pass.
fn wide_raw(rng: &mut Rng) -> RawValue {
    let n = *rng.pick(&[1_000, 20_000, 100_000]);
    let value = |rng: &mut Rng| match rng.below(4) {
        0 => RawValue::Number(rng.below(12) as f64),
        1 => RawValue::String(rng.word(&WORDS).to_string()),
        2 => RawValue::Null,
        _ => RawValue::Array(vec![RawValue::String(id(rng)); rng.below(3)]),
    };
    let entries: Vec<(String, RawValue)> = (0..n).map(|_| (id(rng), value(rng))).collect();
    match rng.below(3) {
        0 => RawValue::Object(entries),
        1 => RawValue::Object(vec![("regions".into(), RawValue::Object(entries))]),
        _ => RawValue::Object(vec![
            (
                "regions".into(),
                RawValue::Object(vec![("neck".into(), RawValue::Number(3.0))]),
            ),
            ("answers".into(), RawValue::Object(entries)),
        ]),
    }
}

/// Every reader on one raw value; the config reader only on what a reader let through, as
/// in the browser.
fn raw_targets(raw: &RawValue, stats: &mut Stats, read: bool) -> Result<(), String> {
    match Intake::from_raw(raw) {
        Ok(intake) => {
            stats.accepted_intakes += 1;
            let advice = advise(&intake);
            serde_json::to_string(&advice).map_err(|e| e.to_string())?;
            // Reads back the same: nothing accepted is silently changed.
            let text = serde_json::to_string(&intake).map_err(|e| e.to_string())?;
            let again = RawValue::read(&mut serde_json::Deserializer::from_str(&text))
                .and_then(|raw| Intake::from_raw(&raw))
                .map_err(|e| format!("accepted intake does not read back: {e}"))?;
            if again != intake {
                return Err(format!("intake changed on the way back: {text}"));
            }
        }
        Err(error) => {
            check_error(&error, "from_raw")?;
            count_kinds(&error, stats);
            if error
                .problems
                .iter()
                .any(|p| p.kind == ProblemKind::NoPainMarked)
                && Intake::from_saved(raw).is_err()
            {
                return Err("no pain marked, yet not a saved journey".to_owned());
            }
        }
    }
    if let Err(error) = Intake::from_saved(raw) {
        check_error(&error, "from_saved")?;
    }
    let journey = RawValue::Object(vec![
        ("v".into(), RawValue::Number(1.0)),
        ("lang".into(), RawValue::String("es".into())),
        ("step".into(), RawValue::Number(5.0)),
        ("intake".into(), raw.clone()),
    ]);
    for saved in [raw, &journey] {
        if let Some(state) = AppState::restore(saved) {
            stats.restored_journeys += 1;
            let text = serde_json::to_string(&state.saved()).map_err(|e| e.to_string())?;
            let raw = RawValue::read(&mut serde_json::Deserializer::from_str(&text))
                .map_err(|e| e.to_string())?;
            let again = AppState::restore(&raw).ok_or("a saved journey does not restore")?;
            if (again.lang, again.step, &again.intake) != (state.lang, state.step, &state.intake) {
                return Err(format!("a journey changed on the way back: {text}"));
            }
        }
    }
    if !read {
        return Ok(());
    }
    // Every source a page's settings come from, and as the clinic's trusted settings.
    for (config, source, trusted) in [
        (Some(raw), Source::Script, None),
        (Some(raw), Source::Attributes, None),
        (Some(raw), Source::Query, None),
        (None, Source::Query, Some(raw)),
    ] {
        match Config::read(config, source, trusted) {
            Ok(_) => stats.accepted_configs += 1,
            Err(error) => {
                let message = error.text();
                stats.longest_config_error = stats.longest_config_error.max(message.len())
            }
        }
    }
    Ok(())
}

/// One input through the command line's reading and every reader after it.
fn run(bytes: &[u8], stats: &mut Stats) -> Result<(), String> {
    let mut reader = std::io::BufReader::new(bytes);
    let mut line = Vec::new();
    while let Some(whole) =
        advise_cli::read_line(&mut reader, &mut line).map_err(|e| e.to_string())?
    {
        if let Err(error) = advise_cli::intake(&line, whole) {
            check_error(&error, "command line")?;
        }
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    match RawValue::read(&mut serde_json::Deserializer::from_str(text)) {
        Ok(raw) => raw_targets(&raw, stats, true),
        Err(error) => {
            count_kinds(&error, stats);
            check_error(&error, "read")
        }
    }
}

fn save_finding(index: usize, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-findings");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("finding-{index}.json"));
    let _ = std::fs::write(&path, bytes);
    path
}

#[test]
fn fuzz_the_intake_parser_and_the_config_reader() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let seeds = seeds();
    let mut rng = Rng(seed);
    let mut stats = Stats::default();

    // A watchdog for hangs: an input cannot be interrupted, so the run is stopped with it.
    let started = Instant::now();
    let current_since = Arc::new(AtomicU64::new(0));
    let current: Arc<Mutex<Vec<u8>>> = Arc::default();
    {
        let (since, current) = (current_since.clone(), current.clone());
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let since = since.load(Ordering::Relaxed);
            let now = started.elapsed().as_millis() as u64;
            if since > 0 && now.saturating_sub(since) > HANG.as_millis() as u64 {
                let path = save_finding(usize::MAX, &current.lock().unwrap());
                eprintln!(
                    "fuzz: an input ran for over {HANG:?} (saved to {})",
                    path.display()
                );
                std::process::abort();
            }
        });
    }

    let deadline = started + Duration::from_secs(seconds);
    while Instant::now() < deadline {
        if rng.chance(1) {
            let raw = wide_raw(&mut rng);
            let start = Instant::now();
            let outcome =
                panic::catch_unwind(AssertUnwindSafe(|| raw_targets(&raw, &mut stats, false)));
            let took = start.elapsed();
            stats.executions += 1;
            stats.slowest = stats.slowest.max(took);
            if !matches!(outcome, Ok(Ok(()))) || took > BOUND {
                let text = format!("{raw:?}");
                let path = save_finding(stats.findings.len(), text.as_bytes());
                stats
                    .findings
                    .push(format!("a wide value, {took:?} ({})", path.display()));
            }
            continue;
        }
        let bytes = input(&mut rng, &seeds);
        *current.lock().unwrap() = bytes.clone();
        current_since.store(started.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
        let start = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| run(&bytes, &mut stats)));
        let took = start.elapsed();
        current_since.store(0, Ordering::Relaxed);
        stats.executions += 1;
        stats.slowest = stats.slowest.max(took);
        let failure = match outcome {
            Ok(Ok(())) if took <= BOUND => None,
            Ok(Ok(())) => Some(format!("took {took:?}")),
            Ok(Err(message)) => Some(message),
            Err(_) => Some("panicked".to_owned()),
        };
        if let Some(failure) = failure {
            let path = save_finding(stats.findings.len(), &bytes);
            stats
                .findings
                .push(format!("{failure} ({})", path.display()));
        }
    }
    eprintln!(
        "fuzz: seed {seed}, {} executions in {:?}; {} intakes accepted, {} journeys restored, \
         {} configs accepted; slowest input {:?}; longest config error {} bytes",
        stats.executions,
        started.elapsed(),
        stats.accepted_intakes,
        stats.restored_journeys,
        stats.accepted_configs,
        stats.slowest,
        stats.longest_config_error,
    );
    eprintln!(
        "fuzz: problems found in rejected intakes, by kind: {:?}",
        stats.kinds
    );
    assert!(
        stats.findings.is_empty(),
        "{} findings:\n{}",
        stats.findings.len(),
        stats.findings.join("\n")
    );
}
