//! Step 2, "About your pain": how long, how it started, age (all three needed), then what it
//! feels like, what the person wants, earlier massage (and, after two or more sessions,
//! whether it helped: needed too, since its answer changes the advice) and the two history
//! questions (optional).

use std::rc::Rc;

use yew::prelude::*;

use super::answer_buttons::AnswerButtons;
use super::choice_chips::{pick, ChoiceChips};
use super::number_field::NumberField;
use crate::i18n::{Lang, Msg};
use crate::model::{Answer, DurationChoice, Goal, Onset, Quality, Question};
use crate::state::{Action, AppState, Need};

#[derive(Properties, PartialEq)]
pub struct AboutStepProps {
    pub lang: Lang,
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
}

/// Sessions chips: none, 1, 2, "3 or more".
const SESSIONS: [u8; 4] = [0, 1, 2, 3];

#[function_component]
pub fn AboutStep(props: &AboutStepProps) -> Html {
    let lang = props.lang;
    let text = |msg: Msg| AttrValue::Static(lang.text(msg));
    let intake = &props.state.intake;
    let dispatch = &props.dispatch;
    let needs = if props.state.show_needs {
        props.state.needs()
    } else {
        Vec::new()
    };
    let need = |need: Need, msg: Msg| needs.contains(&need).then(|| text(msg));
    let optional = Some(text(Msg::Optional));

    let duration = intake.duration_days.map(DurationChoice::from_days);
    let durations = options(DurationChoice::ALL, |c| {
        (text(Msg::Duration(*c)), duration == Some(*c))
    });
    let onsets = options(Onset::ALL, |o| {
        (text(Msg::Onset(*o)), intake.onset == Some(*o))
    });
    let qualities = options(Quality::ALL, |q| {
        (text(Msg::Quality(*q)), intake.qualities.contains(q))
    });
    let goals = options(Goal::ALL, |g| {
        (text(Msg::Goal(*g)), intake.goals.contains(g))
    });
    let sessions = intake.massage_sessions_for_this_pain;
    let session_options = options(&SESSIONS, |n| {
        let chosen = sessions.is_some_and(|s| s.min(3) == u32::from(*n));
        (text(Msg::Sessions(*n)), chosen)
    });

    let history = |question: Question| {
        let on_answer = dispatch.reform(move |a: Answer| Action::Answer(question, Some(a)));
        html! {
            <AnswerButtons {lang} id={ids(question)} legend={text(Msg::Question(question))}
                note={optional.clone()} answer={intake.answer(question)} {on_answer} />
        }
    };

    html! {
        <div class="form about">
            <p class="hint">{ lang.text(Msg::AboutHint) }</p>
            <ChoiceChips id="pm-duration" legend={text(Msg::DurationQuestion)}
                options={durations} need={need(Need::Duration, Msg::NeedDuration)}
                on_pick={pick(DurationChoice::ALL, dispatch, Action::SetDuration)} />
            <ChoiceChips id="pm-onset" legend={text(Msg::OnsetQuestion)}
                options={onsets} need={need(Need::Onset, Msg::NeedOnset)}
                on_pick={pick(Onset::ALL, dispatch, Action::SetOnset)} />
            <NumberField id="pm-age" label={text(Msg::AgeQuestion)} hint={text(Msg::AgeHint)}
                invalid={text(Msg::AgeInvalid)} need={need(Need::Age, Msg::NeedAge)}
                min={0} max={110} value={intake.age}
                on_change={dispatch.reform(Action::SetAge)} />
            <ChoiceChips id="pm-qualities" legend={text(Msg::QualitiesQuestion)}
                note={optional.clone()} hint={text(Msg::ChooseAny)} multiple=true
                options={qualities}
                on_pick={pick(Quality::ALL, dispatch, Action::ToggleQuality)} />
            <ChoiceChips id="pm-goals" legend={text(Msg::GoalsQuestion)}
                note={optional.clone()} hint={text(Msg::ChooseAny)} multiple=true
                options={goals}
                on_pick={pick(Goal::ALL, dispatch, Action::ToggleGoal)} />
            <ChoiceChips id="pm-sessions" legend={text(Msg::SessionsQuestion)}
                note={optional.clone()} options={session_options}
                on_pick={pick(&SESSIONS, dispatch, |n| Action::SetSessions(u32::from(n)))} />
            // Whether massage helped says something only after more than one; then its
            // answer can change the advice, so it is asked, not optional.
            if intake.asks_improved() {
                <AnswerButtons {lang} id="pm-improved" legend={text(Msg::ImprovedQuestion)}
                    answer={intake.improved_after_massage}
                    need={need(Need::Improved, Msg::NeedAnswer)}
                    on_answer={dispatch.reform(Action::SetImproved)} />
            }
            { history(Question::SimilarPainBefore) }
            { history(Question::SeenDoctorForThisPain) }
        </div>
    }
}

/// Each value's words and whether it is chosen, for [`ChoiceChips`].
fn options<T>(all: &[T], each: impl Fn(&T) -> (AttrValue, bool)) -> Vec<(AttrValue, bool)> {
    all.iter().map(each).collect()
}

/// The id prefix of a question's controls: `pm-q-fever`.
pub(super) fn ids(question: Question) -> AttrValue {
    super::choice_chips::suffixed("pm-q-", question.id())
}
