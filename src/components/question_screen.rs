//! A short screen of Yes / No / Not sure questions (the emergency signs, the three "Your
//! health" screens, what the therapist must know), with "None of these" / "No to the rest"
//! under them.
//!
//! Every question is answered explicitly: an untouched one is not taken for a no. A
//! follow-up opens under the question whose answer asks it; one asked for another reason (a
//! marked neck or calf) stands on its own at the end of the screen.

use yew::prelude::*;

use super::answer_buttons::answer_buttons;
use super::ids;
use super::number_field::NumberField;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::{Answer, Question, Screen};

/// One question on the screen, as it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub question: Question,
    pub answer: Option<Answer>,
    /// The question it opens under, for a follow-up asked by that question's answer.
    pub under: Option<Question>,
}

/// The screen as [`question_screen`] shows it, and whom each answer tells.
pub struct QuestionScreenProps {
    pub lang: Lang,
    /// Whose hint is shown above the questions.
    pub screen: Screen,
    /// In the order shown (a follow-up right after the question it opens under).
    pub questions: Vec<Shown>,
    /// The questions still unanswered after a refused Next.
    pub needs: Vec<Question>,
    /// `Some` (the weeks typed, if any) while the pregnancy question reads yes.
    pub weeks: Option<Option<u8>>,
    pub on_answer: Callback<(Question, Answer)>,
    pub on_none_of_rest: Callback<()>,
    pub on_weeks: Callback<Option<u8>>,
}

pub fn question_screen(props: &QuestionScreenProps) -> Html {
    let lang = props.lang;
    let answered = props
        .questions
        .iter()
        .filter(|s| s.answer.is_some())
        .count();
    let items = props
        .questions
        .iter()
        .filter(|shown| shown.under.is_none())
        .map(|shown| item(props, shown));
    // Once every question has an answer the button would only repeat Next.
    let rest = (answered < props.questions.len()).then(|| {
        let label = if answered == 0 {
            Msg::NoneOfThese
        } else {
            Msg::NoToTheRest
        };
        html! {
            <button type="button" class="none-of"
                onclick={props.on_none_of_rest.reform(|_: MouseEvent| ())}>
                { lang.text(label) }
            </button>
        }
    });
    html! {
        <div class="form questions">
            <p class="hint">{ lang.text(Msg::ChecklistHint(props.screen)) }</p>
            <ul class="checks">{ for items }</ul>
            { for rest }
        </div>
    }
}

/// A question with its buttons, and under it the follow-ups (and the weeks) it opens.
fn item(props: &QuestionScreenProps, shown: &Shown) -> Html {
    let lang = props.lang;
    let question = shown.question;
    let follow_ups = props
        .questions
        .iter()
        .filter(|s| s.under == Some(question))
        .map(|s| html! { <div class="follow-up">{ buttons(props, s) }</div> });
    let weeks = props.weeks.filter(|_| question == Question::Pregnant).map(|weeks| {
        html! {
            <div class="follow-up">
                <NumberField id="pm-pregnancy-weeks" label={lang.text(Msg::PregnancyWeeksQuestion)}
                    hint={lang.text(Msg::PregnancyWeeksHint)}
                    invalid={lang.text(Msg::PregnancyWeeksInvalid)} min={1} max={42}
                    value={weeks.map(u16::from)}
                    on_change={props.on_weeks.reform(|weeks: Option<u16>| {
                        weeks.and_then(|w| u8::try_from(w).ok())
                    })} />
            </div>
        }
    });
    html! {
        <li class="check-item" data-answer={shown.answer.map(Answer::id)}>
            { buttons(props, shown) }
            { for weeks }
            { for follow_ups }
        </li>
    }
}

fn buttons(props: &QuestionScreenProps, shown: &Shown) -> Html {
    let lang = props.lang;
    let question = shown.question;
    let need = props
        .needs
        .contains(&question)
        .then(|| AttrValue::Static(lang.text(Msg::NeedAnswer)));
    let on_answer = props.on_answer.reform(move |a: Answer| (question, a));
    answer_buttons(
        lang,
        ids(question),
        AttrValue::Static(lang.text(Msg::Question(question))),
        shown.answer,
        need,
        &on_answer,
    )
}
