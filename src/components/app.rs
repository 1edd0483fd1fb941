//! The widget root: owns the one reducer and wires each intent to its action.

use yew::prelude::*;

use super::back_map::BackMap;
use super::intensity_control::IntensityControl;
use super::live_region::LiveRegion;
use super::map_footer::MapFooter;
use super::region_list::RegionList;
use super::view_switch::ViewSwitch;
use super::{focus_region, reveal_above_control};
use crate::i18n::{Lang, Msg};
use crate::model::Region;
use crate::state::{Action, AppState, View};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(AppState::default);
    let root = use_node_ref();
    let previous_selection = use_mut_ref(|| None::<Region>);

    // Focus and scrolling follow the control: when it opens, the region being rated is kept
    // in view above it; when it closes, focus goes back to that region so a keyboard user
    // carries on where they were.
    {
        let root = root.clone();
        use_effect_with(state.selected, move |selected| {
            let previous = previous_selection.replace(*selected);
            if let Some(root) = root.cast::<web_sys::Element>() {
                match (previous, *selected) {
                    (Some(closed), None) => focus_region(&root, closed),
                    (_, Some(opened)) => reveal_above_control(&root, opened),
                    (None, None) => {}
                }
            }
        });
    }

    // Stable callbacks: a child whose props did not change is not re-rendered, so a tap
    // updates one region, not all 23.
    let dispatcher = state.dispatcher();
    let on_select = use_intent(dispatcher.clone(), Action::SelectRegion);
    let on_view = use_intent(dispatcher.clone(), Action::ShowView);
    let on_set = use_intent(dispatcher.clone(), |(region, intensity)| {
        Action::SetIntensity(region, intensity)
    });
    let on_step = use_intent(dispatcher.clone(), |(region, delta)| {
        Action::StepIntensity(region, delta)
    });
    let on_remove = use_intent(dispatcher.clone(), Action::RemoveRegion);
    let on_close = use_intent(dispatcher.clone(), |()| Action::CloseControl);
    let on_ask_clear = use_intent(dispatcher.clone(), |()| Action::AskClearAll);
    let on_clear = use_intent(dispatcher, |confirmed| {
        if confirmed {
            Action::ClearAll
        } else {
            Action::CancelClearAll
        }
    });

    html! {
        <div class="painmap" lang={lang.tag()} ref={root}>
            <header class="head">
                <h2 class="title">{ lang.text(Msg::MapTitle) }</h2>
                <p class="hint">{ lang.text(Msg::MapHint) }</p>
                <ViewSwitch {lang} view={state.view} on_change={on_view} />
            </header>
            {
                match state.view {
                    View::Map => html! {
                        <BackMap {lang} map={state.map} selected={state.selected}
                            on_select={on_select} />
                    },
                    View::List => html! {
                        <RegionList {lang} map={state.map} selected={state.selected}
                            on_select={on_select} />
                    },
                }
            }
            <MapFooter {lang} marked={state.map.len()} confirming={state.confirming_clear}
                on_ask_clear={on_ask_clear} on_confirm={on_clear} />
            if let Some(region) = state.selected {
                <IntensityControl {lang} {region} intensity={state.map.get(region)}
                    {on_set} {on_step} {on_remove} {on_close} />
            }
            <LiveRegion {lang} announcement={state.announcement} />
        </div>
    }
}

/// A stable callback that turns what a child emits into the action it means.
#[hook]
fn use_intent<IN: 'static>(
    dispatcher: UseReducerDispatcher<AppState>,
    action: fn(IN) -> Action,
) -> Callback<IN> {
    use_callback(dispatcher, move |input, dispatcher| {
        dispatcher.dispatch(action(input))
    })
}
