#![cfg(target_arch = "wasm32")]
//! In-browser tests of the JS boundary, run by wasm-bindgen-test in headless Chromium:
//! mounting into a shadow root, its adopted styles, config errors, destroy and remount, and
//! `advise(intake)` against every reviewed case in `tests/cases/`.

use js_sys::Promise;
use painmap::embed::{advise, mount};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, MouseEvent, MouseEventInit, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element in the page, as a clinic's page would provide.
fn host() -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew's scheduler render (it runs after the current task).
async fn settle() {
    let wait = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(wait).await.unwrap();
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget renders in an open shadow root")
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    value.unchecked_into::<js_sys::Error>().message().into()
}

fn config(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn tap(element: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn mount_draws_every_region_in_a_shadow_root_with_the_widget_styles() {
    let host = host();
    let _handle = mount(host.clone().into(), JsValue::UNDEFINED).unwrap();
    settle().await;
    let shadow = shadow(&host);
    assert_eq!(
        shadow
            .query_selector_all("svg [data-region]")
            .unwrap()
            .length(),
        23
    );
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    assert_eq!(
        host.children().length(),
        0,
        "nothing is added to the host page's own DOM"
    );
}

#[wasm_bindgen_test]
async fn tapping_a_region_opens_its_intensity_control() {
    let host = host();
    let _handle = mount(host.clone().into(), config(&[("lang", "en".into())])).unwrap();
    settle().await;
    let shadow = shadow(&host);
    tap(&shadow
        .query_selector("[data-region=\"calf_right\"]")
        .unwrap()
        .unwrap());
    settle().await;
    let title = shadow
        .query_selector(".control h3")
        .unwrap()
        .expect("the control opens");
    assert_eq!(title.text_content().unwrap(), "Calf, right");
}

#[wasm_bindgen_test]
fn a_misspelled_or_malformed_setting_is_refused_with_a_readable_error() {
    let error = mount(host().into(), config(&[("lnag", "en".into())]))
        .err()
        .unwrap();
    assert_eq!(
        error_message(error),
        "painmap config: unknown setting \"lnag\"; did you mean \"lang\"? Expected one of: \
         lang, clinicName, techniques, bookingUrl, phone, emergencyNumber, theme, accent, key"
    );
    let error = mount(host().into(), config(&[("lang", 7.into())]))
        .err()
        .unwrap();
    assert!(error_message(error).contains("lang must be a language tag"));
    let error = mount(host().into(), "en".into()).err().unwrap();
    assert!(error_message(error).contains("expected an object"));
}

#[wasm_bindgen_test]
fn something_other_than_an_element_is_refused() {
    let error = mount(JsValue::from_str("#painmap"), JsValue::NULL)
        .err()
        .unwrap();
    assert!(error_message(error).contains("element must be a DOM element"));
}

#[wasm_bindgen_test]
async fn destroy_removes_the_widget_and_the_element_can_mount_again() {
    let host = host();
    let mut handle = mount(host.clone().into(), JsValue::NULL).unwrap();
    settle().await;
    let error = mount(host.clone().into(), JsValue::NULL).err().unwrap();
    assert!(error_message(error).contains("already shows a painmap"));

    handle.destroy();
    settle().await;
    assert!(shadow(&host).query_selector(".painmap").unwrap().is_none());
    handle.destroy();

    let _again = mount(host.clone().into(), JsValue::NULL).unwrap();
    settle().await;
    assert!(shadow(&host).query_selector(".painmap").unwrap().is_some());
}

/// Every whole-case fixture, compiled in: (name, JSON text).
macro_rules! case {
    ($name:literal) => {
        ($name, include_str!(concat!("cases/", $name, ".json")))
    };
}

const CASES: &[(&str, &str)] = &[
    case!("01_desk_worker"),
    case!("02_runner_after_marathon"),
    case!("03_runner_mild_soreness"),
    case!("04_pregnancy_8_weeks"),
    case!("05_pregnancy_20_weeks"),
    case!("06_pregnancy_complicated"),
    case!("07_pregnancy_unsure"),
    case!("08_anticoagulants"),
    case!("09_older_first_episode"),
    case!("10_older_recurrent_assessed"),
    case!("11_cauda_equina"),
    case!("12_cauda_equina_unsure"),
    case!("13_fever"),
    case!("14_kidney"),
    case!("15_urinary_without_flank_pain"),
    case!("16_cancer_history_not_cleared"),
    case!("17_cancer_history_cleared"),
    case!("18_osteoporosis_sudden"),
    case!("19_osteoporosis_gradual"),
    case!("20_steroids_sudden_but_old"),
    case!("21_varicose_veins"),
    case!("22_diabetic_neuropathy"),
    case!("23_chronic_severe_unassessed"),
    case!("24_chronic_severe_assessed"),
    case!("25_inflammatory"),
    case!("26_inflammatory_assessed"),
    case!("27_unsure_answers"),
    case!("28_unsure_chest"),
    case!("29_collapse"),
    case!("30_possible_aaa"),
    case!("31_known_aaa"),
    case!("32_fall_with_osteoporosis"),
    case!("33_both_legs"),
    case!("34_one_leg_sciatica"),
    case!("35_fresh_tattoo"),
    case!("36_clot_history"),
    case!("37_calf_swelling_now"),
    case!("38_surgery_and_blood_pressure"),
    case!("39_massage_not_helping"),
    case!("40_massage_helping_spasm"),
    case!("41_acute_intense_new"),
    case!("42_acute_intense_assessed"),
    case!("43_iv_drug_use"),
    case!("44_immunosuppressed"),
    case!("45_weight_loss_night_pain"),
    case!("46_new_thoracic"),
    case!("47_progressive"),
    case!("48_abandoned_journey"),
    case!("49_cough_and_sciatica"),
    case!("50_bleeding_disorder_unsure"),
    case!("51_foot_drop"),
    case!("52_chest_pain"),
    case!("53_tearing_pain"),
    case!("54_fever_injects_drugs"),
    case!("55_neck_thunderclap_headache"),
    case!("56_unsure_abdominal_pain_older"),
    case!("57_minor_slip_at_30"),
    case!("58_minor_slip_at_70"),
    case!("59_fourteen_year_old"),
    case!("60_pregnancy_warning_signs"),
    case!("61_skipped_calf_question"),
    case!("62_unfinished_screen"),
    case!("63_anticoagulants_reduced_sensation"),
    case!("64_pregnant_urinary"),
    case!("65_cancer_thoracic_spine"),
    case!("66_older_sudden_severe"),
    case!("67_blood_thinner_sudden_pain"),
    case!("68_back_lump"),
    case!("69_old_car_crash"),
    case!("70_known_aaa_neck_pain"),
    case!("71_broken_wrist"),
    case!("72_chemotherapy_now"),
    case!("73_persistent_leg_tingling"),
    case!("74_unsure_known_aneurysm"),
    case!("75_inflammatory_began_young"),
    case!("76_known_aaa_feeling_faint"),
];

fn field(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

/// Structural equality of two JSON-like JS values, whatever their key order.
fn same(a: &JsValue, b: &JsValue) -> bool {
    if js_sys::Array::is_array(a) && js_sys::Array::is_array(b) {
        let (a, b) = (js_sys::Array::from(a), js_sys::Array::from(b));
        return a.length() == b.length() && a.iter().zip(b.iter()).all(|(x, y)| same(&x, &y));
    }
    if a.is_object() && b.is_object() && !a.is_null() && !b.is_null() {
        let keys = |v: &JsValue| {
            let mut keys: Vec<String> = js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>())
                .iter()
                .filter_map(|k| k.as_string())
                .collect();
            keys.sort();
            keys
        };
        let (ka, kb) = (keys(a), keys(b));
        return ka == kb && ka.iter().all(|k| same(&field(a, k), &field(b, k)));
    }
    a == b || (a.is_null() && b.is_null())
}

#[wasm_bindgen_test]
fn advise_in_javascript_gives_every_reviewed_case_its_advice() {
    for (name, text) in CASES {
        let case = js_sys::JSON::parse(text).unwrap();
        let advice = advise(field(&case, "intake")).unwrap_or_else(|_| panic!("{name}: refused"));
        assert!(
            same(&advice, &field(&case, "advice")),
            "{name}: got {:?}",
            js_sys::JSON::stringify(&advice).unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn advise_in_javascript_throws_a_readable_error_listing_every_problem() {
    let intake = js_sys::JSON::parse(
        r#"{"regions": {"lower_back_lft": 7, "neck": 12}, "answers": {"fever": "maybe"}}"#,
    )
    .unwrap();
    let message = error_message(advise(intake).err().unwrap());
    assert!(
        message.contains("regions.lower_back_lft: unknown region; did you mean lower_back_left?"),
        "{message}"
    );
    assert!(message.contains("regions.neck"), "{message}");
    assert!(message.contains("answers.fever"), "{message}");
}

#[wasm_bindgen_test]
fn advise_in_javascript_refuses_an_empty_map() {
    let intake = js_sys::JSON::parse(r#"{"regions": {"neck": 0}, "age": 40}"#).unwrap();
    let message = error_message(advise(intake).err().unwrap());
    assert!(message.contains("no_pain_marked"), "{message}");
}
