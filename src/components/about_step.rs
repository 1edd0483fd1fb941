//! Step 3, "About your pain": how long, how it started, age, what it feels like and what the
//! person wants (any number, none included), earlier massage and, after two or more, whether
//! it helped, and the two history questions. Everything asked here can change the advice, so
//! nothing is marked optional: "Not sure" is an answer where a person may not know.

use yew::prelude::*;

use super::answer_buttons::answer_buttons;
use super::choice_chips::{choice_chips, Chips};
use super::number_field::NumberField;
use super::{ids, pick};
use painmap_core::i18n::{Lang, Msg};
use painmap_core::journey::Need;
use painmap_core::model::{Answer, DurationChoice, Goal, Onset, Quality, Question};

/// What the step shows, as the person gave it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct About {
    pub duration: Option<DurationChoice>,
    pub onset: Option<Onset>,
    pub age: Option<u16>,
    pub qualities: Vec<Quality>,
    pub goals: Vec<Goal>,
    pub sessions: Option<u32>,
    /// `Some` (the answer, if any) when "did the massages help?" is asked.
    pub improved: Option<Option<Answer>>,
    pub similar_pain_before: Option<Answer>,
    pub seen_doctor: Option<Answer>,
}

/// The step as [`about_step`] shows it, and whom each answer tells.
pub struct AboutStepProps {
    pub lang: Lang,
    pub about: About,
    /// What is missing after a refused Next.
    pub needs: Vec<Need>,
    pub on_duration: Callback<DurationChoice>,
    pub on_onset: Callback<Onset>,
    pub on_age: Callback<Option<u16>>,
    pub on_quality: Callback<Quality>,
    pub on_goal: Callback<Goal>,
    pub on_sessions: Callback<u32>,
    pub on_improved: Callback<Answer>,
    pub on_answer: Callback<(Question, Answer)>,
}

/// Sessions chips: none, 1, 2, "3 or more".
const SESSIONS: [u8; 4] = [0, 1, 2, 3];

pub fn about_step(props: &AboutStepProps) -> Html {
    let lang = props.lang;
    let text = |msg: Msg| AttrValue::Static(lang.text(msg));
    let about = &props.about;
    let need = |need: Need, msg: Msg| props.needs.contains(&need).then(|| text(msg));

    let durations = options(DurationChoice::ALL, |c| {
        (text(Msg::Duration(*c)), about.duration == Some(*c))
    });
    let onsets = options(Onset::ALL, |o| {
        (text(Msg::Onset(*o)), about.onset == Some(*o))
    });
    let qualities = options(Quality::ALL, |q| {
        (text(Msg::Quality(*q)), about.qualities.contains(q))
    });
    let goals = options(Goal::ALL, |g| {
        (text(Msg::Goal(*g)), about.goals.contains(g))
    });
    let session_options = options(&SESSIONS, |n| {
        let chosen = about.sessions.is_some_and(|s| s.min(3) == u32::from(*n));
        (text(Msg::Sessions(*n)), chosen)
    });

    let history = |question: Question, answer: Option<Answer>| {
        let on_answer = props.on_answer.reform(move |a: Answer| (question, a));
        answer_buttons(
            lang,
            ids(question),
            text(Msg::Question(question)),
            answer,
            need(Need::Answer(question), Msg::NeedAnswer),
            &on_answer,
        )
    };

    html! {
        <div class="form about">
            <p class="hint">{ lang.text(Msg::AboutHint) }</p>
            { choice_chips(Chips {
                id: "pm-duration".into(), legend: text(Msg::DurationQuestion), hint: None,
                options: durations, multiple: false, need: need(Need::Duration, Msg::NeedDuration),
                on_pick: pick(DurationChoice::ALL, &props.on_duration, |c| c),
            }) }
            { choice_chips(Chips {
                id: "pm-onset".into(), legend: text(Msg::OnsetQuestion), hint: None,
                options: onsets, multiple: false, need: need(Need::Onset, Msg::NeedOnset),
                on_pick: pick(Onset::ALL, &props.on_onset, |o| o),
            }) }
            <NumberField id="pm-age" label={text(Msg::AgeQuestion)} hint={text(Msg::AgeHint)}
                invalid={text(Msg::AgeInvalid)} need={need(Need::Age, Msg::NeedAge)}
                min={0} max={110} value={about.age} on_change={props.on_age.clone()} />
            { choice_chips(Chips {
                id: "pm-qualities".into(), legend: text(Msg::QualitiesQuestion),
                hint: Some(text(Msg::ChooseAny)), options: qualities, multiple: true, need: None,
                on_pick: pick(Quality::ALL, &props.on_quality, |q| q),
            }) }
            { choice_chips(Chips {
                id: "pm-goals".into(), legend: text(Msg::GoalsQuestion),
                hint: Some(text(Msg::ChooseAny)), options: goals, multiple: true, need: None,
                on_pick: pick(Goal::ALL, &props.on_goal, |g| g),
            }) }
            { choice_chips(Chips {
                id: "pm-sessions".into(), legend: text(Msg::SessionsQuestion), hint: None,
                options: session_options, multiple: false,
                need: need(Need::Sessions, Msg::NeedSessions),
                on_pick: pick(&SESSIONS, &props.on_sessions, u32::from),
            }) }
            // Whether massage helped says something only after more than one.
            if let Some(answer) = about.improved {
                { answer_buttons(lang, "pm-improved".into(), text(Msg::ImprovedQuestion), answer,
                    need(Need::Improved, Msg::NeedAnswer), &props.on_improved) }
            }
            { history(Question::SimilarPainBefore, about.similar_pain_before) }
            { history(Question::SeenDoctorForThisPain, about.seen_doctor) }
        </div>
    }
}

/// Each value's words and whether it is chosen, for [`choice_chips`].
fn options<T>(all: &[T], each: impl Fn(&T) -> (AttrValue, bool)) -> Vec<(AttrValue, bool)> {
    all.iter().map(each).collect()
}
