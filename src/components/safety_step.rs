//! Step 3, "Safety check": three checklists (emergency signs, reasons to see a doctor first,
//! things the therapist must know). Each item is ticked when it applies; "Not sure" is its
//! own answer, read cautiously by the engine; "None of these" says no to a whole list at once.
//! Follow-up questions open directly under the item that asks for them; one asked for another
//! reason (a marked neck or calf) stands on its own under its list's "None of these", which
//! does not answer it.

use std::rc::Rc;

use yew::prelude::*;

use super::about_step::ids;
use super::answer_buttons::AnswerButtons;
use super::choice_chips::{described_by, suffixed};
use super::flag;
use super::number_field::NumberField;
use crate::i18n::{Lang, Msg};
use crate::model::{Answer, Question, Screen};
use crate::state::{follow_ups_shown, items, shown_under, Action, AppState, Need, CHECKLISTS};

#[derive(Properties, PartialEq)]
pub struct SafetyStepProps {
    pub lang: Lang,
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn SafetyStep(props: &SafetyStepProps) -> Html {
    let lang = props.lang;
    let needs = if props.state.show_needs {
        props.state.needs()
    } else {
        Vec::new()
    };
    let lists = CHECKLISTS
        .iter()
        .map(|screen| checklist(props, &needs, *screen));
    html! {
        <div class="form safety">
            <p class="hint">{ lang.text(Msg::SafetyHint) }</p>
            { for lists }
        </div>
    }
}

fn checklist(props: &SafetyStepProps, needs: &[Need], screen: Screen) -> Html {
    let lang = props.lang;
    let intake = &props.state.intake;
    let prefix = match screen {
        Screen::Emergency => "pm-list-emergency",
        Screen::Doctor => "pm-list-doctor",
        Screen::Precaution | Screen::History => "pm-list-precaution",
    };
    let legend_id = suffixed(prefix, "-q");
    let hint_id = suffixed(prefix, "-hint");
    let need = needs.contains(&Need::Checklist(screen));
    let need_id = need.then(|| suffixed(prefix, "-need"));
    // Pressed when every item is no: the questions on their own below are not part of it.
    let none = items(screen).all(|q| intake.answer(q) == Some(Answer::No));
    let ticks = items(screen).map(|q| item(props, needs, q));
    let alone = follow_ups_shown(intake, screen)
        .filter(|q| shown_under(intake, *q).is_none())
        .map(|q| follow_up(props, needs, q, "alone"));
    html! {
        <fieldset class="checklist" aria-labelledby={legend_id.clone()}
            aria-describedby={described_by(Some(&hint_id), need_id.as_deref())}
            aria-invalid={need.then_some("true")} data-need={need.then_some("")}>
            <legend class="q" id={legend_id}>{ lang.text(Msg::Checklist(screen)) }</legend>
            <p class="hint" id={hint_id}>{ lang.text(Msg::ChecklistHint(screen)) }</p>
            if let Some(id) = need_id {
                <p class="field-need" {id}>{ lang.text(Msg::NeedChecklist) }</p>
            }
            <ul class="checks">{ for ticks }</ul>
            <button type="button" class="none-of" aria-pressed={flag(none)}
                onclick={props.dispatch.reform(move |_: MouseEvent| Action::NoneOf(screen))}>
                { lang.text(Msg::NoneOfThese) }
            </button>
            { for alone }
        </fieldset>
    }
}

/// One item: its checkbox, its "Not sure" toggle and any follow-up it opens.
fn item(props: &SafetyStepProps, needs: &[Need], question: Question) -> Html {
    let lang = props.lang;
    let intake = &props.state.intake;
    let answer = intake.answer(question);
    let id = ids(question);
    let label_id = suffixed(&id, "-l");
    let unsure_id = suffixed(&id, "-u");
    let unsure = answer == Some(Answer::Unsure);
    let on_tick = props.dispatch.reform(move |event: Event| {
        let ticked = event
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|input| input.checked());
        Action::Answer(
            question,
            Some(if ticked { Answer::Yes } else { Answer::No }),
        )
    });
    let on_unsure = props.dispatch.reform(move |_: MouseEvent| {
        Action::Answer(
            question,
            Some(if unsure { Answer::No } else { Answer::Unsure }),
        )
    });
    let state = answer.map(Answer::id);
    let follow_ups = follow_ups_shown(intake, question.screen())
        .filter(|q| shown_under(intake, *q) == Some(question))
        .map(|q| follow_up(props, needs, q, "follow-up"));
    html! {
        <li class="check-item" data-answer={state}>
            <div class="check-row">
                <label class="check">
                    <input type="checkbox" id={id} checked={answer == Some(Answer::Yes)}
                        onchange={on_tick} />
                    <span id={label_id.clone()}>{ lang.text(Msg::Question(question)) }</span>
                </label>
                // Named "Not sure" plus the item, so a screen reader's list of buttons can
                // tell the twenty of them apart.
                <button type="button" class="unsure" id={unsure_id.clone()}
                    aria-labelledby={described_by(Some(&unsure_id), Some(&label_id))}
                    aria-pressed={flag(unsure)} onclick={on_unsure}>
                    { lang.text(Msg::Answer(Answer::Unsure)) }
                </button>
            </div>
            if question == Question::Pregnant && intake.is_asked(Question::PregnancyComplications) {
                <div class="follow-up">
                    <NumberField id="pm-pregnancy-weeks" label={lang.text(Msg::PregnancyWeeksQuestion)}
                        note={lang.text(Msg::Optional)} hint={lang.text(Msg::PregnancyWeeksHint)}
                        invalid={lang.text(Msg::PregnancyWeeksInvalid)} min={1} max={42}
                        value={intake.pregnancy_weeks.map(u16::from)}
                        on_change={props.dispatch.reform(|weeks: Option<u16>| {
                            Action::SetPregnancyWeeks(weeks.and_then(|w| u8::try_from(w).ok()))
                        })} />
                </div>
            }
            { for follow_ups }
        </li>
    }
}

/// A question asked because of an earlier answer or a marked region, with its own Yes / No /
/// Not sure: `class` is `follow-up` under its item, `alone` at the end of its list (set apart
/// from "None of these", so it does not read as part of it).
fn follow_up(
    props: &SafetyStepProps,
    needs: &[Need],
    question: Question,
    class: &'static str,
) -> Html {
    let lang = props.lang;
    let need = needs
        .contains(&Need::Answer(question))
        .then(|| AttrValue::Static(lang.text(Msg::NeedAnswer)));
    let on_answer = props
        .dispatch
        .reform(move |a: Answer| Action::Answer(question, Some(a)));
    html! {
        <div {class}>
            <AnswerButtons {lang} id={ids(question)} legend={lang.text(Msg::Question(question))}
                answer={props.state.intake.answer(question)} {need} {on_answer} />
        </div>
    }
}
