#![cfg(target_arch = "wasm32")]
//! In-browser tests of the JS boundary, run by wasm-bindgen-test in headless Chromium:
//! mounting into a shadow root, its styles (given, or linked beside the glue), config errors, destroy and remount,
//! `advise(intake)` against every reviewed case in `crates/painmap-core/tests/cases/`, hostile JavaScript values
//! (throwing getters and Proxies, `Map`s, `BigInt`s, huge objects) and tampered storage.

use js_sys::Promise;
use painmap::embed::{advise, mount_from, PainMapHandle, STYLESHEET};
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

/// The widget's stylesheet, parsed once, as the loader hands it to `mount`.
fn stylesheet() -> web_sys::CssStyleSheet {
    thread_local! {
        static SHEET: web_sys::CssStyleSheet = {
            let sheet = web_sys::CssStyleSheet::new().unwrap();
            sheet.replace_sync(STYLESHEET).unwrap();
            sheet
        };
    }
    SHEET.with(Clone::clone)
}

/// `mount(element, config)` with the widget's stylesheet, as the loader mounts.
fn mount(element: JsValue, config: JsValue) -> Result<PainMapHandle, JsValue> {
    mount_from(
        element,
        config,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        stylesheet().into(),
    )
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget renders in an open shadow root")
}

fn error_message(error: impl Into<JsValue>) -> String {
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
    let root = shadow.query_selector(".painmap-root").unwrap().unwrap();
    let display = web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap()
        .get_property_value("display")
        .unwrap();
    assert_eq!(display, "block", "styled at once: shown");
}

/// A page's script that gives no stylesheet: the widget links the file beside the glue, and
/// shows nothing unstyled meanwhile; a host that does not serve it (this test server) gets a
/// message in the widget's place saying which file is missing.
#[wasm_bindgen_test]
async fn without_a_stylesheet_the_widget_links_the_file_beside_the_glue() {
    let host = host();
    let _handle = painmap::embed::mount(host.clone().into(), JsValue::UNDEFINED).unwrap();
    let shadow = shadow(&host);
    let link = shadow
        .query_selector("link[rel=stylesheet]")
        .unwrap()
        .expect("a link to the stylesheet");
    let href = link.get_attribute("href").unwrap();
    assert!(href.ends_with("/painmap.css"), "{href}");
    assert_eq!(shadow.adopted_style_sheets().length(), 0);
    let root = shadow.query_selector(".painmap-root").unwrap().unwrap();
    let display = || {
        web_sys::window()
            .unwrap()
            .get_computed_style(&root)
            .unwrap()
            .unwrap()
            .get_property_value("display")
            .unwrap()
    };
    assert_eq!(display(), "none", "no unstyled widget");
    let mut message = None;
    for _ in 0..100 {
        settle().await;
        message = shadow
            .query_selector(".painmap-failed:not([hidden])")
            .unwrap();
        if message.is_some() {
            break;
        }
    }
    let message = message.expect("the missing stylesheet is explained in the widget's place");
    let text = message.text_content().unwrap();
    assert!(text.contains(&href), "{text}");
    assert_eq!(display(), "none");
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
    // A program tells what is wrong from the kind and the path, not the text.
    assert_eq!(field(&error, "kind"), "unknown_field");
    assert_eq!(field(&error, "path"), "lnag");
    assert_eq!(
        error_message(error),
        "painmap config: unknown setting \"lnag\"; did you mean \"lang\"? Expected one of: \
         lang, clinicName, techniques, bookingUrl, phone, emergencyNumber, theme, accent, key"
    );
    let error = mount(host().into(), config(&[("lang", 7.into())]))
        .err()
        .unwrap();
    assert_eq!(field(&error, "kind"), "wrong_type");
    assert_eq!(field(&error, "path"), "lang");
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
        (
            $name,
            include_str!(concat!(
                "../crates/painmap-core/tests/cases/",
                $name,
                ".json"
            )),
        )
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
        // The browser's advice names the release beside the rules; the stored cases, from
        // the engine's own output, do not (or every release would rewrite them).
        let keys: Vec<String> = js_sys::Object::keys(advice.unchecked_ref::<js_sys::Object>())
            .iter()
            .take(2)
            .filter_map(|k| k.as_string())
            .collect();
        assert_eq!(keys, ["rules_version", "painmap_version"], "{name}");
        assert_eq!(
            field(&advice, "painmap_version").as_string().as_deref(),
            Some(env!("CARGO_PKG_VERSION")),
            "{name}"
        );
        js_sys::Reflect::delete_property(
            advice.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str("painmap_version"),
        )
        .unwrap();
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

/// A JavaScript value made by `body` (a function body that returns it): the odd values a
/// page can pass are easiest to write in JavaScript.
fn js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body)
        .call0(&JsValue::NULL)
        .unwrap()
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// A throwing getter used to unwind through wasm and leak its stack: after about 1,400 such
/// calls every `advise()` and `mount()` failed with "memory access out of bounds". Each throw
/// is now an error naming the path, and the module goes on working.
#[wasm_bindgen_test]
async fn advise_survives_ten_thousand_throwing_getters_and_proxies() {
    let hostile = [
        (
            js("return Object.defineProperty({}, 'regions', \
                { enumerable: true, get() { throw new Error('boom'); } });"),
            "regions: could not be read: a getter or Proxy threw an exception",
        ),
        (
            js("return { regions: { neck: 3 }, answers: new Proxy({}, \
                { ownKeys() { throw new Error('trap'); } }) };"),
            "answers: could not be read: a getter or Proxy threw an exception",
        ),
        (
            js("const p = Proxy.revocable({}, {}); p.revoke(); return { regions: p.proxy };"),
            "regions: could not be read: a getter or Proxy threw an exception",
        ),
        (
            js("return new Proxy({}, { getPrototypeOf() { throw 1; } });"),
            "intake: could not be read: a getter or Proxy threw an exception",
        ),
    ];
    for round in 0..10_000 {
        let (value, message) = &hostile[round % hostile.len()];
        let error = advise(value.clone()).expect_err("refused");
        assert_eq!(&error_message(error), message, "round {round}");
    }
    let intake = js_sys::JSON::parse(r#"{"regions": {"neck": 3}}"#).unwrap();
    let advice = advise(intake).expect("advice after 10,000 throws");
    assert!(field(&advice, "level").is_string());
    // And a widget still mounts, with a throwing config getter refused on the way.
    let error = mount(
        host().into(),
        js("return Object.defineProperty({}, 'lang', { enumerable: true, get() { throw 0; } });"),
    )
    .err()
    .unwrap();
    assert_eq!(
        error_message(error),
        "painmap config: lang: could not be read: a getter or Proxy threw an exception"
    );
    let host = host();
    let _handle = mount(host.clone().into(), JsValue::UNDEFINED).unwrap();
    settle().await;
    assert!(shadow(&host).query_selector(".painmap").unwrap().is_some());
}

/// These used to read silently wrong: a `Map` as no regions (so `massage_ok`), a `BigInt` age
/// as no age, an inherited answer as not given.
#[wasm_bindgen_test]
fn values_json_cannot_hold_are_errors_naming_their_path() {
    let cases = [
        (
            "return { regions: new Map([['lower_back_left', 9]]) };",
            "regions: found a Map; expected a plain object",
        ),
        (
            "return { regions: { neck: 3 }, age: 40n };",
            "age: found a BigInt; expected a number such as 42",
        ),
        (
            "const intake = Object.create({ answers: { fever: 'yes' } }); \
             intake.regions = { neck: 3 }; return intake;",
            "intake: found an object that inherits properties, which would be lost; \
             expected a plain object",
        ),
        (
            "class Intake { constructor() { this.regions = { neck: 3 }; } } return new Intake();",
            "intake: found a Intake; expected a plain object",
        ),
        (
            "return { regions: { neck: 3 }, qualities: ['ache', , 'knot'] };",
            "qualities: found a list with holes or extra properties; expected a plain list",
        ),
        (
            "return { regions: { neck: 3 }, age: NaN };",
            "age: found not a number; expected a finite number",
        ),
        (
            "return { regions: { neck: Infinity } };",
            "regions.neck: found infinity; expected a finite number",
        ),
        (
            "return { regions: { neck: 3 }, onset: new Date() };",
            "onset: found a Date; expected a plain object",
        ),
        (
            "return { regions: { neck: 3 }, goals: [() => 1] };",
            "goals[0]: found a function",
        ),
        (
            "return { regions: { neck: 3 }, answers: { fever: Symbol('no') } };",
            "answers.fever: found a symbol",
        ),
        (
            "return { regions: { neck: 3 }, [Symbol('age')]: 80 };",
            "intake: found an object with symbol keys or hidden (non-enumerable) properties, \
             which would be lost; expected a plain object",
        ),
        (
            "return Object.defineProperty({ regions: { neck: 3 } }, 'age', { value: 80 });",
            "intake: found an object with symbol keys or hidden (non-enumerable) properties, \
             which would be lost; expected a plain object",
        ),
        (
            "return { regions: { neck: 3 }, answers: { fever: JSON.parse('\"\\\\ud800\"') } };",
            "answers.fever: found text with a lone surrogate (half of a UTF-16 pair); \
             expected valid text",
        ),
        (
            "return { regions: { neck: 3 }, qualities: new Array(257).fill('ache') };",
            "qualities: more than 256 items; not read",
        ),
        (
            "let deep = 1; for (let i = 0; i < 40; i++) deep = [deep]; \
             return { regions: { neck: 3 }, goals: deep };",
            "goals[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels \
             deep; not read",
        ),
        (
            "const cycle = { regions: { neck: 3 } }; cycle.answers = cycle; return cycle;",
            "answers.answers.answers.answers.answers.answers.answers.answers.answers.answers.\
             answers.answers.answers.answers.answers.regions: nested more than 16 levels deep; \
             not read",
        ),
    ];
    for (body, message) in cases {
        let error = advise(js(body))
            .err()
            .unwrap_or_else(|| panic!("{body}: accepted"));
        assert_eq!(error_message(error), message, "{body}");
    }
    // What JSON can hold still reads: `undefined` as not given, a null prototype, a getter
    // that returns a value.
    for body in [
        "return { regions: { neck: 3 }, age: undefined, answers: { fever: undefined } };",
        "return Object.assign(Object.create(null), { regions: { neck: 3 } });",
        "return { get regions() { return { neck: 3 }; } };",
    ] {
        assert!(advise(js(body)).is_ok(), "{body}");
    }
}

/// Used to take 72 seconds (a quadratic duplicate check).
#[wasm_bindgen_test]
fn a_100k_key_intake_is_rejected_in_milliseconds() {
    let intake = js("const regions = {}; \
                     for (let i = 0; i < 100000; i++) regions['region_' + i] = 1; \
                     return { regions };");
    let start = now();
    let error = advise(intake).err().unwrap();
    let took = now() - start;
    web_sys::console::log_1(&format!("wasm: a 100k-key intake rejected in {took} ms").into());
    assert!(took < 100.0, "under 100 ms, as promised: {took} ms");
    assert_eq!(
        error_message(error),
        "regions: more than 256 keys; not read"
    );
}

#[wasm_bindgen_test]
fn a_config_that_json_cannot_hold_is_refused_with_its_path() {
    let error = mount(host().into(), js("return new Map([['lang', 'en']]);"))
        .err()
        .unwrap();
    assert_eq!(
        error_message(error),
        "painmap config: config: found a Map; expected a plain object"
    );
    let error = mount(host().into(), js("return { emergencyNumber: 112n };"))
        .err()
        .unwrap();
    assert_eq!(field(&error, "kind"), "unsupported_value");
    assert_eq!(field(&error, "path"), "emergencyNumber");
    assert_eq!(
        error_message(error),
        "painmap config: emergencyNumber: found a BigInt; expected a number such as 42"
    );
}

fn session() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

/// A tampered 1.1 MB entry used to freeze the page for 42 seconds.
#[wasm_bindgen_test]
fn a_stored_entry_too_big_or_invalid_is_removed_and_the_journey_starts_afresh() {
    let key = "painmap-test:storage";
    let mut state = painmap_core::journey::AppState::new(painmap_core::i18n::Lang::En);
    state.intake.regions.set(
        painmap_core::model::Region::Neck,
        painmap_core::model::Intensity::new(4).unwrap(),
    );
    painmap::storage::save(key, &state);
    let restored = painmap::storage::load(key).expect("a saved journey restores");
    assert_eq!(restored.intake, state.intake);

    let regions: Vec<String> = (0..100_000).map(|i| format!("\"r{i}\":1")).collect();
    let huge = format!(
        r#"{{"v":2,"lang":"en","step":1,"intake":{{"regions":{{{}}}}}}}"#,
        regions.join(",")
    );
    assert!(huge.len() > 1_000_000);
    for entry in [
        huge,
        r#"{"v":2,"lang":"en","step":1,"intake":{"regions":{"neck":99}}}"#.to_owned(),
        r#"{"v":2,"lang":"en","step":1,"intake":{"regions":{"neck":3}},"x":"#.to_owned(),
    ] {
        session().set_item(key, &entry).unwrap();
        let start = now();
        assert!(
            painmap::storage::load(key).is_none(),
            "{}",
            &entry[..60.min(entry.len())]
        );
        let took = now() - start;
        assert!(took < 1000.0, "{took} ms");
        assert_eq!(
            session().get_item(key).unwrap(),
            None,
            "the entry is removed"
        );
    }
}
