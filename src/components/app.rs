//! The widget root: owns the one reducer, shows the current step of the journey, and keeps
//! the side effects (focus, scrolling, saving for a reload) in `use_effect_with`.

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use super::about_step::{about_step, About, AboutStepProps};
use super::advice_step::advice_step;
use super::back_map::BackMap;
use super::intensity_control::IntensityControl;
use super::live_region::live_region;
use super::map_footer::map_footer;
use super::needs_box::needs_box;
use super::question_screen::{question_screen, QuestionScreenProps, Shown};
use super::region_list::RegionList;
use super::step_header::StepHeader;
use super::step_nav::{step_nav, StepNavProps};
use super::summary_step::SummaryStep;
use super::view_switch::view_switch;
use super::SharedSettings;
use crate::events::{self, HostAsk, HostLink};
use crate::storage;
use crate::web::{
    before_next_frame, fetch_language, focus_region, focus_step_title, region_scroll,
    reveal_first_need, reveal_region, AfterFrame, Settling, WhenIdle,
};
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::journey::{shown_under, Action, AppState, Need, Step, View};
use painmap_core::model::{
    int_text, Answer, DurationChoice, Goal, Intensity, Onset, Quality, Question, Region, Screen,
};

thread_local! {
    /// What the rehearsal warms (compiled code, fonts) serves every widget on the page.
    static REHEARSED: Cell<bool> = const { Cell::new(false) };
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    /// What the clinic set, with the defaults filled in; its `storage_key` `None` keeps
    /// nothing across a reload.
    pub settings: SharedSettings,
    /// The host page's element, for the `painmap:` events, and the handle's copy of the
    /// state; `None` when nothing outside listens.
    #[prop_or_default]
    pub host: Option<HostLink>,
}

/// The journey's state as Yew's reducer holds it. The state and its pure `apply` live in the
/// core, which knows nothing of Yew; the wrapper is where the two meet (Rust allows Yew's
/// trait on a type of this crate only).
#[derive(Clone, Debug, PartialEq)]
struct Journey(AppState);

impl Deref for Journey {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl Reducible for Journey {
    type Action = Action;

    /// An action that changes nothing keeps the same `Rc`, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Journey(next))
        }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let key = props.settings.storage_key.clone();
    let initial_lang = props.lang;
    let host = props.host.clone();
    let state = use_reducer(move || {
        Journey(
            key.as_deref()
                .and_then(storage::load)
                // Without a storage key nothing is kept across a reload; the handle's mirror
                // holds what the page asked for before the first render (`setLang()`, `reset()`).
                .or_else(|| Some(host?.live.borrow().clone()))
                .unwrap_or_else(|| AppState::new(initial_lang)),
        )
    });
    let (shown, lang_failed, on_lang) = use_shown_lang(state.lang, state.dispatcher());
    let lang = shown.unwrap_or_default();
    let root = use_node_ref();
    let previous_selection = use_mut_ref(|| None::<Region>);
    let previous_step = use_mut_ref(|| state.step);

    // Kept for the handle's start-over, below: the effects that follow take these.
    let restart_marks = (previous_step.clone(), previous_selection.clone());

    // Focus and scrolling follow the control: when it opens, the region being rated is kept
    // in view, clear of it (measured before the next frame, where the frame's own layout serves,
    // rather than inside the tap); when it closes, focus goes back to that region so a keyboard
    // user carries on where they were (at once: the control's buttons, focus among them, are
    // gone, and a frame with focus nowhere would send a screen reader to the page's start).
    {
        let root = root.clone();
        use_effect_with(state.selected, move |selected| {
            let previous = previous_selection.replace(*selected);
            if let Some(root) = root.cast::<web_sys::Element>() {
                match (previous, *selected) {
                    (Some(closed), None) => focus_region(&root, closed),
                    (_, Some(opened)) => before_next_frame(move || reveal_region(&root, opened)),
                    (None, None) => {}
                }
            }
        });
    }

    // The control drawn once, unseen, while the page is idle after the map appears, so that
    // the first tap on the map costs no more than the ones after it: the browser compiles the
    // wasm a function at a time, the first time it runs, and loads a font size the first time
    // text uses it, and the first opening of the control paid for both. Here they are paid
    // when nobody waits. The control is drawn, laid out and removed in one task, so it is
    // never painted, heard or tappable.
    // The control is drawn for one area, then for another (`Some(true)`, then `Some(false)`),
    // so that the code that updates a drawn control is compiled too, as the first tap on a
    // second area would otherwise compile it; and the reducer works out a step of a value on
    // a copy of the journey, thrown away, as a tap on − / + would (and the engine with it).
    // The same state type as the summary's, which costs the wasm less than a new one.
    let rehearsal = use_state(|| None::<bool>);
    {
        let rehearsal = rehearsal.clone();
        use_effect_with((), move |()| {
            let idle =
                (!REHEARSED.get()).then(|| WhenIdle::start(move || rehearsal.set(Some(true))));
            move || drop(idle)
        });
    }
    let rehearsing = *rehearsal;
    {
        let root = root.clone();
        let journey = state.clone();
        use_effect_with(rehearsing, move |on| {
            if let Some(first) = *on {
                // Style and layout now, which is where a font size is loaded: the opening's
                // own measure of where the area stands beside the control.
                if let Some(root) = root.cast::<web_sys::Element>() {
                    let _ = region_scroll(&root, Region::LowerBackLeft);
                }
                if first {
                    let _ = journey.apply(Action::StepIntensity(Region::LowerBackLeft, 1));
                    rehearsal.set(Some(false));
                } else {
                    REHEARSED.set(true);
                    rehearsal.set(None);
                }
            }
        });
    }

    // Every tap safe: when the screen changes under the finger (a new step, the control opening,
    // closing or moving to another area, a refused Next scrolling to the missing answer, a
    // confirmation appearing, Map / List), taps are ignored for a moment, so the second tap of
    // a double tap does not land on what has just appeared there. Keys and assistive
    // technology do not go through pointer events, so they are not held up. The first render
    // is not a change, nor is one that the page's script replays from the map shown before the
    // wasm (www/prerendered.js): the person has already seen it there, and a tap they make as
    // the widget takes over must count. Its clicks and keys are not trusted events, as the
    // person's are.
    let by_person = use_mut_ref(|| false);
    let (on_any_click, on_any_key) = {
        let (clicked, keyed) = (by_person.clone(), by_person.clone());
        (
            use_callback((), move |event: MouseEvent, ()| {
                *clicked.borrow_mut() = event.is_trusted();
            }),
            use_callback((), move |event: KeyboardEvent, ()| {
                *keyed.borrow_mut() = event.is_trusted();
            }),
        )
    };
    {
        let root = root.clone();
        let first = use_mut_ref(|| true);
        let screen = (
            state.step,
            state.selected,
            state.refused,
            state.confirming_clear,
            state.confirming_restart,
            state.view,
        );
        use_effect_with(screen, move |_| {
            let settling = if first.replace(false) || !*by_person.borrow() {
                None
            } else {
                root.cast::<web_sys::Element>().and_then(Settling::start)
            };
            move || drop(settling)
        });
    }

    // A new step starts at its heading, for sighted and screen-reader users alike; the first
    // render does not take focus from the host page.
    {
        let root = root.clone();
        use_effect_with(state.step, move |step| {
            let previous = previous_step.replace(*step);
            if previous != *step {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    focus_step_title(&root);
                }
            }
        });
    }

    // Next refused: the first missing answer is brought to the middle of the screen and
    // focused, each time (the counter changes even when what is missing does not).
    {
        let root = root.clone();
        use_effect_with(state.refused, move |refused| {
            if *refused > 0 {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    reveal_first_need(&root);
                }
            }
        });
    }

    // Everything entered survives an accidental reload, for this browser session only; and
    // the handle keeps a copy of the state for `summary()`, and this app's ear for `reset()`
    // and `setLang()` (put there once drawn; the handle drops it on `destroy()`). One effect
    // for all: they follow the same change.
    // A value changed in the open control (− / +, the slider, a digit key) is saved once the
    // page is idle, after the tap's frame is drawn, which would otherwise wait for the save;
    // everything else at once, and so the tap that closes the control saves its value. A later
    // change replaces a save still waiting; `destroy()` forgets the journey, so one left
    // waiting then is dropped.
    let saved_screen = use_mut_ref(|| None::<(Lang, Step)>);
    {
        let key = props.settings.storage_key.clone();
        let host = props.host.clone();
        let snapshot = state.clone();
        let dispatcher = state.dispatcher();
        let on_lang = on_lang.clone();
        let screen = Some((state.lang, state.step));
        let control_open = state.selected.is_some();
        use_effect_with((state.lang, state.step, state.intake.clone()), move |_| {
            let in_control = saved_screen.replace(screen) == screen && control_open;
            let waiting = key.and_then(|key| {
                let snapshot = snapshot.clone();
                let save = move || storage::save(&key, &snapshot);
                if in_control {
                    WhenIdle::start(save)
                } else {
                    save();
                    None
                }
            });
            if let Some(host) = host {
                *host.live.borrow_mut() = snapshot.0.clone();
                // The page's reset() starts over in the running app. Focus stays where the
                // page has it, as when the widget first appeared: the step's heading and the
                // closed control's region would take it, as they do after the person's taps.
                // Its setLang() is the person's own switch (a language not downloaded yet is).
                let (previous_step, previous_selection) = restart_marks;
                *host.asks.borrow_mut() = Some(Callback::from(move |ask| match ask {
                    HostAsk::StartOver => {
                        *previous_step.borrow_mut() = Step::default();
                        *previous_selection.borrow_mut() = None;
                        dispatcher.dispatch(Action::StartOver);
                    }
                    HostAsk::Speak(lang) => on_lang.emit(lang),
                }));
            }
            move || drop(waiting)
        });
    }

    // The host page hears of every change of the answers or the step. The first render is
    // not a change: the page has just mounted the widget. It hears once the change is drawn:
    // building the event's intake object is work the tap's frame need not wait for. A change
    // in the same frame replaces one still waiting (the page hears the latest), and one still
    // waiting when the widget goes away is sent then.
    {
        let host = props.host.clone();
        let first = use_mut_ref(|| true);
        let waiting = use_mut_ref(|| None::<AfterFrame>);
        {
            let waiting = waiting.clone();
            use_effect_with((), move |()| {
                move || {
                    if let Some(change) = waiting.take() {
                        change.now();
                    }
                }
            });
        }
        use_effect_with((state.step, state.intake.clone()), move |(step, intake)| {
            if let (false, Some(host)) = (first.replace(false), host) {
                let (step, intake) = (*step, intake.clone());
                let change =
                    AfterFrame::start(move || events::change(&host.element, step, &intake));
                *waiting.borrow_mut() = Some(change);
            }
        });
    }

    // Stable callbacks: a child whose props did not change is not re-rendered, so a tap
    // updates one region, not all 23.
    let dispatcher = state.dispatcher();
    let Intents {
        on_back,
        on_next,
        on_ask_start_over,
        on_start_over,
        on_select,
        on_view,
        on_set,
        on_step,
        on_choose,
        on_remove,
        on_done,
        on_close,
        on_ask_clear,
        on_clear,
        on_answer,
        on_none_of_rest,
        on_weeks,
        on_duration,
        on_onset,
        on_age,
        on_quality,
        on_goal,
        on_sessions,
        on_improved,
    } = (*use_memo((), move |()| Intents::new(&dispatcher))).clone();

    // The advice is worked out where it is shown, on the advice and summary steps: the taps on
    // the map and the questions do not wait for the engine.
    let shows_advice = matches!(state.step, Step::Advice | Step::Summary);
    let advice = use_memo(shows_advice.then(|| state.intake.clone()), |intake| {
        intake
            .as_ref()
            .map(|intake| Rc::new(painmap_core::engine::advise(intake)))
    });
    let advice = (*advice).clone();
    // The advice the person sees, for the host page: on reaching the step, and on any change.
    {
        let host = props.host.clone();
        let on_advice = state.step == Step::Advice;
        use_effect_with((on_advice, advice.clone()), move |(on_advice, advice)| {
            if let (true, Some(host), Some(advice)) = (*on_advice, host, advice) {
                events::advice(&host.element, advice);
            }
        });
    }

    let needs = if state.show_needs {
        state.needs()
    } else {
        Vec::new()
    };
    let need_region = needs.contains(&Need::Region);
    let missing: Vec<Question> = needs
        .iter()
        .filter_map(|need| match need {
            Need::Answer(question) => Some(*question),
            _ => None,
        })
        .collect();
    let needs_box =
        (!needs.is_empty()).then(|| needs_box(lang, &needs, int_text(state.refused.into())));

    let body = match state.step {
        Step::Map => html! {
            <>
                <p class="hint">{ lang.text(Msg::MapHint) }</p>
                { view_switch(lang, state.view, &on_view) }
                // The message stands just above the map (a wrapper would move the map in the
                // DOM); a refused Next focuses the first region after it.
                if need_region {
                    <p class="field-need map-need" data-need="">{ lang.text(Msg::NeedRegion) }</p>
                }
                {
                    match state.view {
                        View::Map => html! {
                            <BackMap {lang} map={*state.map()} selected={state.selected}
                                on_select={on_select} />
                        },
                        View::List => html! {
                            <RegionList {lang} map={*state.map()} selected={state.selected}
                                on_select={on_select} />
                        },
                    }
                }
                { map_footer(lang, state.map().len(), state.confirming_clear, &on_ask_clear,
                    &on_clear) }
                // In the step's body, so that in landscape it docks beside the map (CSS grid).
                if let Some((region, rehearsal)) = state.selected.map(|region| (region, false))
                    .or(rehearsing.map(|first| {
                        (if first { Region::LowerBackLeft } else { Region::Neck }, true)
                    }))
                {
                    <IntensityControl {lang} {region} intensity={state.map().get(region)}
                        asking={state.asking_number} {rehearsal}
                        {on_set} {on_step} {on_choose} {on_remove} {on_done} {on_close} />
                }
            </>
        },
        Step::About => about_step(&AboutStepProps {
            lang,
            about: about(&state),
            needs: needs.clone(),
            on_duration,
            on_onset,
            on_age,
            on_quality,
            on_goal,
            on_sessions,
            on_improved,
            on_answer,
        }),
        Step::Advice => advice.map_or_else(Html::default, |advice| {
            // The clinic's page may handle booking itself (its own form, analytics): it hears
            // `painmap:book` first, and cancelling it keeps the link from opening.
            let on_book = {
                let host = props.host.clone();
                let advice = advice.clone();
                let url = props.settings.booking_url.clone();
                Callback::from(move |event: MouseEvent| {
                    if let (Some(host), Some(url)) = (&host, &url) {
                        if !events::book(&host.element, &advice, url) {
                            event.prevent_default();
                        }
                    }
                })
            };
            advice_step(lang, &advice, &props.settings, &state.intake, &on_book)
        }),
        Step::Summary => advice.map_or_else(Html::default, |advice| {
            html! {
                <SummaryStep {lang} intake={state.intake.clone()} {advice}
                    settings={props.settings.clone()} />
            }
        }),
        // Every other step is a screen of Yes / No / Not sure questions: a new one needs no
        // arm of its own, only its questions (`Step::questions`).
        step => {
            let intake = &state.intake;
            let questions = step
                .shown(intake)
                .map(|question| Shown {
                    question,
                    answer: intake.answer(question),
                    under: shown_under(intake, question),
                })
                .collect::<Vec<_>>();
            let screen = step
                .questions()
                .first()
                .map_or(Screen::Emergency, |q| q.screen());
            question_screen(&QuestionScreenProps {
                lang,
                screen,
                questions,
                needs: missing.clone(),
                weeks: intake
                    .is_asked(Question::PregnancyComplications)
                    .then_some(intake.pregnancy_weeks),
                on_answer,
                on_none_of_rest,
                on_weeks,
            })
        }
    };

    if shown.is_none() {
        return html! { <div class="painmap-loading" lang={state.lang.tag()} aria-busy="true" /> };
    }
    let lang_failed = lang_failed.map(|failed| {
        let text = fill(
            lang.text(Msg::LanguageFailed),
            &[("language", failed.name())],
        );
        html! { <p class="lang-failed" role="alert">{ text }</p> }
    });
    html! {
        <div class="painmap" lang={lang.tag()} ref={root} data-step={int_text(state.step.number() as i64)}
            onclick={on_any_click} onkeydown={on_any_key}>
            <StepHeader {lang} step={state.step} {on_lang} />
            { for lang_failed }
            <div class="step-body">{ body }</div>
            // Keyed by the refusal, so a second refused Next is announced again.
            <div class="needs-slot">{ for needs_box }</div>
            { step_nav(StepNavProps {
                lang,
                step: state.step,
                confirming: state.confirming_restart,
                on_back: &on_back,
                on_next: &on_next,
                on_ask_start_over: &on_ask_start_over,
                on_start_over: &on_start_over,
            }) }
            { live_region(lang, state.announcement) }
        </div>
    }
}

/// What the children emit, as the actions it means: made once for the app's life, so a child
/// whose props did not change is not re-rendered. One value rather than a hook each.
#[derive(Clone)]
struct Intents {
    on_back: Callback<()>,
    on_next: Callback<()>,
    on_ask_start_over: Callback<()>,
    on_start_over: Callback<bool>,
    on_select: Callback<Region>,
    on_view: Callback<View>,
    on_set: Callback<(Region, Intensity)>,
    on_step: Callback<(Region, i8)>,
    on_choose: Callback<(Region, Intensity)>,
    on_remove: Callback<Region>,
    on_done: Callback<()>,
    on_close: Callback<()>,
    on_ask_clear: Callback<()>,
    on_clear: Callback<bool>,
    on_answer: Callback<(Question, Answer)>,
    on_none_of_rest: Callback<()>,
    on_weeks: Callback<Option<u8>>,
    on_duration: Callback<DurationChoice>,
    on_onset: Callback<Onset>,
    on_age: Callback<Option<u16>>,
    on_quality: Callback<Quality>,
    on_goal: Callback<Goal>,
    on_sessions: Callback<u32>,
    on_improved: Callback<Answer>,
}

impl Intents {
    fn new(d: &UseReducerDispatcher<Journey>) -> Self {
        Self {
            on_back: intent(d, |()| Action::Back),
            on_next: intent(d, |()| Action::Next),
            on_ask_start_over: intent(d, |()| Action::AskStartOver),
            on_start_over: intent(d, |confirmed| {
                if confirmed {
                    Action::StartOver
                } else {
                    Action::CancelStartOver
                }
            }),
            on_select: intent(d, Action::SelectRegion),
            on_view: intent(d, Action::ShowView),
            on_set: intent(d, |(region, intensity)| {
                Action::SetIntensity(region, intensity)
            }),
            on_step: intent(d, |(region, delta)| Action::StepIntensity(region, delta)),
            on_choose: intent(d, |(region, intensity)| {
                Action::ChooseIntensity(region, intensity)
            }),
            on_remove: intent(d, Action::RemoveRegion),
            on_done: intent(d, |()| Action::FinishRegion),
            on_close: intent(d, |()| Action::CloseControl),
            on_ask_clear: intent(d, |()| Action::AskClearAll),
            on_clear: intent(d, |confirmed| {
                if confirmed {
                    Action::ClearAll
                } else {
                    Action::CancelClearAll
                }
            }),
            on_answer: intent(d, |(question, answer)| {
                Action::Answer(question, Some(answer))
            }),
            on_none_of_rest: intent(d, |()| Action::NoneOfRest),
            on_weeks: intent(d, Action::SetPregnancyWeeks),
            on_duration: intent(d, Action::SetDuration),
            on_onset: intent(d, Action::SetOnset),
            on_age: intent(d, Action::SetAge),
            on_quality: intent(d, Action::ToggleQuality),
            on_goal: intent(d, Action::ToggleGoal),
            on_sessions: intent(d, Action::SetSessions),
            on_improved: intent(d, Action::SetImproved),
        }
    }
}

/// A callback that turns what a child emits into the action it means.
fn intent<IN: 'static>(
    d: &UseReducerDispatcher<Journey>,
    action: fn(IN) -> Action,
) -> Callback<IN> {
    let d = d.clone();
    Callback::from(move |input| d.dispatch(action(input)))
}

/// What the About step shows, from the intake.
fn about(state: &AppState) -> About {
    let intake = &state.intake;
    About {
        duration: intake.duration_days.map(DurationChoice::from_days),
        onset: intake.onset,
        age: intake.age,
        qualities: intake.qualities.clone(),
        goals: intake.goals.clone(),
        sessions: intake.massage_sessions_for_this_pain,
        improved: intake
            .asks_improved()
            .then_some(intake.improved_after_massage),
        similar_pain_before: intake.answer(Question::SimilarPainBefore),
        seen_doctor: intake.answer(Question::SeenDoctorForThisPain),
    }
}

/// The language on screen, the language whose words could not be downloaded (to say so), and
/// the switcher's callback. A language the wasm does not carry speaks once its words arrive
/// (`fetch_language`): until then the widget keeps the language it shows, and on its first
/// render shows nothing (`None`) rather than a flash of English. If they cannot arrive, the
/// journey goes back to that language (English at first) and the widget says why.
#[hook]
fn use_shown_lang(
    wanted: Lang,
    dispatcher: UseReducerDispatcher<Journey>,
) -> (Option<Lang>, Option<Lang>, Callback<Lang>) {
    let shown = use_mut_ref(|| None::<Lang>);
    let failed = use_state_eq(|| None::<Lang>);
    let arrived = use_force_update();
    {
        let (shown, failed, dispatcher) = (shown.clone(), failed.clone(), dispatcher.clone());
        use_effect_with(wanted, move |&wanted| {
            if !wanted.is_ready() {
                let back = shown.borrow().unwrap_or_default();
                fetch_language(
                    wanted,
                    Callback::from(move |spoken: bool| {
                        if spoken {
                            arrived.force_update();
                        } else {
                            failed.set(Some(wanted));
                            dispatcher.dispatch(Action::SetLang(back));
                        }
                    }),
                );
            }
        });
    }
    if wanted.is_ready() {
        *shown.borrow_mut() = Some(wanted);
    }
    let on_lang = {
        let failed = failed.clone();
        use_callback(dispatcher, move |lang, dispatcher| {
            failed.set(None);
            dispatcher.dispatch(Action::SetLang(lang));
        })
    };
    let shown = *shown.borrow();
    (shown, *failed, on_lang)
}
