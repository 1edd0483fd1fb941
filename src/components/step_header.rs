//! The top of every step: the widget's name, "Step 4 of 9" over a bar of all the steps, the
//! step's heading (where focus lands when the step changes; "Your health (1 of 3)" on the
//! screens that share one) and the language switch.

use yew::prelude::*;

use super::flag;

use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::journey::Step;
use painmap_core::model::int_text;

#[derive(Properties, PartialEq)]
pub struct StepHeaderProps {
    pub lang: Lang,
    pub step: Step,
    /// A language chosen in the switch.
    pub on_lang: Callback<Lang>,
}

#[function_component]
pub fn StepHeader(props: &StepHeaderProps) -> Html {
    let lang = props.lang;
    let step = props.step;
    let number = int_text(step.number() as i64);
    let total = int_text(Step::ALL.len() as i64);
    let progress = fill(
        lang.text(Msg::StepOf),
        &[("n", number.as_str()), ("total", total.as_str())],
    );
    let title = lang.text(Msg::StepTitle(step));
    let title = match step.part() {
        Some((n, of)) => fill(
            lang.text(Msg::StepPart),
            &[
                ("title", title),
                ("n", &int_text(n as i64)),
                ("total", &int_text(of as i64)),
            ],
        ),
        None => title.to_owned(),
    };
    let languages = Lang::ALL.iter().map(|option| {
        let option = *option;
        let current = option == lang;
        html! {
            <button type="button" class="lang-option" lang={option.tag()}
                aria-pressed={flag(current)}
                onclick={props.on_lang.reform(move |_: MouseEvent| option)}>
                { option.name() }
            </button>
        }
    });
    html! {
        <header class="head">
            <div class="head-row">
                <p class="progress">
                    <span class="app-title">{ lang.text(Msg::AppTitle) }</span>
                    <span class="step-of">{ progress }</span>
                </p>
                <div class="lang-switch" role="group" aria-label={lang.text(Msg::LanguageLabel)}>
                    { for languages }
                </div>
            </div>
            <ol class="steps" aria-hidden="true">
                { for Step::ALL.iter().map(|s| html! {
                    <li data-done={flag(*s < step)} data-current={flag(*s == step)} />
                }) }
            </ol>
            <h2 class="title step-title" tabindex="-1">{ title }</h2>
        </header>
    }
}
