//! Yes / No / Not sure for one question: a radio group, so each question has one answer.
//!
//! A plain view function over [`choice_chips`]: the About step and the question screens both
//! ask such questions, so it keeps a file of its own.

use yew::prelude::*;

use super::choice_chips::{choice_chips, Chips};
use super::pick;
use painmap_core::i18n::{Lang, Msg};
use painmap_core::model::Answer;

/// `need`: what is missing, when Next was pressed without an answer.
pub fn answer_buttons(
    lang: Lang,
    id: AttrValue,
    legend: AttrValue,
    answer: Option<Answer>,
    need: Option<AttrValue>,
    on_answer: &Callback<Answer>,
) -> Html {
    let options = Answer::ALL
        .iter()
        .map(|a| {
            let label = AttrValue::Static(lang.text(Msg::Answer(*a)));
            (label, answer == Some(*a))
        })
        .collect::<Vec<_>>();
    choice_chips(Chips {
        id,
        legend,
        hint: None,
        options,
        multiple: false,
        need,
        on_pick: pick(Answer::ALL, on_answer, |a| a),
    })
}
