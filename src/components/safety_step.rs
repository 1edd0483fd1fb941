//! Placeholder while the step is being built.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct SafetyStepProps {
    pub lang: Lang,
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn SafetyStep(_props: &SafetyStepProps) -> Html {
    html! {}
}
