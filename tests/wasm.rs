#![cfg(target_arch = "wasm32")]
//! In-browser tests of the JS boundary, run by wasm-bindgen-test in headless Chromium:
//! mounting into a shadow root, its adopted styles, config errors, destroy and remount.

use js_sys::Promise;
use painmap::embed::mount;
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
        "painmap config: unknown setting \"lnag\"; expected one of: lang"
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
