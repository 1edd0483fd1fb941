//! "Your advice": the triage banner first, then why, then (at the massage levels only) what
//! to ask for, what to avoid and what to tell the therapist, or (a doctor first) what to do
//! next; the questions left unanswered, and the disclaimer last, always. An emergency shows
//! the emergency alone: the call, its reasons and the disclaimer.

use std::rc::Rc;

use yew::prelude::*;

use super::avoid_list::{avoid_list, AvoidListProps};
use super::guidance::{guidance, GuidanceProps};
use super::precaution_list::{precaution_list, PrecautionListProps};
use super::reason_list::{reason_list, ReasonListProps};
use super::technique_list::{technique_list, TechniqueListProps};
use super::triage_banner::{triage_banner, TriageBannerProps};
use super::unanswered_list::{unanswered_list, UnansweredListProps};
use super::SharedSettings;
use painmap_core::engine::{Advice, Level};
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::Intake;
use painmap_core::summary::{open_questions, told_facts};

#[derive(Properties, PartialEq)]
pub struct AdviceStepProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
    pub settings: SharedSettings,
    /// The answers, to say which of them made each rule fire.
    pub intake: Intake,
    pub on_book: Callback<MouseEvent>,
}

#[function_component]
pub fn AdviceStep(props: &AdviceStepProps) -> Html {
    let lang = props.lang;
    let advice = &props.advice;
    // The engine leaves the massage lists empty above these levels; checking the level too
    // keeps massage content off a doctor-first page whatever the lists hold.
    let massage = advice.level <= Level::MassageWithPrecautions;
    html! {
        <div class="advice">
            { triage_banner(&TriageBannerProps {
                lang,
                level: advice.level,
                urgency: advice.urgency,
                emergency_call: AttrValue::from(props.settings.emergency_call.clone()),
            }) }
            { reason_list(&ReasonListProps { lang, advice: advice.clone(), intake: props.intake.clone() }) }
            if massage {
                { technique_list(&TechniqueListProps {
                    lang,
                    advice: advice.clone(),
                    offered: props.settings.techniques.clone(),
                }) }
                { avoid_list(&AvoidListProps { lang, advice: advice.clone() }) }
                { precaution_list(&PrecautionListProps { lang, advice: advice.clone() }) }
                { guidance(&GuidanceProps {
                    lang,
                    settings: props.settings.clone(),
                    on_book: props.on_book.clone(),
                }) }
            }
            if advice.level == Level::DoctorFirst {
                { next_steps(lang, &told_facts(lang, &props.intake, advice)) }
            }
            // In an emergency the form was cut short on purpose: the list of questions left
            // would only stand between the person and the call.
            if advice.level != Level::Emergency {
                { unanswered_list(&UnansweredListProps { lang, open: open_questions(&props.intake, advice) }) }
            }
            <p class="disclaimer">
                { fill(lang.text(Msg::Disclaimer), &[("number", &props.settings.emergency_call)]) }
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
