//! Back and Next under every step, and "Start over", which asks before it clears everything.

use yew::prelude::*;

use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::{Action, Step};

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub lang: Lang,
    pub step: Step,
    /// "Start over" is waiting for confirmation.
    pub confirming: bool,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let lang = props.lang;
    let send = |action: Action| props.dispatch.reform(move |_: MouseEvent| action);
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
                    <button type="button" class="secondary nav-back" onclick={send(Action::Back)}>
                        { lang.text(Msg::Back) }
                    </button>
                }
                if let Some(label) = next_label {
                    <button type="button" class="primary nav-next" onclick={send(Action::Next)}>
                        { lang.text(label) }
                    </button>
                }
            </div>
            if props.confirming {
                <div class="confirm" role="group" aria-labelledby="pm-confirm-restart">
                    <p id="pm-confirm-restart">{ lang.text(Msg::ConfirmStartOver) }</p>
                    <button type="button" class="danger" onclick={send(Action::StartOver)}>
                        { lang.text(Msg::ConfirmStartOverYes) }
                    </button>
                    <button type="button" class="secondary" onclick={send(Action::CancelStartOver)}>
                        { lang.text(Msg::ConfirmStartOverNo) }
                    </button>
                </div>
            } else if props.step != Step::Map {
                <button type="button" class="link start-over" onclick={send(Action::AskStartOver)}>
                    { lang.text(Msg::StartOver) }
                </button>
            }
        </nav>
    }
}
