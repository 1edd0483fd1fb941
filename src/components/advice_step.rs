//! "Your advice": the triage banner first, then why, then (at the massage levels only) what
//! to ask for, what to avoid and what to tell the therapist, or (a doctor first) what to do
//! next; the questions left unanswered, and the disclaimer last, always. An emergency shows
//! the emergency alone: the call, its reasons and the disclaimer.

use yew::prelude::*;

use painmap_core::config::Settings;
use painmap_core::engine::{
    Advice, Level, PrecautionNote, Reason, RuleId, Suggestion, Technique, Urgency, SOURCES,
};
use painmap_core::i18n::describe::{field_label, field_text};
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::{split_at_str, Intake};
use painmap_core::summary::{avoid_groups, open_questions, precaution_text, told_facts, Open};

/// The step's view; `intake` (the answers) says which of them made each rule fire.
pub fn advice_step(
    lang: Lang,
    advice: &Advice,
    settings: &Settings,
    intake: &Intake,
    on_book: &Callback<MouseEvent>,
) -> Html {
    // The engine leaves the massage lists empty above these levels; checking the level too
    // keeps massage content off a doctor-first page whatever the lists hold.
    let massage = advice.level <= Level::MassageWithPrecautions;
    html! {
        <div class="advice">
            { triage_banner(lang, advice.level, advice.urgency, &settings.emergency_call) }
            { reason_list(lang, advice, intake) }
            if massage {
                { technique_list(lang, advice, settings.techniques.as_ref()) }
                { avoid_list(lang, advice) }
                { precaution_list(lang, advice) }
                { guidance(lang, settings, on_book) }
            }
            if advice.level == Level::DoctorFirst {
                { next_steps(lang, &told_facts(lang, intake, advice)) }
            }
            // In an emergency the form was cut short on purpose: the list of questions left
            // would only stand between the person and the call.
            if advice.level != Level::Emergency {
                { unanswered_list(lang, &open_questions(intake, advice)) }
            }
            <p class="disclaimer">
                { fill(lang.text(Msg::Disclaimer), &[("number", &settings.emergency_call)]) }
            </p>
        </div>
    }
}

/// "What to do next", when the advice is to see a doctor first: what to tell the doctor (the
/// yes and not sure answers that led to the advice), to take the summary along, and when
/// massage can come back into it. Without it the page ends on a "no" and leaves the person
/// to work out the rest.
fn next_steps(lang: Lang, facts: &[String]) -> Html {
    html! {
        <section class="next-steps">
            <h3>{ lang.text(Msg::NextTitle) }</h3>
            if !facts.is_empty() {
                <p class="reason-label">{ lang.text(Msg::NextTellDoctor) }</p>
                <ul class="facts">
                    { for facts.iter().map(|fact| html! { <li>{ fact }</li> }) }
                </ul>
            }
            <p class="next-summary">{ lang.text(Msg::NextTakeSummary) }</p>
            <p>{ lang.text(Msg::NextComeBack) }</p>
        </section>
    }
}

/// The advice's first and loudest part: the triage level in words, with an icon whose shape
/// differs per level (colour is never the only cue), how soon to act, and for an emergency a
/// call button that dials the local number.
fn triage_banner(lang: Lang, level: Level, urgency: Option<Urgency>, number: &str) -> Html {
    let soon =
        urgency.map(|urgency| fill(lang.text(Msg::UrgencyText(urgency)), &[("number", number)]));
    let mut tel = String::with_capacity(4 + number.len());
    tel.push_str("tel:");
    tel.push_str(number);
    html! {
        // An emergency is spoken at once (an alert), not after whatever is being read.
        <section class="banner" data-level={level.id()}
            data-urgency={urgency.map(Urgency::id)}
            role={(level == Level::Emergency).then_some("alert")}>
            <div class="banner-head">
                { icon(level) }
                <h3 class="banner-title">{ lang.text(Msg::LevelTitle(level)) }</h3>
            </div>
            <p class="banner-text">{ lang.text(Msg::LevelText(level)) }</p>
            if let Some(soon) = soon {
                <p class="urgency">{ soon }</p>
            }
            if level == Level::Emergency {
                <a class="call" href={tel}>
                    { fill(lang.text(Msg::CallEmergency), &[("number", number)]) }
                </a>
            }
        </section>
    }
}

/// A warning triangle, a medical cross, a shield and a tick: four shapes that stay apart in
/// black and white and for people who do not see the colours.
fn icon(level: Level) -> Html {
    let (shape, mark) = match level {
        Level::Emergency => (
            html! { <path class="icon-bg" d="M12 1.8 23 21.5H1Z" /> },
            html! {
                <>
                    <path class="icon-mark" d="M12 8.5v6" />
                    <circle class="icon-dot" cx="12" cy="18" r="1.5" />
                </>
            },
        ),
        Level::DoctorFirst => (
            html! { <rect class="icon-bg" x="2" y="2" width="20" height="20" rx="5" /> },
            html! { <path class="icon-mark" d="M12 6.5v11M6.5 12h11" /> },
        ),
        Level::MassageWithPrecautions => (
            html! { <path class="icon-bg" d="M12 1.5 21 5v6.5c0 5.3-3.8 9.3-9 11-5.2-1.7-9-5.7-9-11V5Z" /> },
            html! {
                <>
                    <circle class="icon-dot" cx="12" cy="7.5" r="1.5" />
                    <path class="icon-mark" d="M12 11v6.5" />
                </>
            },
        ),
        Level::MassageOk => (
            html! { <circle class="icon-bg" cx="12" cy="12" r="10.5" /> },
            html! { <path class="icon-mark" d="m6.8 12.4 3.5 3.5 7-7.3" /> },
        ),
    };
    html! {
        <svg class="banner-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true"
            focusable="false">
            { shape }
            { mark }
        </svg>
    }
}

/// "Why": every rule that fired, in plain words, with the answers that made it fire, the
/// inputs it read at their cautious default, and its sources behind a disclosure, so a person
/// (or their clinician) can check the advice against what they said.
fn reason_list(lang: Lang, advice: &Advice, intake: &Intake) -> Html {
    if advice.reasons.is_empty() {
        return html! {};
    }
    html! {
        <section class="why">
            <h3>{ lang.text(Msg::WhyTitle) }</h3>
            <ul class="reasons">
                { for advice.shown_reasons().map(|reason| reason_item(lang, intake, advice, reason)) }
            </ul>
        </section>
    }
}

fn reason_item(lang: Lang, intake: &Intake, advice: &Advice, reason: &Reason) -> Html {
    let given: Vec<String> = reason
        .fields
        .iter()
        .filter_map(|field| field_text(lang, intake, *field))
        .collect();
    // The open questions are the advice's one "Not answered yet" list, each tagged with how
    // it was read: here only the other missing inputs (an unknown duration read as new pain).
    let assumed: Vec<&'static str> = reason
        .assumed
        .iter()
        .filter(|field| !advice.unanswered_safety().any(|open| open == **field))
        .map(|field| field_label(lang, *field))
        .collect();
    html! {
        <li class="reason" data-rule={reason.rule.id()} data-softens={reason.softens.map(RuleId::id)}>
            <p class="reason-text">{ lang.text(Msg::RuleText(reason.rule)) }</p>
            if !given.is_empty() {
                <p class="reason-label">{ lang.text(Msg::BecauseYouSaid) }</p>
                <ul class="facts">
                    { for given.into_iter().map(|text| html! { <li>{ text }</li> }) }
                </ul>
            }
            if !assumed.is_empty() {
                <p class="reason-label">{ lang.text(Msg::AssumedIntro) }</p>
                <ul class="facts">
                    { for assumed.into_iter().map(|label| html! { <li>{ label }</li> }) }
                </ul>
            }
            if !reason.sources.is_empty() {
                <details class="sources">
                    <summary>{ lang.text(Msg::Sources) }</summary>
                    <ul>{ for reason.sources.iter().copied().map(source_item) }</ul>
                </details>
            }
        </li>
    }
}

/// A citation; its trailing URL, when it has one, becomes the link of the citation's text.
/// Citations are bibliographic text in their own language, so they are not translated.
fn source_item(id: &'static str) -> Html {
    let Some((_, citation)) = SOURCES.iter().find(|(source, _)| *source == id) else {
        return html! {};
    };
    match split_at_str(citation, " https://") {
        Some((text, rest)) => {
            let mut url = String::with_capacity(8 + rest.len());
            url.push_str("https://");
            url.push_str(rest);
            html! {
                <li data-source={id}>
                    <a href={url} rel="noopener" target="_blank">{ text }</a>
                </li>
            }
        }
        None => html! { <li data-source={id}>{ *citation }</li> },
    }
}

/// The suggested techniques, best first: what each is, what it may help with, why it fits this
/// person, and whether the clinic offers it. Shown at the massage levels only.
/// `offered`: the clinic's techniques; `None` when it did not say, and then no badge is shown.
fn technique_list(lang: Lang, advice: &Advice, offered: Option<&Vec<Technique>>) -> Html {
    if advice.techniques.is_empty() {
        return html! {};
    }
    let item = |suggestion: &Suggestion| {
        let id = suggestion.id;
        let badge = offered.map(|offered| {
            let here = offered.contains(&id);
            let text = lang.text(if here { Msg::OfferedHere } else { Msg::AskUs });
            html! { <span class="offer" data-offered={if here { "true" } else { "false" }}>{ text }</span> }
        });
        html! {
            <li class="technique" data-technique={id.id()}>
                <h4 class="technique-name">{ lang.text(Msg::TechniqueName(id)) }</h4>
                { badge }
                <p>{ lang.text(Msg::TechniqueWhat(id)) }</p>
                <p>{ lang.text(Msg::TechniqueHelps(id)) }</p>
                if !suggestion.because.is_empty() {
                    <p class="reason-label">{ lang.text(Msg::WhyForYou) }</p>
                    <ul class="facts">
                        { for suggestion.because.iter().map(|indication| html! {
                            <li>{ lang.text(Msg::Indication(*indication)) }</li>
                        }) }
                    </ul>
                }
            </li>
        }
    };
    html! {
        <section class="techniques">
            <h3>{ lang.text(Msg::TechniquesTitle) }</h3>
            <p class="hint">{ lang.text(Msg::TechniquesIntro) }</p>
            <ol class="cards">{ for advice.techniques.iter().map(item) }</ol>
            <p class="note">{ lang.text(Msg::EvidenceNote) }</p>
        </section>
    }
}

/// The techniques that must not be used for this person, grouped by reason: each reason once,
/// with the techniques it rules out, so that the person and the therapist both know what to
/// steer clear of without reading the same sentence eight times.
fn avoid_list(lang: Lang, advice: &Advice) -> Html {
    let groups = avoid_groups(lang, advice);
    if groups.is_empty() {
        return html! {};
    }
    // Reason and names on lines of their own: no punctuation between them to translate.
    html! {
        <section class="avoid">
            <h3>{ lang.text(Msg::AvoidTitle) }</h3>
            <ul class="plain">
                { for groups.into_iter().map(|(rule, techniques)| html! {
                    <li data-rule={rule.id()}>
                        <span class="avoid-why">{ lang.text(Msg::AvoidBecause(rule)) }</span>
                        <ul class="avoid-names">
                            { for techniques.into_iter().map(|id| html! {
                                <li data-technique={id.id()}>{ lang.text(Msg::TechniqueName(id)) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// "Tell your therapist": the adaptations the massage needs, in plain words; the summary step
/// hands the same list to the therapist.
fn precaution_list(lang: Lang, advice: &Advice) -> Html {
    if advice.precautions.is_empty() {
        return html! {};
    }
    let item = |note: &PrecautionNote| {
        let (prefix, id) = note.code.parts();
        let mut code = String::with_capacity(prefix.len() + id.len());
        code.push_str(prefix);
        code.push_str(id);
        html! {
            <li data-precaution={code} data-rule={note.rule.id()}>{ precaution_text(lang, note.code) }</li>
        }
    };
    html! {
        <section class="precautions">
            <h3>{ lang.text(Msg::TellTherapistTitle) }</h3>
            <ul class="ticks">{ for advice.precautions.iter().map(item) }</ul>
        </section>
    }
}

/// Good practice around a massage (docs/rules.md): staying active, preparing, choosing
/// a therapist, the long run, and the clinic's booking link. Each group of tips folds away so
/// the page stays short on a phone.
/// `on_book`: the booking link was pressed; the page hears of it first and may take over.
fn guidance(lang: Lang, settings: &Settings, on_book: &Callback<MouseEvent>) -> Html {
    let tips = |title: Msg, lines: Msg| {
        html! {
            <details class="tips">
                <summary>{ lang.text(title) }</summary>
                <ul>
                    { for lang.text(lines).lines().filter(|line| !line.trim().is_empty())
                        .map(|line| html! { <li>{ line }</li> }) }
                </ul>
            </details>
        }
    };
    let config = settings;
    let book = config.booking_url.as_ref().map(|url| {
        let text = match &config.clinic_name {
            Some(clinic) => fill(lang.text(Msg::Book), &[("clinic", clinic)]),
            None => lang.text(Msg::BookGeneric).to_owned(),
        };
        html! {
            <a class="book" href={url.clone()} target="_blank" rel="noopener"
                onclick={on_book.clone()}>{ text }</a>
        }
    });
    let call = config.phone.as_ref().map(|phone| {
        // `tel:` wants the digits (and a leading +), not the spaces a clinic writes.
        let mut href = String::from("tel:");
        href.extend(phone.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
        html! {
            <a class="call-clinic" {href}>
                { fill(lang.text(Msg::CallClinic), &[("phone", phone)]) }
            </a>
        }
    });
    html! {
        <section class="guidance">
            <p class="note active">{ lang.text(Msg::ActiveNote) }</p>
            { tips(Msg::PrepareTitle, Msg::PrepareTips) }
            { tips(Msg::ChooseTitle, Msg::ChooseTips) }
            { tips(Msg::LongRunTitle, Msg::LongRunTips) }
            { book }
            { call }
        </section>
    }
}

/// The questions left without an answer, each once: the person should know that the advice
/// rests on what they did not say. A skipped follow-up that the rules read as "Not sure" says
/// so on its line (docs/rules.md tells how each is read); "Why this advice" does not list
/// them again.
fn unanswered_list(lang: Lang, open: &[Open]) -> Html {
    if open.is_empty() {
        return html! {};
    }
    html! {
        <section class="unanswered">
            <p>{ lang.text(Msg::UnansweredIntro) }</p>
            <ul>
                { for open.iter().map(|open| html! {
                    <li data-question={open.field.parts().1}>
                        { field_label(lang, open.field) }
                        if open.read_unsure {
                            <span class="tag">{ lang.text(Msg::ReadAsUnsure) }</span>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
