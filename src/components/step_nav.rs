//! Back and Next under every step, and "Start over", which asks before it clears everything.

use yew::prelude::*;

use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::Step;

/// The step as [`step_nav`] shows it, and whom each button tells.
pub struct StepNavProps<'a> {
    pub lang: Lang,
    pub step: Step,
    /// "Start over" is waiting for confirmation.
    pub confirming: bool,
    pub on_back: &'a Callback<()>,
    pub on_next: &'a Callback<()>,
    /// "Start over", before it is confirmed.
    pub on_ask_start_over: &'a Callback<()>,
    /// The confirmation's answer: `true` clears everything, `false` keeps it.
    pub on_start_over: &'a Callback<bool>,
}

pub fn step_nav(props: StepNavProps) -> Html {
    let lang = props.lang;
    let tap = |intent: &Callback<()>| intent.reform(|_: MouseEvent| ());
    let confirm = |yes: bool| props.on_start_over.reform(move |_: MouseEvent| yes);
    let next_label = match props.step {
        Step::Therapist => Some(Msg::SeeAdvice),
        Step::Advice => Some(Msg::ToSummary),
        Step::Summary => None,
        _ => Some(Msg::Next),
    };
    html! {
        <nav class="step-nav">
            <div class="nav-row">
                if props.step != Step::Map {
                    <button type="button" class="secondary nav-back" onclick={tap(props.on_back)}>
                        { lang.text(Msg::Back) }
                    </button>
                }
                if let Some(label) = next_label {
                    <button type="button" class="primary nav-next" onclick={tap(props.on_next)}>
                        { lang.text(label) }
                    </button>
                }
            </div>
            if props.confirming {
                <div class="confirm" role="group" aria-labelledby="pm-confirm-restart">
                    <p id="pm-confirm-restart">{ lang.text(Msg::ConfirmStartOver) }</p>
                    <button type="button" class="danger" onclick={confirm(true)}>
                        { lang.text(Msg::ConfirmStartOverYes) }
                    </button>
                    <button type="button" class="secondary" onclick={confirm(false)}>
                        { lang.text(Msg::ConfirmStartOverNo) }
                    </button>
                </div>
            } else if props.step != Step::Map {
                <button type="button" class="link start-over" onclick={tap(props.on_ask_start_over)}>
                    { lang.text(Msg::StartOver) }
                </button>
            }
        </nav>
    }
}
