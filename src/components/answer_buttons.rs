//! Yes / No / Not sure for one question: a radio group, so each question has one answer.

use yew::prelude::*;

use super::choice_chips::ChoiceChips;
use super::pick;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::Answer;

#[derive(Properties, PartialEq)]
pub struct AnswerButtonsProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub legend: AttrValue,
    pub answer: Option<Answer>,
    #[prop_or_default]
    pub need: Option<AttrValue>,
    pub on_answer: Callback<Answer>,
}

#[function_component]
pub fn AnswerButtons(props: &AnswerButtonsProps) -> Html {
    let lang = props.lang;
    let options = Answer::ALL
        .iter()
        .map(|a| {
            let label = AttrValue::Static(lang.text(Msg::Answer(*a)));
            (label, props.answer == Some(*a))
        })
        .collect::<Vec<_>>();
    let on_pick = pick(Answer::ALL, &props.on_answer, |a| a);
    html! {
        <ChoiceChips id={props.id.clone()} legend={props.legend.clone()}
            {options} need={props.need.clone()} {on_pick} />
    }
}
