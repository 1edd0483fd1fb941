//! Placeholder while the step is being built.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::engine::Advice;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct AdviceStepProps {
    pub lang: Lang,
    pub advice: Rc<Advice>,
    pub config: Rc<Config>,
    pub emergency_number: AttrValue,
}

#[function_component]
pub fn AdviceStep(_props: &AdviceStepProps) -> Html {
    html! {}
}
