//! The intensity control for the selected region: a number button for each value from 1 to 10
//! (one tap marks the region and closes the control), and for fine changes a slider between
//! − / +, with the value shown in words and the scale's legend. Digits 0–9 set the value from
//! anywhere in the control; Escape closes it; Done with no value asks for a number.

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::{flag, intensity_digits, value_text};
use crate::web::{before_next_frame, focus_first_child, focus_in_place};
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::model::{Band, Intensity, Region};

#[derive(Properties, PartialEq)]
pub struct IntensityControlProps {
    pub lang: Lang,
    pub region: Region,
    pub intensity: Intensity,
    /// Done was tapped with no value set: say so, and offer the numbers.
    pub asking: bool,
    /// The slider, − / + and digit keys: the control stays open.
    pub on_set: Callback<(Region, Intensity)>,
    pub on_step: Callback<(Region, i8)>,
    /// A number button: set, and close.
    pub on_choose: Callback<(Region, Intensity)>,
    pub on_remove: Callback<Region>,
    pub on_done: Callback<()>,
    /// Escape.
    pub on_close: Callback<()>,
    /// Drawn unseen, never focused (the root's rehearsal while the page is idle).
    #[prop_or_default]
    pub rehearsal: bool,
}

/// The legend: each band of the scale with the values it covers.
const SCALE: [(&str, Band, Intensity); 4] = [
    ("0", Band::None, Intensity::NONE),
    ("1–3", Band::Mild, sample(2)),
    ("4–6", Band::Moderate, sample(5)),
    ("7–10", Band::Severe, sample(8)),
];

/// The number buttons; 0 (no pain) is Remove.
const NUMBERS: [Intensity; 10] = [
    sample(1),
    sample(2),
    sample(3),
    sample(4),
    sample(5),
    sample(6),
    sample(7),
    sample(8),
    sample(9),
    sample(10),
];

/// An intensity on the scale, for the constants above.
const fn sample(value: u8) -> Intensity {
    match Intensity::new(value) {
        Some(intensity) => intensity,
        None => Intensity::NONE,
    }
}

#[function_component]
pub fn IntensityControl(props: &IntensityControlProps) -> Html {
    let lang = props.lang;
    let slider = use_node_ref();
    let numbers = use_node_ref();

    // Opening the control (or switching region) puts focus on the slider, so arrow and digit
    // keys act on the value straight away: before the next frame, so that the tap does not
    // wait for the style and layout that focusing forces. Not after that frame, although that
    // would take the focus's style update (a third of an opening's work on a slow phone) out
    // of it: a keyboard user's Enter then 4 would send the 4 to the region, not the slider.
    {
        let slider = slider.clone();
        let rehearsal = props.rehearsal;
        use_effect_with(props.region, move |_| {
            if rehearsal {
                return;
            }
            before_next_frame(move || {
                // The sheet is always on screen: no scrolling to it.
                if let Some(input) = slider.cast::<HtmlElement>() {
                    focus_in_place(&input);
                }
            });
        });
    }
    // Done with no value: focus goes to the numbers, where the answer is expected.
    {
        let numbers = numbers.clone();
        use_effect_with(props.asking, move |asking| {
            if let (true, Some(group)) = (*asking, numbers.cast::<web_sys::Element>()) {
                focus_first_child(&group);
            }
        });
    }

    let region = props.region;
    let oninput = props.on_set.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let value = input.value().parse::<i32>().unwrap_or_default();
        (region, Intensity::saturating(value))
    });
    let onkeydown = {
        let on_set = props.on_set.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key();
            if key == "Escape" {
                event.prevent_default();
                on_close.emit(());
            } else if let Some(intensity) = digit(&key) {
                event.prevent_default();
                on_set.emit((region, intensity));
            }
        })
    };

    // The numbers' spoken names change with the language, not with each value: a step of the
    // value does not write them out again.
    let names = use_memo(lang, |&lang| {
        NUMBERS.map(|number| AttrValue::from(value_text(lang, number)))
    });

    let region_name = lang.text(Msg::Region(props.region));
    let intensity = props.intensity;
    let spoken = value_text(lang, intensity);
    html! {
        <section class={if props.rehearsal { "control rehearsal" } else { "control" }} role="group"
            aria-labelledby="pm-control-title" aria-hidden={props.rehearsal.then_some("true")}
            {onkeydown}>
            <div class="control-head">
                <h3 class="control-title" id="pm-control-title">{ region_name }</h3>
                <p class="reading" data-level={intensity_digits(intensity)} aria-hidden="true">
                    <span class="reading-num">{ intensity_digits(intensity) }</span>
                    <span class="reading-band">{ lang.text(Msg::Band(intensity.band())) }</span>
                </p>
            </div>
            <p class="control-question">{ lang.text(Msg::ControlQuestion) }</p>
            <div class="numbers" role="group" aria-label={lang.text(Msg::NumbersLabel)}
                ref={numbers}>
                { for NUMBERS.iter().zip(names.iter()).map(|(&number, name)| html! {
                    <button type="button" class="pick" data-level={intensity_digits(number)}
                        aria-pressed={flag(number == intensity)}
                        aria-label={name.clone()}
                        onclick={props.on_choose.reform(move |_: MouseEvent| (region, number))}>
                        { intensity_digits(number) }
                    </button>
                }) }
            </div>
            if props.asking {
                <p class="control-prompt" role="alert">{ lang.text(Msg::ChooseNumber) }</p>
            }
            <div class="stepper">
                <button type="button" class="step" aria-label={lang.text(Msg::LessPain)}
                    onclick={props.on_step.reform(move |_: MouseEvent| (region, -1))}>{ "−" }</button>
                <input ref={slider} class="slider" type="range" min="0" max="10" step="1"
                    value={intensity_digits(intensity)} aria-valuetext={spoken}
                    aria-label={fill(lang.text(Msg::SliderLabel), &[("region", region_name)])}
                    {oninput} />
                <button type="button" class="step" aria-label={lang.text(Msg::MorePain)}
                    onclick={props.on_step.reform(move |_: MouseEvent| (region, 1))}>{ "+" }</button>
            </div>
            <ul class="scale" aria-label={lang.text(Msg::ScaleLabel)}>
                { for SCALE.iter().map(|(range, band, sample)| html! {
                    <li class="scale-step" data-level={intensity_digits(*sample)}
                        data-current={(intensity.band() == *band).then_some("true")}>
                        <span class="scale-range">{ *range }</span>
                        <span class="scale-word">{ lang.text(Msg::Band(*band)) }</span>
                    </li>
                }) }
            </ul>
            <div class="actions">
                <button type="button" class="secondary remove"
                    onclick={props.on_remove.reform(move |_: MouseEvent| region)}>
                    { lang.text(Msg::Remove) }
                </button>
                <button type="button" class="primary"
                    onclick={props.on_done.reform(|_: MouseEvent| ())}>
                    { lang.text(Msg::Done) }
                </button>
            </div>
        </section>
    }
}

/// The intensity a digit key sets; 0–9 (10 is the slider's End key).
fn digit(key: &str) -> Option<Intensity> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.to_digit(10).and_then(|d| Intensity::new(d as u8)),
        _ => None,
    }
}
