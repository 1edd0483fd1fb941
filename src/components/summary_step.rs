//! Placeholder while the step is being built.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::engine::Advice;
use crate::i18n::Lang;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    pub lang: Lang,
    pub state: Rc<AppState>,
    pub advice: Rc<Advice>,
    pub config: Rc<Config>,
    pub emergency_number: AttrValue,
}

#[function_component]
pub fn SummaryStep(_props: &SummaryStepProps) -> Html {
    html! {}
}
