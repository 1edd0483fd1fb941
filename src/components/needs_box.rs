//! What a step still needs, shown above Next when it was pressed too soon: one alert that
//! lists every missing answer, where the person's thumb and eyes already are, so they are
//! told why they did not move on.

use yew::prelude::*;

use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::journey::Need;
use painmap_core::model::int_text;

/// The most questions the box names one by one.
const MAX_NAMED: usize = 3;

/// `key`, a new one at each refused Next, makes a new alert, which is announced again.
pub fn needs_box(lang: Lang, needs: &[Need], key: String) -> Html {
    let line = |text: &'static str| html! { <li>{ text }</li> };
    let facts: Vec<Html> = needs
        .iter()
        .filter_map(|need| {
            let msg = match need {
                Need::Region => Msg::NeedRegion,
                Need::Age => Msg::NeedAge,
                Need::Duration => Msg::NeedDuration,
                Need::Onset => Msg::NeedOnset,
                Need::Sessions => Msg::NeedSessions,
                Need::Improved | Need::Answer(_) => return None,
            };
            Some(line(lang.text(msg)))
        })
        .collect();
    // A few questions are named under one "Answer Yes, No or Not sure to:" (statements and
    // questions alike then read right, with nothing glued after a question mark); more are
    // counted, since each is marked beside itself and a long list would bury Next.
    let questions: Vec<Html> = needs
        .iter()
        .filter_map(|need| match need {
            Need::Improved => Some(line(lang.text(Msg::ImprovedQuestion))),
            Need::Answer(question) => Some(line(lang.text(Msg::Question(*question)))),
            _ => None,
        })
        .collect();
    html! {
        <div class="needs" role="alert" {key}>
            <p class="needs-intro">{ lang.text(Msg::NeedsIntro) }</p>
            if !facts.is_empty() {
                <ul>{ for facts }</ul>
            }
            if questions.len() > MAX_NAMED {
                <p class="needs-questions">
                    { fill(lang.text(Msg::NeedsAnswerCount), &[("n", &int_text(questions.len() as i64))]) }
                </p>
            } else if !questions.is_empty() {
                <p class="needs-questions">{ lang.text(Msg::NeedsAnswerIntro) }</p>
                <ul>{ for questions }</ul>
            }
        </div>
    }
}
