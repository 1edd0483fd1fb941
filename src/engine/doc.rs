//! docs/rules.md, printed from the registry so that what clinicians audit is what runs.

use std::fmt::Write;

use super::{Level, Rule, RULES, SOURCES, TECHNIQUES};

/// The whole of docs/rules.md. Regenerate with `UPDATE_DOCS=1 cargo test --test rules_doc`.
pub fn rules_markdown() -> String {
    let mut out = String::new();
    let _ = write_markdown(&mut out);
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn write_markdown(out: &mut String) -> std::fmt::Result {
    writeln!(out, "# Advice rules (generated)")?;
    writeln!(out)?;
    writeln!(out, "<!-- Generated from src/engine/rules.rs and src/engine/techniques.rs. Do not edit by hand:")?;
    writeln!(
        out,
        "     run `UPDATE_DOCS=1 cargo test --test rules_doc`. -->"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "The rules of `clinical-rules.md` (version 1) exactly as the engine runs them. \"Fires when\" is \
         printed from the condition the engine evaluates; \"fields\" are the inputs it reads. A question \
         name means its cautious reading is yes (`unsure` counts as yes, except for \
         `similar_pain_before` and `seen_doctor_for_this_pain`, where it counts as no); an unanswered \
         question counts as no; an unknown `duration_days` counts as 0; an unknown `age` never matches. \
         An emergency rule that holds only because of an `unsure` answer gives `U_UNSURE_EMERGENCY` \
         (doctor_first, same_day) instead."
    )?;
    let sections = [
        (Level::Emergency, "Emergency"),
        (Level::DoctorFirst, "Doctor first"),
        (Level::MassageWithPrecautions, "Massage with precautions"),
    ];
    for (level, title) in sections {
        writeln!(out)?;
        writeln!(out, "## {title}")?;
        writeln!(out)?;
        let precautions = level == Level::MassageWithPrecautions;
        if precautions {
            writeln!(
                out,
                "| id | fires when | fields | precautions | excludes | sources | summary |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|---|")?;
        } else {
            writeln!(
                out,
                "| id | level | urgency | fires when | fields | sources | summary |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|---|")?;
        }
        for rule in RULES.iter().filter(|rule| rule.level == level) {
            write_rule(out, rule, precautions)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "## Techniques")?;
    writeln!(out)?;
    writeln!(
        out,
        "A technique is eligible unless a fired P rule excludes it or its \"unsuitable when\" holds (both \
         are listed in the advice's `avoid`). Each matching indication scores one point; up to three \
         eligible techniques with at least one point are suggested, highest score first, ties in the \
         order of this table, prenatal always first."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| technique | only when | unsuitable when | indications |"
    )?;
    writeln!(out, "|---|---|---|---|")?;
    for entry in TECHNIQUES {
        let requires = entry
            .requires
            .map_or("—".to_owned(), |cond| cell(&cond.to_string()));
        let unsuitable = entry.unsuitable.as_ref().map_or("—".to_owned(), |x| {
            format!("`{}`: {}", x.id, cell(&x.when.to_string()))
        });
        let indications: Vec<String> = entry
            .indications
            .iter()
            .map(|i| format!("`{}`: {}", i.id, cell(&i.when.to_string())))
            .collect();
        writeln!(
            out,
            "| `{}` | {requires} | {unsuitable} | {} |",
            entry.technique,
            indications.join("<br>")
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## Sources")?;
    writeln!(out)?;
    for (id, citation) in SOURCES {
        writeln!(out, "- `{id}`: {citation}")?;
    }
    Ok(())
}

fn write_rule(out: &mut String, rule: &Rule, precautions: bool) -> std::fmt::Result {
    let fields: Vec<String> = rule.fields().iter().map(|f| format!("`{f}`")).collect();
    let fields = if fields.is_empty() {
        "—".to_owned()
    } else {
        fields.join(", ")
    };
    let sources = if rule.sources.is_empty() {
        "those of the softened rule".to_owned()
    } else {
        rule.sources.join(", ")
    };
    let when = cell(&rule.when.to_string());
    if precautions {
        let codes: Vec<String> = rule.precautions.iter().map(|p| format!("`{p}`")).collect();
        let excludes: Vec<String> = rule.excludes.iter().map(|t| format!("`{t}`")).collect();
        let excludes = if excludes.is_empty() {
            "—".to_owned()
        } else {
            excludes.join(", ")
        };
        writeln!(
            out,
            "| `{}` | {when} | {fields} | {} | {excludes} | {sources} | {} |",
            rule.id,
            codes.join(", "),
            cell(rule.summary())
        )
    } else {
        let urgency = rule
            .urgency
            .map_or("—".to_owned(), |u| format!("`{}`", enum_id(&u)));
        writeln!(
            out,
            "| `{}` | `{}` | {urgency} | {when} | {fields} | {sources} | {} |",
            rule.id,
            enum_id(&rule.level),
            cell(rule.summary())
        )
    }
}

/// The snake_case id serde gives a level or urgency, without pulling in a JSON serializer.
fn enum_id<T: std::fmt::Debug>(value: &T) -> String {
    let mut id = String::new();
    for (index, c) in format!("{value:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && index > 0 {
            id.push('_');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}
